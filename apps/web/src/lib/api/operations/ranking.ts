/** A ranking page: the ranking asked for, and the programs one may highlight or take peers from. */
export const RANKING_PAGE = /* GraphQL */ `
  query RankingPage(
    $metric: RankingMetric!
    $filter: ProgramFilter
    $peersOf: ID
    $highlight: ID
    $offset: Int
  ) {
    ranking(
      metric: $metric
      filter: $filter
      peersOf: $peersOf
      highlight: $highlight
      first: 20
      offset: $offset
    ) {
      ascending
      totalCount
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
    programs(first: 100, filter: { municipalityCodes: ["14214", "12215"] }) {
      nodes {
        id
        name
        municipality {
          name
        }
      }
    }
  }
`;
