// The layout of a monitor table, shared by the CSV and the theme-Excel reader: which column holds the
// area, the indicator and the period, which are dimensions (Type, geslacht, a survey's Item …) and
// which are measures (the trailing columns whose values are numbers; their header carries the unit).
import { cellText, normalText, shortened } from './text';
import type { IndicatorRef, MonitorRow, RowValue } from './types';
import { parseFileValue, type Decimal } from '../registry/values';
import { EXPECTED_COLUMNS } from '../rules';

export type Cell = string | number | null;

export interface Measure {
  index: number;
  header: string;
  label: string;
  unit: string | null;
}

export interface TablePlan {
  headers: string[];
  areaName: number;
  areaCode: number;
  indicator: number;
  period: number;
  /** Dimension columns left to right (a survey's Item first). */
  dimensions: number[];
  measures: Measure[];
}

const roles = {
  areaName: ['gemeente', 'geo', 'gebied', 'regio', 'gemeentenaam', 'naam gebied'],
  areaCode: ['nis code', 'niscode', 'nis', 'nis code 2025', 'geocode', 'code gebied'],
  indicator: ['indicator', 'naam indicator', 'variabele'],
  period: ['jaar', 'periode', 'perioden', 'jaartal', 'year'],
  item: ['item'],
} as const;

/** Headers that are always a breakdown, even when their values look like numbers (leeftijd 18). */
const DIMENSIONS = new Set(['type', 'geslacht', 'leeftijd', 'leeftijdsgroep', 'leeftijdsklasse', 'nationaliteit', 'herkomst', 'landgebruik', 'categorie', 'soort', 'sector', 'opleidingsniveau', 'onderwijsniveau', 'doelgroep', 'dimensie', 'subthema', 'item']);

/** Headers that always hold values: they carry a unit, or say they count or measure. */
const MEASURE_HEADER = /\((in\s+[^)]*|%|‰)\)\s*$|^(aantal|procent|percentage|waarde|totaal)\b/i;

/** Label and unit of a measure column: `Mediaanprijs (in euro)` -> Mediaanprijs, euro; `Eens (%)` -> Eens, %. */
export function measureOf(header: string): { label: string; unit: string | null } {
  const h = header.trim();
  const m = /\(([^()]*)\)\s*$/.exec(h);
  if (m && m.index > 0) {
    const inner = m[1].trim();
    return { label: h.slice(0, m.index).trim(), unit: inner.replace(/^in\s+/i, '') || null };
  }
  if (/^aantal$/i.test(h)) return { label: h, unit: 'aantal' };
  if (/^(procent|percentage)$/i.test(h)) return { label: h, unit: '%' };
  return { label: h, unit: null };
}

const findRole = (headers: string[], names: readonly string[]) => headers.findIndex((h) => (names as readonly string[]).includes(normalText(h)));


/** Headers named in a message about a file that does not fit, and the most columns a monitor table has. */
const MAX_LISTED = 12;
const MAX_COLUMNS = 500;

/**
 * Works out the layout from the header and a sample of rows. The sample decides which trailing
 * columns are measures: those with only numbers (or empty values) in it.
 */
export function planTable(rawHeaders: Cell[], sample: Cell[][], decimal: Decimal): { plan: TablePlan } | { problem: string } {
  const headers = rawHeaders.map((h, i) => (i === 0 ? cellText(h).replace(/^\ufeff/, '') : cellText(h)));
  const named = headers.filter(Boolean);
  const listed = named.slice(0, MAX_LISTED).map((h) => shortened(h, 40)).join(', ');
  const found = `gevonden: ${named.length > MAX_LISTED ? `${listed} … (${named.length} kolommen)` : listed || 'een lege eerste regel'}`;
  // A whole file on one line (line breaks lost) reads as a header of thousands of columns.
  if (headers.length > MAX_COLUMNS) {
    return { problem: `de eerste regel heeft ${headers.length} kolommen, een monitorbestand heeft er hoogstens enkele tientallen: staan alle gegevens op één regel (zonder regeleinden) of is het scheidingsteken fout? Verwacht werden ${EXPECTED_COLUMNS}; ${found}` };
  }
  const plan: TablePlan = {
    headers,
    areaName: findRole(headers, roles.areaName),
    areaCode: findRole(headers, roles.areaCode),
    indicator: findRole(headers, roles.indicator),
    period: findRole(headers, roles.period),
    dimensions: [],
    measures: [],
  };
  if (plan.period < 0 || (plan.areaName < 0 && plan.areaCode < 0)) return { problem: `verwacht werden ${EXPECTED_COLUMNS}; ${found}` };
  const fixed = new Set([plan.areaName, plan.areaCode, plan.indicator, plan.period]);
  const rest = headers.map((_, i) => i).filter((i) => !fixed.has(i) && headers[i] !== '');
  const item = rest.filter((i) => roles.item.includes(normalText(headers[i]) as 'item'));

  const hasText = (col: number) =>
    sample.some((row) => {
      const v = row[col] ?? null;
      return typeof v === 'string' && parseFileValue(v, decimal).kind === 'invalid';
    });
  const measures: number[] = [];
  for (let k = rest.length - 1; k >= 0; k--) {
    const col = rest[k];
    const header = headers[col];
    if (item.includes(col) || DIMENSIONS.has(normalText(header))) break;
    if (!MEASURE_HEADER.test(header) && hasText(col)) break;
    measures.unshift(col);
  }
  if (!measures.length) return { problem: `er staat geen kolom met getallen achter de kolom ${headers[plan.period]}: verwacht werden ${EXPECTED_COLUMNS}; ${found}` };
  plan.dimensions = [...item, ...rest.filter((i) => !measures.includes(i) && !item.includes(i))];
  plan.measures = measures.map((index) => ({ index, header: headers[index], ...measureOf(headers[index]) }));
  return { plan };
}

export interface RowContext {
  sheet?: string;
  /** Code the file gives for certain (a theme sheet's name). */
  code: string | null;
  /** Code in the file name. */
  fileCode: string | null;
  decimal: ',' | '.' | 'auto';
}

export function rowOf(plan: TablePlan, cells: Cell[], line: number, ctx: RowContext): MonitorRow {
  const at = (i: number): Cell => (i >= 0 ? (cells[i] ?? null) : null);
  const several = plan.measures.length > 1;
  const values: RowValue[] = plan.measures.map((m) => ({ column: m.header, label: several ? m.label : null, unit: m.unit, raw: at(m.index) }));
  const indicator: IndicatorRef = { code: ctx.code, name: cellText(at(plan.indicator)) || null, fileCode: ctx.fileCode, unit: plan.measures[0].unit };
  return {
    line,
    ...(ctx.sheet ? { sheet: ctx.sheet } : {}),
    indicator,
    area: { name: cellText(at(plan.areaName)) || null, code: cellText(at(plan.areaCode)) || null },
    period: at(plan.period),
    periodColumn: plan.headers[plan.period],
    dimension: plan.dimensions
      .map((i) => cellText(at(i)))
      .filter(Boolean)
      .join(' | '),
    values,
    decimal: ctx.decimal,
  };
}

/** The monitor code in a file or sheet name: GSM_Extract_WO_07.xlsx, WO_07_mediaanprijs_huizen.csv, WO_S_12. */
export function codeIn(name: string): string | null {
  const m = /(?:^|[^A-Za-z])([A-Za-z]{2}(?:_S)?_\d{1,3}[A-Za-z]?)(?=$|[^A-Za-z0-9])/.exec(name.replace(/\.[A-Za-z]+$/, ''));
  return m ? m[1].toUpperCase() : null;
}
