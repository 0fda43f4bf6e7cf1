// Reads from the workbook for the Office.js adapter. Each function queues its loads, syncs once
// and returns plain data, so a port method costs a fixed number of syncs; only cell values are
// spread over more syncs, by the read budget, when a table is large.
import { cellAddress, parseCell, parseRange, rangeAddress, type RangeRef } from '../address';
import type { Edit, SheetInfo } from '../port';
import { SyncBudget } from './budget';
import { stripSheet } from './cells';
import { commandBytes } from './requestSize';
import { fromExcelValue } from './cells';
import { isPercentFormat } from '../numberFormats';
import { chartKey, expectKey, noteKey, type TableShape, type WorkbookSnapshot } from '../plan';

/** Queues the load of every sheet's name, visibility and protection; call the returned function after the next sync. */
export function queueSheets(context: Excel.RequestContext): () => SheetInfo[] {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility,items/protection/protected');
  return () => sheets.items.map((s) => ({ name: s.name, visibility: s.visibility === 'Visible' ? 'visible' : 'hidden', protected: s.protection.protected }));
}

/** Loads the names of all tables (one sync). */
export async function loadTableNames(context: Excel.RequestContext): Promise<string[]> {
  const tables = context.workbook.tables.load('items/name');
  await context.sync();
  return tables.items.map((table) => table.name);
}

/**
 * Maps the asked names to the workbook's own spelling (Excel matches table names regardless of case)
 * and throws naming every table that does not exist.
 */
export function resolveTables(existing: string[], asked: string[]): string[] {
  const byLowerName = new Map(existing.map((name) => [name.toLowerCase(), name]));
  const missing = asked.filter((name) => !byLowerName.has(name.toLowerCase()));
  if (missing.length === 1) throw new Error(`Tabel ${missing[0]} bestaat niet in deze werkmap.`);
  if (missing.length > 1) throw new Error(`Tabellen ${missing.join(', ')} bestaan niet in deze werkmap.`);
  return asked.map((name) => byLowerName.get(name.toLowerCase()) as string);
}

/**
 * Queues the loads that give each table's shape; call the returned function after the next sync.
 * `firstRowOf` (lower-case names: the tables rows are added to) also loads the first data row, to
 * tell an empty table's blank row, and the last row's number formats.
 */
export function queueTableShapes(context: Excel.RequestContext, names: string[], firstRowOf: Set<string> = new Set()): () => TableShape[] {
  const queued = names.map((name) => {
    const table = context.workbook.tables.getItem(name);
    return {
      table: table.load('name'),
      sheet: table.worksheet.load('name'),
      whole: table.getRange().load('address'),
      header: table.getHeaderRowRange().load('values'),
      // Data rows are counted on the data body: a totals row is part of the table range, not data.
      body: table.getDataBodyRange().load('address'),
      firstRow: firstRowOf.has(name.toLowerCase()) ? table.getDataBodyRange().getRow(0).load('values') : null,
      // Excel gives rows added to a table the number formats of its last row.
      lastRow: firstRowOf.has(name.toLowerCase()) ? table.getDataBodyRange().getLastRow().load('numberFormat') : null,
    };
  });
  return () =>
    queued.map((q) => {
      const body = parseRange(stripSheet(q.body.address));
      const rowCount = body.bottom - body.top + 1;
      return {
        name: q.table.name,
        sheet: q.sheet.name,
        range: parseRange(stripSheet(q.whole.address)),
        columns: (q.header.values[0] ?? []).map((caption) => String(caption)),
        rowCount,
        onlyRowBlank: rowCount === 1 && q.firstRow !== null && q.firstRow.values[0].every((value) => value === '' || value === null),
        percentColumns: (q.lastRow?.numberFormat[0] ?? []).flatMap((format, i) => (typeof format === 'string' && isPercentFormat(format) ? [i] : [])),
      };
    });
}

/** The data rows of a table as a block of the sheet. */
export function dataBlock(shape: TableShape): { sheet: string; range: RangeRef } {
  const top = shape.range.top + 1;
  return { sheet: shape.sheet, range: { top, left: shape.range.left, bottom: top + shape.rowCount - 1, right: shape.range.right } };
}

/**
 * Loads the values (or, where a block says so, the number formats: a 2D array of the same size) of
 * blocks of cells, spread over as many syncs as the budget (in cells) asks, and ends with a sync.
 * Returns one matrix per block.
 */
export async function loadValues(context: Excel.RequestContext, blocks: { sheet: string; range: RangeRef; property?: 'values' | 'numberFormat' }[], budget: SyncBudget): Promise<unknown[][][]> {
  const pieces: { block: number; range: Excel.Range; property: 'values' | 'numberFormat' }[] = [];
  for (const [index, block] of blocks.entries()) {
    const property = block.property ?? 'values';
    const width = block.range.right - block.range.left + 1;
    let top = block.range.top;
    while (top <= block.range.bottom) {
      if (width > budget.room && !budget.isEmpty) await budget.split();
      const rows = Math.max(1, Math.min(block.range.bottom - top + 1, Math.floor(budget.room / width)));
      budget.add(rows * width);
      const address = rangeAddress({ top, left: block.range.left, bottom: top + rows - 1, right: block.range.right });
      pieces.push({ block: index, property, range: context.workbook.worksheets.getItem(block.sheet).getRange(address).load(property) });
      top += rows;
    }
  }
  await budget.flush();
  const result = blocks.map((): unknown[][] => []);
  // A loop, not push(...rows): spreading a hundred thousand rows overflows the call stack.
  for (const piece of pieces) for (const row of piece.range[piece.property] as unknown[][]) result[piece.block].push(row);
  return result;
}

/** Loads a sheet by name, or throws a Dutch error naming it (one sync). */
export async function loadSheetName(context: Excel.RequestContext, sheet: string): Promise<string> {
  const found = context.workbook.worksheets.getItemOrNullObject(sheet).load('name');
  await context.sync();
  if (found.isNullObject) throw new Error(`Blad ${sheet} bestaat niet in deze werkmap.`);
  return found.name;
}

/**
 * What `apply` must know to check an edit list: sheets, tables, names (first sync), then the shape of
 * every table and which of the notes and charts to be set already exist (second sync; more only when
 * thousands of notes make the request too big for one).
 */
export async function loadSnapshot(context: Excel.RequestContext, edits: Edit[], budget: SyncBudget, readBudget: SyncBudget): Promise<WorkbookSnapshot> {
  const sheetsLoaded = queueSheets(context);
  const tableItems = context.workbook.tables.load('items/name');
  const nameItems = context.workbook.names.load('items/name,items/formula');
  await context.sync();

  const sheets = sheetsLoaded();
  const names: Record<string, string> = {};
  for (const item of nameItems.items) names[item.name] = withoutEquals(item.formula);

  const appendedTo = new Set(edits.flatMap((e) => (e.kind === 'appendRows' ? [e.table.toLowerCase()] : [])));
  const shapes = queueTableShapes(context, tableItems.items.map((t) => t.name), appendedTo);
  const notes = await queueNoteProbes(context, sheets, edits, budget);
  const charts = await queueChartProbes(context, sheets, edits, budget);
  const expected = await queueExpected(context, tableItems.items.map((t) => t.name), edits, readBudget);
  await budget.flush();
  const read = expected();
  return { sheets, tables: shapes(), names, notes: notes(), charts: charts(), expected: (table, row, column) => read.get(expectKey(table, row, column)) };
}

/** Excel's legacy notes (`worksheet.notes`) need ExcelApi 1.18. */
async function queueNoteProbes(context: Excel.RequestContext, sheets: SheetInfo[], edits: Edit[], budget: SyncBudget): Promise<() => Set<string>> {
  const sheetByLowerName = new Map(sheets.map((s) => [s.name.toLowerCase(), s.name]));
  const probes = new Map<string, Excel.Note>();
  for (const edit of edits) {
    if (edit.kind !== 'setNote') continue;
    const sheet = sheetByLowerName.get(edit.sheet.toLowerCase());
    if (!sheet) continue; // a sheet added by this edit list has no notes yet; a missing one the plan reports
    const key = noteKey(sheet, edit.cell);
    if (probes.has(key)) continue;
    const at = parseCell(edit.cell);
    await budget.reserve(commandBytes(2, 1, [cellAddress(at.row, at.column)]));
    probes.set(key, context.workbook.worksheets.getItem(sheet).notes.getItemOrNullObject(cellAddress(at.row, at.column)).load('content'));
  }
  return () => new Set([...probes].filter(([, note]) => !note.isNullObject).map(([key]) => key));
}

/** ChartCollection.getItemOrNullObject needs ExcelApi 1.4. */
async function queueChartProbes(context: Excel.RequestContext, sheets: SheetInfo[], edits: Edit[], budget: SyncBudget): Promise<() => Set<string>> {
  const sheetByLowerName = new Map(sheets.map((s) => [s.name.toLowerCase(), s.name]));
  const probes = new Map<string, Excel.Chart>();
  for (const edit of edits) {
    if (edit.kind !== 'setLineChart') continue;
    const sheet = sheetByLowerName.get(edit.sheet.toLowerCase());
    if (!sheet) continue; // as for notes: a new sheet has no charts, a missing one the plan reports
    const key = chartKey(sheet, edit.name);
    if (probes.has(key)) continue;
    await budget.reserve(commandBytes(2, 1, [edit.name]));
    probes.set(key, context.workbook.worksheets.getItem(sheet).charts.getItemOrNullObject(edit.name).load('name'));
  }
  return () => new Set([...probes].filter(([, chart]) => !chart.isNullObject).map(([key]) => key));
}

/**
 * Loads the cells updateCells edits expect to hold their keys: per column, the rows from the first
 * to the last expected one, in blocks of rows the read budget allows (scattered rows cost a read of
 * the span, not a request per row). A table or column that is gone fails the load with ItemNotFound:
 * the rows were read moments ago, so the workbook changed.
 */
async function queueExpected(context: Excel.RequestContext, tables: string[], edits: Edit[], budget: SyncBudget): Promise<() => Map<string, ReturnType<typeof fromExcelValue>>> {
  const byLowerName = new Map(tables.map((name) => [name.toLowerCase(), name]));
  const loads: { table: string; column: string; row: number; range: Excel.Range }[] = [];
  for (const edit of edits) {
    if (edit.kind !== 'updateCells' || !edit.expect?.length) continue;
    const table = byLowerName.get(edit.table.toLowerCase());
    if (!table) continue; // the plan reports a missing table
    const spans = new Map<string, { first: number; last: number }>();
    for (const { row, column } of edit.expect) {
      const span = spans.get(column);
      spans.set(column, span ? { first: Math.min(span.first, row), last: Math.max(span.last, row) } : { first: row, last: row });
    }
    for (const [column, { first, last }] of spans) {
      const body = context.workbook.tables.getItem(table).columns.getItem(column).getDataBodyRange();
      for (let top = first; top <= last; ) {
        if (!budget.isEmpty && budget.room < 1) await budget.split();
        const count = Math.min(last - top + 1, Math.max(1, budget.room));
        budget.add(count);
        loads.push({ table, column, row: top, range: body.getCell(top, 0).getResizedRange(count - 1, 0).load('values') });
        top += count;
      }
    }
  }
  return () => {
    const found = new Map<string, ReturnType<typeof fromExcelValue>>();
    for (const load of loads) load.range.values.forEach(([value], i) => found.set(expectKey(load.table, load.row + i, load.column), fromExcelValue(value)));
    return found;
  };
}

export function withoutEquals(formula: unknown): string {
  const text = String(formula ?? '');
  return text.startsWith('=') ? text.slice(1) : text;
}
