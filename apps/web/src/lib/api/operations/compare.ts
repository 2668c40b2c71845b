import {
  COST_FIELDS,
  FIGURE_FIELDS,
  FORMULA_FIELDS,
  KPI_FIELDS,
  PRINTED_UNIT_COST_FIELDS,
  PROGRAM_SOURCES_FIELDS,
  SOURCE_FIELDS,
  VERDICT_FIELDS,
  YEAR_FIELDS,
} from './fragments';

/** The comparison and the programs one may pick for it, in one request. */
export const COMPARE_PAGE = /* GraphQL */ `
  query ComparePage(
    $ids: [ID!]!
    $from: Int
    $to: Int
    $ja: Boolean!
    $editor: Boolean!
    $find: String
  ) {
    compare(programIds: $ids, fiscalYearFrom: $from, fiscalYearTo: $to) {
      fiscalYears {
        ...YearFields
      }
      programs {
        program {
          id
          ...ProgramSources
          name
          municipality {
            name
            nameEn @skip(if: $ja)
          }
          document {
            formName
            formNameEn @skip(if: $ja)
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
            grade {
              value
              absence
            }
            gradeLabel
            fiscalYear {
              ...YearFields
            }
            ... @skip(if: $ja) {
              axisLabelEn
              gradeLabelEn
            }
          }
          nameEn @skip(if: $ja)
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
            costPerUnitDescription @include(if: $ja)
            costPerUnitDescriptionEn @skip(if: $ja)
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
        messageEn @skip(if: $ja)
      }
      formulas {
        name
        formula {
          ja
          en
        }
        nameEn @skip(if: $ja)
      }
    }
    programs(first: 100, filter: { text: $find }) {
      nodes {
        id
        name
        municipality {
          name
          nameEn @skip(if: $ja)
        }
        nameEn @skip(if: $ja)
      }
    }
  }
  ${VERDICT_FIELDS}
  ${SOURCE_FIELDS}
  ${PROGRAM_SOURCES_FIELDS}
  ${COST_FIELDS}
  ${KPI_FIELDS}
  ${PRINTED_UNIT_COST_FIELDS}
  ${FIGURE_FIELDS}
  ${FORMULA_FIELDS}
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
