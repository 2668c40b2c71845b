import { AsyncResource } from 'node:async_hooks';
import type { GraphQLFieldResolver } from 'graphql';
import type { Clocked, OperationClock } from './operation-deadline.js';

/**
 * Completing a large answer is a long run of synchronous work between database round trips: once a
 * comparison of fifty has its rows, graphql-js completes hundreds of thousands of fields in one go,
 * promise callbacks included, and Node answers nothing else meanwhile, not even /healthz. So every
 * resolver of an expensive operation first asks whether the current turn of the event loop has run
 * longer than SLICE_MS. Once it has, every field of such an operation still to resolve waits in one
 * queue (graphql-js walks no deeper below it), worked through a slice per turn, each turn beginning
 * with the I/O that waited. Other operations never wait in it: they are small, and run whenever the
 * event loop comes to them.
 */
export const SLICE_MS = 8;

/** Reading the clock for every field would cost more than it saves; every 32nd is precise enough. */
const CHECK_EVERY = 32;

let calls = 0;
let sliceStartedAt = 0;
let turnMarked = false;
let deferring = false;

/** Fields waiting for a later turn, in the order they came, across all requests. */
let waiting: (() => void)[] = [];
let next = 0;
let drainScheduled = false;

/** A slice begins at the first check in a turn of the event loop; the turn is known to have ended
 * when the setImmediate scheduled then has run. */
function startSlice(now: number): void {
  sliceStartedAt = now;
  deferring = false;
  if (turnMarked) return;
  turnMarked = true;
  setImmediate(() => {
    turnMarked = false;
    deferring = false;
  });
}

/** Throws once the operation is past its deadline, marking it so its answer is replaced. */
function refuseWhenLate(clock: OperationClock, now: number): void {
  if (!clock.deadline || now <= clock.deadline.at) return;
  clock.timedOut = true;
  throw clock.deadline.refusal;
}

function shouldDefer(clock: OperationClock): boolean {
  if (deferring) return true;
  calls += 1;
  if (calls % CHECK_EVERY !== 0) return false;
  const now = performance.now();
  refuseWhenLate(clock, now);
  if (!turnMarked) {
    startSlice(now);
    return false;
  }
  deferring = now - sliceStartedAt > SLICE_MS;
  return deferring;
}

function scheduleDrain(): void {
  if (drainScheduled) return;
  drainScheduled = true;
  setImmediate(() => void drain());
}

/** Starts waiting fields for one slice; each one's own promise callbacks run before the next starts,
 * so the clock sees the work they cause. What is left waits for the next turn. */
async function drain(): Promise<void> {
  drainScheduled = false;
  startSlice(performance.now());
  while (next < waiting.length) {
    if (performance.now() - sliceStartedAt > SLICE_MS) {
      deferring = true;
      break;
    }
    const run = waiting[next]!;
    next += 1;
    run();
    await undefined;
  }
  if (next < waiting.length) {
    scheduleDrain();
  } else {
    waiting = [];
    next = 0;
  }
}

/** DataLoader's own moment in Node: once this turn's promise jobs have run. */
const afterPromiseJobs = (run: () => void) =>
  void Promise.resolve().then(() => process.nextTick(run));

/** Per operation: how many of its fields wait in the queue, and the loaders' batches held until none
 * does. */
interface Waiting {
  fields: number;
  batches: (() => void)[];
}
const waitingOf = new WeakMap<OperationClock, Waiting>();

/**
 * When a request's loader sends its batch. graphql-js asks for every row of one level of an answer
 * in one walk, and DataLoader sends what a walk asked for as one statement; a walk cut into slices
 * would send one statement per slice. So while any of the operation's fields wait in the queue, its
 * batches wait for them.
 */
export function batchWhenWalked(clock: OperationClock, dispatch: () => void): void {
  afterPromiseJobs(() => {
    const own = waitingOf.get(clock);
    // Held, it is sent from another request's turn: bound to its own request's context, so its
    // statements count, and name their scopes, for the request that asked.
    if (own && own.fields > 0) own.batches.push(AsyncResource.bind(dispatch));
    else dispatch();
  });
}

function later<T>(clock: OperationClock, run: () => T): Promise<T> {
  let own = waitingOf.get(clock);
  if (!own) waitingOf.set(clock, (own = { fields: 0, batches: [] }));
  const counted = own;
  counted.fields += 1;
  return new Promise<T>((resolve, reject) => {
    // The queue is drained in whichever request's turn comes: each field runs in its own's context.
    waiting.push(
      AsyncResource.bind(() => {
        try {
          resolve(run());
        } catch (error) {
          reject(error);
        } finally {
          counted.fields -= 1;
          if (counted.fields === 0) afterPromiseJobs(() => sendHeldBatches(counted));
        }
      }),
    );
    scheduleDrain();
  });
}

/** The batches held for an operation, sent once the fields the last one started have not queued more. */
function sendHeldBatches(own: Waiting): void {
  if (own.fields > 0) return;
  for (const dispatch of own.batches.splice(0)) dispatch();
}

/** Runs `run` now, or once the queue reaches it when the current turn has run long for an expensive
 * operation; refused once the operation is past its deadline. */
function inTurn<T>(clock: OperationClock, run: () => T): T | Promise<T> {
  if (!clock.expensive) return run();
  let defer: boolean;
  try {
    defer = shouldDefer(clock);
  } catch (refusal) {
    // Refused as a rejected promise, not a throw: graphql-js stops completing a list of non-null items
    // at one that throws, and the promises of the items before it would reject with no one to hear them.
    return Promise.reject(refusal);
  }
  if (!defer) return run();
  return later(clock, () => {
    refuseWhenLate(clock, performance.now());
    return run();
  });
}

/** For a resolver that computes much at once when its rows come (a verdict, a comparison): awaited
 * between the loading and the computing, so a hundred such computations, woken by the same batch of
 * rows, do not all run in one turn. */
export function turnFor(clock: OperationClock): void | Promise<void> {
  return inTurn(clock, () => undefined);
}

/** The resolver, made to wait for a later turn of the event loop when the current one has run long:
 * before it runs, and again when what it loads arrives, since a batch of rows wakes every field that
 * waited for it at once. */
export function timeSliced<TSource, TContext extends Clocked, TArgs>(
  resolve: GraphQLFieldResolver<TSource, TContext, TArgs>,
): GraphQLFieldResolver<TSource, TContext, TArgs> {
  return (source, args, context, info) =>
    // Most operations are not expensive: they call the resolver as it is, with no closure to make
    // for each of their thousands of fields.
    !context.clock.expensive
      ? resolve(source, args, context, info)
      : inTurn(context.clock, () => {
          const result: unknown = resolve(source, args, context, info);
          return result instanceof Promise
            ? result.then((value: unknown) => inTurn(context.clock, () => value))
            : result;
        });
}

/** Every resolver of a resolver map made time-sliced; scalars and type resolution left as they are. */
export function timeSlicedResolvers<T extends object>(resolvers: T): T {
  return Object.fromEntries(
    Object.entries(resolvers).map(([typeName, fields]) => [
      typeName,
      typeof fields !== 'object' || fields === null || !isPlainObject(fields)
        ? fields
        : Object.fromEntries(
            Object.entries(fields).map(([field, resolve]) => [
              field,
              typeof resolve === 'function' && !field.startsWith('__')
                ? timeSliced(resolve as GraphQLFieldResolver<unknown, Clocked, unknown>)
                : resolve,
            ]),
          ),
    ]),
  ) as T;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
