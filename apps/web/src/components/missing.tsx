import { absenceLabel, type Absence } from '@/lib/format';
import type { Lang } from '@/lib/i18n';

/** A value that is not there, said in words: 未報告, 対象外 or 不明; never 0, never blank. */
export function Missing({ absence, lang }: { absence: Absence | null | undefined; lang: Lang }) {
  return <span className="missing">{absenceLabel(lang, absence)}</span>;
}
