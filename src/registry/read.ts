// The one way into a registry (openRegistry): the gate that refuses a workbook an operation cannot
// use, and the reader that reads the settings and tables through the port in one call and gives
// each row by schema column key, with the cell address of every value. Missing tables, tables
// turned into plain ranges and renamed headers become findings; whatever is still there is read.
import { finding, refuse } from '../rules';
import type { Finding } from '../findings';
import { columnIndex, columnLetter } from '../workbook/address';
import type { CellValue, NumberFormatRequest, TableRows, WorkbookInfo, WorkbookPort } from '../workbook/port';
import { columnByCaption } from './layout';
import { SETTINGS_TABLE, registrySchema, type ColumnKey, type RegistrySchema } from './schema';
import { readSettings, type RegistrySettings } from './settings';
import type { TableKey, TableSpec } from './types';
import { isBlank, percentTyped, text } from './values';

export interface Located {
  sheet: string;
  row: number;
  column: string;
  cell: string;
}

/** A row of a table read by its column keys; `K`: the table's keys (ColumnKey), so a misspelt key fails to compile. */
export class RowView<K extends string = string> {
  constructor(
    private readonly table: TableView<K>,
    /** Worksheet row number. */
    readonly row: number,
    private readonly values: CellValue[],
  ) {}

  /** The raw value under a schema column, null when the column is missing. */
  get(key: K): CellValue {
    const col = this.table.columns.get(key);
    return col ? (this.values[col.offset] ?? null) : null;
  }

  /** The row's cells as read, under the table's headers (user columns included). */
  get cells(): readonly CellValue[] {
    return this.values;
  }

  /** The value as trimmed text ('' when blank or missing). */
  text(key: K): string {
    return text(this.get(key));
  }

  blank(key: K): boolean {
    return isBlank(this.get(key));
  }

  /** Where a column's value of this row stands; a missing column points at the row's first cell. */
  at(key: K): Located {
    const col = this.table.columns.get(key);
    const caption = col?.caption ?? this.table.spec.columns.find((c) => c.key === key)?.caption ?? key;
    const letter = col?.letter ?? this.table.firstColumn;
    return { sheet: this.table.sheet, row: this.row, column: caption, cell: `${letter}${this.row}` };
  }
}

export interface TableView<K extends string = string> {
  spec: TableSpec;
  sheet: string;
  table: string;
  firstColumn: string;
  /** Worksheet row number of the first data row. */
  firstRow: number;
  /** The table's headers as they stand, the user's own columns included. */
  headers: string[];
  /** Schema columns present in the workbook, by key: caption as it stands and position. */
  columns: Map<K, { caption: string; offset: number; letter: string }>;
  /** Non-blank data rows. */
  rows: RowView<K>[];
  /** Worksheet rows whose Waarde was read as a percentage typed in a percent-formatted cell (Metingen only). */
  percentRows?: Set<number>;
}

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;
/** The view of one table, read by its own column keys; of a choice between tables (a TableKey variable), by any key. */
export type ViewOf<T extends TableKey> = true extends IsUnion<T> ? TableView : TableView<ColumnKey<T>>;

/** The tables openRegistry read, by key: `get('measurements')` gives rows that take Metingen's column keys only. */
export interface RegistryTables extends Omit<Map<TableKey, TableView>, 'get'> {
  get<T extends TableKey>(key: T): ViewOf<T> | undefined;
}

export interface RegistryData {
  tables: RegistryTables;
  settings: RegistrySettings;
  structure: Finding[];
  /** The workbook as read, for operations that write back (tables, columns, names). */
  info: WorkbookInfo;
  /** The operation's own tables asked for in `also`, by name as asked; absent ones are left out. */
  also: Map<string, TableRows>;
  schema: RegistrySchema;
}

export interface OpenOptions {
  /** The registry tables to read (default: all of the schema's). */
  tables?: readonly TableKey[];
  /** Tables the operation cannot do without: a workbook without one is refused. */
  need?: readonly TableKey[];
  /** Columns the operation cannot do without, per table: a registry without one needs Maak register first. */
  columns?: Partial<Record<TableKey, readonly string[]>>;
  /** A registry of a lower schema version needs Maak register first. A newer one is always refused. */
  minVersion?: number;
  /** Read a workbook without (usable) settings too; Controleer register reports that as a finding. */
  withoutSettings?: boolean;
  /** Further tables of the workbook, by name, read in the same call (an operation's own: Controle, Rondes …). */
  also?: readonly string[];
  schema?: RegistrySchema;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Every operation, Maak register included, refuses a registry made by a newer version, in one wording. */
export function refuseNewer(settings: RegistrySettings, schema: RegistrySchema): void {
  const parsed = settings.parsed;
  if (parsed.ok && parsed.settings.schemaversie > schema.version) throw refuse('register.nieuwere-versie', { version: parsed.settings.schemaversie, known: schema.version });
}

const settingsTableOf = (info: WorkbookInfo) => info.tables.find((t) => same(t.name, SETTINGS_TABLE));

/**
 * The settings alone, without a gate: for Maak register and the registry's status, which decide
 * themselves what a missing table or another version means.
 */
export async function openSettings(wb: WorkbookPort): Promise<{ info: WorkbookInfo; settings: RegistrySettings }> {
  const info = await wb.info();
  const table = settingsTableOf(info);
  const [read] = table ? await wb.readTables([table.name]) : [];
  return { info, settings: readSettings(read ?? null) };
}

/**
 * Whether a workbook is a registry an operation can use, in one wording per case for every
 * operation; throws the coded UserError, or returns quietly.
 */
function gate(info: WorkbookInfo, settings: RegistrySettings, options: OpenOptions, schema: RegistrySchema): void {
  const parsed = settings.parsed;
  refuseNewer(settings, schema);
  if (options.withoutSettings) return;
  const missing = (options.need ?? []).map((k) => schema.tables.find((t) => t.key === k)!).filter((spec) => !info.tables.some((t) => same(t.name, spec.table)));
  if (!settings.present) {
    // A registry whose Systeem sheet was deleted gets it back from Maak register; other workbooks become one.
    const had = schema.tables.some((spec) => info.tables.some((t) => same(t.name, spec.table)));
    throw refuse('register.geen-instellingen', { had: had ? 1 : 0 });
  }
  if (!parsed.ok) throw refuse('register.instelling-ongeldig', { problem: parsed.problem });
  if (missing.length) {
    throw refuse('register.tabel-ontbreekt', { tables: missing.map((s) => `${s.table} (blad ${s.sheet})`).join(', '), count: missing.length });
  }
  const version = parsed.ok ? parsed.settings.schemaversie : schema.version;
  if (options.minVersion !== undefined && version < options.minVersion) {
    throw refuse('register.bijwerken', { version, current: schema.version });
  }
}

/** Refuses a registry that lacks a column the operation needs (checked once the tables are read). */
function gateColumns(tables: Map<TableKey, TableView>, options: OpenOptions): void {
  for (const [key, needed] of Object.entries(options.columns ?? {}) as [TableKey, readonly string[]][]) {
    const table = tables.get(key);
    const gone = table ? needed.filter((k) => !table.columns.has(k)).map((k) => table.spec.columns.find((c) => c.key === k)?.caption ?? k) : [];
    if (table && gone.length) throw refuse('register.kolom-ontbreekt', { table: table.spec.table, sheet: table.sheet, columns: gone.join(', '), count: gone.length });
  }
}

/**
 * The one gate and the one reader: refuses a workbook that is no usable registry for the operation
 * (see OpenOptions), else reads the settings, the asked registry tables and the operation's own
 * tables in ONE readTables call. Each row is kept by schema column, with its position for addresses
 * and the user's own columns; missing tables and renamed headers become findings.
 */
export async function openRegistry(wb: WorkbookPort, options: OpenOptions = {}): Promise<RegistryData> {
  const schema = options.schema ?? registrySchema;
  const info = await wb.info();
  const structure: Finding[] = [];
  const found: { spec: TableSpec; name: string }[] = [];
  const wanted = options.tables ? schema.tables.filter((t) => options.tables!.includes(t.key)) : schema.tables;
  for (const spec of wanted) {
    const table = info.tables.find((t) => same(t.name, spec.table));
    if (table) found.push({ spec, name: table.name });
    else if (info.sheets.some((s) => same(s.name, spec.sheet))) structure.push(finding('structuur.geen-tabel', { sheet: spec.sheet }, { table: spec.table }));
    else structure.push(finding('structuur.tabel-ontbreekt', { sheet: spec.sheet }, { table: spec.table }));
  }
  const settingsInfo = settingsTableOf(info);
  const also = (options.also ?? []).map((name) => ({ name, table: info.tables.find((t) => same(t.name, name)) })).filter((a) => a.table);
  // The settings decide whether the rest is worth reading, but a second call costs more than the read.
  const names = [...(settingsInfo ? [settingsInfo.name] : []), ...found.map((f) => f.name), ...also.map((a) => a.table!.name)];
  const read = names.length ? await wb.readTables(names, percentFormats(found, info)) : [];
  const settings = readSettings(settingsInfo ? read[0] : null);
  gate(info, settings, options, schema);
  const offset = settingsInfo ? 1 : 0;

  const tables = new Map<TableKey, TableView>();
  found.forEach(({ spec }, i) => {
    const data = read[offset + i];
    const first = columnIndex(data.firstColumn);
    const view: TableView = { spec, sheet: data.sheet, table: data.table, firstColumn: data.firstColumn, firstRow: data.firstRow, headers: data.columns, columns: new Map(), rows: [] };
    data.columns.forEach((caption, offset) => {
      const column = columnByCaption(spec, caption);
      if (column && !view.columns.has(column.key)) view.columns.set(column.key, { caption, offset, letter: columnLetter(first + offset) });
    });
    for (const column of spec.columns) {
      if (!view.columns.has(column.key)) structure.push(finding('structuur.kolom-ontbreekt', { sheet: data.sheet, row: data.firstRow - 1, column: column.caption }, { column: column.caption }));
    }
    data.rows.forEach((values, r) => {
      if (!values.every(isBlank)) view.rows.push(new RowView(view, data.firstRow + r, values));
    });
    tables.set(spec.key, view);
  });
  const measurements = found.findIndex((f) => f.spec.key === 'measurements');
  if (measurements >= 0) readPercentValues(tables, read[offset + measurements]);
  gateColumns(tables, options);
  const extra = new Map(also.map((a, i) => [a.name, read[offset + found.length + i]]));
  // The one place that builds the map: each view was made from its own table's spec, so it takes that table's keys.
  return { tables: tables as RegistryTables, settings, structure, info, also: extra, schema };
}

/** Metingen's Waarde column, whose number formats tell a percentage typed as 82,5 % (issue 16 §7). */
function percentFormats(found: { spec: TableSpec; name: string }[], info: WorkbookInfo): NumberFormatRequest {
  const measurements = found.find((f) => f.spec.key === 'measurements');
  const table = measurements && info.tables.find((t) => t.name === measurements.name);
  const caption = table?.columns.find((c) => columnByCaption(measurements!.spec, c)?.key === 'value');
  return caption ? { [measurements!.name]: [caption] } : {};
}

/**
 * Each Metingen value as the user typed it (values.percentTyped): a % row is one whose Eenheid, or
 * else its indicator's, is %. Read once here, so check, flag, export, report and merge agree.
 */
function readPercentValues(tables: Map<TableKey, TableView>, read: TableRows): void {
  const view = tables.get('measurements');
  const value = view?.columns.get('value');
  const formats = value && read.numberFormats?.[value.caption];
  if (!view || !value || !formats) return;
  const units = new Map(tables.get('indicators')?.rows.map((r) => [r.text('id').toLowerCase(), r.text('unit')]));
  for (const row of view.rows) {
    const i = row.row - view.firstRow;
    if (!formats[i]) continue;
    const unit = row.text('unit') || units.get(row.text('indicator').toLowerCase()) || '';
    const typed = percentTyped(row.get('value'), unit, formats[i]);
    if (typed === row.get('value')) continue;
    // The row's view holds this same array.
    read.rows[i][value.offset] = typed;
    (view.percentRows ??= new Set()).add(row.row);
  }
}
