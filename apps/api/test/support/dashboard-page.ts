import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { dataOf, type graphqlClient } from './graphql.js';

const WEB = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../web/src/lib/api');
const webModule = <T>(file: string) =>
  import(pathToFileURL(path.join(WEB, file)).href) as Promise<T>;

/** The dashboard's own program query, and how its page puts each value's source back. */
export const { PROGRAM_PAGE } = await webModule<{ PROGRAM_PAGE: string }>('operations/program.ts');
const { withSources } = await webModule<{
  withSources: <T>(answer: T, programs: readonly unknown[]) => T;
}>('sources.ts');
const { readableProgram } = await webModule<{ readableProgram: <T>(program: T) => T }>(
  'program-answer.ts',
);

/**
 * A program's page as the dashboard reads it, in one language, for a reader who is not an editor: the
 * answer, its size in bytes, and the program with every value's source put back (which fails if a value
 * cites a source the answer does not carry), put back as the page reads it (program-answer.ts). Checks the answer carries each source once and the other
 * language not at all.
 */
export async function dashboardPage(
  execute: ReturnType<typeof graphqlClient>,
  id: string,
  ja: boolean,
) {
  const result = await execute<{ program: any }>(PROGRAM_PAGE, { id, ja, editor: false });
  const { program } = dataOf(result);
  const json = JSON.stringify(program);
  const ids = program.sources.map((source: { id: string }) => source.id);
  expect(new Set(ids).size).toBe(ids.length);
  // A value names its source by id: the source's text is in the program's list only.
  expect(json.match(/"source":\{"[^"]*"/g)?.every((key) => key === '"source":{"id"') ?? true).toBe(
    true,
  );
  // Editors' notes go to editors only.
  expect(json).not.toContain('"note"');
  // One language: the Japanese page has no English field, the English one no Japanese formula.
  if (ja) expect(json).not.toMatch(/"\w+En":/);
  else expect(json).not.toMatch(/"(ja|expression|description)":/);
  return {
    result,
    bytes: Buffer.byteLength(JSON.stringify({ data: result.data })),
    program: withSources(readableProgram(program), [program]),
  };
}
