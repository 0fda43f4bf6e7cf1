// The workbook port: the only way domain code reads or changes a workbook.
// Two adapters implement it (excel/ on Office.js, xlsx/ on the .xlsx package), both carrying out the steps of one
// planner (plan.ts); one contract suite tests both.
//
// Reads are coarse (one call returns everything asked for) and writes are a list of edits applied
// in one go, so the Office.js adapter can batch them into a number of sync() round trips that does
// not depend on the number of rows.

/** What a cell holds when read. Dates come back as Excel serial numbers; the schema knows which columns are dates. */
export type CellValue = string | number | boolean | null;
/** A cell that shows `text` and links to a place in this workbook, e.g. `'Thema''s'!B2` (reads back as its text). */
export interface LinkValue {
  text: string;
  link: string;
}
/** What may be written. A Date is stored as a real Excel date (serial number, date format). */
export type CellInput = CellValue | Date | LinkValue;

export type SheetVisibility = 'visible' | 'hidden';

export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
  /** Protected against changes (see the protectSheet edit). */
  protected: boolean;
}

export interface TableInfo {
  name: string;
  sheet: string;
  /** Header captions, left to right, as they stand in the workbook. */
  columns: string[];
  /** Address of the whole table including its header row, e.g. `A1:F11` (no sheet). */
  address: string;
  /** Number of data rows, blank rows included (an empty Excel table has one blank row). */
  rowCount: number;
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  tables: TableInfo[];
  /** Workbook-scoped defined names and what they refer to, without the leading `=`. */
  names: Record<string, string>;
  /**
   * What the host can do beyond cells, so domain code can leave a chart or a note out (and say so)
   * instead of failing: `notes` is false in an Excel older than ExcelApi 1.18.
   */
  /** printLayout: setPrintLayout takes effect (elsewhere it is checked, then left out: print set-up is cosmetic). */
  capabilities: { charts: boolean; notes: boolean; printLayout: boolean };
}

export interface TableRows {
  table: string;
  sheet: string;
  columns: string[];
  /** Worksheet row number (1-based) of the first data row; row i of `rows` is worksheet row firstRow + i. */
  firstRow: number;
  /** Column letter of the table's first column. */
  firstColumn: string;
  rows: CellValue[][];
  /**
   * The number formats of the columns asked for in readTables' `numberFormats`, by caption as asked:
   * one per data row, null for General. A % cell holds 0,825 for the 82,5 % a user typed.
   */
  numberFormats?: Record<string, (string | null)[]>;
}

/** Per table (name as asked), the columns (captions) whose number formats are read with the rows. */
export type NumberFormatRequest = Record<string, readonly string[]>;

/** `any` restricts nothing but carries input help; `none` removes the validation altogether. */
export type ValidationRule =
  | { type: 'any' }
  | { type: 'list'; source: string }
  | { type: 'decimal' }
  | { type: 'whole'; min: number; max: number }
  | { type: 'date' }
  /**
   * Allows a value where `formula` is TRUE. Like ConditionalFormat.formula it is written for the
   * column's first data cell with relative references, e.g. `ISNUMBER(G2)`; no leading `=`.
   */
  | { type: 'custom'; formula: string }
  | { type: 'none' };

export interface Validation {
  rule: ValidationRule;
  /** Input help shown when the cell is selected (Excel limits: title 32, message 255 characters). */
  prompt?: { title: string; message: string };
  /** Shown when a typed value breaks the rule. `stop` refuses the value, `warning` asks. */
  error?: { title: string; message: string; style: 'stop' | 'warning' | 'information' };
}

/** A conditional format on a table column: `formula` is written for the column's first data cell (relative references). */
export interface ConditionalFormat {
  formula: string;
  fill: string;
  fontColor?: string;
}

export interface ColumnRules {
  column: string;
  validation: Validation | null;
  formats: ConditionalFormat[];
}

export type Edit =
  /** `position`: the new sheet's 0-based place among all sheets (0: first, at most their number); without it the sheet comes last. */
  | { kind: 'addSheet'; sheet: string; visibility?: SheetVisibility; tabColor?: string; position?: number }
  | { kind: 'setSheetVisibility'; sheet: string; visibility: SheetVisibility }
  | {
      kind: 'addTable';
      sheet: string;
      table: string;
      /** Top-left cell of the header row, e.g. `A1`. */
      at: string;
      columns: string[];
      rows: CellInput[][];
      style?: string;
    }
  /** Appends columns at the right end of a table; existing columns and user columns stay where they are. */
  | { kind: 'addColumns'; table: string; columns: string[] }
  | { kind: 'appendRows'; table: string; rows: CellInput[][] }
  /**
   * The table's data rows become exactly these (one blank row when there are none): the table
   * grows or shrinks, cells it leaves are cleared, and its columns' validations and conditional
   * formats cover the new extent. For tables an operation owns, such as Controle.
   */
  | { kind: 'replaceRows'; table: string; rows: CellInput[][] }
  /**
   * `row` is the 0-based data row index as returned by readTables. `expect` lists cells (the rows'
   * keys, as read) that must still hold those values, or nothing is written: in Excel a co-author
   * may have sorted the table between the read and this write.
   */
  | { kind: 'updateCells'; table: string; cells: { row: number; column: string; value: CellInput }[]; expect?: { row: number; column: string; value: CellValue }[] }
  /** Plain cells outside tables, e.g. the fixed lists on the system sheet. */
  | { kind: 'writeRange'; sheet: string; at: string; values: CellInput[][] }
  | { kind: 'clearRange'; sheet: string; address: string }
  | { kind: 'setName'; name: string; formula: string }
  /** Replaces the validation on the data rows of a table column. */
  | { kind: 'setValidation'; table: string; column: string; validation: Validation }
  /** Replaces every conditional format on the data rows of a table column. */
  | { kind: 'setConditionalFormats'; table: string; column: string; formats: ConditionalFormat[] }
  /** `text: null` removes the note. Only where info().capabilities.notes is true. */
  | { kind: 'setNote'; sheet: string; cell: string; text: string | null }
  /**
   * Column widths in characters, by column letter; a freeze of the first `freezeRows` rows; column
   * letters to hide; column letters whose text wraps inside the cell (so a long text prints inside
   * its column instead of running over the next).
   */
  | { kind: 'setSheetLayout'; sheet: string; widths?: Record<string, number>; freezeRows?: number; hidden?: string[]; wrap?: string[] }
  /**
   * How a sheet prints: on A4 in `orientation`, scaled so every column fits the page width, the
   * rows `titleRows` (e.g. `8:8`) repeated at the top of each page, `header` centred above each page,
   * and a page break before each row of `breaksBefore`, which replace the sheet's manual breaks.
   */
  | { kind: 'setPrintLayout'; sheet: string; orientation: 'portrait' | 'landscape'; titleRows?: string; header?: string; breaksBefore?: number[] }
  /**
   * Protects a sheet without a password: users can still select any cell and resize columns and
   * rows, and change only the cells of `unlocked` (A1 ranges without a sheet, e.g. `H5:I40`).
   * Other cells keep their lock (Excel's default is locked). Applied after every other edit of the
   * list, so the same list may still write to the sheet, also when it was protected before; Excel
   * refuses any other change to locked cells of a protected sheet.
   */
  | { kind: 'protectSheet'; sheet: string; unlocked: string[] }
  /**
   * A line chart of `source`, an A1 range on `sheet` (no sheet prefix) whose first row holds the
   * series names and whose first column the categories (periods), e.g. `A1:D9` under the captions
   * Periode | Waarde | Norm | Vlaams Gewest. Empty cells are gaps in a line (Excel's default for a
   * new chart). The chart covers the cells from `at` (top-left) to `to` (bottom-right) and
   * replaces a chart of the same name on the sheet, so running it again leaves one chart. Only
   * where info().capabilities.charts is true: a protected sheet must be protected again in the
   * same list, as for other changes.
   */
  | { kind: 'setLineChart'; sheet: string; name: string; title: string; source: string; at: string; to: string };

export interface WorkbookPort {
  info(): Promise<WorkbookInfo>;
  /**
   * Reads the header and data rows of the named tables in one go. Unknown names are an error.
   * `numberFormats` adds the number formats of some columns, in the same go (an unknown column is an error).
   */
  readTables(tables: string[], numberFormats?: NumberFormatRequest): Promise<TableRows[]>;
  readRange(sheet: string, address: string): Promise<CellValue[][]>;
  /** Reads the validation and conditional formats of table columns' data rows, one entry per column asked. */
  readColumnRules(table: string, columns: string[]): Promise<ColumnRules[]>;
  /** Reads the note of each cell (null where there is none). Only where info().capabilities.notes is true. */
  readNotes(sheet: string, cells: string[]): Promise<(string | null)[]>;
  /**
   * Applies the edits in order. The whole list is checked against the workbook before anything is
   * changed, so an edit that cannot apply (unknown table, duplicate sheet) changes nothing.
   * Text is always stored as text: a value like `=1+1`, `-5` or `2023-06` is never turned into a
   * formula, number or date.
   */
  apply(edits: Edit[]): Promise<void>;
  /**
   * Shows a cell: in Excel the sheet is activated and the cell selected; in a file the sheet
   * becomes the tab and the cell the active cell it opens on. A hidden sheet cannot be shown.
   */
  select(sheet: string, cell: string): Promise<void>;
}
