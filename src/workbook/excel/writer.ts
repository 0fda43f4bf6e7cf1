// Queues the planned steps as Office.js commands. Nothing here reads the workbook or syncs except
// through the budget, which splits a request only when it would pass the payload limit; each command
// is counted at what the client library sends for it (requestSize.ts). Proxies are looked up by name
// per step, so a table made or grown earlier in the same batch is found as it is. A range used by
// one command only is untracked: inside Excel.run every range is tracked otherwise, which costs a
// _KeepReference in the request and a _RemoveReference in the clean-up request after the batch.
// Links need ExcelApi 1.7 (Range.hyperlink, clearing them); the rest of the values 1.1 to 1.4.
import { cellAddress, rangeAddress } from '../address';
import type { CellInput } from '../port';
import { SyncBudget, takeRows } from './budget';
import { charactersToPoints, DATE_FORMAT, dateRuns, linkCells, toExcelRows, type DateRun, type LinkCell } from './cells';
import type { FormatStep, TableCellBlock, ValueStep } from '../plan';
import { ACTION_BYTES, commandBytes, rowBytes } from './requestSize';
import { toExcelErrorAlert, toExcelPrompt, toExcelRule } from './rules';

/** No password; selecting any cell is Excel's default, resizing columns and rows is allowed on top. */
const PROTECTION: Excel.WorksheetProtectionOptions = { allowFormatColumns: true, allowFormatRows: true };

/**
 * After a failure: the sheets an edit list unprotected to write on are protected again, so a form
 * is not left open. Best effort: the failure itself is what the caller must see.
 */
export async function restoreProtection(context: Excel.RequestContext, sheets: string[]): Promise<void> {
  if (sheets.length === 0) return;
  try {
    const states = sheets.map((name) => context.workbook.worksheets.getItem(name).protection.load('protected'));
    await context.sync();
    sheets.forEach((name, i) => {
      if (!states[i].protected) context.workbook.worksheets.getItem(name).protection.protect(PROTECTION);
    });
    await context.sync();
  } catch {
    // Excel refuses this too (the workbook closed, the sheet is gone): nothing more can be done here.
  }
}

export class StepWriter {
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: SyncBudget,
    /** ExcelApi 1.9: without it a print layout, checked by the plan, is left out. */
    private readonly printLayout = true,
    /** By lower-case table name, the columns whose percent format Excel would give rows added (TableShape.percentColumns). */
    private readonly percentColumns = new Map<string, number[]>(),
  ) {}

  async value(step: ValueStep): Promise<void> {
    switch (step.kind) {
      case 'unprotectSheet':
        await this.budget.reserve(commandBytes(1, 1));
        this.sheet(step.sheet).protection.unprotect();
        return;
      case 'addSheet': {
        await this.budget.reserve(commandBytes(1, 0, [step.sheet]) + (step.position === undefined ? 0 : commandBytes(0, 0, [step.position])));
        const sheet = this.context.workbook.worksheets.add(step.sheet);
        // A new sheet comes last; Worksheet.position (ExcelApi 1.1) moves it.
        if (step.position !== undefined) sheet.position = step.position;
        return;
      }
      case 'writeBlock':
        return this.writeBlock(step.sheet, step.top, step.left, step.values);
      case 'createTable': {
        await this.budget.reserve(commandBytes(2, 1, [step.address, true]) + commandBytes(0, 0, [step.table]) + commandBytes(0, 0, [step.style ?? '']));
        const table = this.sheet(step.sheet).tables.add(step.address, true);
        table.name = step.table;
        if (step.style) table.style = step.style;
        return;
      }
      case 'addColumns':
        for (const column of step.columns) {
          await this.budget.reserve(commandBytes(2, 1, [null, null, column]));
          // Appends at the right end (index null); the name argument needs ExcelApi 1.4.
          this.table(step.table).columns.add(undefined, undefined, column);
        }
        return;
      case 'writeTableCells':
        return this.writeTableCells(step.table, step.blocks);
      case 'addRows':
        return this.addRows(step.table, step.firstIndex, step.rows);
      case 'writeTableRows':
        return this.writeTableRows(step.table, step.firstIndex, step.rows);
      case 'deleteRows':
        await this.budget.reserve(commandBytes(4, 0, ['Up']));
        // Deleting whole rows of the data body with shift up (ExcelApi 1.1) deletes table rows: the
        // table shrinks, its validations and conditional formats with it, and cells below move up.
        this.table(step.table).getDataBodyRange().getRow(step.firstIndex).getResizedRange(step.count - 1, 0).delete('Up');
        return;
      case 'clearFilters':
        await this.budget.reserve(commandBytes(1, 0));
        this.table(step.table).clearFilters();
        return;
      case 'removeLinks':
        await this.budget.reserve(commandBytes(2, 0, ['RemoveHyperlinks']));
        // Removes the links and the link look, so a cell that gets a plain value does not keep the
        // link of the row before; a value write alone leaves a cell's link in place.
        this.table(step.table).getDataBodyRange().clear('RemoveHyperlinks');
        return;
      case 'clearRange':
        await this.budget.reserve(commandBytes(2, 0, [step.address, 'Contents']));
        this.sheet(step.sheet).getRange(step.address).untrack().clear('Contents');
        return;
      case 'setName':
        await this.budget.reserve(commandBytes(1, 0, [step.name, `=${step.formula}`]));
        // Changing the formula in place (ExcelApi 1.7) keeps validations that use the name intact.
        if (step.exists) this.context.workbook.names.getItem(step.name).formula = `=${step.formula}`;
        else this.context.workbook.names.add(step.name, `=${step.formula}`);
        return;
    }
  }

  async format(step: FormatStep): Promise<void> {
    switch (step.kind) {
      case 'sheetLook': {
        await this.budget.reserve(commandBytes(1, 0, [step.visibility ?? '']) + commandBytes(0, 0, [step.tabColor ?? '']));
        const sheet = this.sheet(step.sheet);
        if (step.visibility) sheet.visibility = step.visibility === 'hidden' ? 'Hidden' : 'Visible';
        if (step.tabColor !== undefined) sheet.tabColor = step.tabColor;
        return;
      }
      case 'setValidation': {
        await this.budget.reserve(commandBytes(3, 2, step.validation) + 4 * ACTION_BYTES);
        const validation = this.columnBody(step.table, step.column).dataValidation;
        // The step replaces the column's validation: clear first so no part of an earlier one (a
        // prompt, an alert) is left behind.
        validation.clear();
        if (step.validation.rule.type === 'none') return; // removes the validation altogether, prompt too
        const rule = toExcelRule(step.validation.rule);
        if (rule) {
          validation.rule = rule;
          validation.errorAlert = toExcelErrorAlert(step.validation);
        }
        const prompt = toExcelPrompt(step.validation);
        if (prompt) validation.prompt = prompt;
        return;
      }
      case 'setConditionalFormats': {
        await this.budget.reserve(commandBytes(3, 2) + step.formats.reduce((sum, f) => sum + commandBytes(1, 5, f) + 2 * ACTION_BYTES, 0));
        const formats = this.columnBody(step.table, step.column).conditionalFormats;
        formats.clearAll();
        // add() puts a format on top, so adding in reverse leaves the first with the highest priority.
        for (const format of [...step.formats].reverse()) {
          const added = formats.add('Custom');
          added.custom.rule.formula = `=${format.formula.replace(/^=/, '')}`;
          added.custom.format.fill.color = format.fill;
          if (format.fontColor) added.custom.format.font.color = format.fontColor;
        }
        return;
      }
      case 'setNote': {
        await this.budget.reserve(commandBytes(2, 1, [step.cell, step.text]));
        // Legacy notes (not threaded comments): they need ExcelApi 1.18 and match the xlsx adapter.
        const notes = this.sheet(step.sheet).notes;
        if (!step.exists) notes.add(step.cell, step.text);
        else if (step.text === null) notes.getItem(step.cell).delete();
        else notes.getItem(step.cell).content = step.text;
        return;
      }
      case 'setSheetLayout': {
        const sheet = this.sheet(step.sheet);
        for (const [letter, width] of Object.entries(step.widths)) {
          await this.budget.reserve(commandBytes(1, 1, [`${letter}:${letter}`, width]));
          sheet.getRange(`${letter}:${letter}`).untrack().format.columnWidth = charactersToPoints(width);
        }
        for (const letter of step.wrap) {
          await this.budget.reserve(commandBytes(1, 1, [`${letter}:${letter}`, true]));
          sheet.getRange(`${letter}:${letter}`).untrack().format.wrapText = true;
        }
        for (const letter of step.hidden) {
          await this.budget.reserve(commandBytes(1, 0, [`${letter}:${letter}`, true]));
          sheet.getRange(`${letter}:${letter}`).untrack().columnHidden = true;
        }
        if (step.freezeRows !== undefined) {
          await this.budget.reserve(commandBytes(0, 1, [step.freezeRows]));
          if (step.freezeRows > 0) sheet.freezePanes.freezeRows(step.freezeRows);
          else sheet.freezePanes.unfreeze();
        }
        return;
      }
      case 'setPrintLayout': {
        // ExcelApi 1.9 (page layout, print titles, headers and page breaks).
        if (!this.printLayout) return;
        await this.budget.reserve((5 + step.breaksBefore.length) * commandBytes(1, 1, ['A1']) + (step.header?.length ?? 0));
        const sheet = this.sheet(step.sheet);
        const layout = sheet.pageLayout;
        layout.orientation = step.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        layout.paperSize = 'A4';
        layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (step.titleRows) layout.setPrintTitleRows(`$${step.titleRows.replace(/\$/g, '').replace(':', ':$')}`);
        // & starts a code in a header (&P is the page number): a literal one is doubled.
        if (step.header !== undefined) layout.headersFooters.defaultForAllPages.centerHeader = step.header.replace(/&/g, '&&');
        sheet.horizontalPageBreaks.removePageBreaks();
        for (const row of step.breaksBefore) sheet.horizontalPageBreaks.add(`A${row}`);
        return;
      }
      case 'setLineChart': {
        await this.budget.reserve(commandBytes(5, 4, [step.series, step.categories, step.at, step.to, step.name, step.title]) + 5 * ACTION_BYTES);
        const sheet = this.sheet(step.sheet);
        if (step.exists) sheet.charts.getItem(step.name).delete();
        // Values and categories are given apart: from the whole block Excel would guess which column
        // holds the categories, and takes a column of numeric periods (years) for one more series.
        const chart = sheet.charts.add('Line', sheet.getRange(step.series), 'Columns');
        chart.axes.categoryAxis.setCategoryNames(sheet.getRange(step.categories));
        chart.name = step.name;
        chart.title.text = step.title;
        chart.setPosition(step.at, step.to);
        return;
      }
      case 'protectSheet': {
        const sheet = this.sheet(step.sheet);
        for (const address of step.unlocked) {
          await this.budget.reserve(commandBytes(1, 2, [address, false]));
          sheet.getRange(address).untrack().format.protection.locked = false;
        }
        await this.budget.reserve(commandBytes(0, 1, PROTECTION));
        sheet.protection.protect(PROTECTION);
        return;
      }
    }
  }

  private async writeBlock(sheetName: string, top: number, left: number, rows: CellInput[][]): Promise<void> {
    const values = toExcelRows(rows);
    const width = values[0].length;
    const sheet = this.sheet(sheetName);
    await this.inChunks(rowBytes(values), 1, (start, end) => {
      sheet.getRange(rangeAddress({ top: top + start, left, bottom: top + end - 1, right: left + width - 1 })).untrack().values = values.slice(start, end);
    });
    await this.formatDates(rows, (run) =>
      sheet.getRange(rangeAddress({ top: top + run.row, left: left + run.column, bottom: top + run.row + run.length - 1, right: left + run.column })).untrack(),
    );
    await this.setLinks(rows, (cell) => sheet.getRange(cellAddress(top + cell.row, left + cell.column)).untrack());
  }

  private async addRows(tableName: string, firstIndex: number, rows: CellInput[][]): Promise<void> {
    const values = toExcelRows(rows);
    await this.inChunks(rowBytes(values), 2, (start, end) => {
      // Table rows, not a range write below the table: the table grows, and Excel carries its
      // validation and conditional formats down to the new rows.
      this.table(tableName).rows.add(undefined, values.slice(start, end));
    });
    // The data body is looked up after the rows were added: it has grown.
    const body = this.table(tableName).getDataBodyRange();
    await this.plainFormats(rows.length, this.percentColumns.get(tableName.toLowerCase()) ?? [], (run) => cells(body, firstIndex + run.row, run.column, run.length, 1));
    await this.formatDates(rows, (run) => cells(body, firstIndex + run.row, run.column, run.length, 1));
    await this.setLinks(rows, (cell) => cells(body, firstIndex + cell.row, cell.column, 1, 1));
  }

  private async writeTableRows(tableName: string, firstIndex: number, rows: CellInput[][]): Promise<void> {
    if (rows.length === 0) return;
    const values = toExcelRows(rows);
    const body = this.table(tableName).getDataBodyRange();
    await this.inChunks(rowBytes(values), 2, (start, end) => {
      cells(body, firstIndex + start, 0, end - start, values[0].length).values = values.slice(start, end);
    });
    await this.formatDates(rows, (run) => cells(body, firstIndex + run.row, run.column, run.length, 1));
    await this.setLinks(rows, (cell) => cells(body, firstIndex + cell.row, cell.column, 1, 1));
  }

  private async writeTableCells(tableName: string, blocks: TableCellBlock[]): Promise<void> {
    const body = this.table(tableName).getDataBodyRange();
    for (const block of blocks) {
      const values = toExcelRows(block.values);
      const width = values[0].length;
      await this.inChunks(rowBytes(values), values.length === 1 && width === 1 ? 1 : 2, (start, end) => {
        cells(body, block.row + start, block.column, end - start, width).values = values.slice(start, end);
      });
      await this.formatDates(block.values, (run) => cells(body, block.row + run.row, block.column + run.column, run.length, 1));
      await this.setLinks(block.values, (link) => cells(body, block.row + link.row, block.column + link.column, 1, 1));
    }
  }

  /** Queues a write of rows [start, end) at a time, each under the budget, each through `proxies` new proxies. */
  private async inChunks(sizes: number[], proxies: number, queue: (start: number, end: number) => void): Promise<void> {
    let start = 0;
    while (start < sizes.length) {
      const taken = takeRows(sizes, start, this.budget, commandBytes(proxies, 0));
      if (!taken) {
        await this.budget.split();
        continue;
      }
      this.budget.add(taken.size);
      queue(start, taken.end);
      start = taken.end;
    }
  }

  /**
   * Gives `count` added rows General in `columns`, where Excel gave them the percent format of the
   * row above: a value written there is the number it is, not a hundredth of what it shows.
   */
  private async plainFormats(count: number, columns: number[], target: (run: DateRun) => Excel.Range): Promise<void> {
    const formatSize = rowBytes([['General']])[0];
    const maxRun = Math.max(1, Math.floor((this.budget.limit - commandBytes(2, 0)) / formatSize));
    for (const column of columns) {
      for (let offset = 0; offset < count; offset += maxRun) {
        const run = { row: offset, column, length: Math.min(maxRun, count - offset) };
        await this.budget.reserve(commandBytes(run.length > 1 ? 2 : 1, 0) + run.length * formatSize);
        target(run).numberFormat = Array.from({ length: run.length }, () => ['General']);
      }
    }
  }

  /** Gives Date cells a date format; Excel stores them as the serial numbers written. */
  private async formatDates(rows: CellInput[][], target: (run: DateRun) => Excel.Range): Promise<void> {
    const formatSize = rowBytes([[DATE_FORMAT]])[0];
    const maxRun = Math.max(1, Math.floor((this.budget.limit - commandBytes(2, 0)) / formatSize));
    for (const whole of dateRuns(rows)) {
      for (let offset = 0; offset < whole.length; offset += maxRun) {
        const run = { row: whole.row + offset, column: whole.column, length: Math.min(maxRun, whole.length - offset) };
        await this.budget.reserve(commandBytes(run.length > 1 ? 2 : 1, 0) + run.length * formatSize);
        target(run).numberFormat = Array.from({ length: run.length }, () => [DATE_FORMAT]);
      }
    }
  }

  /**
   * Links the link cells of a block, one command per cell (after their text is written as a value,
   * so the text is stored as text). ExcelApi 1.7.
   */
  private async setLinks(rows: CellInput[][], target: (cell: LinkCell) => Excel.Range): Promise<void> {
    for (const cell of linkCells(rows)) {
      const hyperlink = { documentReference: cell.link, textToDisplay: cell.text };
      await this.budget.reserve(commandBytes(1, 0, hyperlink));
      target(cell).hyperlink = hyperlink;
    }
  }

  private sheet(name: string): Excel.Worksheet {
    return this.context.workbook.worksheets.getItem(name);
  }

  private table(name: string): Excel.Table {
    return this.context.workbook.tables.getItem(name);
  }

  private columnBody(table: string, column: string): Excel.Range {
    return this.table(table).columns.getItem(column).getDataBodyRange();
  }
}

/** The block of `rows` by `columns` cells from (`row`, `column`) of a data body, through untracked proxies. */
function cells(body: Excel.Range, row: number, column: number, rows: number, columns: number): Excel.Range {
  const first = body.getCell(row, column).untrack();
  return rows === 1 && columns === 1 ? first : first.getResizedRange(rows - 1, columns - 1).untrack();
}
