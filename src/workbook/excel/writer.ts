// Queues the planned steps as Office.js commands. Nothing here reads the workbook or syncs except
// through the budget, which splits a request only when it would pass the payload limit. Proxies are
// looked up by name per step, so a table made or grown earlier in the same batch is found as it is.
// Links need ExcelApi 1.7 (Range.hyperlink, clearing them); the rest of the values 1.1 to 1.4.
import { cellAddress, rangeAddress } from '../address';
import type { CellInput } from '../port';
import { SyncBudget, takeRows } from './budget';
import { charactersToPoints, COMMAND_OVERHEAD, DATE_FORMAT, dateRuns, linkCells, rowSizes, toExcelRows, type DateRun, type LinkCell } from './cells';
import type { FormatStep, TableCellBlock, ValueStep } from './plan';
import { toExcelErrorAlert, toExcelPrompt, toExcelRule } from './rules';

/** No password; selecting any cell is Excel's default, resizing columns and rows is allowed on top. */
const PROTECTION: Excel.WorksheetProtectionOptions = { allowFormatColumns: true, allowFormatRows: true };

export class StepWriter {
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: SyncBudget,
  ) {}

  async value(step: ValueStep): Promise<void> {
    switch (step.kind) {
      case 'unprotectSheet':
        await this.budget.reserve(COMMAND_OVERHEAD);
        this.sheet(step.sheet).protection.unprotect();
        return;
      case 'addSheet':
        await this.budget.reserve(COMMAND_OVERHEAD);
        this.context.workbook.worksheets.add(step.sheet);
        return;
      case 'writeBlock':
        return this.writeBlock(step.sheet, step.top, step.left, step.values);
      case 'createTable': {
        await this.budget.reserve(3 * COMMAND_OVERHEAD);
        const table = this.sheet(step.sheet).tables.add(step.address, true);
        table.name = step.table;
        if (step.style) table.style = step.style;
        return;
      }
      case 'addColumns':
        for (const column of step.columns) {
          await this.budget.reserve(COMMAND_OVERHEAD);
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
        await this.budget.reserve(COMMAND_OVERHEAD);
        // Deleting whole rows of the data body with shift up (ExcelApi 1.1) deletes table rows: the
        // table shrinks, its validations and conditional formats with it, and cells below move up.
        this.table(step.table).getDataBodyRange().getRow(step.firstIndex).getResizedRange(step.count - 1, 0).delete('Up');
        return;
      case 'removeLinks':
        await this.budget.reserve(COMMAND_OVERHEAD);
        // Removes the links and the link look, so a cell that gets a plain value does not keep the
        // link of the row before; a value write alone leaves a cell's link in place.
        this.table(step.table).getDataBodyRange().clear('RemoveHyperlinks');
        return;
      case 'clearRange':
        await this.budget.reserve(COMMAND_OVERHEAD);
        this.sheet(step.sheet).getRange(step.address).clear('Contents');
        return;
      case 'setName':
        await this.budget.reserve(COMMAND_OVERHEAD + step.formula.length);
        // Changing the formula in place (ExcelApi 1.7) keeps validations that use the name intact.
        if (step.exists) this.context.workbook.names.getItem(step.name).formula = `=${step.formula}`;
        else this.context.workbook.names.add(step.name, `=${step.formula}`);
        return;
    }
  }

  async format(step: FormatStep): Promise<void> {
    switch (step.kind) {
      case 'sheetLook': {
        await this.budget.reserve(2 * COMMAND_OVERHEAD);
        const sheet = this.sheet(step.sheet);
        if (step.visibility) sheet.visibility = step.visibility === 'hidden' ? 'Hidden' : 'Visible';
        if (step.tabColor !== undefined) sheet.tabColor = step.tabColor;
        return;
      }
      case 'setValidation': {
        await this.budget.reserve(5 * COMMAND_OVERHEAD);
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
        await this.budget.reserve((1 + 4 * step.formats.length) * COMMAND_OVERHEAD);
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
        await this.budget.reserve(COMMAND_OVERHEAD + (step.text?.length ?? 0));
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
          await this.budget.reserve(COMMAND_OVERHEAD);
          sheet.getRange(`${letter}:${letter}`).format.columnWidth = charactersToPoints(width);
        }
        for (const letter of step.wrap) {
          await this.budget.reserve(COMMAND_OVERHEAD);
          sheet.getRange(`${letter}:${letter}`).format.wrapText = true;
        }
        for (const letter of step.hidden) {
          await this.budget.reserve(COMMAND_OVERHEAD);
          sheet.getRange(`${letter}:${letter}`).columnHidden = true;
        }
        if (step.freezeRows !== undefined) {
          await this.budget.reserve(COMMAND_OVERHEAD);
          if (step.freezeRows > 0) sheet.freezePanes.freezeRows(step.freezeRows);
          else sheet.freezePanes.unfreeze();
        }
        return;
      }
      case 'setPrintLayout': {
        // ExcelApi 1.9 (page layout, print titles, headers and page breaks).
        await this.budget.reserve((5 + step.breaksBefore.length) * COMMAND_OVERHEAD + (step.header?.length ?? 0));
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
        await this.budget.reserve(6 * COMMAND_OVERHEAD + step.title.length);
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
          await this.budget.reserve(COMMAND_OVERHEAD);
          sheet.getRange(address).format.protection.locked = false;
        }
        await this.budget.reserve(COMMAND_OVERHEAD);
        sheet.protection.protect(PROTECTION);
        return;
      }
    }
  }

  private async writeBlock(sheetName: string, top: number, left: number, rows: CellInput[][]): Promise<void> {
    const values = toExcelRows(rows);
    const width = values[0].length;
    const sheet = this.sheet(sheetName);
    await this.inChunks(rowSizes(values), (start, end) => {
      sheet.getRange(rangeAddress({ top: top + start, left, bottom: top + end - 1, right: left + width - 1 })).values = values.slice(start, end);
    });
    await this.formatDates(rows, (run) =>
      sheet.getRange(rangeAddress({ top: top + run.row, left: left + run.column, bottom: top + run.row + run.length - 1, right: left + run.column })),
    );
    await this.setLinks(rows, (cell) => sheet.getRange(cellAddress(top + cell.row, left + cell.column)));
  }

  private async addRows(tableName: string, firstIndex: number, rows: CellInput[][]): Promise<void> {
    const values = toExcelRows(rows);
    await this.inChunks(rowSizes(values), (start, end) => {
      // Table rows, not a range write below the table: the table grows, and Excel carries its
      // validation and conditional formats down to the new rows.
      this.table(tableName).rows.add(undefined, values.slice(start, end));
    });
    await this.formatDates(rows, (run) =>
      this.table(tableName).getDataBodyRange().getCell(firstIndex + run.row, run.column).getResizedRange(run.length - 1, 0),
    );
    await this.setLinks(rows, (cell) => this.table(tableName).getDataBodyRange().getCell(firstIndex + cell.row, cell.column));
  }

  private async writeTableRows(tableName: string, firstIndex: number, rows: CellInput[][]): Promise<void> {
    if (rows.length === 0) return;
    const values = toExcelRows(rows);
    const body = this.table(tableName).getDataBodyRange();
    await this.inChunks(rowSizes(values), (start, end) => {
      body.getCell(firstIndex + start, 0).getResizedRange(end - start - 1, values[0].length - 1).values = values.slice(start, end);
    });
    await this.formatDates(rows, (run) => body.getCell(firstIndex + run.row, run.column).getResizedRange(run.length - 1, 0));
    await this.setLinks(rows, (cell) => body.getCell(firstIndex + cell.row, cell.column));
  }

  private async writeTableCells(tableName: string, blocks: TableCellBlock[]): Promise<void> {
    const body = this.table(tableName).getDataBodyRange();
    for (const block of blocks) {
      const values = toExcelRows(block.values);
      const width = values[0].length;
      await this.inChunks(rowSizes(values), (start, end) => {
        body.getCell(block.row + start, block.column).getResizedRange(end - start - 1, width - 1).values = values.slice(start, end);
      });
      await this.formatDates(block.values, (run) => body.getCell(block.row + run.row, block.column + run.column).getResizedRange(run.length - 1, 0));
      await this.setLinks(block.values, (link) => body.getCell(block.row + link.row, block.column + link.column));
    }
  }

  /** Queues a write of rows [start, end) at a time, each under the budget. */
  private async inChunks(sizes: number[], queue: (start: number, end: number) => void): Promise<void> {
    let start = 0;
    while (start < sizes.length) {
      const taken = takeRows(sizes, start, this.budget, COMMAND_OVERHEAD);
      if (!taken) {
        await this.budget.split();
        continue;
      }
      this.budget.add(taken.size);
      queue(start, taken.end);
      start = taken.end;
    }
  }

  /** Gives Date cells a date format; Excel stores them as the serial numbers written. */
  private async formatDates(rows: CellInput[][], target: (run: DateRun) => Excel.Range): Promise<void> {
    const formatSize = JSON.stringify([DATE_FORMAT]).length + 1;
    const maxRun = Math.max(1, Math.floor((this.budget.limit - COMMAND_OVERHEAD) / formatSize));
    for (const whole of dateRuns(rows)) {
      for (let offset = 0; offset < whole.length; offset += maxRun) {
        const run = { row: whole.row + offset, column: whole.column, length: Math.min(maxRun, whole.length - offset) };
        await this.budget.reserve(COMMAND_OVERHEAD + run.length * formatSize);
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
      await this.budget.reserve(COMMAND_OVERHEAD + JSON.stringify(hyperlink).length);
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
