import DataLoader from 'dataloader';

/**
 * A value the request already holds, or a promise of it while it is being read. graphql-js completes
 * a field given a value on the spot; given a promise, it waits a turn of the microtask queue, and every
 * object above it becomes a promise too, each one a call of Node's async hooks while AsyncLocalStorage
 * is on. A program's page completes some 5,000 fields from one record, so the fields below the record
 * answer with values once it has arrived.
 */
export type Held<T> = T | Promise<T>;

/** `next` of the value, at once when it is held. */
export function whenHeld<T, R>(value: Held<T>, next: (value: T) => Held<R>): Held<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/** The values, at once when every one is held. */
export function allHeld<T>(values: readonly Held<T>[]): Held<T[]> {
  return values.some((value) => value instanceof Promise) ? Promise.all(values) : (values as T[]);
}

/** An object of values, at once when every one is held. */
export function allHeldOf<T extends Record<string, unknown>>(
  values: T,
): Held<{ [K in keyof T]: Awaited<T[K]> }> {
  const names = Object.keys(values);
  return whenHeld(
    allHeld(names.map((name) => values[name])),
    (held) =>
      Object.fromEntries(names.map((name, index) => [name, held[index]])) as {
        [K in keyof T]: Awaited<T[K]>;
      },
  );
}

/**
 * A DataLoader that also remembers what it has read and what was primed into it, so a later ask for
 * a key it holds is answered with the row itself.
 */
export class HeldLoader<Row> {
  private readonly rows = new Map<number, Row | null>();
  private readonly loader: DataLoader<number, Row | null>;

  constructor(
    read: (keys: readonly number[]) => Promise<(Row | null)[]>,
    options: DataLoader.Options<number, Row | null>,
  ) {
    this.loader = new DataLoader(async (keys) => {
      const found = await read(keys);
      keys.forEach((key, index) => {
        if (!this.rows.has(key)) this.rows.set(key, found[index]!);
      });
      return found;
    }, options);
  }

  /** The row of a key (null where none), batched with the other keys asked for meanwhile. */
  load(key: number): Promise<Row | null> {
    return this.loader.load(key);
  }

  /** The row of a key, held or read. */
  get(key: number): Held<Row | null> {
    return this.rows.has(key) ? this.rows.get(key)! : this.loader.load(key);
  }

  /** The row a foreign key names, which the database's constraints keep present. */
  row(key: number): Held<Row> {
    return this.get(key) as Held<Row>;
  }

  prime(key: number, row: Row): void {
    if (this.rows.has(key)) return;
    this.rows.set(key, row);
    this.loader.prime(key, row);
  }
}
