/** The overview: every municipality with its programs and the figures their headlines need. */
export const OVERVIEW = /* GraphQL */ `
  query Overview {
    municipalities {
      code
      name
      nameEn
      prefecture {
        name
      }
      programs {
        id
        number
        name
        nameEn
        fundingScheme
        fundingSchemeName
        fieldSources {
          field
          source {
            origin
          }
        }
        document {
          form
          formName
          fiscalYear {
            year
            label
          }
        }
        kpis {
          position
          name
          unit
          kind
          values {
            fiscalYear {
              year
              label
            }
            target {
              value
              absence
            }
            actual {
              value
              absence
            }
          }
        }
        costs {
          category
          staffType
          fiscalYears {
            first {
              year
              label
            }
            last {
              year
              label
            }
          }
          amount {
            yen
            absence
          }
        }
      }
    }
  }
`;
