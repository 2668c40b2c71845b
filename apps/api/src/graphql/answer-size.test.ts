import { typeDefs } from '@muni/schema';
import { buildASTSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateAnswerFields, EXPENSIVE_FIELDS } from './answer-size.js';

const schema = buildASTSchema(parse(typeDefs.join('\n')));

function estimate(query: string, variables: Record<string, unknown>): number {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  return estimateAnswerFields(operation.selectionSet, schema.getQueryType()!, {}, variables);
}

const COMPARE = /* GraphQL */ `
  query Compare($ids: [ID!]!) {
    compare(programIds: $ids) {
      programs {
        program {
          name
        }
        kpis {
          years {
            achievement {
              value
              formula {
                expression
              }
            }
            costPerUnit {
              value
            }
          }
        }
      }
    }
  }
`;

describe('an answer estimated before it runs', () => {
  it('holds as many programs of a comparison as it names', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, index) => String(index + 1));
    const ten = estimate(COMPARE, { ids: ids(10) });
    // Two fields for the comparison and its list, the rest once per program.
    expect(estimate(COMPARE, { ids: ids(50) })).toBe(5 * ten - 8);
    // Ten programs are not an expensive operation; fifty are.
    expect(ten).toBeLessThan(EXPENSIVE_FIELDS);
    expect(estimate(COMPARE, { ids: ids(50) })).toBeGreaterThan(EXPENSIVE_FIELDS);
    // More than a comparison holds is refused by the comparison, with its limit, not by the estimate.
    expect(estimate(COMPARE, { ids: ids(500) })).toBe(estimate(COMPARE, { ids: ids(50) }));
  });

  it('counts a list of values by its items, as it counts a list of objects', () => {
    const asColumns = estimate(
      '{ programs(first: 100) { nodes { kpis { series { targets actuals } } } } }',
      {},
    );
    const asObjects = estimate(
      '{ programs(first: 100) { nodes { kpis { values { target { value } actual { value } } } } } }',
      {},
    );
    // A hundred programs, ten KPIs each, twenty years of two figures: the same figures either way.
    expect(asColumns).toBeGreaterThanOrEqual(100 * 10 * 20 * 2);
    expect(asObjects).toBeGreaterThanOrEqual(100 * 10 * 20 * 2);
    expect(asColumns).toBeLessThan(asObjects);
  });
});
