// The registry's tables as typed export tables: fields derived from the schema (plus the columns a
// user added), rows as openRegistry read them, in workbook order, blank rows left out. What
// does not fit (a missing table or column, a value that cannot have its column's type) becomes a
// finding; the export goes on.
import { finding } from '../rules';
import type { Finding } from '../findings';
import type { ColumnSpec, TableSpec, ValueType } from '../registry/types';
import { isCaptionOf } from '../registry/layout';
import { columnIndex, columnLetter } from '../workbook/address';
import type { RegistryData, TableView } from '../registry/read';
import type { CellValue } from '../workbook/port';
import { nameFromCaption, snakeCase, uniqueName } from './naming';
import { isBlank, toDate, toNumber, toPeriod, toText, toValueLabel, toValueNumber, type Converted, type ExportValue } from './values';

/** Frictionless field types the export uses. */
export type FieldType = 'string' | 'number' | 'date';

export interface ExportField {
  /** snake_case name: from the schema column's key, or from a user column's caption. */
  name: string;
  type: FieldType;
  /** The column caption in Excel (Dutch). */
  title: string;
  description: string;
  /** The schema column, or undefined for a column a user added to the table. */
  column?: ColumnSpec;
  /** For a `value` column, which of its two fields this is (see valueFields). */
  part?: 'number' | 'label';
  /** Position of the source column in the workbook table; null when the workbook lacks the column. */
  index: number | null;
  /** The caption as it stands in the workbook (for findings). */
  header: string;
}

export interface ExportTable {
  spec: TableSpec;
  /** Resource and file name: the table's key in snake_case, e.g. `intended_effects`. */
  name: string;
  sheet: string;
  table: string;
  fields: ExportField[];
  rows: ExportValue[][];
}

const fieldTypes: Record<Exclude<ValueType, 'value'>, FieldType> = {
  id: 'string',
  text: 'string',
  longtext: 'string',
  url: 'string',
  period: 'string',
  number: 'number',
  date: 'date',
};

/**
 * A `value` column (Waarde, Bovengrens) holds a number or a label of the indicator's ordinal scale
 * (energielabel B). A researcher wants to compute with the numbers, so the column becomes two fields
 * with a fixed type each, whatever the data: `value` (number; empty for a label) and `value_label`
 * (text; the label, empty for a number). Exactly one of the two is filled for a filled cell. The
 * typing never changes with the data, so a script written against one export keeps working.
 */
function valueFields(column: ColumnSpec, index: number | null, header: string): ExportField[] {
  const name = snakeCase(column.key);
  return [
    {
      name,
      type: 'number',
      title: column.caption,
      description: `${column.help} Als getal; leeg wanneer de waarde een label is (zie ${name}_label).`,
      column,
      part: 'number',
      index,
      header,
    },
    {
      name: `${name}_label`,
      type: 'string',
      title: `${column.caption} (label)`,
      description: `De waarde wanneer ze geen getal is maar een label van de ordinale schaal van de indicator (bv. energielabel B); leeg wanneer de waarde een getal is.`,
      column,
      part: 'label',
      index,
      header,
    },
  ];
}

/** A column's input help, and for a key part that may be empty what stands for a blank cell. */
function describe(column: ColumnSpec): string {
  if (column.blankKeyAs === undefined) return column.help;
  return `${column.help} In de export staat een lege cel als ${column.blankKeyAs}, zodat de primaire sleutel nooit leeg is (Table Schema).`;
}

/** The export fields of one table: the schema's columns in schema order, then the user's columns in workbook order. */
export function exportFields(spec: TableSpec, headers: readonly string[]): ExportField[] {
  const fields: ExportField[] = [];
  const matched = new Set<number>();
  for (const column of spec.columns) {
    const at = headers.findIndex((h) => isCaptionOf(column, h));
    const index = at < 0 ? null : at;
    if (index !== null) matched.add(index);
    const header = index === null ? column.caption : headers[index];
    if (column.type === 'value') fields.push(...valueFields(column, index, header));
    else fields.push({ name: snakeCase(column.key), type: fieldTypes[column.type], title: column.caption, description: describe(column), column, index, header });
  }
  // User columns are exported as text under a name made from their caption: the export cannot know
  // their type, and text loses nothing (a date a user typed there comes out as its serial number).
  const taken = new Set(fields.map((f) => f.name));
  headers.forEach((header, index) => {
    if (matched.has(index)) return;
    fields.push({
      name: uniqueName(nameFromCaption(header), taken),
      type: 'string',
      title: header,
      description: `Kolom die een gebruiker zelf aan ${spec.sheet} toevoegde; als tekst geëxporteerd.`,
      index,
      header,
    });
  });
  return fields;
}

/** How a field's value is read from its cell; chosen once per field, not per cell. */
function converter(field: ExportField): (cell: CellValue) => Converted {
  if (field.part === 'number') return (cell) => ({ ok: true, value: toValueNumber(cell) });
  if (field.part === 'label') return (cell) => ({ ok: true, value: toValueLabel(cell) });
  const blank = field.column?.blankKeyAs;
  if (blank !== undefined) return (cell) => (isBlank(cell) ? { ok: true, value: blank } : toText(cell));
  if (field.type === 'number') return toNumber;
  if (field.type === 'date') return remembered(toDate);
  if (field.column?.type === 'period') return remembered(toPeriod);
  return toText;
}

/** Dates and periods repeat down a column (one per update round); each distinct cell is read once. */
function remembered(convert: (cell: CellValue) => Converted): (cell: CellValue) => Converted {
  const seen = new Map<CellValue, Converted>();
  return (cell) => {
    let result = seen.get(cell);
    if (!result) seen.set(cell, (result = convert(cell)));
    return result;
  };
}

function tableRows(view: TableView, fields: ExportField[], findings: Finding[]): ExportValue[][] {
  const converters = fields.map(converter);
  return view.rows.map((r) =>
    fields.map((field, f) => {
      // A key part the workbook lacks altogether (Dimensie) is blank in every row.
      if (field.index === null) return field.column?.blankKeyAs ?? null;
      const result = converters[f](r.cells[field.index] ?? null);
      if (result.ok) return result.value;
      const cell = `${columnLetter(columnIndex(view.firstColumn) + field.index)}${r.row}`;
      findings.push(finding('export.waarde-onleesbaar', { sheet: view.sheet, row: r.row, column: field.header, cell }, { problem: result.problem, field: field.name }));
      return null;
    }),
  );
}

/** The export tables of a registry read by openRegistry: every table of the schema it has, in schema order. */
export function exportTables(data: RegistryData): { tables: ExportTable[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const tables: ExportTable[] = [];
  for (const spec of data.schema.tables) {
    const view = data.tables.get(spec.key);
    if (!view) {
      findings.push(finding('export.tabel-ontbreekt', { sheet: spec.sheet }, { table: spec.table }));
      continue;
    }
    const fields = exportFields(spec, view.headers);
    for (const column of spec.columns.filter((c) => !view.columns.has(c.key))) {
      findings.push(finding('export.kolom-ontbreekt', { sheet: view.sheet, column: column.caption }, { column: column.caption, table: view.table, field: snakeCase(column.key) }));
    }
    tables.push({ spec, name: snakeCase(spec.key), sheet: view.sheet, table: view.table, fields, rows: tableRows(view, fields, findings) });
  }
  return { tables, findings };
}
