import { FIGURE_FIELDS } from './fragments';

/** The overview: programs matching the filters with their headline figures, and what the filters offer. */
export const OVERVIEW = /* GraphQL */ `
  query Overview($filter: ProgramFilter, $orderBy: ProgramOrder) {
    municipalities {
      code
      name
      nameEn
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
    programs(first: 50, filter: $filter, orderBy: $orderBy) {
      totalCount
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
        kpis {
          position
          name
          kind
          currentStatus {
            code
            label
            labelEn
            origin
          }
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
  ${FIGURE_FIELDS}
`;
