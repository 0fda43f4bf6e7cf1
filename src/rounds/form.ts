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
import { printHeader } from '../registry/ownedLayout';
import { ownedTable } from '../registry/schema';
import type { OwnedColumnSpec } from '../registry/types';
import { percentTyped } from '../registry/values';
import { columnIndex, columnLetter, parseRange } from '../workbook/address';
import type { CellInput, CellValue, ConditionalFormat, Edit, TableInfo, TableRows, WorkbookPort } from '../workbook/port';
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

/** The form's table as the schema describes it (columns, captions, widths, which are typed in, wrap or are hidden). */
const SPEC = ownedTable('updateForm');
const captionOfKey = (key: string) => SPEC.columns.find((c) => c.key === key)!.caption;
export const NEW_VALUE = captionOfKey('value');
/** What the owner will do about a deviation; merge writes it to Opvolging. */
export const FOLLOW_UP = captionOfKey('followUp');
/** `ja` closes the open Bijsturing of the row in Opvolging. */
export const FOLLOW_UP_DONE = captionOfKey('followUpDone');
/** Captions a returned form is read by; those Metingen also has carry its captions. */
export const CAPTION = {
  indicator: captionOfKey('indicator'),
  area: captionOfKey('area'),
  period: captionOfKey('period'),
  dimension: captionOfKey('dimension'),
  unit: captionOfKey('unit'),
  value: NEW_VALUE,
  comment: captionOfKey('comment'),
  followUp: FOLLOW_UP,
  followUpDone: FOLLOW_UP_DONE,
};

/** What the hidden Status column of a form row says when its test is a target's path. */
const PATH: ExpectedTest['kind'] = 'streefpad';
export interface FormColumn extends OwnedColumnSpec {
  get: (row: AskedRow, test: ExpectedTest | null) => CellInput;
}

const written = (key: keyof ExpectedTest['written']) => (_: AskedRow, t: ExpectedTest | null) => t?.written[key] ?? null;
/** What each column of the schema holds for a row and its test; the input columns start empty. */
const VALUES: Record<string, FormColumn['get']> = {
  indicator: (r) => r.indicator,
  name: (r) => r.name,
  definition: (r) => r.definition || null,
  unit: (r) => r.unit || null,
  area: (r) => r.area,
  areaName: (r) => r.areaName,
  dimension: (r) => r.dimension || null,
  period: (r) => r.period,
  history: (r) => r.history || null,
  norm: (_, t) => t?.text ?? null,
  openFollowUps: (r) => r.followUps || null,
  // Under Status the kind of a path's test: a breach is amber, as in Metingen.
  status: (_, t) => (t?.kind === 'streefpad' ? PATH : null),
  normOperator: written('normOperator'),
  normValue: written('normValue'),
  normUpper: written('normUpper'),
  normReference: written('normReference'),
  normScale: (r, t) => t?.written.normScale ?? r.scale,
};

/** The form's columns, left to right. */
export const FORM_COLUMNS: readonly FormColumn[] = SPEC.columns.map((c) => ({ ...c, get: VALUES[c.key] ?? (() => null) }));

/** Where the round's ID stands: under its label in the first hidden column, above the table, out of staff's sight. */
const firstHidden = columnLetter(FORM_COLUMNS.findIndex((c) => c.hidden) + 1);
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
    status: cellOf(captionOfKey('status')),
    normOperator: cellOf(captionOfKey('normOperator')),
    normValue: cellOf(captionOfKey('normValue')),
    normUpper: cellOf(captionOfKey('normUpper')),
    normReference: cellOf(captionOfKey('normReference')),
    normScale: cellOf(captionOfKey('normScale')),
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

/** More on a form below its table (the progress of actions): the edits, and the input cells, wrapped columns and widths it needs. */
export interface FormPart {
  edits: Edit[];
  unlocked: string[];
  wrap: string[];
  /** Width per column letter; a column gets the wider of the two tables'. */
  widths: Record<string, number>;
}

/** The letters of a table's columns that have `flag`, from column A on. */
export const lettersWith = (columns: readonly OwnedColumnSpec[], flag: 'wrap' | 'hidden' | 'input') => columns.flatMap((c, i) => (c[flag] ? [columnLetter(i + 1)] : []));

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
  // The input columns stand side by side: one range to unlock.
  const inputs = lettersWith(FORM_COLUMNS, 'input');
  const [value, lastInput] = [inputs[0], inputs[inputs.length - 1]];
  const widths: Record<string, number> = Object.fromEntries(FORM_COLUMNS.map((c, i) => [columnLetter(i + 1), c.width]));
  for (const [letter, width] of Object.entries(below?.widths ?? {})) widths[letter] = Math.max(widths[letter] ?? 0, width);
  const scale = cellOf(captionOfKey('normScale'));
  const first = `${value}${TABLE_ROW + 1}`;
  return [
    { kind: 'addSheet', sheet, tabColor: SPEC.tabColor },
    { kind: 'writeRange', sheet, at: 'A1', values: top },
    { kind: 'writeRange', sheet, at: ROUND_ID_CELL.label, values: [[LABELS.roundId], [header.roundId]] },
    { kind: 'addTable', sheet, table, at: `A${TABLE_ROW}`, columns: FORM_COLUMNS.map((c) => c.caption), rows: rows.map((r, i) => FORM_COLUMNS.map((c) => c.get(r, tests[i]))), style: SPEC.style },
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
      widths,
      freezeRows: TABLE_ROW,
      hidden: lettersWith(FORM_COLUMNS, 'hidden'),
      // Long texts wrap inside their column: the norm no longer runs over the empty input cell beside it.
      wrap: [...new Set([...lettersWith(FORM_COLUMNS, 'wrap'), ...(below?.wrap ?? [])])],
    },
    // Printed as Overzicht and Rondes are: A4 landscape, fit to the page width, the table's header row
    // on every page, the registry and the round above it (left out where Excel's API level lacks it).
    { kind: 'setPrintLayout', sheet, orientation: 'landscape', titleRows: `${TABLE_ROW}:${TABLE_ROW}`, header: printHeader(header.registry, `${FORM_TITLE} ${header.period}, dienst ${header.owner}`) },
    { kind: 'protectSheet', sheet, unlocked: [`${value}${TABLE_ROW + 1}:${lastInput}${last}`, ...(below?.unlocked ?? [])] },
  ];
}

/** A form found in a workbook, as returned. */
export interface ReturnedForm {
  sheet: string;
  header: FormHeader;
  /** The form's table, or the needed column headers it lacks (edited), so it cannot be read. */
  table: { name: string; firstRow: number; firstColumn: string; columns: string[]; rows: CellValue[][] } | { missing: string[]; cell: string | null };
  /** The progress table below it (rounds/progress.ts), when the form has one. */
  progress: TableRows | null;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/** Columns a form cannot be read without: the key, the input, and the unit it is checked against. */
const NEEDED = [CAPTION.indicator, CAPTION.area, CAPTION.period, CAPTION.dimension, CAPTION.unit, CAPTION.value, CAPTION.comment];

export const FORM_TABLE_PREFIX = SPEC.table;
/** The sheet of a form alone in a file. */
export const FORM_FILE_SHEET = SPEC.sheet;

/** The form table's name: `tblUpdate` alone in a file, `tblUpdate_2026S1_Milieu` in the registry. */
export function formTableName(period: string, owner: string | null): string {
  if (owner === null) return FORM_TABLE_PREFIX;
  return `${FORM_TABLE_PREFIX}_${period.replace('-', '')}_${owner.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '')}`.slice(0, 250);
}

/** The progress table that goes with a form table: `tblVoortgang` beside `tblUpdate`. */
export const progressTableName = (formTable: string) => `${ownedTable('progressForm').table}${formTable.slice(FORM_TABLE_PREFIX.length)}`;

/**
 * Every form in a workbook: the sheets with a form table, read with their header (one read per
 * form), and all form tables with their progress tables in one read.
 */
export async function readForms(wb: WorkbookPort): Promise<ReturnedForm[]> {
  const info = await wb.info();
  const found: { sheet: string; header: FormHeader; table: TableInfo }[] = [];
  const prefix = FORM_TABLE_PREFIX.toLowerCase();
  for (const table of info.tables.filter((t) => t.name.toLowerCase().startsWith(prefix))) {
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
  const progressOf = (t: TableInfo) => info.tables.find((p) => same(p.name, progressTableName(t.name)))?.name;
  const progress = found.flatMap((f) => progressOf(f.table) ?? []);
  const names = [...readable.map((f) => f.table.name), ...progress];
  // The value column's number formats come with the rows: a % row's 82,5 % is stored as 0,825.
  const formats = Object.fromEntries(readable.map((f) => [f.table.name, f.table.columns.filter((h) => same(h, CAPTION.value))]));
  const read = names.length ? await wb.readTables(names, formats) : [];
  return found.map(({ sheet, header, table }): ReturnedForm => {
    const own = progressOf(table);
    const progressRows = own ? read[readable.length + progress.indexOf(own)] : null;
    const gone = missing(table);
    if (gone.length) {
      const start = parseRange(table.address);
      return { sheet, header, table: { missing: gone, cell: `${columnLetter(start.left)}${start.top}` }, progress: progressRows };
    }
    const rows = read[readable.findIndex((f) => f.table === table)];
    return { sheet, header, table: { name: table.name, firstRow: rows.firstRow, columns: rows.columns, rows: percentRows(rows), firstColumn: rows.firstColumn }, progress: progressRows };
  });
}

/** The rows of a form table with each % row's value read as typed (registry/values.percentTyped). */
function percentRows(table: TableRows): CellValue[][] {
  const [value, unit] = [formColumn(table.columns, CAPTION.value), formColumn(table.columns, CAPTION.unit)];
  const formats = value < 0 ? undefined : table.numberFormats?.[table.columns[value]];
  if (!formats || unit < 0) return table.rows;
  return table.rows.map((r, i) => {
    const typed = percentTyped(r[value], text(r[unit]), formats[i]);
    if (typed === r[value]) return r;
    const copy = [...r];
    copy[value] = typed;
    return copy;
  });
}

/** The position of a form column in a returned table (found by caption, so a moved column still works). */
export function formColumn(columns: string[], caption: string): number {
  return columns.findIndex((h) => same(h, caption));
}
