// SKELETON (lead): a worksheet part: its cells in a compact row store, read from the XML in chunks
// (a Metingen sheet of 800k rows is hundreds of MB of XML, more than one string can hold) and
// written back in chunks; every other top-level element of <worksheet> is kept as written, in order.

/** A cell's value as the row store keeps it: text, a number (serial as in the file), a boolean; null is empty. */
export type Stored = string | number | boolean | null;

/** What a few cells have beyond a plain value. */
export interface CellExtra {
  /** The `<f>` element as written: a formula cell (its cached value is the cell's value). */
  formula?: string;
  /** The value is an error (`#N/A`, `#DIV/0!`), written back as t="e". */
  error?: boolean;
  /** Shared-strings index of a rich-text value, written back as that index while the value is unchanged. */
  rich?: number;
}

export class SheetRows {
  /** The value of a cell; null when empty or missing. */
  value(row: number, column: number): Stored {
    throw new Error('todo');
  }

  /** The cell's style index (`s`), or undefined when the cell does not exist. */
  style(row: number, column: number): number | undefined {
    throw new Error('todo');
  }

  extra(row: number, column: number): CellExtra | undefined {
    throw new Error('todo');
  }

  has(row: number, column: number): boolean {
    throw new Error('todo');
  }

  /** Sets a value (dropping any formula/error/rich extra); `style` replaces the cell's style when given. */
  set(row: number, column: number, value: Stored, style?: number): void {
    throw new Error('todo');
  }

  setStyle(row: number, column: number, style: number): void {
    throw new Error('todo');
  }

  /** Removes the cell (value and style). */
  delete(row: number, column: number): void {
    throw new Error('todo');
  }

  /** The row's own style (`s` with customFormat="1"), undefined when none. */
  rowStyle(row: number): number | undefined {
    throw new Error('todo');
  }

  hidden(row: number): boolean {
    throw new Error('todo');
  }

  setHidden(row: number, hidden: boolean): void {
    throw new Error('todo');
  }

  /** Row numbers that have a row element, ascending. */
  rowNumbers(): number[] {
    throw new Error('todo');
  }

  /** The columns of a row that have a cell, ascending. */
  columnsOf(row: number): number[] {
    throw new Error('todo');
  }
}

export interface SheetReadContext {
  /** Shared-string texts by index; `rich(i)` says whether entry i has formatted runs. */
  text(i: number): string;
  rich(i: number): boolean;
  /** For t="d" (ISO dates, written by LibreOffice/openpyxl): serials count from 1904-01-01. */
  date1904: boolean;
}

export interface SheetWriteContext {
  /** The shared-strings index of a plain text (appended when new). */
  indexOf(text: string): number;
}

/** ECMA-376 part 1 §18.3.1.99: the order of <worksheet>'s children. */
export const SHEET_ORDER = 'sheetPr dimension sheetViews sheetFormatPr cols sheetData sheetCalcPr sheetProtection protectedRanges scenarios autoFilter sortState dataConsolidate customSheetViews mergeCells phoneticPr conditionalFormatting dataValidations hyperlinks printOptions pageMargins pageSetup headerFooter rowBreaks colBreaks customProperties cellWatches ignoredErrors smartTags drawing legacyDrawing legacyDrawingHF drawingHF picture oleObjects controls webPublishItems tableParts extLst'.split(' ');

export class SheetPart {
  rows = new SheetRows();

  /** Reads the part's bytes in chunks; never decodes it into one string. */
  static parse(bytes: Uint8Array, context: SheetReadContext): SheetPart {
    throw new Error('todo');
  }

  /** A new, empty sheet. */
  static empty(): SheetPart {
    throw new Error('todo');
  }

  /** The raw XML of the first top-level element with this local name (e.g. `sheetViews`), undefined when absent. */
  element(name: string): string | undefined {
    throw new Error('todo');
  }

  /** All top-level elements with this local name (conditionalFormatting comes several times). */
  elements(name: string): string[] {
    throw new Error('todo');
  }

  /** Replaces every element with this local name by `xml` (none: removed), placed in SHEET_ORDER. */
  setElements(name: string, xml: string[]): void {
    throw new Error('todo');
  }

  /** The part in chunks: root start tag as read (namespaces kept), children in order, sheetData from the rows, `dimension` recomputed. */
  toXml(context: SheetWriteContext): string[] {
    throw new Error('todo');
  }
}
