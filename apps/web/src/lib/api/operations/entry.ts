/** What the data-entry page needs of a program: its KPIs and the versions of the values it may change. */
export const ENTRY_PAGE = /* GraphQL */ `
  query EntryPage($id: ID!) {
    program(id: $id) {
      id
      name
      municipality {
        name
      }
      lastChangedAt
      kpis {
        id
        position
        name
        unit
        kind
        values {
          fiscalYear {
            year
            label
          }
          version
          target {
            value
            absence
          }
          actual {
            value
            absence
          }
          runningTotal {
            value
          }
        }
      }
    }
  }
`;

/** Who a token belongs to, to sign an editor in. */
export const VIEWER = /* GraphQL */ `
  query Viewer {
    viewer {
      name
      role
    }
  }
`;

export const KPI_VALUE_UPSERT = /* GraphQL */ `
  mutation KpiValueUpsert($input: KpiValueUpsertInput!) {
    kpiValueUpsert(input: $input) {
      userErrors {
        field
        message
        code
        currentVersion
      }
      kpiValue {
        version
        fiscalYear {
          label
        }
      }
    }
  }
`;
