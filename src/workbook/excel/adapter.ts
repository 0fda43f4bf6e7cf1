// The workbook port on Office.js: the only code in the project that talks to Excel's object model.
// Every method is one Excel.run with a fixed number of context.sync() round trips (queue loads,
// sync, compute, queue writes, sync); only payload chunks of large reads and writes add syncs.
// Needs ExcelApi 1.8 (data validation; links use Range.hyperlink and clear('RemoveHyperlinks') of
// 1.7, replaceRows shrinks a table with Range.delete of 1.1, sheet protection and hidden columns
// are 1.2, charts 1.1 with finding one by name 1.4 and setting its categories 1.7, select 1.1),
// and 1.18 for notes (setNote, readNotes): only where the host says it has them (capabilities.ts).
// The Excel namespace is used for types only, never at runtime, so this runs under jest.
import { cellAddress, columnLetter, parseCell, parseRange, rangeAddress } from '../address';
import type { CellValue, ColumnRules, ConditionalFormat, Edit, NumberFormatRequest, TableInfo, TableRows, WorkbookInfo, WorkbookPort } from '../port';
import { checkCapabilities } from '../checkEdits';
import { SyncBudget } from './budget';
import { EVERY_REQUIREMENT_SET, excelCapabilities, type Requirements } from './capabilities';
import { fromExcelRows, fromExcelValue } from './cells';
import { dataBlock, loadSheetName, loadSnapshot, loadTableNames, loadValues, queueSheets, queueTableShapes, resolveTables, withoutEquals } from './load';
import { planEdits, type TableShape } from '../plan';
import { commandBytes, REQUEST_BYTES } from './requestSize';
import { colorOrUndefined, fromExcelValidation } from './rules';
import { fromOfficeError } from './officeErrors';
import { restoreProtection, StepWriter } from './writer';

/** `Excel.run` in the add-in; a fake's run in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Request bytes per sync. Excel on the web rejects requests over 5 MB; commands are counted at what
 * the client library sends for them (requestSize.ts), and what every request carries besides them
 * (REQUEST_BYTES) is kept free, with a tenth in reserve.
 */
export const DEFAULT_PAYLOAD_BUDGET = 4_500_000 - REQUEST_BYTES;

/**
 * Cells read per sync. Responses have the same 5 MB limit, but their size is unknown until read;
 * at this many cells a sync stays under it while cells average under 40 characters of JSON.
 */
export const DEFAULT_READ_CELL_BUDGET = 100_000;

export interface ExcelWorkbookOptions {
  /** Overrides DEFAULT_PAYLOAD_BUDGET (tests use a small one to see chunking). */
  payloadBudget?: number;
  /** Overrides DEFAULT_READ_CELL_BUDGET. */
  readCellBudget?: number;
  /** The host's requirement sets: `Office.context.requirements` in the add-in; a fake's level in tests. Default: every set. */
  requirements?: Requirements;
}

export class ExcelWorkbook implements WorkbookPort {
  /** Extra syncs made only to keep requests or responses under the payload limits, since construction. */
  payloadChunkSyncs = 0;
  private readonly payloadBudget: number;
  private readonly readCellBudget: number;
  private readonly capabilities: WorkbookInfo['capabilities'];
  private readonly run: ExcelRun;

  /** Errors Excel reports with a code a user can act on reach the caller as a Dutch UserError (officeErrors.ts). */
  constructor(run: ExcelRun, options: ExcelWorkbookOptions = {}) {
    this.run = (batch) =>
      run(batch).catch((error: unknown) => {
        throw fromOfficeError(error);
      });
    this.payloadBudget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
    this.readCellBudget = options.readCellBudget ?? DEFAULT_READ_CELL_BUDGET;
    this.capabilities = excelCapabilities(options.requirements ?? EVERY_REQUIREMENT_SET);
  }

  /** Two syncs: the lists of sheets, tables and names; then each table's shape. */
  info(): Promise<WorkbookInfo> {
    return this.run(async (context) => {
      const sheets = queueSheets(context);
      const tableItems = context.workbook.tables.load('items/name');
      const nameItems = context.workbook.names.load('items/name,items/formula');
      await context.sync();
      const shapes = queueTableShapes(context, tableItems.items.map((t) => t.name));
      await context.sync();
      const names: Record<string, string> = {};
      for (const item of nameItems.items) names[item.name] = withoutEquals(item.formula);
      return {
        sheets: sheets(),
        tables: shapes().map(toTableInfo),
        names,
        capabilities: this.capabilities,
      };
    });
  }

  /**
   * Three syncs (table names, shapes, values) plus read chunks of large tables. Number formats come
   * in the values' syncs: one Range.numberFormat (a 2D array, one string per cell) per column asked,
   * counted against the read budget like values.
   */
  readTables(tables: string[], numberFormats: NumberFormatRequest = {}): Promise<TableRows[]> {
    return this.run(async (context) => {
      const names = resolveTables(await loadTableNames(context), tables);
      const shapesLoaded = queueTableShapes(context, names);
      await context.sync();
      const shapes = shapesLoaded();
      const formatBlocks = Object.entries(numberFormats).flatMap(([table, columns]) => {
        const index = names.findIndex((n) => n.toLowerCase() === table.toLowerCase());
        if (index < 0) throw new Error(`Tabel ${table} wordt niet gelezen.`);
        const shape = shapes[index];
        const block = dataBlock(shape);
        return columns.map((column) => {
          requireColumn(shape, column);
          const left = shape.range.left + shape.columns.indexOf(column);
          return { index, column, block: { sheet: block.sheet, range: { ...block.range, left, right: left }, property: 'numberFormat' as const } };
        });
      });
      const loaded = await loadValues(context, [...shapes.map(dataBlock), ...formatBlocks.map((f) => f.block)], this.readBudget(context));
      return shapes.map((shape, i) => {
        const rows: TableRows = {
          table: shape.name,
          sheet: shape.sheet,
          columns: shape.columns,
          firstRow: shape.range.top + 1,
          firstColumn: columnLetter(shape.range.left),
          rows: fromExcelRows(loaded[i]),
        };
        formatBlocks.forEach((f, k) => {
          if (f.index === i) (rows.numberFormats ??= {})[f.column] = loaded[shapes.length + k].map(([format]) => fromNumberFormat(format));
        });
        return rows;
      });
    });
  }

  /** Two syncs (the sheet, the values) plus read chunks of a large range. */
  readRange(sheet: string, address: string): Promise<CellValue[][]> {
    const range = parseRange(address);
    return this.run(async (context) => {
      const name = await loadSheetName(context, sheet);
      const [values] = await loadValues(context, [{ sheet: name, range }], this.readBudget(context));
      return fromExcelRows(values);
    });
  }

  /** Four syncs: table names, header, each column's rules, the details of its custom formats. */
  readColumnRules(table: string, columns: string[]): Promise<ColumnRules[]> {
    return this.run(async (context) => {
      const [name] = resolveTables(await loadTableNames(context), [table]);
      const shapeLoaded = queueTableShapes(context, [name]);
      await context.sync();
      const [shape] = shapeLoaded();
      for (const column of columns) requireColumn(shape, column);

      const rules = columns.map((column) => {
        const body = context.workbook.tables.getItem(name).columns.getItem(column).getDataBodyRange();
        return {
          column,
          validation: body.dataValidation.load('type,rule,prompt,errorAlert'),
          formats: body.conditionalFormats.load('items/type'),
        };
      });
      await context.sync();

      // Only custom (formula) formats are the port's; other kinds a user added are left out.
      const details = rules.map((r) =>
        r.formats.items
          .filter((format) => format.type === 'Custom')
          .map((format) => ({
            rule: format.custom.rule.load('formula'),
            fill: format.custom.format.fill.load('color'),
            font: format.custom.format.font.load('color'),
          })),
      );
      await context.sync();

      return rules.map((r, i) => ({
        column: r.column,
        validation: fromExcelValidation(r.validation),
        formats: details[i].map(toConditionalFormat),
      }));
    });
  }

  /** Two syncs (the sheet, the notes) plus chunks for very many cells. Notes need ExcelApi 1.18. */
  async readNotes(sheet: string, cells: string[]): Promise<(string | null)[]> {
    if (!this.capabilities.notes) throw new Error(`De notities van blad ${sheet} kunnen hier niet gelezen worden: deze versie van Excel kent geen notities (ExcelApi 1.18).`);
    return this.perCell(
      sheet,
      cells,
      (ofSheet, address) => ofSheet.notes.getItemOrNullObject(address).load('content'),
      (note) => (note.isNullObject ? null : (fromExcelValue(note.content) as string | null)),
    );
  }

  /**
   * One proxy per cell of a sheet (reached by one property, as a note by `notes`), loaded in as few
   * syncs as the budget allows and read before the batch ends.
   */
  private perCell<T, R>(sheet: string, cells: string[], load: (ofSheet: Excel.Worksheet, address: string) => T, read: (loaded: T) => R): Promise<R[]> {
    const addresses = cells.map((cell) => {
      const at = parseCell(cell);
      return cellAddress(at.row, at.column);
    });
    return this.run(async (context) => {
      const name = await loadSheetName(context, sheet);
      const budget = this.writeBudget(context);
      const loaded: T[] = [];
      for (const address of addresses) {
        await budget.reserve(commandBytes(2, 1, [address]));
        loaded.push(load(context.workbook.worksheets.getItem(name), address));
      }
      await budget.flush();
      return loaded.map(read);
    });
  }

  /**
   * Two syncs to read what the edit list needs and check all of it (an error names the sheet, table
   * or column before any write is queued, and rows that moved since they were read refuse the list),
   * then values, then formats, in one sync plus payload chunks. A failure inside Excel after a payload
   * chunk was sent can still leave part of the list applied; sheets it unprotected are protected again.
   * Chunks are written with calculation suspended (ExcelApi 1.6, below the manifest's minimum), and
   * the last sync recalculates, so formulas see every chunk once instead of after each.
   */
  async apply(edits: Edit[]): Promise<void> {
    if (edits.length === 0) return;
    checkCapabilities(this.capabilities, edits);
    await this.run(async (context) => {
      const snapshot = await loadSnapshot(context, edits, this.writeBudget(context), this.readBudget(context));
      const percentColumns = new Map(snapshot.tables.map((t) => [t.name.toLowerCase(), t.percentColumns ?? []]));
      const plan = planEdits(snapshot, edits);
      const application = context.workbook.application;
      const budget = this.writeBudget(context, () => application.suspendApiCalculationUntilNextSync());
      const writer = new StepWriter(context, budget, this.capabilities.printLayout, percentColumns);
      try {
        for (const step of plan.values) await writer.value(step);
        for (const step of plan.formats) await writer.format(step);
        if (budget.chunks > 0) application.calculate('Recalculate');
        await budget.flush();
      } catch (error) {
        await restoreProtection(context, plan.values.flatMap((step) => (step.kind === 'unprotectSheet' ? [step.sheet] : [])));
        throw error;
      }
    });
  }

  /** One sync. A hidden or missing sheet fails with Excel's own error: knowing first would cost a sync. */
  async select(sheet: string, cell: string): Promise<void> {
    const at = parseCell(cell);
    await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cellAddress(at.row, at.column)).select();
      await context.sync();
    });
  }

  private writeBudget(context: Excel.RequestContext, beforeChunk?: () => void): SyncBudget {
    return new SyncBudget(context, this.payloadBudget, () => this.payloadChunkSyncs++, beforeChunk);
  }

  private readBudget(context: Excel.RequestContext): SyncBudget {
    return new SyncBudget(context, this.readCellBudget, () => this.payloadChunkSyncs++);
  }
}

function toTableInfo(shape: TableShape): TableInfo {
  return {
    name: shape.name,
    sheet: shape.sheet,
    columns: shape.columns,
    address: rangeAddress(shape.range),
    rowCount: shape.rowCount,
  };
}

/** General (Excel's name for no format) is null, as in the port. */
function fromNumberFormat(format: unknown): string | null {
  return typeof format === 'string' && format !== 'General' && format !== '' ? format : null;
}

function requireColumn(shape: TableShape, column: string): void {
  if (!shape.columns.includes(column)) throw new Error(`Kolom ${column} bestaat niet in tabel ${shape.name}.`);
}

function toConditionalFormat(loaded: { rule: Excel.ConditionalFormatRule; fill: Excel.ConditionalRangeFill; font: Excel.ConditionalRangeFont }): ConditionalFormat {
  const format: ConditionalFormat = { formula: withoutEquals(loaded.rule.formula), fill: colorOrUndefined(loaded.fill.color) ?? '' };
  const fontColor = colorOrUndefined(loaded.font.color);
  if (fontColor) format.fontColor = fontColor;
  return format;
}
