import { FIGURE_FIELDS, FORMULA_FIELDS } from './fragments';

/**
 * The overview: a page of the programs matching the filters with their headline figures, and what the
 * filters offer. Municipalities are offered one prefecture at a time: the whole country's 1,741 in one
 * list would outweigh the page.
 */
export const OVERVIEW = /* GraphQL */ `
  query Overview(
    $first: Int!
    $filter: ProgramFilter
    $orderBy: ProgramOrder
    $after: String
    $prefecture: Int!
    $withPrefecture: Boolean!
    $municipality: String!
    $withMunicipality: Boolean!
    $ja: Boolean!
  ) {
    prefectures {
      code
      name
      nameEn
    }
    policyAreas {
      key
      name
      nameEn
    }
    prefectureMunicipalities: municipalities(prefectureCodes: [$prefecture])
      @include(if: $withPrefecture) {
      ...MunicipalityOption
    }
    chosenMunicipality: municipalities(codes: [$municipality]) @include(if: $withMunicipality) {
      prefecture {
        code
        municipalities {
          ...MunicipalityOption
        }
      }
    }
    kpiRollup(filter: $filter) {
      kpiCount
      kpisWithStatus
      kpisAchieved
      programCount
      programsAllAchieved
      shareOfKpisAchieved {
        ...FigureFields
      }
      shareOfProgramsAllAchieved {
        ...FigureFields
      }
    }
    programs(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        name
        nameEn
        policyArea
        fundingScheme
        fundingSchemeName
        fieldSources {
          field
          source {
            origin
          }
        }
        municipality {
          code
          name
          nameEn
          isSynthetic
          prefecture {
            name
            nameEn
          }
        }
        dataYears {
          first {
            year
            label
            labelEn
          }
          last {
            year
            label
            labelEn
          }
        }
        kpiRollup {
          kpiCount
          kpisWithStatus
          kpisAchieved
        }
        costSummaries {
          fiscalYears {
            first {
              year
              label
              labelEn
            }
            last {
              year
            }
          }
          projectCost
          totalCost {
            ...FigureFields
          }
          grantShare {
            ...FigureFields
          }
          derived
        }
      }
    }
  }
  fragment MunicipalityOption on Municipality {
    code
    name
    nameEn
  }
  ${FIGURE_FIELDS}
  ${FORMULA_FIELDS}
`;
