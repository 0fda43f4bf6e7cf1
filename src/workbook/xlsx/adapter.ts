// The workbook port on an .xlsx file in memory, through ExcelJS: for the CLI in Node and for the
// task pane's standalone mode in the browser. Changes stay in memory until `save()`, so a failed
// operation never reaches the file.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { refuse } from '../../rules';
import { cellAddress, columnIndex, columnLetter, dateToSerial, parseCell, parseRange, rangeAddress, type RangeRef } from '../address';
import { checkCapabilities } from '../checkEdits';
import { noteKey, planEdits, type FormatStep, type TableShape, type ValueStep, type WorkbookSnapshot } from '../plan';
import { isLink, relativeLink } from '../links';
import type { CellInput, CellValue, ColumnRules, ConditionalFormat, Edit, NumberFormatRequest, TableInfo, TableRows, Validation, WorkbookInfo, WorkbookPort } from '../port';
import type { FormulaNames } from './formulaNames';
import { carryUnowned, hasUnowned } from './carryParts';
import { readableForExcelJs } from './excelJsPackage';
import { ExcelJsChanged, installHooks } from './hooks';
import { attachLooseNotes } from './looseNotes';
import { fileKind } from '../fileKind';

/** The table model ExcelJS reads and writes (only the fields the adapter uses). */
interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: { name: string; filterButton?: boolean }[];
  style?: { theme: string | null; showFirstColumn: boolean; showLastColumn: boolean; showRowStripes: boolean; showColumnStripes: boolean };
}

/** ExcelJS's validation model (its typings lack `any`), keyed by cell or range address on the worksheet. */
interface ExcelValidation {
  type: 'any' | 'none' | 'list' | 'whole' | 'decimal' | 'date' | 'textLength' | 'custom' | 'time';
  allowBlank?: boolean;
  operator?: string;
  formulae?: unknown[];
  showInputMessage?: boolean;
  promptTitle?: string;
  prompt?: string;
  showErrorMessage?: boolean;
  errorStyle?: string;
  errorTitle?: string;
  error?: string;
}
type ValidationMap = Record<string, ExcelValidation | undefined>;
/** A sheet view as ExcelJS reads and writes it; its typings lack `tabSelected`. */
type SheetView = Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };
interface ConditionalFormatting {
  ref: string;
  rules: { type: string; formulae?: string[]; priority?: number; style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } }[];
}

/** ExcelJS cannot write charts (a loaded file's charts are carried over as they are, carryParts.ts). */
const CAPABILITIES: WorkbookInfo['capabilities'] = { charts: false, notes: true, printLayout: true };
const DATE_FORMAT = 'dd/mm/yyyy';
/** Excel's Hyperlink cell style: the theme's link colour, underlined. */
const LINK_FONT: Partial<ExcelJS.Font> = { color: { theme: 10 } as ExcelJS.Color, underline: true };
/** Bounds Excel shows in the validation dialog; wide enough for any registry value. */
const DECIMAL_BOUND = 999_999_999_999;
const FIRST_DATE = dateToSerial(new Date(Date.UTC(1900, 0, 1)));
const LAST_DATE = dateToSerial(new Date(Date.UTC(2100, 11, 31)));

export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    private readonly wb: ExcelJS.Workbook,
    private readonly names: FormulaNames,
    /** The package as loaded, when it has parts ExcelJS does not write (carryParts.ts). */
    private readonly original: JSZip | null = null,
  ) {}

  static create(): XlsxWorkbook {
    const wb = new ExcelJS.Workbook();
    return new XlsxWorkbook(wb, installHooks(wb));
  }

  /** Reads an .xlsx; a file that is not one gets a UserError saying what it is instead. */
  static async load(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const kind = fileKind(bytes);
    if (kind === 'encrypted') throw refuse('werkmap.beveiligd');
    if (kind === 'xls') throw refuse('werkmap.xls');
    if (kind === 'other-zip') throw refuse('werkmap.onleesbaar');
    if (kind !== 'zip') throw refuse('werkmap.geen-xlsx');
    const wb = new ExcelJS.Workbook();
    const names = installHooks(wb);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      throw refuse('werkmap.onleesbaar');
    }
    // Its own copy: readableForExcelJs changes the one it is given.
    const original = (await hasUnowned(zip)) ? await JSZip.loadAsync(bytes) : null;
    // Deflated as the parts came, so the unchanged ones are copied as they are, not inflated.
    const readable = (await readableForExcelJs(zip)) ? await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : bytes;
    try {
      await wb.xlsx.load(readable as unknown as ArrayBuffer);
    } catch (e) {
      if (e instanceof ExcelJsChanged) throw e;
      throw refuse('werkmap.onderdeel-onleesbaar');
    }
    await attachLooseNotes(wb, zip);
    for (const ws of wb.worksheets) {
      for (const t of tablesOf(ws)) {
        // Excel leaves out headerRowCount when it is 1 (the default); ExcelJS then reads "no header"
        // and would save the table without one. Registry tables always have a header row.
        t.headerRow = true;
        // LibreOffice writes tables without a style, which ExcelJS cannot write back: plain, as it showed.
        t.style ??= { theme: null, showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
      }
    }
    for (const ws of wb.worksheets) regroupValidations(validationMap(ws));
    return new XlsxWorkbook(wb, names, original);
  }

  /** The file's bytes; a workbook ExcelJS cannot write gets a Dutch message, and nothing is returned. */
  async save(): Promise<Uint8Array> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await this.wb.xlsx.writeBuffer());
    } catch (e) {
      if (e instanceof ExcelJsChanged) throw e;
      throw refuse('werkmap.onderdeel-niet-opslaan');
    }
    return this.original ? carryUnowned(this.original, bytes) : bytes;
  }

  async info(): Promise<WorkbookInfo> {
    return this.infoNow();
  }

  private infoNow(): WorkbookInfo {
    const tables: TableInfo[] = [];
    for (const ws of this.wb.worksheets) {
      for (const t of tablesOf(ws)) {
        const r = parseRange(t.tableRef);
        tables.push({ name: t.name, sheet: ws.name, columns: t.columns.map((c) => c.name), address: rangeAddress(r), rowCount: r.bottom - r.top });
      }
    }
    return {
      sheets: this.wb.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state === 'visible' ? 'visible' : 'hidden', protected: protectionOf(ws)?.sheet === true })),
      tables,
      names: this.names.all(),
      capabilities: CAPABILITIES,
    };
  }

  async readTables(names: string[], numberFormats: NumberFormatRequest = {}): Promise<TableRows[]> {
    const read = names.map((name) => {
      const { ws, model } = this.table(name);
      const r = parseRange(model.tableRef);
      const rows: CellValue[][] = [];
      for (let row = r.top + 1; row <= r.bottom; row++) rows.push(readRow(ws, row, r.left, r.right));
      const table: TableRows = { table: model.name, sheet: ws.name, columns: model.columns.map((c) => c.name), firstRow: r.top + 1, firstColumn: columnLetter(r.left), rows };
      return { table, ws, r };
    });
    for (const [name, columns] of Object.entries(numberFormats)) {
      const found = read.find((t) => t.table.table.toLowerCase() === name.toLowerCase());
      if (!found) throw new Error(`Tabel ${name} wordt niet gelezen.`);
      const { table, ws, r } = found;
      for (const column of columns) {
        const offset = table.columns.indexOf(column);
        if (offset < 0) throw new Error(`Kolom ${column} bestaat niet in tabel ${table.table}.`);
        (table.numberFormats ??= {})[column] = table.rows.map((_, i) => {
          const format = ws.findRow(r.top + 1 + i)?.findCell(r.left + offset)?.numFmt;
          return format && format !== 'General' ? format : null;
        });
      }
    }
    return read.map((t) => t.table);
  }

  async readRange(sheet: string, address: string): Promise<CellValue[][]> {
    const ws = this.sheet(sheet);
    const r = parseRange(address);
    const rows: CellValue[][] = [];
    for (let row = r.top; row <= r.bottom; row++) rows.push(readRow(ws, row, r.left, r.right));
    return rows;
  }

  async readColumnRules(table: string, columns: string[]): Promise<ColumnRules[]> {
    const { ws } = this.table(table);
    return columns.map((column) => {
      const range = this.columnRange(table, column);
      return { column, validation: validationOf(ws, range), formats: formatsOf(ws, range) };
    });
  }

  async readNotes(sheet: string, cells: string[]): Promise<(string | null)[]> {
    const ws = this.sheet(sheet);
    return cells.map((address) => noteText(findCell(ws, address)?.note));
  }

  /**
   * Plans the list as the Office.js adapter does (plan.ts), so a file is refused what Excel would
   * refuse (overlapping tables, names that read as cells, text over 32,767 characters, rows that
   * moved since they were read), then carries out the steps on the ExcelJS model.
   */
  async apply(edits: Edit[]): Promise<void> {
    checkCapabilities(CAPABILITIES, edits);
    const plan = planEdits(this.snapshot(edits), edits);
    for (const step of plan.values) this.value(step);
    for (const step of plan.formats) await this.format(step);
  }

  /** What the planner must know of the workbook for this edit list. */
  private snapshot(edits: Edit[]): WorkbookSnapshot {
    const info = this.infoNow();
    const tables: TableShape[] = info.tables.map((t) => {
      const range = parseRange(t.address);
      const onlyRowBlank = t.rowCount === 1 && readRow(this.sheet(t.sheet), range.top + 1, range.left, range.right).every((v) => v === null || v === '');
      return { name: t.name, sheet: t.sheet, range, columns: t.columns, rowCount: t.rowCount, onlyRowBlank };
    });
    const notes = new Set<string>();
    for (const edit of edits) {
      if (edit.kind !== 'setNote') continue;
      const ws = this.wb.worksheets.find((w) => w.name.toLowerCase() === edit.sheet.toLowerCase());
      if (ws && findCell(ws, edit.cell)?.note !== undefined) notes.add(noteKey(ws.name, edit.cell));
    }
    // A file cannot hold the charts this adapter does not make.
    return { sheets: info.sheets, tables, names: info.names, notes, charts: new Set(), expected: this.cellsOfTables(tables) };
  }

  /** Reads a data cell of a table for the plan, straight from the sheet; a table's columns are looked up once per caption. */
  private cellsOfTables(tables: TableShape[]): WorkbookSnapshot['expected'] {
    const found = new Map<string, { table: TableShape; ws: ExcelJS.Worksheet; offsets: Map<string, number> }>();
    return (name, row, column) => {
      let at = found.get(name);
      if (!at) {
        const table = tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
        if (!table) return undefined;
        found.set(name, (at = { table, ws: this.sheet(table.sheet), offsets: new Map() }));
      }
      let offset = at.offsets.get(column);
      if (offset === undefined) at.offsets.set(column, (offset = at.table.columns.findIndex((c) => c.toLowerCase() === column.toLowerCase())));
      if (offset < 0 || row < 0 || row >= at.table.rowCount) return undefined;
      return plainValue(at.ws.findRow(at.table.range.top + 1 + row)?.findCell(at.table.range.left + offset)?.value);
    };
  }

  /** The sheet becomes the tab the file opens on (the only selected one), the cell its active cell. */
  async select(sheet: string, cell: string): Promise<void> {
    const ws = this.sheet(sheet);
    const at = parseCell(cell);
    if (ws.state !== 'visible') throw new Error(`Blad ${ws.name} is verborgen en kan niet getoond worden.`);
    // A second selected tab would open the file with both sheets grouped, so edits go to both.
    for (const other of this.wb.worksheets) if (other !== ws && other.views[0]) (other.views[0] as SheetView).tabSelected = false;
    ws.views = [{ ...(ws.views[0] ?? { state: 'normal' }), activeCell: cellAddress(at.row, at.column), tabSelected: true } as SheetView];
    this.wb.views = [{ ...this.wb.views[0], activeTab: this.wb.worksheets.indexOf(ws) }];
  }

  /** ExcelJS orders sheets by orderNo (the order they are saved in): renumber them with `ws` at `position`. */
  private moveSheet(ws: ExcelJS.Worksheet, position: number): void {
    const sheets = this.wb.worksheets.filter((s) => s !== ws);
    sheets.splice(Math.max(0, Math.min(position, sheets.length)), 0, ws);
    // orderNo is ExcelJS's own member, left out of its typings.
    sheets.forEach((s, i) => ((s as unknown as { orderNo: number }).orderNo = i + 1));
  }

  private value(step: ValueStep): void {
    switch (step.kind) {
      case 'unprotectSheet':
        return; // no one types in a file: its protected sheets take the writes, and protectSheet comes last
      case 'addSheet': {
        const ws = this.wb.addWorksheet(step.sheet);
        if (step.position !== undefined) this.moveSheet(ws, step.position);
        return;
      }
      case 'writeBlock': {
        const ws = this.sheet(step.sheet);
        step.values.forEach((row, i) => row.forEach((value, j) => writeCell(ws, step.top + i, step.left + j, value)));
        return;
      }
      case 'createTable':
        return this.createTable(step.sheet, step.table, step.address, step.style);
      case 'addColumns':
        return this.addColumns(step.table, step.columns);
      case 'writeTableCells': {
        const { ws, model } = this.table(step.table);
        const r = parseRange(model.tableRef);
        for (const block of step.blocks) block.values.forEach((row, i) => row.forEach((value, j) => writeCell(ws, r.top + 1 + block.row + i, r.left + block.column + j, value)));
        return;
      }
      case 'addRows': {
        const { ws, model } = this.table(step.table);
        const r = parseRange(model.tableRef);
        this.writeRows(step.table, step.firstIndex, step.rows);
        this.resize(ws, model, { ...r, bottom: r.top + step.firstIndex + step.rows.length });
        return;
      }
      case 'writeTableRows':
        return this.writeRows(step.table, step.firstIndex, step.rows);
      case 'deleteRows': {
        // Unlike Excel, cells below the table do not move up (appendRows does not push them down either).
        const { ws, model } = this.table(step.table);
        const r = parseRange(model.tableRef);
        const first = r.top + 1 + step.firstIndex;
        for (let row = first; row < first + step.count; row++) for (let col = r.left; col <= r.right; col++) writeCell(ws, row, col, null);
        this.resize(ws, model, { ...r, bottom: first - 1 });
        return;
      }
      case 'clearFilters': {
        // ExcelJS drops a filter's criteria on load but keeps the rows it hid hidden: the table's
        // rows are rewritten whole, so every one of them is shown again.
        const { ws, model } = this.table(step.table);
        const r = parseRange(model.tableRef);
        for (let row = r.top + 1; row <= r.bottom; row++) {
          const found = ws.findRow(row);
          if (found?.hidden) found.hidden = false;
        }
        return;
      }
      case 'removeLinks': {
        const { ws, model } = this.table(step.table);
        const r = parseRange(model.tableRef);
        for (let row = r.top + 1; row <= r.bottom; row++) {
          for (let col = r.left; col <= r.right; col++) {
            const cell = ws.findRow(row)?.findCell(col);
            if (cell?.type === ExcelJS.ValueType.Hyperlink) writeCell(ws, row, col, plainValue(cell.value));
          }
        }
        return;
      }
      case 'clearRange': {
        const ws = this.sheet(step.sheet);
        const r = parseRange(step.address);
        for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) writeCell(ws, row, col, null);
        return;
      }
      case 'setName':
        this.names.set(step.name, step.formula);
        return;
    }
  }

  private async format(step: FormatStep): Promise<void> {
    switch (step.kind) {
      case 'sheetLook': {
        const ws = this.sheet(step.sheet);
        if (step.visibility) ws.state = step.visibility;
        if (step.tabColor) ws.properties.tabColor = { argb: argb(step.tabColor) };
        return;
      }
      case 'setValidation':
        return this.setValidation(step.table, step.column, step.validation);
      case 'setConditionalFormats':
        return this.setFormats(step.table, step.column, step.formats);
      case 'setNote': {
        const at = parseCell(step.cell);
        const cell = cellAt(this.sheet(step.sheet), at.row, at.column);
        if (step.text !== null) cell.note = step.text;
        // ExcelJS has no way to remove a note: setting one always creates it.
        else delete (cell as unknown as { _comment?: unknown })._comment;
        return;
      }
      case 'setSheetLayout': {
        const ws = this.sheet(step.sheet);
        for (const [letter, width] of Object.entries(step.widths)) ws.getColumn(columnIndex(letter)).width = width;
        for (const letter of step.hidden) ws.getColumn(columnIndex(letter)).hidden = true;
        // The column's style wraps the cells it has, and ExcelJS gives it to cells made later.
        for (const letter of step.wrap) {
          const column = ws.getColumn(columnIndex(letter));
          column.style = { ...column.style, alignment: WRAP };
          ws.eachRow((row) => {
            const cell = row.findCell(column.number);
            if (cell) restyle(cell, { alignment: WRAP });
          });
        }
        if (step.freezeRows) {
          // Keeps the selection select() made.
          const { activeCell, tabSelected } = (ws.views[0] ?? {}) as SheetView;
          ws.views = [{ state: 'frozen', xSplit: 0, ySplit: step.freezeRows, activeCell, tabSelected } as SheetView];
        }
        return;
      }
      case 'setPrintLayout': {
        const ws = this.sheet(step.sheet);
        // Fit to one page wide and as many pages tall as it takes (0: no limit).
        ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: step.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: step.titleRows?.replace(/\$/g, '') };
        // & starts a code in a header (&P is the page number): a literal one is doubled.
        if (step.header !== undefined) ws.headerFooter = { ...ws.headerFooter, oddHeader: `&C${step.header.replace(/&/g, '&&')}` };
        // ExcelJS puts a break after a row; the port asks for one before it.
        const breaks = (ws as unknown as { rowBreaks: unknown[] }).rowBreaks;
        breaks.length = 0;
        for (const row of step.breaksBefore) ws.getRow(row - 1).addPageBreak();
        return;
      }
      case 'setLineChart':
        throw new Error('Grafieken worden hier niet gemaakt.'); // refused by checkCapabilities before planning
      case 'protectSheet':
        return this.protectSheet(step.sheet, step.unlocked);
    }
  }

  /** No password; selecting cells (allowed unless switched off) and resizing columns and rows stay allowed. */
  private async protectSheet(sheet: string, unlocked: string[]): Promise<void> {
    const ws = this.sheet(sheet);
    for (const address of unlocked) {
      const r = parseRange(address);
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const cell = cellAt(ws, row, col);
          restyle(cell, { protection: { ...cell.style.protection, locked: false } });
        }
      }
    }
    await ws.protect('', { formatColumns: true, formatRows: true });
  }

  /** The header and rows are in the cells already (a writeBlock step before this one). */
  private createTable(sheet: string, table: string, address: string, style: string | undefined): void {
    const ws = this.sheet(sheet);
    const r = parseRange(address);
    const created = ws.addTable({
      name: table,
      ref: cellAddress(r.top, r.left),
      headerRow: true,
      totalsRow: false,
      style: { theme: (style ?? 'TableStyleMedium2') as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      columns: readRow(ws, r.top, r.left, r.right).map((caption) => ({ name: String(caption), filterButton: true })),
      // ExcelJS writes the rows it is given into the cells: none, and the table is given its extent below.
      rows: [],
    });
    const model = (created as unknown as { model: TableModel }).model;
    model.tableRef = address;
    model.autoFilterRef = address;
  }

  private addColumns(table: string, columns: string[]): void {
    const { ws, model } = this.table(table);
    const r = parseRange(model.tableRef);
    columns.forEach((name, i) => {
      cellAt(ws, r.top, r.right + 1 + i).value = name;
      model.columns.push({ name, filterButton: true });
    });
    this.resize(ws, model, { ...r, right: r.right + columns.length });
  }

  /** Whole data rows from data row `first` (0-based). */
  private writeRows(table: string, first: number, rows: CellInput[][]): void {
    const { ws, model } = this.table(table);
    const r = parseRange(model.tableRef);
    rows.forEach((row, i) => row.forEach((value, j) => writeCell(ws, r.top + 1 + first + i, r.left + j, value)));
  }

  /**
   * Moves the table's edges. Validations and formats of its columns follow the data rows as they
   * grow or shrink, as they do in Excel; the rows the table leaves lose what lay on them alone.
   */
  private resize(ws: ExcelJS.Worksheet, model: TableModel, to: RangeRef): void {
    const from = parseRange(model.tableRef);
    model.tableRef = rangeAddress(to);
    model.autoFilterRef = rangeAddress(to);
    if (to.bottom === from.bottom) return;
    const validations = validationMap(ws);
    for (let col = from.left; col <= Math.min(from.right, to.right); col++) {
      const column = { top: from.top + 1, bottom: from.bottom, left: col, right: col };
      const resized = { ...column, bottom: to.bottom };
      const validation = validationOf(ws, column);
      if (validation) {
        // Over the old and the new rows, so no single-cell entry is left beside the new range.
        clearValidations(validations, { ...column, bottom: Math.max(from.bottom, to.bottom) });
        validations[rangeAddress(resized)] = toExcelValidation(validation);
      }
      for (const cf of conditionalFormattings(ws)) if (cf.ref === rangeAddress(column)) cf.ref = rangeAddress(resized);
    }
    if (to.bottom < from.bottom) dropRules(ws, { top: to.bottom + 1, bottom: from.bottom, left: from.left, right: from.right });
  }

  private setValidation(table: string, column: string, validation: Validation): void {
    const { ws } = this.table(table);
    const range = this.columnRange(table, column);
    const validations = validationMap(ws);
    clearValidations(validations, range);
    if (validation.rule.type !== 'none') validations[rangeAddress(range)] = toExcelValidation(validation);
  }

  private setFormats(table: string, column: string, formats: ConditionalFormat[]): void {
    const { ws } = this.table(table);
    const range = this.columnRange(table, column);
    const kept = conditionalFormattings(ws).filter((cf) => !within(parseRange(cf.ref), range));
    (ws as unknown as { conditionalFormattings: ConditionalFormatting[] }).conditionalFormattings = kept;
    if (!formats.length) return;
    ws.addConditionalFormatting({
      ref: rangeAddress(range),
      rules: formats.map((f, i) => ({
        type: 'expression',
        priority: i + 1,
        formulae: [f.formula],
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(f.fill) } },
          ...(f.fontColor ? { font: { color: { argb: argb(f.fontColor) } } } : {}),
        },
      })),
    });
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!ws) throw new Error(`Blad ${name} bestaat niet in deze werkmap.`);
    return ws;
  }

  private table(name: string): { ws: ExcelJS.Worksheet; model: TableModel } {
    for (const ws of this.wb.worksheets) {
      const model = tablesOf(ws).find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (model) return { ws, model };
    }
    throw new Error(`Tabel ${name} bestaat niet in deze werkmap.`);
  }

  private columnOffset(model: TableModel, caption: string): number {
    const i = model.columns.findIndex((c) => c.name.toLowerCase() === caption.toLowerCase());
    if (i < 0) throw new Error(`Kolom ${caption} bestaat niet in tabel ${model.name}.`);
    return i;
  }

  /** The data rows of one table column. */
  private columnRange(table: string, caption: string): RangeRef {
    const { model } = this.table(table);
    const r = parseRange(model.tableRef);
    const col = r.left + this.columnOffset(model, caption);
    return { top: r.top + 1, bottom: r.bottom, left: col, right: col };
  }
}

function tablesOf(ws: ExcelJS.Worksheet): TableModel[] {
  return Object.values((ws as unknown as { tables: Record<string, { model: TableModel }> }).tables).map((t) => t.model);
}

function validationMap(ws: ExcelJS.Worksheet): ValidationMap {
  return (ws as unknown as { dataValidations: { model: ValidationMap } }).dataValidations.model;
}

function protectionOf(ws: ExcelJS.Worksheet): { sheet?: boolean } | null | undefined {
  return (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
}

/**
 * Ranges stay whole on load (validationRanges.ts), but cells a file lists one by one (`sqref="B2
 * B3 B4"`) are one entry per cell, and ExcelJS joins equal neighbours on save starting from
 * addresses in text order: `B2`…`B40` would come back as `B10:B40` and `B2:B40`, overlapping, and a
 * relative formula (a custom rule) would be read from the wrong cell in the first. So each
 * rectangle of cells sharing one entry becomes a range entry.
 */
function regroupValidations(validations: ValidationMap): void {
  const cellsOf = new Map<ExcelValidation, string[]>();
  for (const [address, validation] of Object.entries(validations)) {
    if (!validation || address.includes(':')) continue;
    const cells = cellsOf.get(validation);
    if (cells) cells.push(address);
    else cellsOf.set(validation, [address]);
  }
  for (const [validation, cells] of cellsOf) {
    if (cells.length < 2) continue;
    // A loop, not Math.min(...cells): a validation of a whole column has a million cells.
    const r = { top: Infinity, bottom: 0, left: Infinity, right: 0 };
    for (const cell of cells) {
      const at = parseCell(cell);
      r.top = Math.min(r.top, at.row);
      r.bottom = Math.max(r.bottom, at.row);
      r.left = Math.min(r.left, at.column);
      r.right = Math.max(r.right, at.column);
    }
    if ((r.bottom - r.top + 1) * (r.right - r.left + 1) !== cells.length) continue; // several ranges: left as ExcelJS has them
    for (const cell of cells) delete validations[cell];
    validations[rangeAddress(r)] = validation;
  }
}

function conditionalFormattings(ws: ExcelJS.Worksheet): ConditionalFormatting[] {
  return (ws as unknown as { conditionalFormattings: ConditionalFormatting[] }).conditionalFormattings;
}

/**
 * Reads without creating: getRow/getCell would add a row object for every empty row, and a table
 * that reaches the sheet's last row (1,048,576) would then fill the memory.
 */
function readRow(ws: ExcelJS.Worksheet, row: number, left: number, right: number): CellValue[] {
  const r = ws.findRow(row);
  const values: CellValue[] = [];
  for (let col = left; col <= right; col++) values.push(r ? plainValue(r.findCell(col)?.value) : null);
  return values;
}

/** ExcelJS cell values as the port reports them: formulas give their result, dates their serial number. */
function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if ('richText' in value) return value.richText.map((p) => p.text).join('');
  if ('error' in value) return value.error;
  if ('result' in value) return plainValue(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('text' in value) return typeof value.text === 'string' ? value.text : plainValue(value.text as ExcelJS.CellValue);
  return null;
}

/**
 * Strings are always written as text cells: ExcelJS never turns a string into a formula. A link
 * is written as ExcelJS's hyperlink value (its text is a text cell too) in the link look, which a
 * plain value written over it takes away again. An empty cell that stays empty is not made: an
 * import or a flag writes millions of cells, many of them empty.
 */
function writeCell(ws: ExcelJS.Worksheet, row: number, column: number, value: CellInput): void {
  if (value === null && ws.findRow(row)?.findCell(column) === undefined) return;
  const cell = cellAt(ws, row, column);
  const wasLink = cell.type === ExcelJS.ValueType.Hyperlink;
  if (isLink(value)) {
    cell.value = { text: value.text, hyperlink: relativeLink(value.link) };
    restyle(cell, { font: LINK_FONT });
    return;
  }
  cell.value = value;
  if (wasLink) restyle(cell, { font: undefined });
  if (value instanceof Date) restyle(cell, { numFmt: DATE_FORMAT });
}

/**
 * Styles the adapter gives cells are shared and frozen, one object per distinct style. ExcelJS gives
 * every new cell an empty style object of its own, and on save looks each object up in a WeakMap;
 * at a few million cells (an import of a whole monitor download) that lookup took most of the save.
 * Frozen, so a change goes to a copy (loaded cells share their style objects too).
 */
const sharedStyles = new Map<string, Partial<ExcelJS.Style>>();
const NO_STYLE: Partial<ExcelJS.Style> = Object.freeze({});

function shared(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  const key = JSON.stringify(style);
  let found = sharedStyles.get(key);
  if (!found) sharedStyles.set(key, (found = Object.freeze(style)));
  return found;
}

/**
 * The cell at a row and column, made if need be, with the empty style of a new cell replaced by the
 * shared one. Through the row, because ws.getCell builds and parses an address for every cell.
 */
function cellAt(ws: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell {
  const cell = ws.getRow(row).getCell(column);
  if (cell.style !== NO_STYLE && isEmpty(cell.style)) cell.style = NO_STYLE;
  return cell;
}

/** The cell at an address, without creating it. */
function findCell(ws: ExcelJS.Worksheet, address: string): ExcelJS.Cell | undefined {
  const at = parseCell(address);
  return ws.findRow(at.row)?.findCell(at.column);
}

function isEmpty(style: object): boolean {
  for (const _ in style) return false;
  return true;
}

const WRAP: Partial<ExcelJS.Alignment> = Object.freeze({ wrapText: true, vertical: 'top' });

function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = shared({ ...cell.style, ...change });
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string | null {
  if (!note) return null;
  if (typeof note === 'string') return note;
  return note.texts?.map((t) => t.text).join('') ?? null;
}

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const hex = (value: string | undefined) => (value ? `#${value.slice(-6).toUpperCase()}` : undefined);

function within(inner: RangeRef, outer: RangeRef): boolean {
  return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
}

/** Drops the validations and conditional formats that lie wholly inside `area` (rows a table left). */
function dropRules(ws: ExcelJS.Worksheet, area: RangeRef): void {
  clearValidations(validationMap(ws), area);
  // A format can apply to several ranges (`A2:A9 C2:C9`); it goes only when all of them lie inside.
  const kept = conditionalFormattings(ws).filter((cf) => !cf.ref.split(/\s+/).every((part) => within(parseRange(part), area)));
  (ws as unknown as { conditionalFormattings: ConditionalFormatting[] }).conditionalFormattings = kept;
}

/** Removes every validation entry inside the range: single cells (as ExcelJS reads them) and ranges (as we write them). */
function clearValidations(validations: ValidationMap, range: RangeRef): void {
  for (const key of Object.keys(validations)) if (within(parseRange(key), range)) delete validations[key];
}

/** The validation of a column, if every data cell has the same one. */
function validationOf(ws: ExcelJS.Worksheet, range: RangeRef): Validation | null {
  const validations = validationMap(ws);
  const whole = validations[rangeAddress(range)];
  if (whole) return fromExcelValidation(whole);
  const first = validations[cellAddress(range.top, range.left)];
  if (!first) return null;
  for (let row = range.top + 1; row <= range.bottom; row++) {
    const other = validations[cellAddress(row, range.left)];
    if (!other || JSON.stringify(other) !== JSON.stringify(first)) return null;
  }
  return fromExcelValidation(first);
}

function formatsOf(ws: ExcelJS.Worksheet, range: RangeRef): ConditionalFormat[] {
  return conditionalFormattings(ws)
    .filter((cf) => cf.ref === rangeAddress(range))
    .flatMap((cf) => cf.rules)
    .filter((rule) => rule.type === 'expression')
    .map((rule) => {
      const fontColor = hex(rule.style?.font?.color?.argb);
      return { formula: rule.formulae?.[0] ?? '', fill: hex(rule.style?.fill?.bgColor?.argb) ?? '', ...(fontColor ? { fontColor } : {}) };
    });
}

function toExcelValidation(v: Validation): ExcelValidation {
  const base = { allowBlank: true };
  if (v.prompt) Object.assign(base, { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.message });
  if (v.error) Object.assign(base, { showErrorMessage: true, errorStyle: v.error.style, errorTitle: v.error.title, error: v.error.message });
  const rule = v.rule;
  switch (rule.type) {
    case 'any':
      return { ...base, type: 'any' };
    case 'list':
      return { ...base, type: 'list', formulae: [rule.source] };
    case 'decimal':
      return { ...base, type: 'decimal', operator: 'between', formulae: [-DECIMAL_BOUND, DECIMAL_BOUND] };
    case 'whole':
      return { ...base, type: 'whole', operator: 'between', formulae: [rule.min, rule.max] };
    case 'date':
      return { ...base, type: 'date', operator: 'between', formulae: [FIRST_DATE, LAST_DATE] };
    case 'custom':
      return { ...base, type: 'custom', formulae: [rule.formula.replace(/^=/, '')] };
    case 'none':
      throw new Error('Een lege validatie wordt niet weggeschreven.');
  }
}

function fromExcelValidation(x: ExcelValidation): Validation | null {
  const f = x.formulae ?? [];
  let rule: Validation['rule'];
  switch (x.type) {
    // LibreOffice writes "any value" (input help only) as type none.
    case 'any':
    case 'none':
      rule = { type: 'any' };
      break;
    case 'list':
      rule = { type: 'list', source: String(f[0] ?? '').replace(/^=/, '') };
      break;
    case 'decimal':
      rule = { type: 'decimal' };
      break;
    case 'whole':
      rule = { type: 'whole', min: Number(f[0]), max: Number(f[1]) };
      break;
    case 'date':
      rule = { type: 'date' };
      break;
    case 'custom':
      rule = { type: 'custom', formula: String(f[0] ?? '').replace(/^=/, '') };
      break;
    default:
      return null;
  }
  const v: Validation = { rule };
  if (x.showInputMessage) v.prompt = { title: x.promptTitle ?? '', message: x.prompt ?? '' };
  if (x.showErrorMessage) v.error = { title: x.errorTitle ?? '', message: x.error ?? '', style: (x.errorStyle ?? 'stop') as 'stop' | 'warning' | 'information' };
  return v;
}
