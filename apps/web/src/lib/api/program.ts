import 'server-only';
import { ApiError, request } from './client';
import type { ProgramPageQuery } from './generated';
import type { Lang } from '../i18n';
import { PROGRAM_PAGE } from './operations/program';
import { readableProgram } from './program-answer';
import { withSources, type WithSources } from './sources';
import { isEditor } from '../viewer';

/** The program as its page reads it, each value's source in place. */
export type ProgramPage = WithSources<ReturnType<typeof readableProgram>>;

/** The program, or null when the API says there is none. */
export async function getProgram(id: string, lang: Lang): Promise<ProgramPage | null> {
  try {
    const { program } = await request<ProgramPageQuery>(PROGRAM_PAGE, {
      id,
      ja: lang === 'ja',
      editor: await isEditor(),
    });
    return program && withSources(readableProgram(program), [program]);
  } catch (error) {
    if (
      error instanceof ApiError &&
      error.codes.every((code) => code === 'NOT_FOUND' || code === 'BAD_USER_INPUT')
    ) {
      return null;
    }
    throw error;
  }
}
