/** A year of summed cost and funding, with how many programs left each sum's figure blank. */
const FUNDING_FIELDS = /* GraphQL */ `
  fragment FundingFields on FundingYear {
    fiscalYear {
      year
    }
    amountKind
    lines {
      category
      yen
      reported
      missing
    }
  }
`;

/** What the page shows of one part of the city's policy system: its total cost by year. */
const POLICY_NODE_FIELDS = /* GraphQL */ `
  fragment PolicyNodeFields on PolicyNode {
    level
    number
    name
    otherNames
    programCount
    directions {
      grade
      label
      count
    }
    funding {
      fiscalYear {
        year
      }
      amountKind
      lines(categories: [TOTAL_COST]) {
        category
        yen
        reported
        missing
      }
    }
  }
`;

/** Everything the municipality page shows, in one request. */
export const MUNICIPALITY_PAGE = /* GraphQL */ `
  query MunicipalityPage($code: String!) {
    municipality(code: $code) {
      code
      name
      nameEn
      isSynthetic
      kpiRollup {
        programCount
      }
      prefecture {
        name
        nameEn
      }
      directions {
        grade
        label
        count
      }
      funding {
        ...FundingFields
      }
      policyTree {
        ...PolicyNodeFields
        children {
          ...PolicyNodeFields
          children {
            ...PolicyNodeFields
            programs {
              id
              number
              name
              nameEn
            }
          }
        }
      }
    }
  }
  ${FUNDING_FIELDS}
  ${POLICY_NODE_FIELDS}
`;
