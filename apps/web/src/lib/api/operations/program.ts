import { FIGURE_FIELDS, SOURCE_FIELDS, YEAR_FIELDS } from './fragments';

/** Everything the program page shows, in one request. */
export const PROGRAM_PAGE = /* GraphQL */ `
  query ProgramPage($id: ID!) {
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
      name
      nameEn
      policyArea
      fundingScheme
      fundingSchemeName
      department
      departmentHead
      division
      divisionHead
      budgetLine
      relatedPlan
      legalBasis
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
        formName
        fiscalYear {
          ...YearFields
        }
      }
      firstFiscalYear {
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
      planHierarchy {
        level
        number
        name
        source {
          ...SourceFields
        }
      }
      narratives {
        kind
        heading
        text
        kpi {
          position
        }
        source {
          ...SourceFields
        }
      }
      kpis {
        position
        name
        nameEn
        unit
        unitEn
        kind
        baseline {
          value {
            value
          }
          fiscalYear {
            ...YearFields
          }
          label
        }
        planTarget {
          value
          absence
          source {
            ...SourceFields
          }
        }
        planActual {
          value
          absence
        }
        planAchievement {
          ...FigureFields
        }
        planStatus {
          code
          label
          labelEn
          origin
        }
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
            code
            label
            labelEn
            origin
          }
          achievement {
            ...FigureFields
          }
        }
      }
      costSummaries {
        fiscalYears {
          first {
            ...YearFields
          }
          last {
            ...YearFields
          }
        }
        projectCost
        personnelCost
        staffFte
        totalCost {
          ...FigureFields
        }
        grant
        generalFund
        grantShare {
          ...FigureFields
        }
        derived
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
        note
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
            ...SourceFields
          }
        }
        gradeLabel
        scale {
          grade
          label
        }
        reasonLabel
        reason {
          value
        }
        note
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
          }
          done {
            value
            absence
            source {
              ...SourceFields
            }
          }
        }
      }
    }
  }
  ${SOURCE_FIELDS}
  ${FIGURE_FIELDS}
  ${YEAR_FIELDS}
`;
