// The update form of one owner for one round: a sheet (in the registry, or alone in a small .xlsx)
// with a header that says which round, owner and registry it belongs to, and a table with one row
// per measurement to report. Only the input columns (Nieuwe waarde, Toelichting, Bijsturing) can be
// typed in; Nieuwe waarde carries data validation and the live norm colours of Metingen
// (norms/liveFormats), so a staff member sees a deviation while typing, without the add-in. Below
// the table may come more (the progress of actions, rounds/progress.ts). The same module reads a
// returned form back.
import type { ExpectedTest } from '../norms';
import { push } from '../collections';
import { limitsFormula, valueFormats } from '../norms/liveFormats';
import { LOOK } from '../norms/status';
import { captionOf, type ColumnKey } from '../registry/schema';
import { parseNumber } from '../registry/values';
import { columnIndex, columnLetter, parseRange } from '../workbook/address';
import type { CellInput, CellValue, ConditionalFormat, Edit, TableInfo, WorkbookPort } from '../workbook/port';
import type { AskedRow } from './asked';

/** What the header of a form says; merge checks each against the registry. */
export interface FormHeader {
  period: string;
  owner: string;
  /** `Gent (44021)` */
  registry: string;
  roundId: string;
}

export const FORM_TITLE = 'Halfjaarlijkse update';
const LABELS: Record<keyof FormHeader, string> = { period: 'Periode', owner: 'Dienst', registry: 'Register', roundId: 'Ronde' };
/** The header lines staff see; the round's ID is for merge only and stands in a hidden column (ROUND_ID_CELL). */
const HEADER_ORDER: (keyof FormHeader)[] = ['period', 'owner', 'registry'];
/** What to do, in short lines in column A (one long line ran far past the screen). */
const INSTRUCTION = [
  'Vul per rij de Nieuwe waarde in: een getal met decimale komma, of bij een schaal een label zoals B.',
  'Rood: wijkt af van de norm. Oranje: achter op het streefpad. Schrijf dan onder Bijsturing wat er gebeurt.',
  'Laat leeg wat u nog niet weet; een toelichting is welkom. Stuur het bestand daarna terug.',
];
/** Title, the header lines, the instruction: the table's header row comes next (row 8, as on every form so far). */
const TABLE_ROW = 1 + HEADER_ORDER.length + INSTRUCTION.length + 1;

const measurementCaption = (key: ColumnKey<'measurements'>) => captionOf('measurements', key);
export const NEW_VALUE = 'Nieuwe waarde';
/** What the owner will do about a deviation; merge writes it to Opvolging. */
export const FOLLOW_UP = 'Bijsturing';
/** `ja` closes the open Bijsturing of the row in Opvolging. */
export const FOLLOW_UP_DONE = 'Bijsturing afgerond';
/** Captions a returned form is read by; those Metingen also has carry its captions. */
export const CAPTION = {
  indicator: measurementCaption('indicator'),
  area: measurementCaption('area'),
  period: measurementCaption('period'),
  dimension: measurementCaption('dimension'),
  unit: measurementCaption('unit'),
  value: NEW_VALUE,
  comment: measurementCaption('comment'),
  followUp: FOLLOW_UP,
  followUpDone: FOLLOW_UP_DONE,
};

type Role = 'key' | 'info' | 'input' | 'test';
/** What the hidden Status column of a form row says when its test is a target's path. */
const PATH: ExpectedTest['kind'] = 'streefpad';
interface FormColumn {
  caption: string;
  role: Role;
  width: number;
  /** Text that can be longer than the column is wide. */
  wrap?: boolean;
  get: (row: AskedRow, test: ExpectedTest | null) => CellInput;
}

const written = (key: keyof ExpectedTest['written']) => (_: AskedRow, t: ExpectedTest | null) => t?.written[key] ?? null;

/** The form's columns, left to right. */
export const FORM_COLUMNS: readonly FormColumn[] = [
  { caption: CAPTION.indicator, role: 'key', width: 11, get: (r) => r.indicator },
  { caption: 'Naam', role: 'info', width: 28, wrap: true, get: (r) => r.name },
  { caption: 'Definitie', role: 'info', width: 40, wrap: true, get: (r) => r.definition || null },
  { caption: CAPTION.unit, role: 'info', width: 9, get: (r) => r.unit || null },
  { caption: CAPTION.area, role: 'key', width: 14, get: (r) => r.area },
  { caption: 'Gebiednaam', role: 'info', width: 18, wrap: true, get: (r) => r.areaName },
  { caption: CAPTION.dimension, role: 'key', width: 12, get: (r) => r.dimension || null },
  { caption: CAPTION.period, role: 'key', width: 9, get: (r) => r.period },
  { caption: 'Vorige waarden', role: 'info', width: 26, wrap: true, get: (r) => r.history || null },
  { caption: 'Norm', role: 'info', width: 34, wrap: true, get: (_, t) => t?.text ?? null },
  { caption: NEW_VALUE, role: 'input', width: 14, get: () => null },
  { caption: CAPTION.comment, role: 'input', width: 34, wrap: true, get: () => null },
  { caption: FOLLOW_UP, role: 'input', width: 34, wrap: true, get: () => null },
  { caption: FOLLOW_UP_DONE, role: 'input', width: 11, get: () => null },
  { caption: 'Open bijsturing', role: 'info', width: 34, wrap: true, get: (r) => r.followUps || null },
  // The test of the row, for the live colours; hidden. Under Status the kind of a path's test: a breach is amber, as in Metingen.
  { caption: measurementCaption('status'), role: 'test', width: 10, get: (_, t) => (t?.kind === 'streefpad' ? PATH : null) },
  { caption: measurementCaption('normOperator'), role: 'test', width: 10, get: written('normOperator') },
  { caption: measurementCaption('normValue'), role: 'test', width: 10, get: written('normValue') },
  { caption: measurementCaption('normUpper'), role: 'test', width: 10, get: written('normUpper') },
  { caption: measurementCaption('normReference'), role: 'test', width: 10, get: written('normReference') },
  { caption: measurementCaption('normScale'), role: 'test', width: 10, get: (r, t) => t?.written.normScale ?? r.scale },
];

/** Where the round's ID stands: under its label in the first hidden column, above the table, out of staff's sight. */
const firstHidden = columnLetter(FORM_COLUMNS.findIndex((c) => c.role === 'test') + 1);
export const ROUND_ID_CELL = { label: `${firstHidden}1`, value: `${firstHidden}2` };

const letterOf = (caption: string) => columnLetter(FORM_COLUMNS.findIndex((c) => c.caption === caption) + 1);
const cellOf = (caption: string) => `$${letterOf(caption)}${TABLE_ROW + 1}`;

/** `ROW()=9`, `AND(ROW()>=9,ROW()<=12)`: worksheet rows given ascending, by run. */
function rowsFormula(rows: number[]): string[] {
  const runs: [number, number][] = [];
  for (const r of rows) {
    const last = runs.at(-1);
    if (last && last[1] === r - 1) last[1] = r;
    else runs.push([r, r]);
  }
  return runs.map(([a, b]) => (a === b ? `ROW()=${a}` : `AND(ROW()>=${a},ROW()<=${b})`));
}

/**
 * The live colours of Nieuwe waarde: a breach of any norm of its row (the rows with the same norms
 * share a rule, the limits written in: a form's rows do not move, its sheet is protected), the
 * deviation formats of Metingen on the test written in the hidden columns, and a blank input cell
 * in yellow.
 */
function inputFormats(tests: (ExpectedTest | null)[]): ConditionalFormat[] {
  const cells = {
    value: cellOf(NEW_VALUE),
    status: cellOf(measurementCaption('status')),
    normOperator: cellOf(measurementCaption('normOperator')),
    normValue: cellOf(measurementCaption('normValue')),
    normUpper: cellOf(measurementCaption('normUpper')),
    normReference: cellOf(measurementCaption('normReference')),
    normScale: cellOf(measurementCaption('normScale')),
  };
  const rowsByBreach = new Map<string, number[]>();
  tests.forEach((t, i) => {
    const breach = t && limitsFormula(cells.value, t.limits);
    if (breach) push(rowsByBreach, breach, TABLE_ROW + 1 + i);
  });
  const norms: ConditionalFormat[] = [];
  for (const [breach, rows] of rowsByBreach) {
    // As many runs of rows per rule as keep it within Excel's 255 characters.
    let runs: string[] = [];
    const flush = () => runs.length && norms.push({ formula: `AND(${runs.length > 1 ? `OR(${runs.join(',')})` : runs[0]},${breach})`, ...LOOK.deviation });
    for (const run of rowsFormula(rows)) {
      if (runs.length && `AND(OR(${[...runs, run].join(',')}),${breach})`.length > 255) {
        flush();
        runs = [];
      }
      runs.push(run);
    }
    flush();
  }
  return [...valueFormats(cells, norms, `${cells.status}="${PATH}"`), { formula: `ISBLANK(${cells.value})`, fill: '#FFF2CC' }];
}

export interface FormPlace {
  sheet: string;
  table: string;
}

/** The last worksheet row of a form's table of `rows` measurements. */
export const formTableEnd = (rows: number) => TABLE_ROW + Math.max(rows, 1);

/** More on a form below its table (the progress of actions): the edits, and the input cells and wrapped columns they add. */
export interface FormPart {
  edits: Edit[];
  unlocked: string[];
  wrap: string[];
}

/** The edits that lay out a form on a new sheet of any workbook (the registry, or an empty one). */
export function formEdits(place: FormPlace, header: FormHeader, rows: AskedRow[], tests: (ExpectedTest | null)[], below: FormPart | null = null): Edit[] {
  const { sheet, table } = place;
  const top: CellInput[][] = [
    [`${FORM_TITLE} ${header.period}: dienst ${header.owner}`, null],
    ...HEADER_ORDER.map((k): CellInput[] => [LABELS[k], header[k]]),
    // In column A, which does not wrap: each line runs on over the empty cells beside it.
    ...INSTRUCTION.map((line): CellInput[] => [line, null]),
  ];
  const last = formTableEnd(rows.length);
  const [value, lastInput] = [letterOf(CAPTION.value), letterOf(FOLLOW_UP_DONE)];
  const scale = cellOf(measurementCaption('normScale'));
  const first = `${value}${TABLE_ROW + 1}`;
  return [
    { kind: 'addSheet', sheet, tabColor: '#FFC000' },
    { kind: 'writeRange', sheet, at: 'A1', values: top },
    { kind: 'writeRange', sheet, at: ROUND_ID_CELL.label, values: [[LABELS.roundId], [header.roundId]] },
    { kind: 'addTable', sheet, table, at: `A${TABLE_ROW}`, columns: FORM_COLUMNS.map((c) => c.caption), rows: rows.map((r, i) => FORM_COLUMNS.map((c) => c.get(r, tests[i]))), style: 'TableStyleMedium2' },
    {
      kind: 'setValidation',
      table,
      column: NEW_VALUE,
      validation: {
        rule: { type: 'custom', formula: `IF(${scale}="",ISNUMBER(${first}),ISNUMBER(FIND(";"&UPPER(${first})&";",";"&UPPER(${scale})&";")))` },
        prompt: { title: NEW_VALUE, message: 'Een getal in de eenheid van de rij (kolom Eenheid), zonder de eenheid erbij, of bij een schaal een label zoals B. Leeg laten mag.' },
        error: { title: 'Geen geldige waarde', message: 'Vul een getal in (bv. 48,5) zonder eenheid, of een label van de schaal van de indicator (kolom Schaal).', style: 'stop' },
      },
    },
    { kind: 'setValidation', table, column: CAPTION.comment, validation: { rule: { type: 'any' }, prompt: { title: 'Toelichting', message: 'Uitleg bij de waarde, bv. een trendbreuk of een andere meetmethode.' } } },
    {
      kind: 'setValidation',
      table,
      column: FOLLOW_UP,
      validation: { rule: { type: 'any' }, prompt: { title: FOLLOW_UP, message: 'Wijkt de waarde af (rood of oranje)? Schrijf wat er aan gedaan wordt: de beslissing of actie, door wie en tegen wanneer.' } },
    },
    {
      kind: 'setValidation',
      table,
      column: FOLLOW_UP_DONE,
      validation: { rule: { type: 'any' }, prompt: { title: FOLLOW_UP_DONE, message: 'Staat er een open bijsturing in de kolom ernaast en is ze gedaan? Zet dan ja.' } },
    },
    { kind: 'setConditionalFormats', table, column: NEW_VALUE, formats: inputFormats(tests) },
    ...(below?.edits ?? []),
    {
      kind: 'setSheetLayout',
      sheet,
      widths: Object.fromEntries(FORM_COLUMNS.map((c, i) => [columnLetter(i + 1), c.width])),
      freezeRows: TABLE_ROW,
      hidden: FORM_COLUMNS.flatMap((c, i) => (c.role === 'test' ? [columnLetter(i + 1)] : [])),
      // Long texts wrap inside their column: the norm no longer runs over the empty input cell beside it.
      wrap: [...new Set([...FORM_COLUMNS.flatMap((c, i) => (c.wrap ? [columnLetter(i + 1)] : [])), ...(below?.wrap ?? [])])],
    },
    { kind: 'protectSheet', sheet, unlocked: [`${value}${TABLE_ROW + 1}:${lastInput}${last}`, ...(below?.unlocked ?? [])] },
  ];
}

/** A form found in a workbook, as returned. */
export interface ReturnedForm {
  sheet: string;
  header: FormHeader;
  /** The form's table, or the needed column headers it lacks (edited), so it cannot be read. */
  table: { name: string; firstRow: number; firstColumn: string; columns: string[]; rows: CellValue[][] } | { missing: string[]; cell: string | null };
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/** Columns a form cannot be read without: the key, the input, and the unit it is checked against. */
const NEEDED = [CAPTION.indicator, CAPTION.area, CAPTION.period, CAPTION.dimension, CAPTION.unit, CAPTION.value, CAPTION.comment];

export const FORM_TABLE_PREFIX = 'tblUpdate';

/** The form table's name: `tblUpdate` alone in a file, `tblUpdate_2026S1_Milieu` in the registry. */
export function formTableName(period: string, owner: string | null): string {
  if (owner === null) return FORM_TABLE_PREFIX;
  return `${FORM_TABLE_PREFIX}_${period.replace('-', '')}_${owner.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '')}`.slice(0, 250);
}

/** Every form in a workbook: the sheets with a form table, read with their header (one read per form, one for all tables). */
export async function readForms(wb: WorkbookPort): Promise<ReturnedForm[]> {
  const info = await wb.info();
  const found: { sheet: string; header: FormHeader; table: TableInfo }[] = [];
  for (const table of info.tables.filter((t) => t.name.toLowerCase().startsWith(FORM_TABLE_PREFIX.toLowerCase()))) {
    const top = await wb.readRange(table.sheet, `A1:${firstHidden}${TABLE_ROW - 2}`);
    if (!text(top[0]?.[0]).startsWith(FORM_TITLE)) continue;
    const header = {} as FormHeader;
    for (const [k, label] of Object.entries(LABELS) as [keyof FormHeader, string][]) header[k] = text(top.find((r) => same(text(r[0]), label))?.[1]);
    const hidden = columnIndex(firstHidden) - 1;
    if (!header.roundId && same(text(top[0]?.[hidden]), LABELS.roundId)) header.roundId = text(top[1]?.[hidden]);
    found.push({ sheet: table.sheet, header, table });
  }
  const missing = (t: TableInfo) => NEEDED.filter((c) => !t.columns.some((h) => same(h, c)));
  const readable = found.filter((f) => !missing(f.table).length);
  const read = readable.length ? await wb.readTables(readable.map((f) => f.table.name)) : [];
  const forms = found.map(({ sheet, header, table }): ReturnedForm => {
    const gone = missing(table);
    if (gone.length) {
      const start = parseRange(table.address);
      return { sheet, header, table: { missing: gone, cell: `${columnLetter(start.left)}${start.top}` } };
    }
    const rows = read[readable.findIndex((f) => f.table === table)];
    return { sheet, header, table: { name: table.name, firstRow: rows.firstRow, columns: rows.columns, rows: rows.rows, firstColumn: rows.firstColumn } };
  });
  for (const f of forms) if (!('missing' in f.table)) await readPercentCells(wb, f.sheet, f.table);
  return forms;
}

/**
 * A number typed as 82,5 % in a % row is stored by Excel as 0,825 in a percent-formatted cell: such
 * values are read as the percentage the user typed (issue 16 §7), through the one number parser.
 */
async function readPercentCells(wb: WorkbookPort, sheet: string, table: { firstRow: number; firstColumn: string; columns: string[]; rows: CellValue[][] }): Promise<void> {
  const [value, unit] = [formColumn(table.columns, CAPTION.value), formColumn(table.columns, CAPTION.unit)];
  if (value < 0 || unit < 0) return;
  const rows = table.rows.flatMap((r, i) => (typeof r[value] === 'number' && text(r[unit]) === '%' ? [i] : []));
  if (!rows.length) return;
  const letter = columnLetter(columnIndex(table.firstColumn) + value);
  const formats = await wb.readNumberFormats(sheet, rows.map((i) => `${letter}${table.firstRow + i}`));
  rows.forEach((i, k) => {
    const n = parseNumber(table.rows[i][value], { format: formats[k] });
    if (n.ok) table.rows[i][value] = n.value;
  });
}

/** The position of a form column in a returned table (found by caption, so a moved column still works). */
export function formColumn(columns: string[], caption: string): number {
  return columns.findIndex((h) => same(h, caption));
}
