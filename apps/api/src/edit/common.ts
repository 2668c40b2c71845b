import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { refreshProgramSummaries } from '../analytics/program-summary.js';
import type { Caller } from '../auth/caller.js';
import { auditChanges } from '../audit/record.js';
import type { Change } from '../audit/facts.js';
import type { Database } from '../db/client.js';
import type { NewProvenance } from '../db/queries/record-writes.js';
import type { SourceDocument } from '../db/schema/index.js';
import { DATA_DIR } from '../dataset/files.js';

export type UserErrorCode = 'INVALID' | 'NOT_FOUND' | 'ALREADY_EXISTS' | 'STALE_VERSION';

/** A problem with a mutation's input: where in it, what is wrong, and of which kind. */
export interface UserError {
  field: string[];
  message: string;
  code: UserErrorCode;
  currentVersion?: number | null;
}

export type EditResult<T> = { userErrors: UserError[]; result: T | null };

/** Refuses a mutation whose input breaks a rule, naming every problem. */
export class Refused extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; '));
  }
}

export const invalid = (field: string[], message: string): UserError => ({
  field,
  message,
  code: 'INVALID',
});

export const notFound = (field: string[], what: string): UserError => ({
  field,
  message: `${what} was not found`,
  code: 'NOT_FOUND',
});

/** The refusal of a write based on an older reading, with the version to read again. */
export function stale(
  field: string[],
  expected: number | null | undefined,
  current: number | null,
): UserError {
  return {
    field,
    code: 'STALE_VERSION',
    currentVersion: current,
    message:
      expected == null
        ? `already exists, at version ${current}: read it and pass expectedVersion`
        : current === null
          ? 'no longer exists'
          : `was changed by someone else: you read version ${expected}, it is now at version ${current}; read it again`,
  };
}

/** Zod's issues as user errors under `prefix`, with the format's own messages. */
export function zodErrors(prefix: string[], error: z.ZodError): UserError[] {
  return error.issues.map((issue) =>
    invalid([...prefix, ...issue.path.map(String)], issue.message),
  );
}

export interface SourceInput {
  origin?: 'DOCUMENT' | 'EXTERNAL' | 'EDITORIAL' | 'IMPORT' | 'ENTRY' | null;
  section?: string | null;
  raw?: string | null;
  note?: string | null;
}

/**
 * The provenance of entered values: by default an entry naming the token's holder; a document value
 * must quote its program's document verbatim, as in a program file.
 */
export async function provenanceOf(
  caller: Caller,
  source: SourceInput | null | undefined,
  context: { programId: number; document: SourceDocument },
): Promise<NewProvenance> {
  const origin = (source?.origin ?? 'ENTRY').toLowerCase() as NewProvenance['origin'];
  const note = source?.note?.trim() || null;
  const errors: UserError[] = [];
  if (origin === 'import')
    errors.push(invalid(['input', 'source', 'origin'], 'IMPORT is for the import command'));
  if (origin === 'document') {
    if (!source?.section?.trim())
      errors.push(
        invalid(['input', 'source', 'section'], 'a value read from the document needs its section'),
      );
    if (!source?.raw)
      errors.push(
        invalid(['input', 'source', 'raw'], 'a value read from the document needs its raw text'),
      );
    else if (!(await documentText(context.document)).includes(source.raw))
      errors.push(
        invalid(
          ['input', 'source', 'raw'],
          `does not occur verbatim in ${context.document.filePath}: ${JSON.stringify(source.raw.slice(0, 60))}`,
        ),
      );
  } else if ((origin === 'external' || origin === 'editorial') && !note) {
    errors.push(
      invalid(
        ['input', 'source', 'note'],
        `an ${origin} value needs a note saying where it comes from`,
      ),
    );
  }
  if (errors.length) throw new Refused(errors);
  return {
    origin,
    documentId: origin === 'document' ? context.document.id : null,
    section: source?.section?.trim() || null,
    rawText: origin === 'document' ? source!.raw! : null,
    note: origin === 'entry' ? `entered by ${caller.name}${note ? `: ${note}` : ''}` : note,
    programId: context.programId,
  };
}

async function documentText(document: SourceDocument): Promise<string> {
  return readFile(path.resolve(DATA_DIR, document.filePath), 'utf8').catch(() => '');
}

/**
 * Runs an edit in one transaction with its audit rows and the program's derived figures, so a refused or
 * failed edit leaves nothing behind and an accepted one is always recorded.
 */
export async function editInTransaction<T>(
  db: Database,
  caller: Caller,
  work: (db: Database) => Promise<{ result: T; programId: number; changes: Change[] }>,
): Promise<EditResult<T>> {
  try {
    const result = await db.transaction(async (tx) => {
      const txDb = tx as unknown as Database;
      const done = await work(txDb);
      await auditChanges(
        txDb,
        { name: caller.name, source: 'graphql' },
        done.changes,
        () => done.programId,
      );
      await refreshProgramSummaries(txDb, [done.programId]);
      return done.result;
    });
    return { userErrors: [], result };
  } catch (error) {
    if (error instanceof Refused) return { userErrors: error.userErrors, result: null };
    throw error;
  }
}
