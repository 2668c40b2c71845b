/** A query parameter a page cannot use, and why, in both languages. */
export interface BadParameter {
  name: string;
  ja: string;
  en: string;
}

type Check = (value: string) => { ja: string; en: string } | null;

const digits =
  (what: { ja: string; en: string }, max: number): Check =>
  (value) =>
    /^[0-9]{1,10}$/.test(value) && Number(value) <= max ? null : what;
const fiscalYear: Check = (value) =>
  /^[0-9]{4}$/.test(value) && Number(value) >= 1947 && Number(value) <= 2100
    ? null
    : { ja: '1947〜2100 の西暦年を指定してください', en: 'must be a year from 1947 to 2100' };
const oneOf =
  (values: readonly string[]): Check =>
  (value) =>
    values.includes(value)
      ? null
      : { ja: `次のいずれかです：${values.join(', ')}`, en: `must be one of ${values.join(', ')}` };
// A cursor is base64url text the API gave out; the API checks what it holds.
const cursor: Check = (value) =>
  /^[A-Za-z0-9_-]{1,400}$/.test(value)
    ? null
    : { ja: 'この一覧が出した続きの位置ではありません', en: 'is not a cursor this list gave out' };
const id = digits(
  { ja: '事業の ID（数字）を指定してください', en: 'must be a program id (digits)' },
  2_147_483_647,
);
const lang = oneOf(['ja', 'en']);

/** What each page reads from its URL, and how each parameter must look. */
const PAGES: Record<string, Record<string, Check>> = {
  '/': {
    lang,
    year: fiscalYear,
    pref: digits(
      { ja: '都道府県コード（数字）を指定してください', en: 'must be a prefecture code (digits)' },
      999,
    ),
    municipality: (value) =>
      /^[0-9]{5}$/.test(value)
        ? null
        : { ja: '5桁の団体コードを指定してください', en: 'must be a five-digit municipality code' },
    funding: oneOf(['MUNICIPAL', 'NATIONAL_GRANT']),
    sort: oneOf(['MUNICIPALITY_CODE', 'LATEST_COST', 'ACHIEVEMENT', 'COST_PER_OUTCOME']),
    after: cursor,
  },
  '/rankings': {
    lang,
    metric: oneOf(['COST_PER_OUTCOME', 'ACHIEVEMENT', 'GRANT_SHARE', 'LATEST_COST']),
    highlight: id,
    peers: oneOf(['1', 'prefecture', 'population']),
    offset: digits(
      {
        ja: '0〜1,000,000 の整数を指定してください',
        en: 'must be a whole number from 0 to 1,000,000',
      },
      1_000_000,
    ),
    basis: oneOf(['TOTAL_COST', 'PROJECT_COST']),
  },
  '/compare': {
    lang,
    ids: (value) =>
      value.split(',').every((part) => id(part) === null)
        ? null
        : { ja: '事業の ID（数字）を指定してください', en: 'must be program ids (digits)' },
    from: fiscalYear,
    to: fiscalYear,
  },
};

/**
 * The first parameter of a URL that its page cannot use: a page then answers 400 naming it, rather
 * than an error page that says nothing of what was wrong. Parameters a page does not read are left
 * alone, and empty ones mean "not chosen" (a form sends them so).
 */
export function badParameter(path: string, params: URLSearchParams): BadParameter | null {
  const checks = PAGES[path] ?? (path.startsWith('/programs/') ? { lang } : null);
  if (!checks) return null;
  for (const [name, value] of params) {
    const check = checks[name];
    if (!check || value === '') continue;
    const problem = check(value);
    if (problem) return { name, ...problem };
  }
  return null;
}
