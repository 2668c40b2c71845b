/**
 * Why a value is missing. Each is a different fact and none of them is 0: a blank cell, a year the
 * document does not deal with, a year folded into a multi-year total, a year with no target by design
 * (`－`), and a cell that cannot be read one way.
 */
export type Absence =
  'not_reported' | 'not_applicable' | 'ambiguous' | 'outside_document' | 'in_multi_year_total';

export interface AbsenceWords {
  /** The word a table cell shows. */
  ja: string;
  en: string;
  /** What the word means, for the page's one legend. */
  meaningJa: string;
  meaningEn: string;
}

/** One word per reason, different in each language, and what each means. */
export const ABSENCE_WORDS: Record<Absence, AbsenceWords> = {
  not_reported: {
    ja: '未報告',
    en: 'not reported',
    meaningJa: '資料の欄が空欄（空欄から計算された合計を含む）',
    meaningEn: 'the cell is blank in the source (or a total computed from blanks)',
  },
  not_applicable: {
    ja: '対象外',
    en: 'no target',
    meaningJa: 'その年度は目標がない（資料に「－」）',
    meaningEn: 'no target that year (the source prints a dash)',
  },
  ambiguous: {
    ja: '不明',
    en: 'unclear',
    meaningJa: '資料から一通りに読めない',
    meaningEn: 'the source can be read more than one way',
  },
  outside_document: {
    ja: '期間外',
    en: 'not covered',
    meaningJa: '資料がその年度を扱っていない',
    meaningEn: 'the document does not deal with that year',
  },
  in_multi_year_total: {
    ja: '合計に含む',
    en: 'in multi-year total',
    meaningJa: '複数年度の合計としてだけ報告され、その年度だけの値がない',
    meaningEn: 'reported only as a sum over several years, with no figure for the year alone',
  },
};

/** The order a legend lists them in: the commonest first. */
export const ABSENCES: readonly Absence[] = [
  'not_reported',
  'in_multi_year_total',
  'outside_document',
  'not_applicable',
  'ambiguous',
];
