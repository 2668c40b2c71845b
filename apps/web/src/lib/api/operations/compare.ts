import { FIGURE_FIELDS, YEAR_FIELDS } from './fragments';

/** The comparison and the programs one may pick for it, in one request. */
export const COMPARE_PAGE = /* GraphQL */ `
  query ComparePage($ids: [ID!]!, $from: Int, $to: Int) {
    compare(programIds: $ids, fiscalYearFrom: $from, fiscalYearTo: $to) {
      fiscalYears {
        ...YearFields
      }
      programs {
        program {
          id
          name
          nameEn
          number
          municipality {
            name
            nameEn
          }
          document {
            formName
          }
          evaluations {
            axisLabel
            grade {
              value
              absence
            }
            gradeLabel
            fiscalYear {
              ...YearFields
            }
          }
        }
        missingYears {
          ...YearFields
        }
        kpis {
          kpi {
            position
            name
            nameEn
            unit
            unitEn
            kind
            planAchievement {
              ...FigureFields
            }
            currentStatus {
              code
              label
              labelEn
              origin
            }
          }
          years {
            fiscalYear {
              year
            }
            value {
              target {
                value
                absence
              }
              actual {
                value
                absence
              }
            }
            achievement {
              ...FigureFields
            }
            costPerUnit {
              ...FigureFields
            }
          }
        }
        costYears {
          fiscalYear {
            year
          }
          summary {
            projectCost
            personnelCost
            totalCost {
              ...FigureFields
            }
            grant
            grantShare {
              ...FigureFields
            }
          }
        }
        costPeriods {
          fiscalYears {
            first {
              ...YearFields
            }
            last {
              ...YearFields
            }
          }
          projectCost
          grant
          grantShare {
            ...FigureFields
          }
          derived
        }
      }
      notes {
        kind
        message
        messageEn
      }
      formulas {
        name
        nameEn
        formula {
          ja
          en
        }
      }
    }
    programs(first: 100) {
      nodes {
        id
        name
        nameEn
        municipality {
          name
          nameEn
        }
      }
    }
  }
  ${FIGURE_FIELDS}
  ${YEAR_FIELDS}
`;

/** The default comparison's programs, by their natural keys. */
export const DEFAULT_COMPARISON = /* GraphQL */ `
  query DefaultComparison {
    isehara: programByNumber(municipalityCode: "14214", number: "25-102") {
      id
    }
    asahi: programByNumber(municipalityCode: "12215", number: "DDN-1") {
      id
    }
  }
`;
