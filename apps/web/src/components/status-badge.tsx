import { askedIn, type Lang } from '@/lib/i18n';

type Code = 'ACHIEVED' | 'NEARLY_ACHIEVED' | 'NOT_MET' | 'NOT_IMPLEMENTED' | 'OTHER';

/** Shape as well as colour: a reader who cannot tell the colours apart still reads the status. */
const SHAPE: Record<Code, string> = {
  ACHIEVED: '●',
  NEARLY_ACHIEVED: '◐',
  NOT_MET: '○',
  NOT_IMPLEMENTED: '×',
  OTHER: '◇',
};

export function StatusBadge({
  status,
  lang,
}: {
  status: { code: Code; label: string; labelEn?: string; origin: 'SOURCE' | 'COMPUTED' } | null;
  lang: Lang;
}) {
  if (!status) return <span className="missing">{lang === 'ja' ? '状況なし' : 'no status'}</span>;
  const origin =
    status.origin === 'SOURCE'
      ? lang === 'ja'
        ? '資料の記載'
        : "source's word"
      : lang === 'ja'
        ? '達成率から判定'
        : 'computed from achievement';
  return (
    <span className={`status status-${status.code.toLowerCase()}`} title={origin}>
      <span aria-hidden="true">{SHAPE[status.code]}</span>{' '}
      {askedIn(lang, status.label, status.labelEn)}
      {status.origin === 'COMPUTED' ? <sup>*</sup> : null}
    </span>
  );
}
