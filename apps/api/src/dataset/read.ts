import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { programFileSchema, type ProgramFile } from './format.js';

/** One problem in a dataset file: which file, where inside it, and what is wrong. */
export interface DatasetProblem {
  file: string;
  path: string;
  message: string;
}

/** Thrown with every problem found, so a user fixes them all in one pass. */
export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(
      `the dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}: ${p.path || '(file)'}: ${p.message}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

/** A validated program file with the source text it quotes. */
export interface ProgramSource {
  file: string;
  data: ProgramFile;
  sourceText: string;
  sourceSha256: string;
}

/** A path inside a file as a reader writes it: `kpis[0].values[1].target`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${String(segment)}`,
    )
    .join('');
}

function zodProblems(file: string, error: z.ZodError): DatasetProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath(issue.path),
    message: issue.message,
  }));
}

/** Every `raw` in the file, with where it stands, so each can be checked against the source text. */
function* rawTexts(
  node: unknown,
  at: PropertyKey[] = [],
): Generator<{ path: string; raw: string }> {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* rawTexts(item, [...at, index]);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'raw' && typeof value === 'string')
        yield { path: formatPath([...at, key]), raw: value };
      else yield* rawTexts(value, [...at, key]);
    }
  }
}

/**
 * Reads and validates one program file: YAML syntax, the format's shape, and that every raw text it
 * quotes occurs verbatim in the source document it names (resolved against `dataDir`).
 */
export async function readProgramFile(file: string, dataDir: string): Promise<ProgramSource> {
  const label = path.relative(process.cwd(), file) || file;
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new DatasetError([
      { file: label, path: '', message: `cannot be read (${error.code ?? error.message})` },
    ]);
  });
  return readProgramText(label, text, dataDir);
}

/** Validates a program file's text (already read and decoded), naming it `label` in every problem. */
export async function readProgramText(
  label: string,
  text: string,
  dataDir: string,
): Promise<ProgramSource> {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new DatasetError(
      document.errors.map((error) => ({ file: label, path: '', message: error.message })),
    );
  }
  const parsed = programFileSchema.safeParse(document.toJS());
  if (!parsed.success) throw new DatasetError(zodProblems(label, parsed.error));

  const sourcePath = path.resolve(dataDir, parsed.data.document.file);
  const sourceBytes = await readFile(sourcePath).catch(() => {
    throw new DatasetError([
      { file: label, path: 'document.file', message: `no such source file: ${sourcePath}` },
    ]);
  });
  const sourceText = sourceBytes.toString('utf8');
  const problems: DatasetProblem[] = [];
  for (const { path: at, raw } of rawTexts(parsed.data)) {
    if (!sourceText.includes(raw)) {
      problems.push({
        file: label,
        path: at,
        message: `does not occur verbatim in ${parsed.data.document.file}: ${JSON.stringify(raw.slice(0, 60))}`,
      });
    }
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return {
    file: label,
    data: parsed.data,
    sourceText,
    sourceSha256: createHash('sha256').update(sourceBytes).digest('hex'),
  };
}

/** Reads every file, gathering the problems of all of them before failing. */
export async function readProgramFiles(
  files: readonly string[],
  dataDir: string,
): Promise<ProgramSource[]> {
  const results = await Promise.allSettled(files.map((file) => readProgramFile(file, dataDir)));
  const problems = results.flatMap((result) =>
    result.status === 'rejected'
      ? result.reason instanceof DatasetError
        ? result.reason.problems
        : [{ file: '?', path: '', message: String(result.reason) }]
      : [],
  );
  if (problems.length > 0) throw new DatasetError(problems);
  return results.map((result) => (result as PromiseFulfilledResult<ProgramSource>).value);
}
