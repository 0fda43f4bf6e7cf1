// A recording fake of the Excel JavaScript API, for testing the Office.js adapter without Office.
// An in-memory workbook sits behind proxy objects that keep Office's rules: a property must be
// load()ed and the context sync()ed before it is read (PropertyNotLoaded otherwise); writes and
// method calls are queued and applied in order at sync(), and a failing command stops the batch
// with the earlier ones applied; *OrNullObject lookups give null objects; strings written as values
// are parsed like typed input (`=1+1` a formula, `02000` a number, `2023-06` a date) unless they
// start with an apostrophe. Links (Range.hyperlink) are kept per cell beside the value: a value
// written over a link leaves the link, clearing contents removes it. Tables grow with rows.add and
// shrink when whole rows of their data body are deleted with shift up. A protected sheet refuses
// changes to its locked cells and, unless its protection options allow them, to formats, rules and
// tables. Charts keep what they were made from (type, source, categories, title, place) but are
// not drawn: which rows and columns Excel takes for names and categories is its own guess. Every
// sync is recorded with its request and response size, and requests or responses over Excel on
// the web's 5 MB are refused. The request size is counted as Office's client library would send
// it (requestSize.ts: every proxy an ObjectPath, every command an action with its arguments in
// UTF-8); realLibrary.test.ts holds the count against the library's own requests.
//
// Only the part of the object model the adapter uses is modelled; anything else throws
// "not modelled" rather than pretending.
//
// The fake has an ExcelApi level (default the latest), answered by `requirements` as
// Office.context.requirements answers; members above it (Worksheet.notes, 1.18) throw ApiNotFound.
import { cellAddress, columnIndex, columnLetter, dateToSerial, parseRange, quoteSheet, type RangeRef } from '../../../src/workbook/address';
import type { ExcelRun } from '../../../src/workbook/excel/adapter';
import { ACTION_BYTES, jsonBytes, PROPERTY_BYTES, PROXY_BYTES } from '../../../src/workbook/excel/requestSize';

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const notFound = (what: string) => new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${what}.`);
const invalid = (why: string) => new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${why}.`);
const shiftInTable = () => new FakeOfficeError('InvalidOperation', 'This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.');
const notModelled = (what: string) => new Error(`fakeExcel: ${what} is not modelled by this fake`);
// The error code Excel gives here is not documented; AccessDenied is the closest documented one.
const onProtectedSheet = () => new FakeOfficeError('AccessDenied', "The cell or chart you're trying to change is on a protected sheet.");

// ---------------------------------------------------------------------------------------------
// The workbook model

type Scalar = string | number | boolean;

interface CellContent {
  value: Scalar;
  formula?: string;
  /** Stored as text because the input started with an apostrophe. */
  quotePrefix?: boolean;
}

interface ValidationModel {
  rule: Record<string, unknown>;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

/** Excel.RangeHyperlink as set. */
interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

interface ConditionalFormatModel {
  id: number;
  ref: RangeRef;
  type: 'Custom';
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

/** A chart as made by ChartCollection.add and changed through its properties. */
interface ChartModel {
  id: number;
  sheet: SheetModel;
  name: string;
  type: string;
  /** The range given to add(): names, values and perhaps categories, as Excel guesses them. */
  source: RangeTarget;
  seriesBy: string;
  /** Set by the category axis' setCategoryNames; null leaves the categories to Excel's guess. */
  categories: RangeTarget | null;
  title: string;
  displayBlanksAs: string;
  /** The cells setPosition made the chart cover; null while it sits where Excel put it. */
  position: { from: RangeRef; to: RangeRef } | null;
}

/** Excel.WorksheetProtectionOptions as given to protect(). */
type ProtectionOptions = Record<string, boolean | string>;

/** What protect() accepts (ExcelApi 1.2 and 1.7) and what Excel reports for an option not given. */
const PROTECTION_DEFAULTS: ProtectionOptions = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: 'Normal',
};

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const KEY_STRIDE = 20_000;
const keyOf = (row: number, column: number) => row * KEY_STRIDE + column;
const rowOfKey = (key: number) => Math.floor(key / KEY_STRIDE);
const columnOfKey = (key: number) => key % KEY_STRIDE;

class SheetModel {
  readonly contents = new Map<number, CellContent>();
  readonly numberFormats = new Map<number, string>();
  readonly validations = new Map<number, ValidationModel>();
  readonly notes = new Map<number, string>();
  readonly hyperlinks = new Map<number, HyperlinkModel>();
  /** Cells unlocked (false); every other cell is locked, Excel's default. */
  readonly locks = new Map<number, boolean>();
  conditionalFormats: ConditionalFormatModel[] = [];
  /** Drawing objects keep their place when cells move: moving charts with cells is not modelled. */
  readonly charts: ChartModel[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  /** Whole columns whose text wraps (format.wrapText on a column range). */
  readonly wrappedColumns = new Set<number>();
  frozenRows = 0;
  /** Page layout (ExcelApi 1.9): what the print settings the fake models are. */
  readonly print: PrintModel = { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 }, titleRows: null, centerHeader: '', breaks: [] };
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  /** Null while the sheet is not protected. */
  protection: { options: ProtectionOptions; password: string } | null = null;
  selection: RangeRef = { top: 1, left: 1, bottom: 1, right: 1 };

  constructor(
    readonly id: number,
    public name: string,
  ) {}

  /** Moves everything bound to cells inside `area` by (rows, columns), as inserting cells does. */
  shift(area: RangeRef, rows: number, columns: number): void {
    this.moveCells(area, rows, columns);
    for (const format of this.conditionalFormats) {
      if (contains(area, format.ref)) format.ref = offset(format.ref, rows, columns);
    }
  }

  /**
   * Deletes the cells of `area` and moves the cells below it (its columns only) up. Conditional
   * formats lose the deleted rows and move up with the cells; one that reaches past the columns
   * would be split by Excel, which is not modelled.
   */
  deleteUp(area: RangeRef): void {
    const height = area.bottom - area.top + 1;
    for (const map of this.cellMaps()) for (const key of [...map.keys()]) if (inside(area, rowOfKey(key), columnOfKey(key))) map.delete(key);
    this.moveCells({ top: area.bottom + 1, left: area.left, bottom: MAX_ROWS, right: area.right }, -height, 0);
    this.conditionalFormats = this.conditionalFormats.flatMap((format) => {
      const ref = format.ref;
      if (!intersects(ref, { ...area, bottom: MAX_ROWS })) return [format];
      if (ref.left < area.left || ref.right > area.right) throw notModelled('a conditional format split by deleting cells');
      const top = ref.top > area.bottom ? ref.top - height : Math.min(ref.top, area.top);
      const bottom = ref.bottom > area.bottom ? ref.bottom - height : Math.min(ref.bottom, area.top - 1);
      return bottom < top ? [] : [{ ...format, ref: { ...ref, top, bottom } }];
    });
  }

  private cellMaps(): Map<number, unknown>[] {
    return [this.contents, this.numberFormats, this.validations, this.notes, this.hyperlinks, this.locks];
  }

  private moveCells(area: RangeRef, rows: number, columns: number): void {
    for (const map of this.cellMaps()) {
      const moved = [...map].filter(([key]) => inside(area, rowOfKey(key), columnOfKey(key)));
      for (const [key] of moved) map.delete(key);
      for (const [key, value] of moved) map.set(keyOf(rowOfKey(key) + rows, columnOfKey(key) + columns), value);
    }
  }
}

export interface PrintModel {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** e.g. `$8:$8` */
  titleRows: string | null;
  centerHeader: string;
  /** Rows a manual page break stands above, in the order added. */
  breaks: number[];
}

class TableModel {
  constructor(
    readonly id: number,
    public name: string,
    readonly sheet: SheetModel,
    public ref: RangeRef,
    public style: string,
  ) {}

  /** A user's filter hides some data rows (FakeExcel.filterTable); Table.clearFilters lifts it. */
  filtered = false;

  get header(): RangeRef {
    return { ...this.ref, bottom: this.ref.top };
  }

  get body(): RangeRef {
    return { ...this.ref, top: this.ref.top + 1 };
  }
}

interface NameModel {
  name: string;
  formula: string;
}

class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: NameModel[] = [];
  /** The sheet shown in Excel. */
  active: SheetModel;
  private lastId = 0;

  constructor(firstSheet: string) {
    this.active = new SheetModel(this.nextId(), firstSheet);
    this.sheets.push(this.active);
  }

  nextId(): number {
    return ++this.lastId;
  }

  sheet(name: string): SheetModel | null {
    return this.sheets.find((s) => same(s.name, name)) ?? null;
  }

  table(name: string): TableModel | null {
    return this.tables.find((t) => same(t.name, name)) ?? null;
  }

  name(name: string): NameModel | null {
    return this.names.find((n) => same(n.name, name)) ?? null;
  }

  addSheet(name: string): SheetModel {
    if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) throw invalid(`sheet name ${name}`);
    if (this.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
    const sheet = new SheetModel(this.nextId(), name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Worksheet.position: Excel refuses a place outside the sheets. */
  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) throw invalid(`sheet position ${position}`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, visibility: string): void {
    if (visibility !== 'Visible' && visibility !== 'Hidden' && visibility !== 'VeryHidden') throw invalid(`visibility ${visibility}`);
    if (visibility !== 'Visible' && !this.sheets.some((s) => s !== sheet && s.visibility === 'Visible')) {
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    sheet.visibility = visibility;
    // Excel shows another sheet when the one shown is hidden.
    if (sheet === this.active && visibility !== 'Visible') this.active = this.sheets.find((s) => s.visibility === 'Visible') as SheetModel;
  }

  addTable(sheet: SheetModel, ref: RangeRef, hasHeaders: boolean): TableModel {
    assertUnprotected(sheet);
    if (!hasHeaders) throw notModelled('a table without a header row');
    // A table needs a data row: Excel adds a blank one below a header-only range.
    const range = ref.bottom > ref.top ? { ...ref } : { ...ref, bottom: ref.top + 1 };
    for (const other of this.tables) {
      if (other.sheet === sheet && intersects(other.ref, range)) throw new FakeOfficeError('InvalidArgument', "A table can't overlap another table.");
    }
    let n = 1;
    while (this.table(`Table${n}`) || this.name(`Table${n}`)) n++;
    const table = new TableModel(this.nextId(), `Table${n}`, sheet, range, 'TableStyleMedium2');
    this.normaliseHeader(table);
    this.tables.push(table);
    return table;
  }

  /** Excel turns header cells into unique texts: blanks become ColumnN, duplicates get a number. */
  private normaliseHeader(table: TableModel): void {
    const seen = new Set<string>();
    for (let column = table.ref.left; column <= table.ref.right; column++) {
      const key = keyOf(table.ref.top, column);
      const content = table.sheet.contents.get(key);
      let caption = content === undefined ? `Column${column - table.ref.left + 1}` : String(content.value);
      const base = caption;
      for (let i = 2; seen.has(caption.toLowerCase()); i++) caption = `${base}${i}`;
      seen.add(caption.toLowerCase());
      table.sheet.contents.set(key, { value: caption });
    }
  }

  renameTable(table: TableModel, name: string): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw invalid(`table name ${name}`);
    const clash = this.tables.some((t) => t !== table && same(t.name, name)) || this.name(name) !== null;
    if (clash) throw new FakeOfficeError('InvalidArgument', `The name ${name} is already in use.`);
    table.name = name;
  }

  columnsOf(table: TableModel): string[] {
    const captions: string[] = [];
    for (let column = table.ref.left; column <= table.ref.right; column++) {
      const content = table.sheet.contents.get(keyOf(table.ref.top, column));
      captions.push(content === undefined ? '' : String(content.value));
    }
    return captions;
  }

  /** table.rows.add at the end: cells below the table (its columns only) move down. */
  addRows(table: TableModel, index: unknown, values: unknown): void {
    assertUnprotected(table.sheet);
    if (index !== undefined && index !== null && index !== -1) throw notModelled('rows.add at an index');
    const width = table.ref.right - table.ref.left + 1;
    if (!isMatrix(values) || values.length === 0 || values.some((row) => row.length !== width)) {
      throw invalid("the number of columns in the input array doesn't match the table");
    }
    const count = values.length;
    const below = { top: table.ref.bottom + 1, left: table.ref.left, bottom: MAX_ROWS, right: table.ref.right };
    this.moveTablesIn(table.sheet, below, count, 0);
    table.sheet.shift(below, count, 0);
    const lastRow = table.ref.bottom;
    table.ref = { ...table.ref, bottom: table.ref.bottom + count };
    // New table rows take the formats and validation of the row above, and conditional formats
    // that reached the last row grow with the table.
    for (let column = table.ref.left; column <= table.ref.right; column++) {
      const format = table.sheet.numberFormats.get(keyOf(lastRow, column));
      const validation = table.sheet.validations.get(keyOf(lastRow, column));
      for (let row = lastRow + 1; row <= table.ref.bottom; row++) {
        if (format !== undefined && lastRow > table.ref.top) table.sheet.numberFormats.set(keyOf(row, column), format);
        if (validation !== undefined && lastRow > table.ref.top) table.sheet.validations.set(keyOf(row, column), validation);
      }
    }
    for (const format of table.sheet.conditionalFormats) {
      if (format.ref.bottom === lastRow && format.ref.left >= table.ref.left && format.ref.right <= table.ref.right && format.ref.top > table.ref.top) {
        format.ref = { ...format.ref, bottom: table.ref.bottom };
      }
    }
    writeValues(table.sheet, { ...table.ref, top: lastRow + 1 }, values, this);
  }

  /** table.columns.add at the end: cells right of the table (its rows only) move right. */
  addColumn(table: TableModel, index: unknown, values: unknown, name: unknown): void {
    assertUnprotected(table.sheet);
    if (index !== undefined && index !== null && index !== -1) throw notModelled('columns.add at an index');
    const height = table.ref.bottom - table.ref.top + 1;
    if (values !== undefined && values !== null && (!isMatrix(values) || values.length !== height || values.some((row) => row.length !== 1))) {
      throw invalid("the number of rows in the input array doesn't match the table");
    }
    const right = { top: table.ref.top, left: table.ref.right + 1, bottom: table.ref.bottom, right: MAX_COLUMNS };
    this.moveTablesIn(table.sheet, right, 0, 1);
    table.sheet.shift(right, 0, 1);
    table.ref = { ...table.ref, right: table.ref.right + 1 };
    const column = table.ref.right;
    const matrix = isMatrix(values) ? values : null;
    let caption = typeof name === 'string' && name !== '' ? name : matrix ? String(matrix[0][0]) : `Column${column - table.ref.left + 1}`;
    const taken = new Set(this.columnsOf(table).slice(0, -1).map((c) => c.toLowerCase()));
    const base = caption;
    for (let i = 2; taken.has(caption.toLowerCase()); i++) caption = `${base}${i}`;
    table.sheet.contents.set(keyOf(table.ref.top, column), { value: caption });
    if (matrix) writeValues(table.sheet, { top: table.ref.top + 1, left: column, bottom: table.ref.bottom, right: column }, matrix.slice(1), this);
  }

  /**
   * range.delete('Up'): the cells go and the cells below them (their columns only) move up. Whole
   * rows of a table's data body are table rows, so the table shrinks; Excel refuses to delete part
   * of a table's width or to move part of another table (deleting every data row is not modelled).
   */
  deleteUp(sheet: SheetModel, area: RangeRef): void {
    assertUnprotected(sheet);
    const height = area.bottom - area.top + 1;
    const below = { top: area.bottom + 1, left: area.left, bottom: MAX_ROWS, right: area.right };
    const shrinking: TableModel[] = [];
    const moving: TableModel[] = [];
    for (const table of this.tables) {
      if (table.sheet !== sheet) continue;
      if (intersects(table.ref, area)) {
        const body = table.body;
        const wholeRows = area.left === table.ref.left && area.right === table.ref.right && area.top >= body.top && area.bottom <= body.bottom;
        if (!wholeRows) throw shiftInTable();
        if (height === body.bottom - body.top + 1) throw notModelled('deleting every data row of a table');
        // Excel deletes only the visible rows of a filtered table, or refuses; either way not what was asked.
        if (table.filtered) throw new FakeOfficeError('FilteredRangeConflict', 'The operation cannot be completed on a filtered range.');
        shrinking.push(table);
      } else if (intersects(table.ref, below)) {
        if (!contains(below, table.ref)) throw shiftInTable();
        moving.push(table);
      }
    }
    sheet.deleteUp(area);
    for (const table of shrinking) table.ref = { ...table.ref, bottom: table.ref.bottom - height };
    for (const table of moving) table.ref = offset(table.ref, -height, 0);
  }

  /** Whole tables inside a shifted area move with it; Excel refuses to shift part of a table. */
  private moveTablesIn(sheet: SheetModel, area: RangeRef, rows: number, columns: number): void {
    for (const other of this.tables) {
      if (other.sheet !== sheet || !intersects(other.ref, area)) continue;
      if (!contains(area, other.ref)) throw shiftInTable();
      other.ref = offset(other.ref, rows, columns);
    }
  }

  addName(name: string, reference: unknown): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw invalid(`name ${name}`);
    if (this.name(name) || this.table(name)) throw new FakeOfficeError('ItemAlreadyExists', `The name ${name} already exists.`);
    this.names.push({ name, formula: nameFormula(reference) });
  }

  tableAt(sheet: SheetModel, row: number, column: number): TableModel | null {
    return this.tables.find((t) => t.sheet === sheet && inside(t.ref, row, column)) ?? null;
  }
}

/** Excel refuses to change a locked cell of a protected sheet. */
function assertCellsEditable(sheet: SheetModel, ref: RangeRef): void {
  if (!sheet.protection) return;
  forEachCell(ref, (key) => {
    if (sheet.locks.get(key) !== false) throw onProtectedSheet();
  });
}

/** Excel refuses other changes to a protected sheet, unless its protection has the option `allow`. */
function assertUnprotected(sheet: SheetModel, allow?: string): void {
  if (sheet.protection && !(allow !== undefined && sheet.protection.options[allow] === true)) throw onProtectedSheet();
}

function protectionOptions(options: unknown): ProtectionOptions {
  if (options === undefined || options === null) return { ...PROTECTION_DEFAULTS };
  if (typeof options !== 'object') throw invalid('protection options');
  for (const [key, value] of Object.entries(options)) {
    const valid = key === 'selectionMode' ? ['Normal', 'Unlocked', 'None'].includes(String(value)) : key in PROTECTION_DEFAULTS && typeof value === 'boolean';
    if (!valid) throw invalid(`protection option ${key}: ${String(value)}`);
  }
  return { ...PROTECTION_DEFAULTS, ...(options as ProtectionOptions) };
}

function nameFormula(reference: unknown): string {
  if (typeof reference !== 'string') throw notModelled('a defined name given a Range object');
  if (!reference.startsWith('=')) throw invalid(`reference ${reference} (a formula starts with =)`);
  return reference;
}

// ---------------------------------------------------------------------------------------------
// How Excel reads what is written into a cell (as typed input, in a Dutch-speaking locale)

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?%?$/;
const ISO_MONTH_OR_DAY = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;

interface Parsed {
  content: CellContent | null;
  /** A number format Excel gives the cell because of what was typed (a date). */
  numberFormat?: string;
}

/** undefined: leave the cell as it is (Office treats null in a values array as "no change"). */
function parseInput(raw: unknown): Parsed | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw invalid(`value ${raw}`);
    return { content: { value: raw } };
  }
  if (typeof raw === 'boolean') return { content: { value: raw } };
  if (typeof raw !== 'string') throw invalid(`a value of type ${raw instanceof Date ? 'Date' : typeof raw}`);
  if (raw === '') return { content: null };
  if (raw.startsWith("'")) return { content: { value: raw.slice(1), quotePrefix: true } };
  if (raw.startsWith('=') && raw.length > 1) return { content: formulaContent(raw) };
  const text = raw.trim();
  if (NUMBER.test(text)) {
    const number = Number(text.replace(',', '.').replace('%', ''));
    return { content: { value: text.endsWith('%') ? number / 100 : number } };
  }
  if (/^(true|false|waar|onwaar)$/i.test(text)) return { content: { value: /^(true|waar)$/i.test(text) } };
  const date = parseDate(text);
  if (date !== null) return { content: { value: date.serial }, numberFormat: date.format };
  // Typed input starting with + - or @ is taken as a formula.
  if (/^[+\-@]/.test(raw)) return { content: formulaContent(`=${raw.replace(/^@/, '')}`) };
  return { content: { value: raw } };
}

function parseDate(text: string): { serial: number; format: string } | null {
  const iso = ISO_MONTH_OR_DAY.exec(text);
  const dmy = DAY_MONTH_YEAR.exec(text);
  const [year, month, day, format] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3] ?? 1), iso[3] ? 'yyyy-mm-dd' : 'mmm-yy']
    : dmy
      ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), 'd/mm/yyyy']
      : [0, 0, 0, ''];
  if (!format || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return { serial: dateToSerial(date), format };
}

function formulaContent(formula: string): CellContent {
  return { value: evaluate(formula.slice(1)), formula };
}

/** Arithmetic is worked out (`=1+1` reads as 2); anything else reads as the error Excel would show. */
function evaluate(body: string): Scalar {
  if (!/^[\d\s.,+\-*/()]+$/.test(body)) return '#NAME?';
  const tokens = body.replace(/,/g, '.').match(/\d+\.?\d*|\.\d+|[+\-*/()]|\S/g) ?? [];
  let at = 0;
  const expression = (): number => {
    let value = term();
    while (tokens[at] === '+' || tokens[at] === '-') value = tokens[at++] === '+' ? value + term() : value - term();
    return value;
  };
  const term = (): number => {
    let value = factor();
    while (tokens[at] === '*' || tokens[at] === '/') value = tokens[at++] === '*' ? value * factor() : value / factor();
    return value;
  };
  const factor = (): number => {
    const token = tokens[at++];
    if (token === '+') return factor();
    if (token === '-') return -factor();
    if (token === '(') {
      const value = expression();
      if (tokens[at++] !== ')') return Number.NaN;
      return value;
    }
    return token !== undefined && /^[\d.]/.test(token) ? Number(token) : Number.NaN;
  };
  const result = expression();
  if (at !== tokens.length || Number.isNaN(result)) return '#VALUE!';
  return Number.isFinite(result) ? result : '#DIV/0!';
}

function writeValues(sheet: SheetModel, ref: RangeRef, values: unknown, workbook: WorkbookModel): void {
  const rows = ref.bottom - ref.top + 1;
  const columns = ref.right - ref.left + 1;
  if (!isMatrix(values) || values.length !== rows || values.some((row) => row.length !== columns)) {
    throw invalid("the number of rows or columns in the input array doesn't match the size or dimensions of the range");
  }
  assertCellsEditable(sheet, ref);
  values.forEach((row, r) =>
    row.forEach((raw, c) => {
      const parsed = parseInput(raw);
      if (parsed === undefined) return;
      const key = keyOf(ref.top + r, ref.left + c);
      const table = workbook.tableAt(sheet, ref.top + r, ref.left + c);
      if (table && table.ref.top === ref.top + r && parsed.content) {
        sheet.contents.set(key, { value: String(parsed.content.value) }); // Excel keeps a table header as text
      } else if (parsed.content) sheet.contents.set(key, parsed.content);
      else sheet.contents.delete(key);
      if (parsed.numberFormat && !sheet.numberFormats.has(key)) sheet.numberFormats.set(key, parsed.numberFormat);
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Ranges and addresses

interface RangeTarget {
  sheet: SheetModel;
  ref: RangeRef;
}

/** `A1`, `A1:C3`, `A:C` or `2:5`, on one sheet. */
function parseAddress(address: string): RangeRef {
  if (address.includes('!')) throw notModelled('a sheet-qualified address on a worksheet');
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address);
  if (columns) return ordered({ top: 1, left: columnIndex(columns[1]), bottom: MAX_ROWS, right: columnIndex(columns[2]) });
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) return ordered({ top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: MAX_COLUMNS });
  try {
    return ordered(parseRange(address));
  } catch {
    throw invalid(`address ${address}`);
  }
}

function ordered(r: RangeRef): RangeRef {
  const ref = { top: Math.min(r.top, r.bottom), left: Math.min(r.left, r.right), bottom: Math.max(r.top, r.bottom), right: Math.max(r.left, r.right) };
  if (ref.top < 1 || ref.left < 1 || ref.bottom > MAX_ROWS || ref.right > MAX_COLUMNS) throw invalid('a range outside the sheet');
  return ref;
}

function localAddress(ref: RangeRef): string {
  if (ref.top === 1 && ref.bottom === MAX_ROWS) return `${columnLetter(ref.left)}:${columnLetter(ref.right)}`;
  if (ref.top === ref.bottom && ref.left === ref.right) return cellAddress(ref.top, ref.left);
  return `${cellAddress(ref.top, ref.left)}:${cellAddress(ref.bottom, ref.right)}`;
}

function formatAddress(sheet: SheetModel, ref: RangeRef): string {
  return `${quoteSheet(sheet.name)}!${localAddress(ref)}`;
}

function inside(r: RangeRef, row: number, column: number): boolean {
  return row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
}

function intersects(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function contains(outer: RangeRef, inner: RangeRef): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

function offset(r: RangeRef, rows: number, columns: number): RangeRef {
  return { top: r.top + rows, left: r.left + columns, bottom: r.bottom + rows, right: r.right + columns };
}

function cellsOf(ref: RangeRef): number {
  return (ref.bottom - ref.top + 1) * (ref.right - ref.left + 1);
}

function forEachCell(ref: RangeRef, visit: (key: number) => void): void {
  if (cellsOf(ref) > 5_000_000) throw notModelled('cell by cell work on more than 5 million cells');
  for (let row = ref.top; row <= ref.bottom; row++) for (let column = ref.left; column <= ref.right; column++) visit(keyOf(row, column));
}

function isMatrix(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Request context, command queue and proxies

interface Command {
  write: boolean;
  /** Bytes this command adds to the request. */
  size: number;
  /** Applies the command; returns the characters it adds to the response. */
  run(): number;
}

export interface SyncRecord {
  commands: number;
  /** UTF-8 bytes of the request, counted as the client library sends it. */
  requestBytes: number;
  responseChars: number;
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  private queue: Command[] = [];
  private closed = false;
  /** Bytes of the proxies made since the last sync: each is an ObjectPath in the next request. */
  proxyBytes = 0;
  /** True while a sync applies its commands: proxies made then (loaded items) are answers, not requests. */
  running = false;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(command: Command): void {
    this.assertOpen();
    this.queue.push(command);
    if (command.write) this.excel.writesQueued++;
  }

  async sync(): Promise<void> {
    this.assertOpen();
    await Promise.resolve(); // a round trip: nothing is applied before the caller awaits
    const batch = this.queue;
    this.queue = [];
    const record: SyncRecord = { commands: batch.length, requestBytes: batch.reduce((sum, c) => sum + c.size, this.proxyBytes), responseChars: 0 };
    this.proxyBytes = 0;
    this.excel.syncs.push(record);
    // A user typing in a cell: Excel refuses every batch until the edit ends (see FakeExcel.officeRun).
    if (this.excel.cellEditMode) throw new FakeOfficeError('InvalidOperationInCellEditMode', 'The operation cannot be performed while Excel is in cell-editing mode.');
    if (this.excel.syncs.length === this.excel.failingSync?.at) throw new FakeOfficeError(this.excel.failingSync.code, 'Injected failure.');
    if (record.requestBytes > this.excel.requestLimit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size (${record.requestBytes}) has exceeded the limit.`);
    }
    this.running = true;
    try {
      for (const command of batch) record.responseChars += command.run();
    } finally {
      this.running = false;
    }
    if (record.responseChars > this.excel.responseLimit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size (${record.responseChars}) has exceeded the limit.`);
    }
  }

  discard(): number {
    const dropped = this.queue.length;
    this.queue = [];
    return dropped;
  }

  close(): void {
    this.closed = true;
  }

  assertOpen(): void {
    if (this.closed) throw new FakeOfficeError('InvalidRequestContext', 'Cannot use the object across different request contexts (its Excel.run has ended).');
  }
}

type PropertyTable<T> = Record<string, { get(target: T): unknown; set?(target: T, value: unknown): void }>;
type LoadSpec = string | string[] | { select?: string; expand?: string } | undefined;

function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  const text = typeof spec === 'string' ? spec : Array.isArray(spec) ? spec.join(',') : [spec.select, spec.expand].filter(Boolean).join(',');
  return text.split(',').map((p) => p.trim()).filter((p) => p !== '');
}

/** Proxies Office's library reaches through a method or indexer (getItem, getRange, add …); the others are navigation properties. */
const MADE_BY_METHOD = new Set(['worksheet', 'table', 'tableColumn', 'range', 'conditionalFormat', 'note', 'namedItem', 'chart']);

/**
 * A proxy for one model object. `locate` finds it when a queued command runs (null: it does not
 * exist); an OrNullObject proxy then reads as a null object, any other proxy fails with ItemNotFound.
 */
abstract class FakeObject<T> {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly context: FakeContext,
    private readonly locate: () => T | null,
    private readonly properties: PropertyTable<T>,
    private readonly nullable = false,
    private readonly label = 'object',
  ) {
    if (!context.running) context.proxyBytes += MADE_BY_METHOD.has(label) ? PROXY_BYTES : PROPERTY_BYTES;
    for (const name of Object.keys(properties)) {
      Object.defineProperty(this, name, {
        get: () => this.read(name),
        set: (value: unknown) => this.writeProperty(name, value),
        enumerable: true,
      });
    }
  }

  get isNullObject(): boolean {
    return this.read('isNullObject') as boolean;
  }

  /** Tracking only matters to Office's client library (references kept across syncs); the fake keeps every proxy. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  /** The model object; for commands, which cannot act on a null object. */
  existing(): T {
    const found = this.locate();
    if (found === null) throw notFound(this.label);
    return found;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue({ write: false, size: ACTION_BYTES + jsonBytes(paths), run: () => this.loadNow(paths) });
    return this;
  }

  /** Runs a load when its command comes up; returns the response characters. */
  loadNow(paths: string[]): number {
    const target = this.locate();
    if (target === null && !this.nullable) throw notFound(this.label);
    this.loaded.set('isNullObject', target === null);
    let size = 0;
    for (const path of paths.length > 0 ? paths : Object.keys(this.properties)) {
      const [head, ...rest] = path.split('/');
      const property = this.properties[head];
      if (property && rest.length === 0) {
        const value = target === null ? null : structuredClone(property.get(target));
        this.loaded.set(head, value);
        size += JSON.stringify(value ?? null).length;
        continue;
      }
      const child = this.child(head);
      if (!child) throw new FakeOfficeError('InvalidArgument', `Cannot load '${path}' on ${this.label}: not a property in this fake.`);
      if (target !== null) size += child.loadNow(rest.length > 0 ? [rest.join('/')] : []);
    }
    return size;
  }

  /** Navigation properties (child proxies) by name, for load paths such as `worksheet/name`. */
  protected child(name: string): FakeObject<unknown> | undefined {
    const value = (this as unknown as Record<string, unknown>)[name];
    return value instanceof FakeObject ? value : undefined;
  }

  protected read(name: string): unknown {
    this.context.assertOpen();
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name);
  }

  protected setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  private writeProperty(name: string, value: unknown): void {
    const property = this.properties[name];
    if (!property.set) throw new FakeOfficeError('InvalidArgument', `The property '${name}' is read-only.`);
    const set = property.set;
    const copy = structuredClone(value);
    this.queueCall(`set ${name}`, copy, (target) => set(target, copy));
  }

  /** Queues a command that changes the workbook. */
  protected queueCall(name: string, args: unknown, apply: (target: T) => void): void {
    this.context.enqueue({
      write: true,
      size: ACTION_BYTES + jsonBytes([name, args ?? null]),
      run: () => {
        apply(this.existing());
        return 0;
      },
    });
  }
}

/** A collection: `items` is loaded with the properties asked for `items/...` (or bare names). */
abstract class FakeCollection<T, I> extends FakeObject<T> {
  constructor(context: FakeContext, locate: () => T | null, label: string) {
    super(context, locate, {}, false, label);
  }

  protected abstract itemsOf(target: T): I[];
  protected abstract itemProxy(item: I): FakeObject<I>;

  get items(): FakeObject<I>[] {
    return this.read('items') as FakeObject<I>[];
  }

  get count(): number {
    return this.read('count') as number;
  }

  override loadNow(paths: string[]): number {
    const models = this.itemsOf(this.existing());
    const itemPaths = paths.filter((p) => p !== 'count').map((p) => p.replace(/^items\/?/, '')).filter((p) => p !== '');
    const items = models.map((item) => this.itemProxy(item));
    let size = 0;
    for (const item of items) size += item.loadNow(itemPaths);
    this.setLoaded('count', models.length);
    this.setLoaded('items', items);
    return size;
  }
}

/** Calculation as the adapter drives it: suspended for the next sync (ExcelApi 1.6), recalculated (1.1). */
class FakeApplication extends FakeObject<WorkbookModel> {
  constructor(context: FakeContext) {
    super(context, () => context.excel.model, {}, false, 'application');
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({ write: false, size: ACTION_BYTES, run: () => ((this.context.excel.calculation.suspendedSyncs += 1), 0) });
  }

  calculate(type: string): void {
    this.context.enqueue({ write: false, size: ACTION_BYTES + type.length, run: () => ((this.context.excel.calculation.recalculations += 1), 0) });
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;

  constructor(context: FakeContext) {
    const model = () => context.excel.model;
    this.application = new FakeApplication(context);
    this.worksheets = new FakeWorksheetCollection(context, model);
    this.tables = new FakeTableCollection(context, () => ({ workbook: model(), sheet: null }));
    this.names = new FakeNamedItemCollection(context, model);
  }
}

class FakeWorksheetCollection extends FakeCollection<WorkbookModel, SheetModel> {
  constructor(context: FakeContext, locate: () => WorkbookModel) {
    super(context, locate, 'worksheets');
  }

  protected itemsOf(workbook: WorkbookModel): SheetModel[] {
    return workbook.sheets;
  }

  protected itemProxy(sheet: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, () => (this.context.excel.model.sheets.includes(sheet) ? sheet : null));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.excel.model.sheet(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.excel.model.sheet(name), true);
  }

  add(name: string): FakeWorksheet {
    let created: SheetModel | null = null;
    this.queueCall('add', [name], (workbook) => {
      created = workbook.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => created);
  }
}

class FakeWorksheet extends FakeObject<SheetModel> {
  private cachedTables?: FakeTableCollection;
  private cachedNotes?: FakeNoteCollection;
  private cachedFreezePanes?: FakeFreezePanes;
  private cachedProtection?: FakeWorksheetProtection;
  private cachedCharts?: FakeChartCollection;
  private cachedPageLayout?: FakePageLayout;
  private cachedPageBreaks?: FakePageBreakCollection;

  constructor(context: FakeContext, locate: () => SheetModel | null, nullable = false) {
    const workbook = () => context.excel.model;
    super(
      context,
      locate,
      {
        id: { get: (s) => String(s.id) },
        name: { get: (s) => s.name },
        position: { get: (s) => workbook().sheets.indexOf(s), set: (s, v) => workbook().moveSheet(s, Number(v)) },
        tabColor: { get: (s) => s.tabColor, set: (s, v) => void (s.tabColor = String(v)) },
        visibility: { get: (s) => s.visibility, set: (s, v) => workbook().setVisibility(s, String(v)) },
      },
      nullable,
      'worksheet',
    );
  }

  get tables(): FakeTableCollection {
    return (this.cachedTables ??= new FakeTableCollection(this.context, () => ({ workbook: this.context.excel.model, sheet: this.existing() })));
  }

  get notes(): FakeNoteCollection {
    // Excel answers ApiNotFound at the sync; failing at once shows the caller that asked.
    if (!this.context.excel.requirements.isSetSupported('ExcelApi', '1.18')) throw new FakeOfficeError('ApiNotFound', 'The requested API is not supported: Worksheet.notes (ExcelApi 1.18).');
    return (this.cachedNotes ??= new FakeNoteCollection(this.context, () => this.existing()));
  }

  get freezePanes(): FakeFreezePanes {
    return (this.cachedFreezePanes ??= new FakeFreezePanes(this.context, () => this.existing()));
  }

  get charts(): FakeChartCollection {
    return (this.cachedCharts ??= new FakeChartCollection(this.context, () => this.existing()));
  }

  get protection(): FakeWorksheetProtection {
    return (this.cachedProtection ??= new FakeWorksheetProtection(this.context, () => this.existing()));
  }

  get pageLayout(): FakePageLayout {
    if (!this.context.excel.requirements.isSetSupported('ExcelApi', '1.9')) throw new FakeOfficeError('ApiNotFound', 'The requested API is not supported: Worksheet.pageLayout (ExcelApi 1.9).');
    return (this.cachedPageLayout ??= new FakePageLayout(this.context, () => this.existing()));
  }

  get horizontalPageBreaks(): FakePageBreakCollection {
    return (this.cachedPageBreaks ??= new FakePageBreakCollection(this.context, () => this.existing()));
  }

  activate(): void {
    this.queueCall('activate', [], (sheet) => {
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden worksheet cannot be activated.');
      this.context.excel.model.active = sheet;
    });
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) throw notModelled('getRange() without an address');
    return new FakeRange(this.context, () => ({ sheet: this.existing(), ref: parseAddress(address) }));
  }
}

/** ExcelApi 1.2; a password (1.7) must be given again to unprotect. */
class FakeWorksheetProtection extends FakeObject<SheetModel> {
  constructor(context: FakeContext, locate: () => SheetModel) {
    super(
      context,
      locate,
      {
        protected: { get: (s) => s.protection !== null },
        options: { get: (s) => s.protection?.options ?? PROTECTION_DEFAULTS },
      },
      false,
      'protection',
    );
  }

  protect(options?: unknown, password?: string): void {
    this.queueCall('protect', [options ?? null, password === undefined ? null : 'password'], (sheet) => {
      if (sheet.protection) throw new FakeOfficeError('InvalidOperation', 'The worksheet is already protected.');
      sheet.protection = { options: protectionOptions(options), password: password ?? '' };
    });
  }

  /** Does nothing on a sheet that is not protected, as in Excel. */
  unprotect(password?: string): void {
    this.queueCall('unprotect', [password === undefined ? null : 'password'], (sheet) => {
      if (sheet.protection && sheet.protection.password !== (password ?? '')) throw invalid('the password');
      sheet.protection = null;
    });
  }
}

const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPER_SIZES = ['A4', 'Letter', 'A3', 'Legal'];

/** ExcelApi 1.9: orientation, paper, zoom (fit to pages), print title rows and the headers. */
class FakePageLayout extends FakeObject<SheetModel> {
  readonly headersFooters: { defaultForAllPages: FakeHeaderFooter };

  constructor(context: FakeContext, locate: () => SheetModel) {
    super(
      context,
      locate,
      {
        orientation: {
          get: (s) => s.print.orientation,
          set: (s, v) => {
            if (!ORIENTATIONS.includes(String(v))) throw invalid(`orientation ${String(v)}`);
            s.print.orientation = String(v);
          },
        },
        paperSize: {
          get: (s) => s.print.paperSize,
          set: (s, v) => {
            if (!PAPER_SIZES.includes(String(v))) throw invalid(`paperSize ${String(v)}`);
            s.print.paperSize = String(v);
          },
        },
        zoom: { get: (s) => s.print.zoom, set: (s, v) => void (s.print.zoom = { ...(v as PrintModel['zoom']) }) },
      },
      false,
      'pageLayout',
    );
    this.headersFooters = { defaultForAllPages: new FakeHeaderFooter(context, locate) };
  }

  setPrintTitleRows(address: string): void {
    this.queueCall('setPrintTitleRows', [address], (sheet) => {
      if (!/^\$?\d+:\$?\d+$/.test(address)) throw invalid(`setPrintTitleRows(${address})`);
      sheet.print.titleRows = address;
    });
  }
}

class FakeHeaderFooter extends FakeObject<SheetModel> {
  constructor(context: FakeContext, locate: () => SheetModel) {
    super(context, locate, { centerHeader: { get: (s) => s.print.centerHeader, set: (s, v) => void (s.print.centerHeader = String(v)) } }, false, 'headerFooter');
  }
}

/** ExcelApi 1.9: manual page breaks above a cell's row. */
class FakePageBreakCollection extends FakeObject<SheetModel> {
  constructor(context: FakeContext, locate: () => SheetModel) {
    super(context, locate, {}, false, 'horizontalPageBreaks');
  }

  add(address: string): void {
    this.queueCall('add', [address], (sheet) => void sheet.print.breaks.push(parseAddress(address).top));
  }

  removePageBreaks(): void {
    this.queueCall('removePageBreaks', [], (sheet) => void (sheet.print.breaks.length = 0));
  }
}

class FakeFreezePanes extends FakeObject<SheetModel> {
  constructor(context: FakeContext, locate: () => SheetModel) {
    super(context, locate, {}, false, 'freezePanes');
  }

  freezeRows(count = 1): void {
    this.queueCall('freezeRows', [count], (sheet) => {
      if (!Number.isInteger(count) || count < 0) throw invalid(`freezeRows(${count})`);
      sheet.frozenRows = count;
    });
  }

  unfreeze(): void {
    this.queueCall('unfreeze', [], (sheet) => {
      sheet.frozenRows = 0;
    });
  }
}

interface TableScope {
  workbook: WorkbookModel;
  /** A worksheet's tables, or null for the workbook's. */
  sheet: SheetModel | null;
}

class FakeTableCollection extends FakeCollection<TableScope, TableModel> {
  constructor(context: FakeContext, locate: () => TableScope) {
    super(context, locate, 'tables');
  }

  protected itemsOf(scope: TableScope): TableModel[] {
    return scope.workbook.tables.filter((t) => scope.sheet === null || t.sheet === scope.sheet);
  }

  protected itemProxy(table: TableModel): FakeTable {
    return new FakeTable(this.context, () => (this.context.excel.model.tables.includes(table) ? table : null));
  }

  private find(name: string): TableModel | null {
    const scope = this.existing();
    return this.itemsOf(scope).find((t) => same(t.name, name)) ?? null;
  }

  getItem(name: string): FakeTable {
    return new FakeTable(this.context, () => this.find(name));
  }

  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.context, () => this.find(name), true);
  }

  add(address: string, hasHeaders: boolean): FakeTable {
    let created: TableModel | null = null;
    this.queueCall('add', [address, hasHeaders], (scope) => {
      const bang = address.lastIndexOf('!');
      const sheetName = bang < 0 ? null : address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
      const sheet = sheetName === null ? scope.sheet : scope.workbook.sheet(sheetName);
      if (!sheet) throw invalid(`table address ${address} without a sheet`);
      created = scope.workbook.addTable(sheet, parseAddress(address.slice(bang + 1)), hasHeaders);
    });
    return new FakeTable(this.context, () => created);
  }
}

class FakeTable extends FakeObject<TableModel> {
  private cachedColumns?: FakeTableColumnCollection;
  private cachedRows?: FakeTableRowCollection;

  constructor(context: FakeContext, locate: () => TableModel | null, nullable = false) {
    super(
      context,
      locate,
      {
        id: { get: (t) => String(t.id) },
        name: { get: (t) => t.name, set: (t, v) => context.excel.model.renameTable(t, String(v)) },
        style: { get: (t) => t.style, set: (t, v) => void (t.style = String(v)) },
        showHeaders: { get: () => true },
        showTotals: { get: () => false },
      },
      nullable,
      'table',
    );
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.existing().sheet);
  }

  get columns(): FakeTableColumnCollection {
    return (this.cachedColumns ??= new FakeTableColumnCollection(this.context, () => this.existing()));
  }

  get rows(): FakeTableRowCollection {
    return (this.cachedRows ??= new FakeTableRowCollection(this.context, () => this.existing()));
  }

  getRange(): FakeRange {
    return this.range((t) => t.ref);
  }

  getHeaderRowRange(): FakeRange {
    return this.range((t) => t.header);
  }

  getDataBodyRange(): FakeRange {
    return this.range((t) => t.body);
  }

  /** ExcelApi 1.2. */
  clearFilters(): void {
    this.queueCall('clearFilters', [], (t) => void (t.filtered = false));
  }

  private range(part: (table: TableModel) => RangeRef): FakeRange {
    return new FakeRange(this.context, () => {
      const table = this.existing();
      return { sheet: table.sheet, ref: part(table) };
    });
  }
}

interface ColumnTarget {
  table: TableModel;
  /** 0-based within the table. */
  index: number;
}

class FakeTableColumnCollection extends FakeCollection<TableModel, ColumnTarget> {
  constructor(context: FakeContext, locate: () => TableModel) {
    super(context, locate, 'columns');
  }

  protected itemsOf(table: TableModel): ColumnTarget[] {
    return this.context.excel.model.columnsOf(table).map((_, index) => ({ table, index }));
  }

  protected itemProxy(column: ColumnTarget): FakeTableColumn {
    return new FakeTableColumn(this.context, () => column);
  }

  private find(key: string | number): ColumnTarget | null {
    const table = this.existing();
    const captions = this.context.excel.model.columnsOf(table);
    const index = typeof key === 'number' ? key : captions.findIndex((c) => same(c, key));
    return index >= 0 && index < captions.length ? { table, index } : null;
  }

  getItem(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.context, () => this.find(key));
  }

  getItemOrNullObject(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.context, () => this.find(key), true);
  }

  add(index?: number, values?: unknown, name?: string): FakeTableColumn {
    this.queueCall('add', [index ?? null, values ?? null, name ?? null], (table) => this.context.excel.model.addColumn(table, index, values, name));
    return new FakeTableColumn(this.context, () => {
      const table = this.existing();
      return { table, index: this.context.excel.model.columnsOf(table).length - 1 };
    });
  }
}

class FakeTableColumn extends FakeObject<ColumnTarget> {
  constructor(context: FakeContext, locate: () => ColumnTarget | null, nullable = false) {
    super(
      context,
      locate,
      {
        index: { get: (c) => c.index },
        name: { get: (c) => context.excel.model.columnsOf(c.table)[c.index] },
      },
      nullable,
      'tableColumn',
    );
  }

  getDataBodyRange(): FakeRange {
    return this.range((r) => ({ ...r, top: r.top + 1 }));
  }

  getHeaderRowRange(): FakeRange {
    return this.range((r) => ({ ...r, bottom: r.top }));
  }

  getRange(): FakeRange {
    return this.range((r) => r);
  }

  private range(part: (column: RangeRef) => RangeRef): FakeRange {
    return new FakeRange(this.context, () => {
      const { table, index } = this.existing();
      const column = table.ref.left + index;
      return { sheet: table.sheet, ref: part({ ...table.ref, left: column, right: column }) };
    });
  }
}

class FakeTableRowCollection extends FakeObject<TableModel> {
  constructor(context: FakeContext, locate: () => TableModel) {
    super(context, locate, { count: { get: (t) => t.ref.bottom - t.ref.top } }, false, 'rows');
  }

  add(index?: number, values?: unknown, alwaysInsert?: boolean): FakeObject<TableModel> {
    if (alwaysInsert === false) throw notModelled('rows.add with alwaysInsert false');
    this.queueCall('add', [index ?? null, values ?? null], (table) => this.context.excel.model.addRows(table, index, values));
    return new FakePart(this.context, () => this.existing(), 'tableRow', {});
  }
}

const RANGE_PROPERTIES = (workbook: () => WorkbookModel): PropertyTable<RangeTarget> => ({
  address: { get: (r) => formatAddress(r.sheet, r.ref) },
  rowCount: { get: (r) => r.ref.bottom - r.ref.top + 1 },
  columnCount: { get: (r) => r.ref.right - r.ref.left + 1 },
  rowIndex: { get: (r) => r.ref.top - 1 },
  columnIndex: { get: (r) => r.ref.left - 1 },
  values: {
    get: (r) => matrixOf(r, (key) => {
      const content = r.sheet.contents.get(key);
      return content === undefined ? '' : content.value;
    }),
    set: (r, v) => writeValues(r.sheet, r.ref, v, workbook()),
  },
  hyperlink: {
    get: (r) => r.sheet.hyperlinks.get(keyOf(r.ref.top, r.ref.left)) ?? null,
    set: (r, v) => setHyperlink(r, v),
  },
  /** Null when some of the range's columns are hidden and some are not. */
  columnHidden: {
    get: (r) => {
      const columns = Array.from({ length: r.ref.right - r.ref.left + 1 }, (_, i) => r.sheet.hiddenColumns.has(r.ref.left + i));
      return columns.every(Boolean) ? true : columns.some(Boolean) ? null : false;
    },
    set: (r, v) => {
      if (typeof v !== 'boolean') throw invalid(`columnHidden ${String(v)}`);
      assertUnprotected(r.sheet, 'allowFormatColumns');
      for (let column = r.ref.left; column <= r.ref.right; column++) {
        if (v) r.sheet.hiddenColumns.add(column);
        else r.sheet.hiddenColumns.delete(column);
      }
    },
  },
  numberFormat: {
    get: (r) => matrixOf(r, (key) => r.sheet.numberFormats.get(key) ?? 'General'),
    set: (r, v) => {
      assertUnprotected(r.sheet, 'allowFormatCells');
      if (!isMatrix(v) || v.length !== r.ref.bottom - r.ref.top + 1 || v.some((row) => row.length !== r.ref.right - r.ref.left + 1)) {
        throw invalid("the number format array doesn't match the size of the range");
      }
      v.forEach((row, i) =>
        row.forEach((format, j) => {
          if (format === null || format === undefined) return;
          const key = keyOf(r.ref.top + i, r.ref.left + j);
          if (format === 'General') r.sheet.numberFormats.delete(key);
          else r.sheet.numberFormats.set(key, String(format));
        }),
      );
    },
  },
});

/** A place in the workbook: a cell or range, sheet-qualified (quoted as in a formula), or a defined name. */
const DOCUMENT_REFERENCE = /^((?:'(?:[^']|'')+'|[^'!=#\s]+)!\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?|[A-Za-z_\\][A-Za-z0-9_.]*)$/;

/**
 * Range.hyperlink: every cell of the range links. `textToDisplay` becomes the top-left cell's text
 * as given, not parsed like typed input (an assumption: Office does not document it); a cell that
 * already shows that text keeps its content as it is.
 */
function setHyperlink(r: RangeTarget, value: unknown): void {
  if (!value || typeof value !== 'object') throw invalid('hyperlink');
  const link = value as HyperlinkModel;
  if (typeof link.address !== 'string' && typeof link.documentReference !== 'string') throw invalid('a hyperlink needs an address or a documentReference');
  if (link.documentReference !== undefined && !DOCUMENT_REFERENCE.test(String(link.documentReference))) throw invalid(`document reference ${String(link.documentReference)}`);
  assertCellsEditable(r.sheet, r.ref);
  forEachCell(r.ref, (key) => r.sheet.hyperlinks.set(key, { ...link }));
  if (typeof link.textToDisplay !== 'string' || link.textToDisplay === '') return;
  const key = keyOf(r.ref.top, r.ref.left);
  const current = r.sheet.contents.get(key);
  if (current?.value !== link.textToDisplay || current.formula) r.sheet.contents.set(key, { value: link.textToDisplay });
}

function matrixOf(r: RangeTarget, cell: (key: number) => unknown): unknown[][] {
  if (cellsOf(r.ref) > 5_000_000) throw notModelled('reading more than 5 million cells');
  const rows: unknown[][] = [];
  for (let row = r.ref.top; row <= r.ref.bottom; row++) {
    const values: unknown[] = [];
    for (let column = r.ref.left; column <= r.ref.right; column++) values.push(cell(keyOf(row, column)));
    rows.push(values);
  }
  return rows;
}

class FakeRange extends FakeObject<RangeTarget> {
  private cachedFormat?: FakeRangeFormat;
  private cachedValidation?: FakeDataValidation;
  private cachedConditionalFormats?: FakeConditionalFormatCollection;

  constructor(context: FakeContext, locate: () => RangeTarget) {
    super(context, locate, RANGE_PROPERTIES(() => context.excel.model), false, 'range');
  }

  get format(): FakeRangeFormat {
    return (this.cachedFormat ??= new FakeRangeFormat(this.context, () => this.existing()));
  }

  get dataValidation(): FakeDataValidation {
    return (this.cachedValidation ??= new FakeDataValidation(this.context, () => this.existing()));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this.cachedConditionalFormats ??= new FakeConditionalFormatCollection(this.context, () => this.existing()));
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.existing().sheet);
  }

  /** The cell may lie outside this range, as in Office. */
  getCell(row: number, column: number): FakeRange {
    return this.derived((ref) => ordered({ top: ref.top + row, left: ref.left + column, bottom: ref.top + row, right: ref.left + column }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived((ref) => {
      if (ref.bottom + deltaRows < ref.top || ref.right + deltaColumns < ref.left) throw invalid('a resize below one cell');
      return ordered({ ...ref, bottom: ref.bottom + deltaRows, right: ref.right + deltaColumns });
    });
  }

  /** ExcelApi 1.1. */
  getLastRow(): FakeRange {
    return this.derived((ref) => ({ ...ref, top: ref.bottom }));
  }

  getRow(row: number): FakeRange {
    return this.derived((ref) => {
      if (row < 0 || ref.top + row > ref.bottom) throw invalid(`row ${row} outside the range`);
      return { ...ref, top: ref.top + row, bottom: ref.top + row };
    });
  }

  getColumn(column: number): FakeRange {
    return this.derived((ref) => {
      if (column < 0 || ref.left + column > ref.right) throw invalid(`column ${column} outside the range`);
      return { ...ref, left: ref.left + column, right: ref.left + column };
    });
  }

  /** The smallest range holding this one and `other`; Office's client library writes large value arrays through it. */
  getBoundingRect(other: FakeRange): FakeRange {
    return this.derived((ref) => {
      const that = other.existing().ref;
      return { top: Math.min(ref.top, that.top), left: Math.min(ref.left, that.left), bottom: Math.max(ref.bottom, that.bottom), right: Math.max(ref.right, that.right) };
    });
  }

  /**
   * Contents take a cell's link with its value (Excel's Clear Contents does); `Hyperlinks` removes
   * only links, `RemoveHyperlinks` links and formatting (here: number formats, the only formatting
   * modelled), on every cell of the range. Validations and conditional formats stay.
   */
  clear(applyTo: string = 'All'): void {
    this.queueCall('clear', [applyTo], ({ sheet, ref }) => {
      const parts = CLEARED[applyTo];
      if (!parts) throw notModelled(`clear('${applyTo}')`);
      if (parts.contents || parts.links) assertCellsEditable(sheet, ref);
      if (parts.formats) assertUnprotected(sheet, 'allowFormatCells');
      forEachCell(ref, (key) => {
        if (parts.contents) sheet.contents.delete(key);
        if (parts.formats) sheet.numberFormats.delete(key);
        if (parts.links) sheet.hyperlinks.delete(key);
      });
    });
  }

  /** Office's docs do not say whether a range on another sheet can be selected; VBA refuses, so does this fake. */
  select(): void {
    this.queueCall('select', [], ({ sheet, ref }) => {
      if (sheet !== this.context.excel.model.active) throw new FakeOfficeError('InvalidOperation', 'The range is not on the active worksheet.');
      sheet.selection = { ...ref };
    });
  }

  /** Range.delete: only shift up is modelled (see WorkbookModel.deleteUp). */
  delete(shift: string): void {
    this.queueCall('delete', [shift], ({ sheet, ref }) => {
      if (shift !== 'Up') throw notModelled(`delete('${shift}')`);
      this.context.excel.model.deleteUp(sheet, ref);
    });
  }

  private derived(change: (ref: RangeRef) => RangeRef): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, ref } = this.existing();
      return { sheet, ref: change(ref) };
    });
  }
}

const CLEARED: Record<string, { contents: boolean; formats: boolean; links: boolean }> = {
  All: { contents: true, formats: true, links: true },
  Contents: { contents: true, formats: false, links: true },
  Formats: { contents: false, formats: true, links: false },
  Hyperlinks: { contents: false, formats: false, links: true },
  RemoveHyperlinks: { contents: false, formats: true, links: true },
};

/** Column widths in points; 48 pt is Excel's default (8.43 characters). */
class FakeRangeFormat extends FakeObject<RangeTarget> {
  private cachedProtection?: FakeFormatProtection;

  constructor(context: FakeContext, locate: () => RangeTarget) {
    super(
      context,
      locate,
      {
        columnWidth: {
          get: (r) => r.sheet.columnWidths.get(r.ref.left) ?? 48,
          set: (r, v) => {
            if (typeof v !== 'number' || !(v >= 0)) throw invalid(`column width ${String(v)}`);
            assertUnprotected(r.sheet, 'allowFormatColumns');
            for (let column = r.ref.left; column <= r.ref.right; column++) r.sheet.columnWidths.set(column, v);
          },
        },
        wrapText: {
          get: (r) => r.sheet.wrappedColumns.has(r.ref.left),
          set: (r, v) => {
            if (typeof v !== 'boolean') throw invalid(`wrapText ${String(v)}`);
            if (r.ref.top !== 1 || r.ref.bottom !== MAX_ROWS) throw notModelled('wrapText on a range that is not whole columns');
            assertUnprotected(r.sheet, 'allowFormatCells');
            for (let column = r.ref.left; column <= r.ref.right; column++) (v ? r.sheet.wrappedColumns.add(column) : r.sheet.wrappedColumns.delete(column));
          },
        },
      },
      false,
      'format',
    );
  }

  get protection(): FakeFormatProtection {
    return (this.cachedProtection ??= new FakeFormatProtection(this.context, () => this.existing()));
  }
}

/** A cell's lock (ExcelApi 1.2): locked unless set otherwise; it cannot change while the sheet is protected. */
class FakeFormatProtection extends FakeObject<RangeTarget> {
  constructor(context: FakeContext, locate: () => RangeTarget) {
    super(
      context,
      locate,
      {
        locked: {
          get: (r) => {
            const locks = new Set<boolean>();
            forEachCell(r.ref, (key) => locks.add(r.sheet.locks.get(key) ?? true));
            return locks.size === 1 ? [...locks][0] : null;
          },
          set: (r, v) => {
            if (typeof v !== 'boolean') throw invalid(`locked ${String(v)}`);
            assertUnprotected(r.sheet);
            forEachCell(r.ref, (key) => (v ? r.sheet.locks.delete(key) : r.sheet.locks.set(key, false)));
          },
        },
      },
      false,
      'protection',
    );
  }
}

const NO_VALIDATION: ValidationModel = {
  rule: {},
  prompt: { showPrompt: false, title: '', message: '' },
  errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
  ignoreBlanks: true,
};

const RULE_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};

/** The one validation all cells of the range share, undefined when none has one, 'mixed' otherwise. */
function validationOf(r: RangeTarget): ValidationModel | undefined | 'mixed' {
  let first: ValidationModel | undefined;
  let mixed = false;
  let index = 0;
  forEachCell(r.ref, (key) => {
    const validation = r.sheet.validations.get(key);
    if (index++ === 0) first = validation;
    else if (validation !== first && JSON.stringify(validation) !== JSON.stringify(first)) mixed = true;
  });
  return mixed ? 'mixed' : first;
}

function validationPart<K extends keyof ValidationModel>(r: RangeTarget, part: K): ValidationModel[K] | null {
  const validation = validationOf(r);
  if (validation === 'mixed') return null;
  return (validation ?? NO_VALIDATION)[part];
}

/** Changes the validation of every cell of the range; cells sharing one validation keep sharing one. */
function updateValidations(r: RangeTarget, change: (current: ValidationModel) => ValidationModel): void {
  assertUnprotected(r.sheet);
  const changed = new Map<ValidationModel | undefined, ValidationModel>();
  forEachCell(r.ref, (key) => {
    const current = r.sheet.validations.get(key);
    if (!changed.has(current)) changed.set(current, change(structuredClone(current ?? NO_VALIDATION)));
    r.sheet.validations.set(key, changed.get(current) as ValidationModel);
  });
}

/** Excel reads rule operands back as formulas: 130 -> "=130", a date -> "=serial". */
function operand(value: unknown, kind: 'number' | 'date'): string {
  if (typeof value === 'number') return `=${String(value).toUpperCase()}`;
  if (value instanceof Date) return `=${dateToSerial(value)}`;
  if (typeof value === 'string') {
    if (value.startsWith('=')) return value;
    if (kind === 'date') {
      const date = parseDate(value.slice(0, 10));
      if (date) return `=${date.serial}`;
    }
    if (value.trim() !== '' && Number.isFinite(Number(value))) return `=${Number(value)}`;
  }
  throw invalid(`validation operand ${String(value)}`);
}

function normaliseRule(rule: unknown): Record<string, unknown> {
  const keys = rule && typeof rule === 'object' ? Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined) : [];
  if (keys.length !== 1 || !RULE_TYPES[keys[0]]) throw invalid('a data validation rule must have exactly one known criterion');
  const kind = keys[0];
  const criteria = (rule as Record<string, Record<string, unknown>>)[kind];
  if (kind === 'list') {
    if (typeof criteria.source !== 'string' || criteria.source === '') throw invalid('a list rule needs a source');
    return { list: { inCellDropDown: criteria.inCellDropDown ?? true, source: criteria.source } };
  }
  if (kind === 'wholeNumber' || kind === 'decimal' || kind === 'date') {
    const type = kind === 'date' ? 'date' : 'number';
    const normalised: Record<string, unknown> = { formula1: operand(criteria.formula1, type), operator: criteria.operator };
    if (criteria.formula2 !== undefined) normalised.formula2 = operand(criteria.formula2, type);
    return { [kind]: normalised };
  }
  if (kind === 'custom') {
    // Kept as written: relative references count from the range's top-left cell.
    if (typeof criteria.formula !== 'string' || !criteria.formula.startsWith('=')) throw invalid(`custom validation formula ${String(criteria.formula)} (starts with =)`);
    return { custom: { formula: criteria.formula } };
  }
  throw notModelled(`a ${kind} validation rule`);
}

class FakeDataValidation extends FakeObject<RangeTarget> {
  constructor(context: FakeContext, locate: () => RangeTarget) {
    super(
      context,
      locate,
      {
        type: {
          get: (r) => {
            const validation = validationOf(r);
            if (validation === 'mixed') return 'Inconsistent';
            const kind = Object.keys(validation?.rule ?? {})[0];
            return kind ? RULE_TYPES[kind] : 'None';
          },
        },
        rule: {
          get: (r) => validationPart(r, 'rule'),
          set: (r, rule) => {
            const normalised = normaliseRule(rule);
            updateValidations(r, (current) => ({ ...current, rule: normalised }));
          },
        },
        prompt: {
          get: (r) => validationPart(r, 'prompt'),
          set: (r, prompt) => updateValidations(r, (current) => ({ ...current, prompt: { ...current.prompt, ...(prompt as object) } })),
        },
        errorAlert: {
          get: (r) => validationPart(r, 'errorAlert'),
          set: (r, alert) => updateValidations(r, (current) => ({ ...current, errorAlert: { ...current.errorAlert, ...(alert as object) } })),
        },
        ignoreBlanks: {
          get: (r) => validationPart(r, 'ignoreBlanks'),
          set: (r, ignore) => updateValidations(r, (current) => ({ ...current, ignoreBlanks: Boolean(ignore) })),
        },
      },
      false,
      'dataValidation',
    );
  }

  clear(): void {
    this.queueCall('clear', [], ({ sheet, ref }) => {
      assertUnprotected(sheet);
      forEachCell(ref, (key) => sheet.validations.delete(key));
    });
  }
}

class FakeConditionalFormatCollection extends FakeCollection<RangeTarget, ConditionalFormatModel> {
  constructor(context: FakeContext, locate: () => RangeTarget) {
    super(context, locate, 'conditionalFormats');
  }

  /** The formats that apply to any cell of the range, highest priority first. */
  protected itemsOf(r: RangeTarget): ConditionalFormatModel[] {
    return r.sheet.conditionalFormats.filter((format) => intersects(format.ref, r.ref));
  }

  protected itemProxy(format: ConditionalFormatModel): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => format);
  }

  /** Adds a format at the top priority, as Office does. */
  add(type: string): FakeConditionalFormat {
    let created: ConditionalFormatModel | null = null;
    this.queueCall('add', [type], ({ sheet, ref }) => {
      assertUnprotected(sheet);
      if (type !== 'Custom') throw notModelled(`a ${type} conditional format`);
      created = { id: this.context.excel.model.nextId(), ref: { ...ref }, type: 'Custom', formula: null, fill: null, fontColor: null };
      sheet.conditionalFormats.unshift(created);
    });
    return new FakeConditionalFormat(this.context, () => created);
  }

  /** Simplified: removes every format touching the range (Excel trims formats that reach outside it). */
  clearAll(): void {
    this.queueCall('clearAll', [], ({ sheet, ref }) => {
      assertUnprotected(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => !intersects(format.ref, ref));
    });
  }
}

function color(value: unknown): string {
  if (typeof value !== 'string' || !/^#[0-9A-Fa-f]{6}$/.test(value)) throw invalid(`colour ${String(value)}`);
  return value.toUpperCase();
}

class FakeConditionalFormat extends FakeObject<ConditionalFormatModel> {
  private cachedCustom?: FakeCustomConditionalFormat;

  constructor(context: FakeContext, locate: () => ConditionalFormatModel | null) {
    super(
      context,
      locate,
      {
        id: { get: (f) => String(f.id) },
        type: { get: (f) => f.type },
        priority: { get: (f) => context.excel.model.sheets.find((s) => s.conditionalFormats.includes(f))?.conditionalFormats.indexOf(f) ?? -1 },
      },
      false,
      'conditionalFormat',
    );
  }

  get custom(): FakeCustomConditionalFormat {
    return (this.cachedCustom ??= new FakeCustomConditionalFormat(this.context, () => {
      const format = this.existing();
      if (format.type !== 'Custom') throw invalid('custom on a conditional format of another type');
      return format;
    }));
  }
}

class FakeCustomConditionalFormat extends FakeObject<ConditionalFormatModel> {
  readonly rule: FakeObject<ConditionalFormatModel>;
  readonly format: { fill: FakeObject<ConditionalFormatModel>; font: FakeObject<ConditionalFormatModel> };

  constructor(context: FakeContext, locate: () => ConditionalFormatModel) {
    super(context, locate, {}, false, 'custom');
    this.rule = new FakePart(context, locate, 'rule', {
      formula: {
        get: (f) => f.formula,
        set: (f, v) => {
          if (typeof v !== 'string' || !v.startsWith('=')) throw invalid(`conditional format formula ${String(v)} (starts with =)`);
          f.formula = v;
        },
      },
    });
    this.format = {
      fill: new FakePart(context, locate, 'fill', { color: { get: (f) => f.fill, set: (f, v) => void (f.fill = color(v)) } }),
      font: new FakePart(context, locate, 'font', { color: { get: (f) => f.fontColor, set: (f, v) => void (f.fontColor = color(v)) } }),
    };
  }
}

/** A small proxy over part of a model object (a rule's formula, a fill's colour). */
class FakePart<T> extends FakeObject<T> {
  constructor(context: FakeContext, locate: () => T | null, label: string, properties: PropertyTable<T>) {
    super(context, locate, properties, false, label);
  }
}

interface NoteTarget {
  sheet: SheetModel;
  key: number;
}

/** A cell address (`B3`, `$B$3`, `Blad!B3`) or a single-cell range proxy, as a cell key. */
function noteCell(sheet: SheetModel, cell: unknown): number {
  if (cell instanceof FakeRange) {
    const target = cell.existing();
    if (target.sheet !== sheet || cellsOf(target.ref) !== 1) throw new FakeOfficeError('InvalidCellAddress', 'A note needs a single cell.');
    return keyOf(target.ref.top, target.ref.left);
  }
  if (typeof cell !== 'string') throw new FakeOfficeError('InvalidCellAddress', 'A note needs a cell address.');
  const ref = parseAddress(cell.slice(cell.lastIndexOf('!') + 1));
  if (cellsOf(ref) !== 1) throw new FakeOfficeError('InvalidCellAddress', `${cell} is not a single cell.`);
  return keyOf(ref.top, ref.left);
}

class FakeNoteCollection extends FakeCollection<SheetModel, NoteTarget> {
  constructor(context: FakeContext, locate: () => SheetModel) {
    super(context, locate, 'notes');
  }

  protected itemsOf(sheet: SheetModel): NoteTarget[] {
    return [...sheet.notes.keys()].map((key) => ({ sheet, key }));
  }

  protected itemProxy(note: NoteTarget): FakeNote {
    return new FakeNote(this.context, () => (note.sheet.notes.has(note.key) ? note : null));
  }

  private find(key: string): NoteTarget | null {
    const sheet = this.existing();
    const cell = noteCell(sheet, key);
    return sheet.notes.has(cell) ? { sheet, key: cell } : null;
  }

  getItem(key: string): FakeNote {
    return new FakeNote(this.context, () => this.find(key));
  }

  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.context, () => this.find(key), true);
  }

  add(cellAddress: unknown, content: unknown): FakeNote {
    let created: NoteTarget | null = null;
    this.queueCall('add', [cellAddress instanceof FakeRange ? 'range' : cellAddress, content], (sheet) => {
      assertUnprotected(sheet, 'allowEditObjects');
      const key = noteCell(sheet, cellAddress);
      if (sheet.notes.has(key)) throw new FakeOfficeError('InvalidArgument', 'The cell already has a note.');
      if (typeof content !== 'string') throw invalid('note content');
      sheet.notes.set(key, content);
      created = { sheet, key };
    });
    return new FakeNote(this.context, () => created);
  }
}

class FakeNote extends FakeObject<NoteTarget> {
  constructor(context: FakeContext, locate: () => NoteTarget | null, nullable = false) {
    super(
      context,
      locate,
      {
        authorName: { get: () => 'Fake' },
        content: {
          get: (n) => n.sheet.notes.get(n.key),
          set: (n, v) => {
            if (typeof v !== 'string') throw invalid('note content');
            assertUnprotected(n.sheet, 'allowEditObjects');
            n.sheet.notes.set(n.key, v);
          },
        },
      },
      nullable,
      'note',
    );
  }

  delete(): void {
    this.queueCall('delete', [], (n) => {
      assertUnprotected(n.sheet, 'allowEditObjects');
      n.sheet.notes.delete(n.key);
    });
  }
}

class FakeNamedItemCollection extends FakeCollection<WorkbookModel, NameModel> {
  constructor(context: FakeContext, locate: () => WorkbookModel) {
    super(context, locate, 'names');
  }

  protected itemsOf(workbook: WorkbookModel): NameModel[] {
    return workbook.names;
  }

  protected itemProxy(name: NameModel): FakeNamedItem {
    return new FakeNamedItem(this.context, () => (this.context.excel.model.names.includes(name) ? name : null));
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.context.excel.model.name(name));
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.context.excel.model.name(name), true);
  }

  add(name: string, reference: unknown, comment?: string): FakeNamedItem {
    this.queueCall('add', [name, reference instanceof FakeObject ? 'range' : reference, comment ?? null], (workbook) => workbook.addName(name, reference));
    return this.getItem(name);
  }
}

class FakeNamedItem extends FakeObject<NameModel> {
  constructor(context: FakeContext, locate: () => NameModel | null, nullable = false) {
    super(
      context,
      locate,
      {
        name: { get: (n) => n.name },
        formula: { get: (n) => n.formula, set: (n, v) => void (n.formula = nameFormula(v)) },
        scope: { get: () => 'Workbook' },
        type: { get: (n) => (/^=('[^']+'|[^!]+)!\$?[A-Z]+\$?\d+/.test(n.formula) || /\[.*\]/.test(n.formula) ? 'Range' : 'String') },
        value: { get: (n) => n.formula.slice(1) },
        visible: { get: () => true },
      },
      nullable,
      'namedItem',
    );
  }

  delete(): void {
    this.queueCall('delete', [], (n) => {
      const names = this.context.excel.model.names;
      names.splice(names.indexOf(n), 1);
    });
  }
}

/** Excel.ChartType without `Invalid`, which add() refuses like any other unknown type. */
const CHART_TYPES = new Set(
  `ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 BarClustered BarStacked BarStacked100
  3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded
  3DPieExploded BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 3DAreaStacked
  3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble Bubble3DEffect
  StockHLC StockOHLC StockVHLC StockVOHLC CylinderColClustered CylinderColStacked CylinderColStacked100 CylinderBarClustered CylinderBarStacked
  CylinderBarStacked100 CylinderCol ConeColClustered ConeColStacked ConeColStacked100 ConeBarClustered ConeBarStacked ConeBarStacked100 ConeCol
  PyramidColClustered PyramidColStacked PyramidColStacked100 PyramidBarClustered PyramidBarStacked PyramidBarStacked100 PyramidCol 3DColumn Line 3DLine
  3DPie Pie XYScatter 3DArea Area Doughnut Radar Histogram Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel`.split(/\s+/),
);

/** A Range proxy's place, when a command runs; anything else is an invalid argument. */
function rangeArgument(value: unknown, what: string): RangeTarget {
  if (!(value instanceof FakeRange)) throw invalid(`${what} must be a Range`);
  return value.existing();
}

/** A chart's corner: a cell address or a Range on the chart's own sheet. */
function chartCorner(chart: ChartModel, corner: unknown): RangeRef {
  if (typeof corner === 'string') return parseAddress(corner);
  const target = rangeArgument(corner, 'a chart position');
  if (target.sheet !== chart.sheet) throw invalid('a chart position on another sheet');
  return target.ref;
}

/** Every change to a chart on a protected sheet needs allowEditObjects. */
function changeChart(chart: ChartModel, change: () => void): void {
  assertUnprotected(chart.sheet, 'allowEditObjects');
  change();
}

/** ExcelApi 1.1; getItemOrNullObject 1.4. Several charts may share a name: lookups give the first. */
class FakeChartCollection extends FakeCollection<SheetModel, ChartModel> {
  constructor(context: FakeContext, locate: () => SheetModel) {
    super(context, locate, 'charts');
  }

  protected itemsOf(sheet: SheetModel): ChartModel[] {
    return sheet.charts;
  }

  protected itemProxy(chart: ChartModel): FakeChart {
    return new FakeChart(this.context, () => (chart.sheet.charts.includes(chart) ? chart : null));
  }

  private find(name: string): ChartModel | null {
    return this.existing().charts.find((c) => c.name === name) ?? null;
  }

  getItem(name: string): FakeChart {
    return new FakeChart(this.context, () => this.find(name));
  }

  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(this.context, () => this.find(name), true);
  }

  add(type: string, sourceData: unknown, seriesBy = 'Auto'): FakeChart {
    let created: ChartModel | null = null;
    this.queueCall('add', [type, sourceData instanceof FakeRange ? 'range' : sourceData, seriesBy], (sheet) => {
      if (!CHART_TYPES.has(type)) throw invalid(`chart type ${type}`);
      if (!['Auto', 'Columns', 'Rows'].includes(seriesBy)) throw invalid(`seriesBy ${seriesBy}`);
      const source = rangeArgument(sourceData, 'the source data');
      assertUnprotected(sheet, 'allowEditObjects');
      const id = this.context.excel.model.nextId();
      // A new chart shows empty cells as gaps, as in Excel.
      created = { id, sheet, name: `Chart ${id}`, type, source, seriesBy, categories: null, title: '', displayBlanksAs: 'NotPlotted', position: null };
      sheet.charts.push(created);
    });
    return new FakeChart(this.context, () => created);
  }
}

class FakeChart extends FakeObject<ChartModel> {
  readonly title: FakePart<ChartModel>;
  readonly axes: { categoryAxis: FakeChartAxis };

  constructor(context: FakeContext, locate: () => ChartModel | null, nullable = false) {
    super(
      context,
      locate,
      {
        id: { get: (c) => String(c.id) },
        name: {
          get: (c) => c.name,
          set: (c, v) => {
            if (typeof v !== 'string' || v === '') throw invalid(`chart name ${String(v)}`);
            changeChart(c, () => void (c.name = v));
          },
        },
        chartType: {
          get: (c) => c.type,
          set: (c, v) => {
            if (!CHART_TYPES.has(String(v))) throw invalid(`chart type ${String(v)}`);
            changeChart(c, () => void (c.type = String(v)));
          },
        },
        displayBlanksAs: {
          get: (c) => c.displayBlanksAs,
          set: (c, v) => {
            if (!['NotPlotted', 'Zero', 'Interplotted'].includes(String(v))) throw invalid(`displayBlanksAs ${String(v)}`);
            changeChart(c, () => void (c.displayBlanksAs = String(v)));
          },
        },
      },
      nullable,
      'chart',
    );
    const existing = () => this.existing();
    this.title = new FakePart(context, existing, 'title', {
      text: { get: (c) => c.title, set: (c, v) => changeChart(c, () => void (c.title = String(v))) },
    });
    this.axes = { categoryAxis: new FakeChartAxis(context, existing) };
  }

  /** Without an end cell the chart keeps its size, which the fake does not know: not modelled. */
  setPosition(startCell: unknown, endCell?: unknown): void {
    if (endCell === undefined) throw notModelled('setPosition without an end cell');
    this.queueCall('setPosition', [startCell instanceof FakeRange ? 'range' : startCell, endCell instanceof FakeRange ? 'range' : endCell], (c) => {
      const from = chartCorner(c, startCell);
      const to = chartCorner(c, endCell);
      if (to.bottom < from.top || to.right < from.left) throw invalid('an end cell above or left of the start cell');
      changeChart(c, () => void (c.position = { from: { ...from, bottom: from.top, right: from.left }, to: { ...to, top: to.bottom, left: to.right } }));
    });
  }

  delete(): void {
    this.queueCall('delete', [], (c) => changeChart(c, () => void c.sheet.charts.splice(c.sheet.charts.indexOf(c), 1)));
  }
}

class FakeChartAxis extends FakeObject<ChartModel> {
  constructor(context: FakeContext, locate: () => ChartModel) {
    super(context, locate, {}, false, 'categoryAxis');
  }

  /** ExcelApi 1.7. */
  setCategoryNames(sourceData: unknown): void {
    this.queueCall('setCategoryNames', [sourceData instanceof FakeRange ? 'range' : sourceData], (c) => {
      const categories = rangeArgument(sourceData, 'the category names');
      changeChart(c, () => void (c.categories = categories));
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The fake itself

export interface CellState {
  value: Scalar | null;
  formula?: string;
  quotePrefix: boolean;
  numberFormat: string;
}

export interface ChartState {
  name: string;
  type: string;
  title: string;
  source: string;
  seriesBy: string;
  categories: string | null;
  displayBlanksAs: string;
  from: string | null;
  to: string | null;
}

/** The latest ExcelApi level the fake stands for (the minimum is the manifest's, src/workbook/excel/capabilities). */
export const LATEST_EXCEL_API = '1.21';

const minorOf = (version: string) => Number(version.split('.')[1] ?? 0);

export class FakeExcel {
  readonly model: WorkbookModel;
  /** The ExcelApi level of this host, e.g. `1.8`. */
  readonly excelApi: string;
  /** Office.context.requirements of this host: which ExcelApi levels it implements. */
  readonly requirements = {
    isSetSupported: (name: string, minVersion = '1.1') => name === 'ExcelApi' && minorOf(minVersion) <= minorOf(this.excelApi),
  };
  /** Every sync since the last reset, in order. */
  readonly syncs: SyncRecord[] = [];
  /** Commands that change the workbook queued since the last reset (synced or not). */
  writesQueued = 0;
  /** Queued commands dropped because a batch failed before syncing them, since the last reset. */
  discarded = 0;
  /** Excel on the web refuses requests and responses over 5 MB. */
  requestLimit = 5_000_000;
  responseLimit = 5_000_000;
  /** The user is typing in a cell: every sync fails with InvalidOperationInCellEditMode. */
  cellEditMode = false;
  /** Makes the `at`-th sync since the last reset fail with `code`, as Excel failing halfway. */
  failingSync: { at: number; code: string } | null = null;
  /** Syncs whose calculation was suspended, and recalculations asked for, since construction. */
  readonly calculation = { suspendedSyncs: 0, recalculations: 0 };

  constructor(options: { firstSheet?: string; excelApi?: string } = {}) {
    this.model = new WorkbookModel(options.firstSheet ?? 'Sheet1');
    this.excelApi = options.excelApi ?? LATEST_EXCEL_API;
  }

  /**
   * Excel.run for the adapter. A batch that resolves with commands never synced is an error here:
   * a forgotten final sync would silently lose writes.
   */
  readonly run: ExcelRun = async (batch) => {
    const context = new FakeContext(this);
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context.pending > 0) throw new Error(`fakeExcel: Excel.run ended with ${context.pending} queued commands never synced`);
      return result;
    } catch (error) {
      this.discarded += context.discard();
      throw error;
    } finally {
      context.close();
    }
  };

  /**
   * Excel.run with its options, for excelRun: with delayForCellEdit (ExcelApi 1.11) Excel waits until
   * the user leaves the cell being edited, so the batch runs after the edit.
   */
  readonly officeRun = <T>(first: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>), second?: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const batch = typeof first === 'function' ? first : second!;
    if (typeof first !== 'function' && first.delayForCellEdit) this.cellEditMode = false;
    return this.run(batch);
  };

  /** A user's filter on a table: its rows can no longer be deleted, until Table.clearFilters. */
  filterTable(name: string): void {
    const table = this.model.table(name);
    if (!table) throw new Error(`fakeExcel: no table ${name}`);
    table.filtered = true;
  }

  filtered(name: string): boolean {
    return this.model.table(name)?.filtered ?? false;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  resetCounters(): void {
    this.syncs.length = 0;
    this.writesQueued = 0;
    this.discarded = 0;
  }

  /** What a cell holds, as Excel would show it in the formula bar and the format dialog. */
  cell(sheet: string, address: string): CellState {
    const { model, ref } = this.locateCell(sheet, address);
    const key = keyOf(ref.top, ref.left);
    const content = model.contents.get(key);
    return {
      value: content === undefined ? null : content.value,
      ...(content?.formula ? { formula: content.formula } : {}),
      quotePrefix: content?.quotePrefix ?? false,
      numberFormat: model.numberFormats.get(key) ?? 'General',
    };
  }

  /** The link of a cell, null when it has none. */
  hyperlink(sheet: string, address: string): HyperlinkModel | null {
    const { model, ref } = this.locateCell(sheet, address);
    return model.hyperlinks.get(keyOf(ref.top, ref.left)) ?? null;
  }

  /** Whether a cell has a data validation, and how many conditional formats apply to it. */
  cellRules(sheet: string, address: string): { validation: boolean; conditionalFormats: number } {
    const { model, ref } = this.locateCell(sheet, address);
    return {
      validation: model.validations.has(keyOf(ref.top, ref.left)),
      conditionalFormats: model.conditionalFormats.filter((format) => inside(format.ref, ref.top, ref.left)).length,
    };
  }

  /** Column width in points, undefined when never set. */
  columnWidth(sheet: string, letter: string): number | undefined {
    return this.sheetModel(sheet).columnWidths.get(columnIndex(letter));
  }

  frozenRows(sheet: string): number {
    return this.sheetModel(sheet).frozenRows;
  }

  columnWraps(sheet: string, letter: string): boolean {
    return this.sheetModel(sheet).wrappedColumns.has(columnIndex(letter));
  }

  columnHidden(sheet: string, letter: string): boolean {
    return this.sheetModel(sheet).hiddenColumns.has(columnIndex(letter));
  }

  /** Excel's default for a cell is locked; it only counts while the sheet is protected. */
  locked(sheet: string, address: string): boolean {
    const { model, ref } = this.locateCell(sheet, address);
    return model.locks.get(keyOf(ref.top, ref.left)) ?? true;
  }

  /** The options the sheet is protected with, every one of them; null when it is not protected. */
  protection(sheet: string): ProtectionOptions | null {
    return this.sheetModel(sheet).protection?.options ?? null;
  }

  /** The sheet Excel shows and the range selected on it. */
  selection(): { sheet: string; address: string } {
    const sheet = this.model.active;
    return { sheet: sheet.name, address: localAddress(sheet.selection) };
  }

  tabColor(sheet: string): string {
    return this.sheetModel(sheet).tabColor;
  }

  printLayout(sheet: string): PrintModel {
    return structuredClone(this.sheetModel(sheet).print);
  }

  /** The charts on a sheet, oldest first; ranges sheet-qualified, corners as cells. */
  charts(sheet: string): ChartState[] {
    return this.sheetModel(sheet).charts.map((c) => ({
      name: c.name,
      type: c.type,
      title: c.title,
      source: formatAddress(c.source.sheet, c.source.ref),
      seriesBy: c.seriesBy,
      categories: c.categories && formatAddress(c.categories.sheet, c.categories.ref),
      displayBlanksAs: c.displayBlanksAs,
      from: c.position && localAddress(c.position.from),
      to: c.position && localAddress(c.position.to),
    }));
  }

  /** The whole workbook as text, to assert that something changed nothing. */
  dump(): string {
    return JSON.stringify({
      sheets: this.model.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        tabColor: s.tabColor,
        frozenRows: s.frozenRows,
        print: s.print,
        protection: s.protection,
        locks: [...s.locks],
        hiddenColumns: [...s.hiddenColumns],
        wrappedColumns: [...s.wrappedColumns],
        contents: [...s.contents],
        numberFormats: [...s.numberFormats],
        validations: [...s.validations],
        notes: [...s.notes],
        hyperlinks: [...s.hyperlinks],
        conditionalFormats: s.conditionalFormats,
        columnWidths: [...s.columnWidths],
        charts: this.charts(s.name),
      })),
      tables: this.model.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, ref: t.ref, style: t.style })),
      names: this.model.names,
    });
  }

  private sheetModel(name: string): SheetModel {
    const sheet = this.model.sheet(name);
    if (!sheet) throw new Error(`fakeExcel: no sheet ${name}`);
    return sheet;
  }

  private locateCell(sheet: string, address: string): { model: SheetModel; ref: RangeRef } {
    return { model: this.sheetModel(sheet), ref: parseAddress(address) };
  }
}
