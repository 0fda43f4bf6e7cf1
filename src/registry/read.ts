// Reads the registry's tables through the port in one call and gives each row by schema column
// key, with the cell address of every value. Missing tables, tables turned into plain ranges and
// renamed headers become findings; whatever is still there is read.
import { finding } from '../checks/rules';
import type { Finding } from '../findings';
import { columnIndex, columnLetter } from '../workbook/address';
import type { CellValue, WorkbookInfo, WorkbookPort } from '../workbook/port';
import { columnByCaption } from './layout';
import { SETTINGS_TABLE, registrySchema, type RegistrySchema } from './schema';
import type { TableKey, TableSpec } from './types';
import { isBlank, text } from './values';

export interface Located {
  sheet: string;
  row: number;
  column: string;
  cell: string;
}

export class RowView {
  constructor(
    private readonly table: TableView,
    /** Worksheet row number. */
    readonly row: number,
    private readonly values: CellValue[],
  ) {}

  /** The raw value under a schema column, null when the column is missing. */
  get(key: string): CellValue {
    const col = this.table.columns.get(key);
    return col ? (this.values[col.offset] ?? null) : null;
  }

  /** The value as trimmed text ('' when blank or missing). */
  text(key: string): string {
    return text(this.get(key));
  }

  blank(key: string): boolean {
    return isBlank(this.get(key));
  }

  /** Where a column's value of this row stands; a missing column points at the row's first cell. */
  at(key: string): Located {
    const col = this.table.columns.get(key);
    const caption = col?.caption ?? this.table.spec.columns.find((c) => c.key === key)?.caption ?? key;
    const letter = col?.letter ?? this.table.firstColumn;
    return { sheet: this.table.sheet, row: this.row, column: caption, cell: `${letter}${this.row}` };
  }
}

export interface TableView {
  spec: TableSpec;
  sheet: string;
  table: string;
  firstColumn: string;
  /** Worksheet row number of the first data row. */
  firstRow: number;
  /** Schema columns present in the workbook, by key: caption as it stands and position. */
  columns: Map<string, { caption: string; offset: number; letter: string }>;
  /** Non-blank data rows. */
  rows: RowView[];
}

export interface RegistryData {
  tables: Map<TableKey, TableView>;
  /** Settings table rows as read (key column, value column). */
  settings: CellValue[][];
  structure: Finding[];
  /** The workbook as read, for operations that write back (tables, columns, names). */
  info: WorkbookInfo;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export async function readRegistry(wb: WorkbookPort, schema: RegistrySchema = registrySchema): Promise<RegistryData> {
  const info = await wb.info();
  const structure: Finding[] = [];
  const found: { spec: TableSpec; name: string }[] = [];
  for (const spec of schema.tables) {
    const table = info.tables.find((t) => same(t.name, spec.table));
    if (table) found.push({ spec, name: table.name });
    else if (info.sheets.some((s) => same(s.name, spec.sheet))) structure.push(finding('structuur.geen-tabel', { sheet: spec.sheet }, { table: spec.table }));
    else structure.push(finding('structuur.tabel-ontbreekt', { sheet: spec.sheet }, { table: spec.table }));
  }
  const settingsInfo = info.tables.find((t) => same(t.name, SETTINGS_TABLE));
  const read = await wb.readTables([...found.map((f) => f.name), ...(settingsInfo ? [settingsInfo.name] : [])]);

  const tables = new Map<TableKey, TableView>();
  found.forEach(({ spec }, i) => {
    const data = read[i];
    const first = columnIndex(data.firstColumn);
    const view: TableView = { spec, sheet: data.sheet, table: data.table, firstColumn: data.firstColumn, firstRow: data.firstRow, columns: new Map(), rows: [] };
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
  return { tables, settings: settingsInfo ? read[read.length - 1].rows : [], structure, info };
}
