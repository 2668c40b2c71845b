import {
  COST_FIELDS,
  FIGURE_FIELDS,
  KPI_FIELDS,
  PRINTED_UNIT_COST_FIELDS,
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
      nameEn
      municipality {
        name
        nameEn
      }
    }
    sharedTerms
  }
`;

/** Everything the program page shows, in one request. */
export const PROGRAM_PAGE = /* GraphQL */ `
  query ProgramPage($id: ID!, $ja: Boolean!) {
    program(id: $id) {
      id
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
      nameEn
      policyArea
      fundingScheme
      fundingSchemeName
      fundingSchemeNameEn
      department
      departmentEn
      division
      divisionEn
      municipality {
        code
        name
        nameEn
        prefecture {
          name
          nameEn
        }
      }
      document {
        title
        titleEn
        formName
        formNameEn
        fiscalYear {
          ...YearFields
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
        levelEn
        number
        name
        nameEn
        source {
          ...SourceFields
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
        headingEn
        text
        textEn
        kpi {
          position
        }
        source {
          ...SourceFields
        }
      }
      kpis {
        ...KpiFields
        values {
          fiscalYear {
            ...YearFields
          }
          target {
            value
            absence
            source {
              ...SourceFields
            }
          }
          actual {
            value
            absence
            source {
              ...SourceFields
            }
          }
          runningTotal {
            value
          }
          status {
            ...StatusFields
          }
          achievement {
            ...FigureFields
          }
        }
      }
      costSummaries {
        ...CostFields
      }
      costs {
        category
        staffType
        fiscalYears {
          first {
            ...YearFields
          }
          last {
            ...YearFields
          }
        }
        amount {
          yen
          absence
          precisionYen
          source {
            ...SourceFields
          }
        }
        staffFte {
          value
        }
      }
      costPerUnit {
        kpi {
          position
        }
        fiscalYears {
          first {
            ...YearFields
          }
          last {
            ...YearFields
          }
        }
        costBasis
        figure {
          ...FigureFields
        }
        description
        descriptionEn
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
        axisLabelEn
        grade {
          value
          absence
          source {
            ...SourceFields
          }
        }
        gradeLabel
        gradeLabelEn
        scale {
          grade
          label
          labelEn
        }
        reasonLabel
        reasonLabelEn
        reason {
          value
          valueEn
          absence
        }
      }
      activities {
        position
        name
        nameEn
        years {
          fiscalYear {
            ...YearFields
          }
          planned {
            value
            valueEn
            absence
          }
          done {
            value
            valueEn
            absence
            source {
              ...SourceFields
            }
          }
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
  ${SIMILAR_FIELDS}
`;
