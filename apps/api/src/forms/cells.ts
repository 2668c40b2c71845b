import { normalizeText, parseEraYear } from '@muni/domain';
import type { SourcedValue } from '../dataset/format.js';
import type { CellReading, FormDefinition } from './definition.js';
import type { Cell } from './workbook.js';

/** Where a cell is, for provenance and for problems: the sheet, the cell and what the form calls it. */
export interface CellPlace {
  sheet: string;
  column: string;
  row: number;
  header: string;
  /** The year group's label, for a cell of a fiscal year's columns. */
  group?: string;
}

export const cellRef = (place: CellPlace) => `${place.column}${place.row}`;

/** The provenance section of a cell: sheet!cell, with its header (and year group) as the form prints them. */
export function sectionOf(place: CellPlace): string {
  const header = place.header.replace(/\s+/g, ' ');
  return `${place.sheet}!${cellRef(place)}（${header}${place.group ? `、${place.group}` : ''}）`;
}

export type Read<T> = { ok: true; value: SourcedValue<T> } | { ok: false; problem: string };

/** The definition's rules for cells that hold something other than a plain figure. */
type Rules = Pick<FormDefinition, 'marks' | 'parenthesisedPart'>;

/** A blank cell, or a mark the form uses in place of a figure: null with its reason, never 0. */
function absent(cell: Cell, place: CellPlace, { marks }: Rules): SourcedValue<never> | null {
  const text = cell.text.trim();
  const section = sectionOf(place);
  if (text === '' && cell.number === null)
    return { value: null, absence: 'not_reported', origin: 'document', section };
  const mark = marks.find((entry) => entry.text === text);
  if (mark)
    return {
      value: null,
      absence: mark.absence,
      origin: 'document',
      section,
      raw: cell.text,
      note: mark.meaning,
    };
  return null;
}

const FIGURE = /^[+-]?\d+(?:\.\d+)?$/;
/** 36（1）: a figure with a second one in parentheses, as an indicator named 貸付件数（新規貸付件数）
 * gives both. */
const FIGURE_WITH_PART = /^([+-]?\d+(?:\.\d+)?)\((\d+(?:\.\d+)?)\)$/;

/** Reads a cell the way `reading` says; a cell that cannot be read so is a problem naming why. */
export function readCell(
  cell: Cell,
  place: CellPlace,
  reading: CellReading,
  rules: Rules,
): Read<string | number> {
  const missing = absent(cell, place, rules);
  if (missing) return { ok: true, value: missing };
  const found = { origin: 'document' as const, section: sectionOf(place), raw: cell.text };
  // The form fills an empty reference with 0: no text, and nobody writes year 0. (In a code column a
  // 0 may be a digit: 施策 06 is 0 and 6.)
  const printedZero = (what: string) =>
    ({
      ok: true,
      value: {
        value: null,
        absence: 'not_reported',
        ...found,
        note: `the cell shows 0, which the form prints for an empty ${what}`,
      },
    }) as const;
  if (reading === 'text' && cell.number === 0) return printedZero('text');
  switch (reading) {
    case 'text':
      return { ok: true, value: { ...found, value: normalizeText(cell.text.trim()) } };
    case 'code':
      return { ok: true, value: { ...found, value: cell.text.trim() } };
    case 'number': {
      if (cell.number !== null) return { ok: true, value: { ...found, value: cell.number } };
      // Typed as text: thousands separators, full-width digits and a stray tab are still a figure.
      const text = normalizeText(cell.text).replace(/[\s,]/g, '');
      const withPart = FIGURE_WITH_PART.exec(text);
      if (withPart && rules.parenthesisedPart)
        return {
          ok: true,
          value: {
            ...found,
            value: Number(withPart[1]),
            note: `the cell also gives (${withPart[2]}) in parentheses: ${rules.parenthesisedPart}`,
          },
        };
      if (!FIGURE.test(text)) return { ok: false, problem: `"${cell.text}" is not a number` };
      return { ok: true, value: { ...found, value: Number(text) } };
    }
    case 'era_year': {
      const text = cell.text.trim();
      if (text === '0') return printedZero('year');
      if (/^\d+$/.test(normalizeText(text)))
        return {
          ok: true,
          value: {
            value: null,
            absence: 'ambiguous',
            ...found,
            note: `"${text}" names no era, so the year cannot be read one way`,
          },
        };
      try {
        return { ok: true, value: { ...found, value: parseEraYear(text) } };
      } catch {
        return { ok: false, problem: `"${cell.text}" is not an era year such as 令和7 or 平成13` };
      }
    }
  }
}
