import {
  COST_FIELDS,
  FIGURE_FIELDS,
  KPI_FIELDS,
  PRINTED_UNIT_COST_FIELDS,
  SOURCE_FIELDS,
  VERDICT_FIELDS,
  YEAR_FIELDS,
} from './fragments';

/** The comparison and the programs one may pick for it, in one request. */
export const COMPARE_PAGE = /* GraphQL */ `
  query ComparePage($ids: [ID!]!, $from: Int, $to: Int, $ja: Boolean!, $find: String) {
    compare(programIds: $ids, fiscalYearFrom: $from, fiscalYearTo: $to) {
      fiscalYears {
        ...YearFields
      }
      programs {
        program {
          id
          name
          nameEn
          municipality {
            name
            nameEn
          }
          document {
            formName
            formNameEn
          }
          costs {
            category
          }
          verdict {
            ...VerdictFields
          }
          printedUnitCosts {
            ...PrintedUnitCostFields
          }
          evaluations {
            axisLabel
            axisLabelEn
            grade {
              value
              absence
            }
            gradeLabel
            gradeLabelEn
            fiscalYear {
              ...YearFields
            }
          }
        }
        kpis {
          kpi {
            ...KpiFields
          }
          years {
            fiscalYear {
              year
            }
            absence
            value {
              target {
                value
                absence
              }
              actual {
                value
                absence
              }
              status {
                ...StatusFields
              }
            }
            achievement {
              ...FigureFields
            }
            costPerUnit {
              ...FigureFields
            }
            costPerUnitDescription
            costPerUnitDescriptionEn
          }
        }
        costYears {
          fiscalYear {
            year
          }
          summary {
            ...CostFields
          }
        }
        costPeriods {
          ...CostFields
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
    programs(first: 100, filter: { text: $find }) {
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
  ${VERDICT_FIELDS}
  ${SOURCE_FIELDS}
  ${COST_FIELDS}
  ${KPI_FIELDS}
  ${PRINTED_UNIT_COST_FIELDS}
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
