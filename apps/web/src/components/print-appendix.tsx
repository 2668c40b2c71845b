'use client';

import { useEffect, useRef } from 'react';
import type { Lang } from '@/lib/i18n';

/**
 * In print, every figure's table follows the charts as an appendix a council can read as is. The
 * appendix copies the tables the figures already hold when the page loads: sent twice, they were most of
 * a program page's weight (and three-quarters of a comparison's).
 */
export function PrintAppendix({ figureIds, lang }: { figureIds: string[]; lang: Lang }) {
  const holder = useRef<HTMLDivElement>(null);
  const ids = figureIds.join(' ');
  useEffect(() => {
    const tables = ids
      .split(' ')
      .map((id) => (id ? document.getElementById(id)?.querySelector('table') : null))
      .filter((table): table is HTMLTableElement => Boolean(table));
    holder.current?.replaceChildren(
      ...tables.map((table) => {
        const wrapper = document.createElement('div');
        wrapper.className = 'table-scroll';
        wrapper.append(table.cloneNode(true));
        return wrapper;
      }),
    );
  }, [ids]);
  if (!figureIds.length) return null;
  return (
    <section className="print-only appendix" aria-hidden="true">
      <h2>{lang === 'ja' ? '付録：データ表' : 'Appendix: data tables'}</h2>
      <div ref={holder} />
    </section>
  );
}
