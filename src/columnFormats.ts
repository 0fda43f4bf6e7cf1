// Every conditional format the registry keeps on a table column, decided in one place:
// `setConditionalFormats` replaces all formats of a column, so Controleer register (the marks) and
// Toets aan normen (the live flags) both write the full list from here, and neither wipes out the
// other's colours. The marks come first: an input error outranks a norm flag on the same cell.
import { CELLS, SEVERITIES, markFormats } from './checks/marks';
import { flagFormats, hasTests } from './norms/liveFormats';
import type { ConditionalFormat, Edit, TableInfo, WorkbookInfo } from './workbook/port';
import { registrySchema, type RegistrySchema } from './registry/schema';

export interface FormatOptions {
  /** The Controle names exist (or are set by the same edit list), so the marks have something to read. */
  marks: boolean;
  /** The Toetsen names exist (or are set by the same edit list); by default, when the workbook has them. */
  tests?: boolean;
}

/** The full list of formats for one column of a registry table. */
export function columnFormats(table: TableInfo, column: string, options: FormatOptions): ConditionalFormat[] {
  const flags = flagFormats(table, { tests: options.tests }).get(column) ?? [];
  return [...(options.marks ? markFormats(table.sheet) : []), ...flags];
}

/** Whether a workbook has the names the Controle marks read, i.e. a check wrote its Controle sheet. */
export function hasMarks(info: WorkbookInfo): boolean {
  return CELLS in info.names && SEVERITIES in info.names;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The setConditionalFormats edits for registry columns: every column of every registry table, or
 * only `columns` of `only` when given.
 */
export function columnFormatEdits(info: WorkbookInfo, options: FormatOptions, only?: { table: string; columns: string[] }, schema: RegistrySchema = registrySchema): Edit[] {
  const edits: Edit[] = [];
  const formatOptions = { ...options, tests: options.tests ?? hasTests(info) };
  for (const spec of schema.tables) {
    const table = info.tables.find((t) => same(t.name, spec.table));
    if (!table || (only && !same(only.table, table.name))) continue;
    for (const column of table.columns) {
      if (only && !only.columns.some((c) => same(c, column))) continue;
      edits.push({ kind: 'setConditionalFormats', table: table.name, column, formats: columnFormats(table, column, formatOptions) });
    }
  }
  return edits;
}
