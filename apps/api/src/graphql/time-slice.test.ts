import { AsyncLocalStorage } from 'node:async_hooks';
import {
  buildSchema,
  defaultFieldResolver,
  graphql,
  GraphQLError,
  type GraphQLFieldResolver,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Clocked, OperationClock } from './operation-deadline.js';
import { timeSliced } from './time-slice.js';

const schema = buildSchema(`
  type Query { items: [Item!]! }
  type Item { a: Int, b: Int, c: Int }
`);
const ITEMS = 2_000;

/** Each field costs about 0.05 ms, so the answer is some 300 ms of work with nothing to wait for. */
let computed = 0;
const busy: GraphQLFieldResolver<unknown, Clocked> = (source, args, context, info) => {
  if (info.fieldName === 'items')
    return Array.from({ length: ITEMS }, (_, i) => ({ a: i, b: i, c: i }));
  computed += 1;
  const until = performance.now() + 0.05;
  while (performance.now() < until);
  return defaultFieldResolver(source, args, context, info);
};

/** Runs the query and counts the turns of the event loop that other work got while it ran. */
async function run(clock: OperationClock) {
  let turns = 0;
  let counting = true;
  const count = () => {
    if (!counting) return;
    turns += 1;
    setImmediate(count);
  };
  setImmediate(count);
  const result = await graphql({
    schema,
    source: '{ items { a b c } }',
    contextValue: { clock },
    fieldResolver: timeSliced(busy),
  });
  counting = false;
  return { result, turns };
}

describe('time-sliced resolvers', () => {
  it('give the event loop turns while an expensive operation completes, with the same answer', async () => {
    const { result, turns } = await run({ expensive: true });
    expect(result.errors).toBeUndefined();
    expect((result.data as { items: unknown[] }).items).toHaveLength(ITEMS);
    expect((result.data as { items: { c: number }[] }).items[ITEMS - 1]!.c).toBe(ITEMS - 1);
    // About 300 ms in slices of 8 ms: dozens of turns, where a single run would give none.
    expect(turns).toBeGreaterThan(10);
  });

  it("run each deferred field in its own request's context, though requests share the queue", async () => {
    const request = new AsyncLocalStorage<string>();
    const seen = new Map<string, Set<string | undefined>>();
    const noting: GraphQLFieldResolver<unknown, Clocked & { name: string }> = (
      source,
      args,
      context,
      info,
    ) => {
      seen.set(context.name, (seen.get(context.name) ?? new Set()).add(request.getStore()));
      return busy(source, args, context, info);
    };
    const results = await Promise.all(
      ['first', 'second'].map((name) =>
        request.run(name, () =>
          graphql({
            schema,
            source: '{ items { a b c } }',
            contextValue: { clock: { expensive: true }, name },
            fieldResolver: timeSliced(noting),
          }),
        ),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    expect(seen.get('first')).toEqual(new Set(['first']));
    expect(seen.get('second')).toEqual(new Set(['second']));
  });

  it('leave any other operation to run in one go', async () => {
    const { result, turns } = await run({});
    expect(result.errors).toBeUndefined();
    expect(turns).toBe(0);
  });

  it('refuse the fields of a query past its deadline, and mark it so its answer is replaced', async () => {
    const refusal = new GraphQLError('too late', { path: [] });
    const clock: OperationClock = {
      expensive: true,
      deadline: { at: performance.now() + 20, refusal },
    };
    computed = 0;
    const { result } = await run(clock);
    expect(clock.timedOut).toBe(true);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.errors!.every((error) => error === refusal)).toBe(true);
    // What is left is refused, not computed: 20 ms is a few hundred of the 6,000 fields.
    expect(computed).toBeLessThan(ITEMS);
  });
});
