// Every norm that applies to a value, for the live colours (issue 16): the test columns beside
// Waarde hold only the norm that decided the status, so the other norms of a row (a min. 9 m beside
// a max. 25 m) go, as limits, into a table on the hidden sheet Toetsen. The conditional formats on
// Waarde look the row's key up there (liveFormats), like the Controle marks look up their cell, so
// a value typed later is coloured by every norm without the add-in, and a check keeps the colours.
// Only rows the test columns do not cover are listed: several norms, or a norm beside a deciding
// target path, or an empty value that will face a norm.
import { findOwned, newOwnedTable, ownedCaptions, ownedCells } from '../registry/ownedLayout';
import { ownedTable } from '../registry/schema';
import type { CellValue, Edit, WorkbookInfo } from '../workbook/port';
import { RELATIVE_EPSILON, breaches, decimalsOf, type Test } from './operators';

/**
 * What a norm test comes down to on one value: a number above `value` (max) or below it (min) breaches,
 * a number that rounded to `decimals` differs from `value` (gelijk), or a label of the scale that breaches.
 */
export type Limit = { kind: 'max' | 'min'; value: number } | { kind: 'gelijk'; value: number; decimals: number } | { kind: 'label'; label: string };

/** The limits of a test (null when it cannot be made, e.g. a relative norm without reference). */
export function limitsOf(test: Test): Limit[] | null {
  if (test.scale) return test.scale.filter((label) => breaches(test, label)).map((label) => ({ kind: 'label', label }));
  const n = test.value;
  if (typeof n !== 'number') return null;
  switch (test.operator) {
    case 'max':
    case 'min':
      return [{ kind: test.operator, value: n }];
    case 'tussen':
      return typeof test.upper === 'number' ? [{ kind: 'min', value: n }, { kind: 'max', value: test.upper }] : null;
    case 'gelijk':
      return [{ kind: 'gelijk', value: n, decimals: decimalsOf(n) }];
    case 'toename max. %':
    case 'afname min. %': {
      // changePercent(w, r) > n + ε, and -changePercent(w, r) < n - ε, solved for w: both are maxima.
      const r = test.reference;
      if (r === null || r === 0) return null;
      const change = test.operator === 'toename max. %' ? n + RELATIVE_EPSILON : -(n - RELATIVE_EPSILON);
      return [{ kind: 'max', value: r + (Math.abs(r) * change) / 100 }];
    }
  }
}

/** The hidden table of limits, described in the schema as an owned table: its sheet, name and columns come from there. */
const TESTS = ownedTable('tests');
export const TESTS_SHEET = TESTS.sheet;
export const TESTS_TABLE = TESTS.table;
/** The table's columns, by what the formats read: a row's key, the kind of limit, its value, decimals and label. */
type Column = 'key' | 'kind' | 'value' | 'decimals' | 'label';
/** Defined names over the table's columns, which the formulas of liveFormats read. */
export const TESTS_NAMES = Object.fromEntries(TESTS.columns.map((c) => [c.key, `lst_Toets${c.caption}`])) as Record<Column, string>;

/** A row's key as the formats build it from its cells: indicator|gebied|dimensie|periode, as the cells read. */
export function testKey(cells: { indicator: CellValue; area: CellValue; dimension: CellValue; period: CellValue }): string {
  return [cells.indicator, cells.area, cells.dimension, cells.period].map((v) => (v === null ? '' : String(v))).join('|');
}

/** The edits that (re)write the Toetsen table with the limits of these keys, and the names over it. */
export function testsEdits(info: WorkbookInfo, keyed: { key: string; limits: Limit[] }[]): Edit[] {
  // A limit's fields are the table's columns (kind, value, decimals, label); a column it lacks stays empty.
  const rows = keyed.flatMap(({ key, limits }) => limits.map((l) => ({ key, ...l })));
  const edits: Edit[] = [];
  const existing = findOwned(info, TESTS);
  if (existing) edits.push({ kind: 'replaceRows', table: existing.name, rows: rows.map((r) => ownedCells(TESTS, existing.columns, r)) });
  else edits.push(...newOwnedTable(info, TESTS, rows.map((r) => ownedCells(TESTS, ownedCaptions(TESTS), r))));
  for (const c of TESTS.columns) {
    const name = TESTS_NAMES[c.key as Column];
    const formula = `${TESTS.table}[${c.caption}]`;
    if (info.names[name] !== formula) edits.push({ kind: 'setName', name, formula });
  }
  return edits;
}
