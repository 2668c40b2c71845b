import DataLoader from 'dataloader';
import type { BatchSchedule } from './index.js';

/**
 * A loader of requests that carry arguments beside their key (a page's cursor, a file's format).
 * The requests of a batch that share a group (the same arguments) are answered by one call of `load`,
 * which returns their results in order; a field asked with other arguments makes its own group.
 */
export function groupedLoader<Request, Result>(options: {
  schedule: BatchSchedule;
  keyOf: (request: Request) => string;
  groupOf: (request: Request) => string;
  load: (group: Request[]) => Promise<Result[]>;
}): DataLoader<Request, Result, string> {
  return new DataLoader<Request, Result, string>(
    async (requests) => {
      const groups = new Map<string, Request[]>();
      for (const request of requests) {
        const key = options.groupOf(request);
        const group = groups.get(key);
        if (group) group.push(request);
        else groups.set(key, [request]);
      }
      const results = new Map<Request, Result>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const loaded = await options.load(group);
          group.forEach((request, index) => results.set(request, loaded[index]!));
        }),
      );
      return requests.map((request) => results.get(request)!);
    },
    { cacheKeyFn: options.keyOf, batchScheduleFn: options.schedule },
  );
}
