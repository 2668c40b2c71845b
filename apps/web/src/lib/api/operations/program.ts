import {
  COST_FIELDS,
  COST_LINES_FIELDS,
  FIGURE_FIELDS,
  FORMULA_FIELDS,
  KPI_FIELDS,
  KPI_SERIES_FIELDS,
  PRINTED_UNIT_COST_FIELDS,
  PROGRAM_SOURCES_FIELDS,
  SOURCE_FIELDS,
  VERDICT_FIELDS,
  YEAR_FIELDS,
} from './fragments';

/** A similar program as the program page lists it. */
const SIMILAR_FIELDS = /* GraphQL */ `
  fragment SimilarFields on SimilarProgram {
    program {
      id
      name
      municipality {
        name
        nameEn @skip(if: $ja)
      }
      nameEn @skip(if: $ja)
    }
    sharedTerms
  }
`;

/**
 * Everything the program page shows, in one request, and no more: of the costs per unit, the computed
 * ones, each with the sentence that names its years and formula.
 */
export const PROGRAM_PAGE = /* GraphQL */ `
  query ProgramPage($id: ID!, $ja: Boolean!, $editor: Boolean!) {
    program(id: $id) {
      id
      ...ProgramSources
      lastChangedAt
      history(first: 5) {
        nodes {
          at
          actor
          source
          entity
          entityKey
          changedFields
        }
      }
      number
      numberAssigned
      name
      policyArea
      fundingScheme
      fundingSchemeName
      department
      division
      municipality {
        code
        name
        prefecture {
          name
          nameEn @skip(if: $ja)
        }
        nameEn @skip(if: $ja)
      }
      document {
        title
        formName
        fiscalYear {
          ...YearFields
        }
        ... @skip(if: $ja) {
          titleEn
          formNameEn
        }
      }
      firstFiscalYear {
        ...YearFields
      }
      lastFiscalYear {
        ...YearFields
      }
      planPeriod {
        first {
          ...YearFields
        }
        last {
          ...YearFields
        }
      }
      dataYears {
        first {
          ...YearFields
        }
        last {
          ...YearFields
        }
      }
      planHierarchy {
        level
        number
        name
        source {
          ...SourceRef
        }
        ... @skip(if: $ja) {
          levelEn
          nameEn
        }
      }
      sameMunicipality: similar(scope: SAME_MUNICIPALITY, first: 5) {
        ...SimilarFields
      }
      otherMunicipalities: similar(scope: OTHER_MUNICIPALITIES, first: 5) {
        ...SimilarFields
      }
      verdict {
        ...VerdictFields
      }
      narratives {
        kind
        heading
        text
        kpi {
          position
        }
        source {
          ...SourceRef
        }
        ... @skip(if: $ja) {
          headingEn
          textEn
        }
      }
      kpis {
        ...KpiFields
        series {
          ...KpiSeriesFields
        }
      }
      costSummaries {
        ...CostFields
      }
      costLines {
        ...CostLinesFields
      }
      costPerUnit(computed: true) {
        kpi {
          position
        }
        figure {
          value
        }
        description @include(if: $ja)
        descriptionEn @skip(if: $ja)
      }
      printedUnitCosts {
        ...PrintedUnitCostFields
      }
      evaluations {
        fiscalYear {
          ...YearFields
        }
        axis
        axisLabel
        grade {
          value
          absence
          source {
            ...SourceRef
          }
        }
        gradeLabel
        scale {
          grade
          label
          labelEn @skip(if: $ja)
        }
        reasonLabel
        reason {
          value
          absence
          valueEn @skip(if: $ja)
        }
        ... @skip(if: $ja) {
          axisLabelEn
          gradeLabelEn
          reasonLabelEn
        }
      }
      activities {
        position
        name
        years {
          fiscalYear {
            ...YearFields
          }
          planned {
            value
            absence
            valueEn @skip(if: $ja)
          }
          done {
            value
            absence
            source {
              ...SourceRef
            }
            valueEn @skip(if: $ja)
          }
        }
        nameEn @skip(if: $ja)
      }
      ... @skip(if: $ja) {
        nameEn
        fundingSchemeNameEn
        departmentEn
        divisionEn
      }
    }
  }
  ${VERDICT_FIELDS}
  ${SOURCE_FIELDS}
  ${PROGRAM_SOURCES_FIELDS}
  ${COST_FIELDS}
  ${COST_LINES_FIELDS}
  ${KPI_FIELDS}
  ${KPI_SERIES_FIELDS}
  ${PRINTED_UNIT_COST_FIELDS}
  ${FIGURE_FIELDS}
  ${FORMULA_FIELDS}
  ${YEAR_FIELDS}
  ${SIMILAR_FIELDS}
`;
