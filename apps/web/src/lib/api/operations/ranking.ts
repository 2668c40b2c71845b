/**
 * A ranking page: the ranking asked for, the areas one may rank within, the program chosen as one's own,
 * and the programs a search for one's own finds.
 */
export const RANKING_PAGE = /* GraphQL */ `
  query RankingPage(
    $metric: RankingMetric!
    $filter: ProgramFilter
    $peersOf: ID
    $peerGroup: PeerGroup
    $highlight: ID
    $costBasis: CostBasis
    $first: Int!
    $offset: Int
    $chosen: ID!
    $withChosen: Boolean!
    $find: String!
    $finding: Boolean!
  ) {
    ranking(
      metric: $metric
      filter: $filter
      peersOf: $peersOf
      peerGroup: $peerGroup
      highlight: $highlight
      costBasis: $costBasis
      first: $first
      offset: $offset
    ) {
      ascending
      totalCount
      costBasis
      percentilesWithheld
      percentilesWithheldEn
      note
      noteEn
      distribution {
        count
        min
        p10
        p25
        median
        p75
        p90
        max
      }
      entries {
        rank
        percentile
        value
        program {
          id
          name
          nameEn
          municipality {
            name
            nameEn
            isSynthetic
          }
        }
      }
      highlight {
        rank
        percentile
        value
        program {
          id
        }
      }
    }
    policyAreas {
      key
      name
      nameEn
    }
    chosen: program(id: $chosen) @include(if: $withChosen) {
      ...RankedProgramChoice
    }
    found: programs(first: 10, filter: { text: $find }) @include(if: $finding) {
      totalCount
      nodes {
        ...RankedProgramChoice
      }
    }
  }
  fragment RankedProgramChoice on Program {
    id
    number
    name
    nameEn
    policyArea
    municipality {
      name
      nameEn
      isSynthetic
      population
      populationBand
      populationBandEn
      prefecture {
        name
        nameEn
      }
    }
  }
`;
