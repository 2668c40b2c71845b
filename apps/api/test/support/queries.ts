/** A program with every figure and its provenance: the shape the golden tests read. */
export const PROGRAM = /* GraphQL */ `
  query Program($code: String!, $number: String!) {
    programByNumber(municipalityCode: $code, number: $number) {
      id
      number
      name
      municipality {
        code
        name
        nameEn
        prefecture {
          code
          name
        }
      }
      firstFiscalYear {
        year
        label
      }
      lastFiscalYear {
        year
      }
      planPeriod {
        first {
          year
          label
        }
        last {
          year
          label
        }
      }
      kpis {
        position
        name
        unit
        kind
        baseline {
          value {
            value
          }
          fiscalYear {
            year
            label
          }
          label
        }
        planTarget {
          value
          absence
        }
        planAchievement {
          ...Figure
        }
        planStatus {
          code
          label
          origin
        }
        currentStatus {
          code
          label
          origin
        }
        values {
          fiscalYear {
            year
            label
            labelEn
            era
            eraYear
          }
          target {
            value
            absence
          }
          actual {
            value
            absence
            source {
              origin
              section
              rawText
              document {
                key
                filePath
              }
            }
          }
          runningTotal {
            value
            absence
          }
          statusText {
            value
          }
          status {
            code
            label
            origin
          }
          achievement {
            ...Figure
          }
          actualOverTarget {
            ...Figure
          }
        }
      }
      costs {
        category
        staffType
        fiscalYears {
          first {
            year
          }
          last {
            year
          }
        }
        amount {
          yen
          absence
          precisionYen
          source {
            rawText
          }
        }
        staffFte {
          value
        }
      }
      evaluations {
        axis
        grade {
          value
          absence
        }
        gradeLabel
        reason {
          value
        }
      }
      activities {
        name
        years {
          fiscalYear {
            year
          }
          planned {
            value
          }
          done {
            value
            absence
          }
        }
      }
      costSummaries {
        fiscalYears {
          first {
            year
          }
          last {
            year
          }
        }
        projectCost
        personnelCost
        staffFte
        totalCost {
          ...Figure
        }
        grant
        generalFund
        grantShare {
          ...Figure
        }
        generalFundShare {
          ...Figure
        }
        derived
      }
      costPerUnit {
        kpi {
          position
        }
        fiscalYears {
          first {
            year
          }
          last {
            year
          }
        }
        costBasis
        figure {
          ...Figure
        }
      }
      kpiRollup {
        ...Rollup
      }
      dataYears {
        first {
          year
        }
        last {
          year
        }
      }
      narratives(kinds: [PURPOSE, PERIOD_SUMMARY, KPI_STATUS_NOTE]) {
        kind
        heading
        text
        kpi {
          position
        }
        source {
          rawText
        }
      }
    }
  }
  fragment Figure on DerivedFigure {
    value
    unit
    formula {
      ja
      en
      expression
    }
    notComputed
    derived
  }
  fragment Rollup on Rollup {
    kpiCount
    kpisWithStatus
    kpisAchieved
    shareOfKpisAchieved {
      ...Figure
    }
    programCount
    programsWithStatus
    programsAllAchieved
    shareOfProgramsAllAchieved {
      ...Figure
    }
    programsSomeAchieved
    shareOfProgramsSomeAchieved {
      ...Figure
    }
  }
`;
