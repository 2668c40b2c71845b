import type { SimilarFieldsFragment } from '@/lib/api/generated';
import { href, type Lang } from '@/lib/i18n';

/** A similar program as a line of the program page: where it is, why it was found, and a comparison. */
export interface SimilarLine {
  href: string;
  name: string;
  /** The language the name is in: an English page names a program without a gloss in Japanese. */
  nameLang: Lang;
  municipality: string;
  /** The words both programs use, rarest first, as one text. */
  sharedWords: string;
  /** The comparison of the two programs side by side. */
  compareHref: string;
}

export function similarLines(
  lang: Lang,
  programId: string,
  similar: readonly SimilarFieldsFragment[],
): SimilarLine[] {
  return similar.map(({ program, sharedTerms }) => ({
    href: href(`/programs/${program.id}`, lang),
    name: lang === 'ja' ? program.name : (program.nameEn ?? program.name),
    nameLang: lang === 'en' && program.nameEn ? 'en' : 'ja',
    municipality:
      lang === 'ja'
        ? program.municipality.name
        : (program.municipality.nameEn ?? program.municipality.name),
    // The words are the sources' own Japanese in either language: they are why the match was made.
    sharedWords: sharedTerms.join(lang === 'ja' ? '、' : ', '),
    compareHref: href('/compare', lang, { ids: [programId, program.id] }),
  }));
}
