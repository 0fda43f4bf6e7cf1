// A worksheet part: its cells in a compact row store, read from the XML in chunks (a Metingen sheet
// of 800k rows is hundreds of MB of XML, more than one string can hold) and written back in chunks;
// every other top-level element of <worksheet> is kept as written, in order.
import { columnLetter, DAYS_1904, dateToSerial, type RangeRef } from '../workbook/address';
import { attributes, childrenOfRoot, rootTag, SPREADSHEETML } from './opc';
import { isTrue } from './xmlElement';
import { escapeText, richText, xmlText } from './xmlText';

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
  /** The `<is>` element of an inline string with formatted runs, written back while the value is unchanged. */
  inline?: string;
  /** The cell's attributes other than r, s and t as written (` cm="1"` of a dynamic array, ` vm="1"`), kept while the value is unchanged. */
  attributes?: string;
}

/**
 * One row: values and styles by column - 1. A style is kept as s + 1 so that 0 means "no cell";
 * rows read with the same styles share one styles array until one of them changes (`ownStyles`).
 */
class Row {
  constructor(
    public values: Stored[],
    public styles: number[],
    public ownStyles: boolean,
    /** The row element's attributes other than r and spans (spans go stale when cells change), as written. */
    public attributes: string,
    public extras: Map<number, CellExtra> | undefined,
  ) {}

  get empty(): boolean {
    return !this.styles.some((s) => s > 0);
  }
}

interface RowLook {
  style: number | undefined;
  hidden: boolean;
}
const PLAIN_ROW: RowLook = { style: undefined, hidden: false };
/** Distinct row attribute texts kept parsed; a sheet with a height of its own on every row starts over. */
const MAX_LOOKS = 4096;

/** The row store: no object per cell, so 800k rows of a dozen columns fit in a few hundred MB. */
export class SheetRows {
  /** Rows by row number (a sparse array). */
  constructor(private readonly byRow: (Row | undefined)[] = []) {}

  /** The styles of the row setCells wrote last, shared with the next when equal. */
  private lastStyles: number[] = [];
  /** Parsed row attributes by their text. */
  private readonly looks = new Map<string, RowLook>();

  /** The value of a cell; null when empty or missing. */
  value(row: number, column: number): Stored {
    return this.byRow[row]?.values[column - 1] ?? null;
  }

  /** The cell's style index (`s`), or undefined when the cell does not exist. */
  style(row: number, column: number): number | undefined {
    const s = this.byRow[row]?.styles[column - 1];
    return s ? s - 1 : undefined;
  }

  extra(row: number, column: number): CellExtra | undefined {
    return this.byRow[row]?.extras?.get(column);
  }

  has(row: number, column: number): boolean {
    return (this.byRow[row]?.styles[column - 1] ?? 0) > 0;
  }

  /** Sets a value (dropping any formula/error/rich extra); `style` replaces the cell's style when given. A number Excel cannot hold (NaN, ±Infinity) is a RangeError: it would be written as an empty cell. */
  set(row: number, column: number, value: Stored, style?: number): void {
    finite(value, row, column);
    const r = this.rowFor(row);
    r.values[column - 1] = value;
    const styles = this.stylesOf(r);
    if (style !== undefined) styles[column - 1] = style + 1;
    else if (!styles[column - 1]) styles[column - 1] = 1;
    this.dropExtra(r, column);
  }

  /**
   * Sets consecutive cells from `column` on (a table row), as set() would each; `styles[i]` undefined
   * keeps the style of an existing cell, and an empty value without a style makes no new cell. A row
   * without cells yet is stored exactly, its styles shared with the row written before it when they
   * are the same: 800k rows appended this way take half the memory of set() per cell.
   */
  setCells(row: number, column: number, values: Stored[], styles?: (number | undefined)[]): void {
    values.forEach((value, i) => finite(value, row, column + i));
    const r = this.rowFor(row);
    const made = (i: number) => values[i] !== null || styles?.[i] !== undefined;
    if (!r.empty) {
      values.forEach((value, i) => (made(i) || r.styles[column - 1 + i] ? this.set(row, column + i, value, styles?.[i]) : undefined));
      return;
    }
    let count = values.length;
    while (count > 0 && !made(count - 1)) count--;
    if (!count) {
      if (!r.attributes) delete this.byRow[row];
      return;
    }
    const width = column - 1 + count;
    const stored: Stored[] = new Array(width);
    const styled: number[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const i = c - column + 1;
      const style = styles?.[i];
      stored[c] = i >= 0 ? values[i] : null;
      styled[c] = i < 0 || !made(i) ? 0 : style === undefined ? 1 : style + 1;
    }
    const last = this.lastStyles;
    const same = last.length === width && last.every((s, c) => s === styled[c]);
    r.values = stored;
    r.styles = same ? last : (this.lastStyles = styled);
    r.ownStyles = false;
    r.extras = undefined;
  }

  setStyle(row: number, column: number, style: number): void {
    this.stylesOf(this.rowFor(row))[column - 1] = style + 1;
  }

  /** Removes the cell (value and style); a row left without cells or attributes goes too. */
  delete(row: number, column: number): void {
    const r = this.byRow[row];
    if (!r || !r.styles[column - 1]) return;
    r.values[column - 1] = null;
    this.stylesOf(r)[column - 1] = 0;
    this.dropExtra(r, column);
    if (!r.attributes && r.empty) delete this.byRow[row];
  }

  /** The row's own style (`s` with customFormat="1"), undefined when none. */
  rowStyle(row: number): number | undefined {
    return this.rowLook(row).style;
  }

  hidden(row: number): boolean {
    return this.rowLook(row).hidden;
  }

  setHidden(row: number, hidden: boolean): void {
    if (this.hidden(row) === hidden) return;
    const r = this.rowFor(row);
    r.attributes = r.attributes.replace(/\s+hidden\s*=\s*("[^"]*"|'[^']*')/, '') + (hidden ? ' hidden="1"' : '');
    if (!r.attributes && r.empty) delete this.byRow[row];
  }

  /** Row numbers that have a row element, ascending. */
  rowNumbers(): number[] {
    const out: number[] = [];
    this.byRow.forEach((_, r) => out.push(r));
    return out;
  }

  /** The columns of a row that have a cell, ascending. */
  columnsOf(row: number): number[] {
    const out: number[] = [];
    this.byRow[row]?.styles.forEach((s, c) => s > 0 && out.push(c + 1));
    return out;
  }

  /** The rectangle of all cells (what `<dimension>` says), undefined when the sheet has none. */
  bounds(): RangeRef | undefined {
    let top = 0;
    let bottom = 0;
    let left = Infinity;
    let right = 0;
    this.byRow.forEach((r, n) => {
      if (!r) return;
      const first = r.styles.findIndex((s) => s > 0);
      if (first < 0) return;
      let last = r.styles.length - 1;
      while (!r.styles[last]) last--;
      if (!top) top = n;
      bottom = n;
      left = Math.min(left, first + 1);
      right = Math.max(right, last + 1);
    });
    return top ? { top, left, bottom, right } : undefined;
  }

  /** The `<row>` elements as UTF-8, in row and column order, in chunks of about `chunkBytes` (whole rows). */
  *xml(context: SheetWriteContext, chunkBytes = CHUNK_BYTES_OUT): Generator<Uint8Array> {
    const out = new ByteChunks(chunkBytes);
    const rows = this.byRow;
    for (let n = 1; n < rows.length; n++) {
      const row = rows[n];
      if (!row) continue;
      const { values, styles, extras } = row;
      const number = String(n);
      out.ascii('<row r="');
      out.ascii(number);
      out.ascii('"');
      if (row.attributes) out.text(row.attributes);
      if (row.empty) {
        out.ascii('/>');
        continue;
      }
      out.ascii('>');
      for (let c = 0; c < styles.length; c++) {
        const s = styles[c];
        if (!s) continue;
        out.ascii('<c r="');
        out.ascii(letters(c));
        out.ascii(number);
        out.ascii(s > 1 ? `" s="${s - 1}"` : '"');
        const value = values[c] ?? null;
        const extra = extras?.get(c + 1);
        if (extra) out.text(extraCell(value, extra, context));
        else if (typeof value === 'number') {
          out.ascii('><v>');
          out.ascii(String(value));
          out.ascii('</v></c>');
        } else if (typeof value === 'string') {
          out.ascii(' t="s"><v>');
          out.ascii(String(context.indexOf(value)));
          out.ascii('</v></c>');
        } else out.ascii(plainCell(value, context));
      }
      out.ascii('</row>');
      if (out.full) yield out.take();
    }
    if (out.size) yield out.take();
  }

  /** What rowStyle() and hidden() read from a row's attributes, parsed once per distinct text (rows share few). */
  private rowLook(row: number): RowLook {
    const text = this.byRow[row]?.attributes;
    if (!text) return PLAIN_ROW;
    let look = this.looks.get(text);
    if (!look) {
      const a = attributes(text);
      look = { style: isTrue(a.customFormat) && a.s !== undefined ? Number(a.s) : undefined, hidden: isTrue(a.hidden) };
      if (this.looks.size >= MAX_LOOKS) this.looks.clear();
      this.looks.set(text, look);
    }
    return look;
  }

  private rowFor(row: number): Row {
    if (!(Number.isInteger(row) && row >= 1 && row <= MAX_ROW)) throw new RangeError(`row ${row} is outside the sheet`);
    return (this.byRow[row] ??= new Row([], [], true, '', undefined));
  }

  /** The row's styles, copied first when shared with other rows. */
  private stylesOf(r: Row): number[] {
    if (!r.ownStyles) {
      r.styles = r.styles.slice();
      r.ownStyles = true;
    }
    return r.styles;
  }

  private dropExtra(r: Row, column: number): void {
    if (r.extras?.delete(column) && !r.extras.size) r.extras = undefined;
  }
}

const MAX_ROW = 1_048_576;

/** The row store holds only numbers a cell can hold, so every number it writes is one. */
function finite(value: Stored, row: number, column: number): void {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`${columnLetter(column)}${row}: ${value} is no number a cell can hold`);
}
/** Bytes per chunk of written XML. */
const CHUNK_BYTES_OUT = 2 << 20;
const encoder = new TextEncoder();

/**
 * Written XML as bytes: most of a sheet is ASCII (tags, references, numbers, shared-string indexes)
 * and goes in byte by byte, so no string per cell is built and collected.
 */
class ByteChunks {
  private buffer: Uint8Array;
  size = 0;

  constructor(private readonly chunkBytes: number) {
    this.buffer = new Uint8Array(chunkBytes + 1024);
  }

  get full(): boolean {
    return this.size >= this.chunkBytes;
  }

  /** Text known to be ASCII. */
  ascii(text: string): void {
    this.room(text.length);
    const { buffer } = this;
    let at = this.size;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.size = at;
  }

  text(text: string): void {
    this.room(text.length * 3);
    this.size += encoder.encodeInto(text, this.buffer.subarray(this.size)).written;
  }

  /** The bytes so far; a new buffer takes the next (the caller may keep these). */
  take(): Uint8Array {
    const out = this.buffer.subarray(0, this.size);
    this.buffer = new Uint8Array(this.chunkBytes + 1024);
    this.size = 0;
    return out;
  }

  private room(bytes: number): void {
    if (this.size + bytes <= this.buffer.length) return;
    const bigger = new Uint8Array(Math.max(2 * this.buffer.length, this.size + bytes));
    bigger.set(this.buffer.subarray(0, this.size));
    this.buffer = bigger;
  }
}

const LETTERS: string[] = [];
const letters = (c: number) => (LETTERS[c] ??= columnLetter(c + 1));

/** The rest of a cell without extras, after `<c r s`. */
function plainCell(value: Stored, context: SheetWriteContext): string {
  switch (typeof value) {
    case 'number':
      return `><v>${value}</v></c>`;
    case 'string':
      return ` t="s"><v>${context.indexOf(value)}</v></c>`;
    case 'boolean':
      return ` t="b"><v>${value ? 1 : 0}</v></c>`;
    default:
      return '/>';
  }
}

/** The rest of a cell with a formula, an error, a rich text or attributes of its own, after `<c r s`. */
function extraCell(value: Stored, extra: CellExtra, context: SheetWriteContext): string {
  const more = extra.attributes ?? '';
  if (extra.inline !== undefined) return `${more} t="inlineStr">${extra.inline}</c>`;
  if (extra.rich !== undefined) return `${more} t="s"><v>${extra.rich}</v></c>`;
  const formula = extra.formula ?? '';
  if (!formula) {
    if (extra.error && value !== null) return `${more} t="e"><v>${escapeText(String(value))}</v></c>`;
    const rest = plainCell(value, context);
    return more + rest;
  }
  // A formula's cached value: text is t="str" (no shared string), a number has no type.
  switch (typeof value) {
    case 'number':
      return `${more}>${formula}<v>${value}</v></c>`;
    case 'string':
      return `${more} t="${extra.error ? 'e' : 'str'}">${formula}<v>${escapeText(value)}</v></c>`;
    case 'boolean':
      return `${more} t="b">${formula}<v>${value ? 1 : 0}</v></c>`;
    default:
      return `${more}>${formula}</c>`;
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
export const SHEET_ORDER =
  'sheetPr dimension sheetViews sheetFormatPr cols sheetData sheetCalcPr sheetProtection protectedRanges scenarios autoFilter sortState dataConsolidate customSheetViews mergeCells phoneticPr conditionalFormatting dataValidations hyperlinks printOptions pageMargins pageSetup headerFooter rowBreaks colBreaks customProperties cellWatches ignoredErrors smartTags drawing legacyDrawing legacyDrawingHF drawingHF picture oleObjects controls webPublishItems tableParts extLst'.split(
    ' ',
  );

/** A top-level element of the worksheet: its local name and XML as written; sheetData is a place holder (null). */
export interface SheetElement {
  name: string;
  xml: string | null;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Bytes decoded at a time. */
const CHUNK_BYTES = 8 << 20;

export class SheetPart {
  rows = new SheetRows();
  private prolog = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  private root = `<worksheet xmlns="${SPREADSHEETML}" xmlns:r="${REL}">`;
  private children: SheetElement[] = [];

  /** Reads the part's bytes in chunks (`chunkBytes` at a time); never decodes it into one string. */
  static parse(bytes: Uint8Array, context: SheetReadContext, chunkBytes = CHUNK_BYTES): SheetPart {
    const slices = function* () {
      for (let at = 0; at < bytes.length; at += chunkBytes) yield bytes.subarray(at, at + chunkBytes);
    };
    return SheetPart.parseChunks(slices(), context);
  }

  /** Reads the part from its bytes in pieces (ZipPackage.chunks: inflated as they are read), each dropped once read. */
  static parseChunks(chunks: Iterable<Uint8Array>, context: SheetReadContext): SheetPart {
    const reader = new SheetReader(context);
    for (const chunk of chunks) reader.push(chunk);
    return reader.end();
  }

  /** A new, empty sheet. */
  static empty(): SheetPart {
    const part = new SheetPart();
    part.children = [
      {
        name: 'sheetViews',
        xml: '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
      },
      { name: 'sheetFormatPr', xml: '<sheetFormatPr defaultRowHeight="15"/>' },
      { name: 'sheetData', xml: null },
      {
        name: 'pageMargins',
        xml: '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
      },
    ];
    return part;
  }

  /** What the reader found around the cells. */
  static from(prolog: string, root: string, children: SheetElement[], rows: SheetRows): SheetPart {
    const part = new SheetPart();
    part.prolog = prolog;
    part.root = root;
    part.children = children.some((e) => e.name === 'sheetData') ? children : ordered([...children, { name: 'sheetData', xml: null }]);
    part.rows = rows;
    return part;
  }

  /** The raw XML of the first top-level element with this local name (e.g. `sheetViews`), undefined when absent. */
  element(name: string): string | undefined {
    return this.elements(name)[0];
  }

  /** All top-level elements with this local name (conditionalFormatting comes several times). */
  elements(name: string): string[] {
    return this.children.flatMap((e) => (e.name === name && e.xml !== null ? [e.xml] : []));
  }

  /** Replaces every element with this local name by `xml` (none: removed), placed in SHEET_ORDER. */
  setElements(name: string, xml: string[]): void {
    if (name === 'sheetData') throw new Error('sheetData is written from the rows');
    const at = this.children.findIndex((e) => e.name === name);
    const rest = this.children.filter((e) => e.name !== name);
    const added = xml.map((x) => ({ name, xml: x }));
    rest.splice(at < 0 ? rest.length : at, 0, ...added);
    this.children = ordered(rest);
  }

  /**
   * The part as UTF-8, one chunk at a time (compress each before the next is made: a long sheet is
   * never all in memory): root start tag as read (namespaces kept), children in order, sheetData
   * from the rows, `dimension` recomputed.
   */
  *xmlBytes(context: SheetWriteContext, chunkBytes = CHUNK_BYTES_OUT): Generator<Uint8Array> {
    const bounds = this.rows.bounds();
    const ref = bounds ? `${letters(bounds.left - 1)}${bounds.top}${bounds.bottom === bounds.top && bounds.left === bounds.right ? '' : `:${letters(bounds.right - 1)}${bounds.bottom}`}` : 'A1';
    const dimension = this.children.some((e) => e.name === 'dimension') ? this.children : ordered([...this.children, { name: 'dimension', xml: null }]);
    const children = dimension.map((e) => (e.name === 'dimension' ? { name: e.name, xml: `<dimension ref="${ref}"/>` } : e));
    const at = children.findIndex((e) => e.name === 'sheetData');
    const join = (list: SheetElement[]) => list.map((e) => e.xml ?? '').join('');
    yield encoder.encode(`${this.prolog}${unprefixedRoot(this.root)}${join(children.slice(0, at))}<sheetData>`);
    yield* this.rows.xml(context, chunkBytes);
    yield encoder.encode(`</sheetData>${join(children.slice(at + 1))}</${/^<([^\s/>]+)/.exec(this.root)![1]}>`);
  }
}

/** The local name that places an element: for `mc:AlternateContent` (Excel's wrapper of controls and OLE objects), the element it wraps. */
const placedAs = (e: SheetElement) => (e.name === 'AlternateContent' && e.xml ? (/<(?:[\w.-]+:)?Choice\b[^>]*>\s*<(?:[\w.-]+:)?([\w.-]+)/.exec(e.xml)?.[1] ?? e.name) : e.name);

/** The children with known names in SHEET_ORDER; an unknown one keeps its place after the element before it. */
function ordered(children: SheetElement[]): SheetElement[] {
  let rank = -1;
  const ranked = children.map((e) => {
    const known = SHEET_ORDER.indexOf(placedAs(e));
    if (known >= 0) rank = known;
    return { e, rank: known >= 0 ? known : rank };
  });
  return ranked.sort((a, b) => a.rank - b.rank).map((r) => r.e);
}

/** A root written with a prefix (`<x:worksheet xmlns:x=…>`) gets the main namespace as default too, for the unprefixed elements written into it. */
function unprefixedRoot(root: string): string {
  const prefix = /^<([\w.-]+):/.exec(root)?.[1];
  if (!prefix || /\sxmlns\s*=/.test(root)) return root;
  const uri = new RegExp(`\\sxmlns:${prefix}\\s*=\\s*["']([^"']*)["']`).exec(root)?.[1] ?? SPREADSHEETML;
  return root.replace(/\s*(\/?>)$/, ` xmlns="${uri}"$1`);
}

/**
 * A copy of a string that does not hold on to the chunk it was cut from (V8 keeps substrings of 13
 * characters or more as slices of their parent: one cell's text would keep 8 MB of XML alive). A JSON
 * round trip makes a flat copy; measured, it keeps less than the `(s + ' ').slice(0, -1)` idiom.
 */
const own = (s: string) => (s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string));

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
const endsName = (c: number) => c === 62 || c === 47 || isSpace(c);
/** The next `<` from `from`: mostly right there, one element follows the other. */
const tagAt = (text: string, from: number) => (text.charCodeAt(from) === 60 ? from : text.indexOf('<', from));

const ISO = /^(?:(\d{4,})-(\d{2})-(\d{2}))?(?:[T ]?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** An ISO date/time (t="d") as a serial in the file's date system; the text itself when it is no ISO date. */
export function isoToSerial(text: string, date1904: boolean): number | string {
  const m = ISO.exec(text.trim());
  if (!m || (!m[1] && !m[4])) return text;
  const days = m[1] ? excelDays(dateToSerial(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))), date1904) : 0;
  const seconds = m[4] ? Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0) : 0;
  return days + seconds / 86_400;
}

/**
 * A true day count from 1899-12-30 as Excel numbers it: 1904 serials start 1462 days later, and the
 * 1900 system counts a 29 February 1900 that never was (serial 60), so the days from 1 January to
 * 28 February 1900 are one lower (1900-01-01 is 1). Day 0 stays 0: the day a time without a date has (openpyxl).
 */
function excelDays(days: number, date1904: boolean): number {
  if (date1904) return days - DAYS_1904;
  return days >= 1 && days < 61 ? days - 1 : days;
}

/** The scanner: the text before <sheetData> (head), the cells, and the text after (tail). */
class SheetReader {
  private readonly decoder = new TextDecoder('utf-8');
  private phase: 'head' | 'cells' | 'tail' = 'head';
  private head = '';
  private tail = '';
  /** Undecided text of the cells: an element not yet complete at the end of a chunk. */
  private carry = '';
  /** `x:` when the sheet's elements are prefixed. */
  private prefix = '';
  /** End tags of a cell and its children, with the prefix. */
  private close = { c: '</c>', v: '</v>', f: '</f>', is: '</is>' };
  /** A formatted run in an inline string. */
  private run = /<r[\s>]/;
  private readonly byRow: (Row | undefined)[] = [];
  private readonly texts: string[] = [];
  private readonly richTexts: boolean[] = [];
  private readonly attribute = new Attributes();
  /** Row element attributes, one string per distinct text. */
  private readonly rowAttributes = new Map<string, string>();
  private lastStyles: number[] = [];
  // The row being read.
  private row = 0;
  private inRow = false;
  private column = 0;
  private width = 0;
  private values: Stored[] = [];
  private styles: number[] = [];
  private attributes = '';
  private extras: Map<number, CellExtra> | undefined;

  constructor(private readonly context: SheetReadContext) {}

  push(bytes: Uint8Array): void {
    this.take(this.decoder.decode(bytes, { stream: true }));
  }

  end(): SheetPart {
    this.take(this.decoder.decode());
    if (this.phase === 'cells') throw new Error('worksheet ends inside <sheetData>');
    if (this.inRow) this.endRow();
    const head = this.head;
    const root = rootTag(head);
    const pick = (xml: string, inside: boolean): SheetElement[] =>
      childrenOfRoot(xml, inside).map((c) => ({
        name: c.name,
        xml: xml.slice(c.start, c.end),
      }));
    const before = pick(head, false);
    const children = this.phase === 'tail' ? [...before, { name: 'sheetData', xml: null }, ...pick(this.tail, true)] : before;
    return SheetPart.from(head.slice(0, root.start), root.tag, children, new SheetRows(this.byRow));
  }

  private take(text: string): void {
    if (!text) return;
    if (this.phase === 'tail') this.tail += text;
    else if (this.phase === 'cells') this.cells(this.carry + text);
    else {
      const from = Math.max(0, this.head.length - 64);
      this.head += text;
      const m = /<([\w.-]+:)?sheetData(?=[\s/>])/g;
      m.lastIndex = from;
      const found = m.exec(this.head);
      if (!found) return;
      const end = this.head.indexOf('>', found.index);
      if (end < 0) return;
      this.prefix = found[1] ?? '';
      this.close = {
        c: `</${this.prefix}c>`,
        v: `</${this.prefix}v>`,
        f: `</${this.prefix}f>`,
        is: `</${this.prefix}is>`,
      };
      this.run = new RegExp(`<${this.prefix}r[\\s>]`);
      const rest = this.head.slice(end + 1);
      const selfClosing = this.head.charCodeAt(end - 1) === 47;
      this.head = this.head.slice(0, found.index);
      if (selfClosing) {
        this.phase = 'tail';
        this.tail = rest;
      } else {
        this.phase = 'cells';
        this.cells(rest);
      }
    }
  }

  /** Reads the row and cell elements in `text`; keeps an incomplete last one for the next chunk. */
  private cells(text: string): void {
    const p = this.prefix.length;
    let pos = 0;
    for (;;) {
      const lt = tagAt(text, pos);
      if (lt < 0) {
        pos = text.length;
        break;
      }
      const gt = text.indexOf('>', lt);
      if (gt < 0) break;
      const closing = text.charCodeAt(lt + 1) === 47;
      const nameAt = lt + (closing ? 2 : 1) + p;
      let nameEnd = nameAt;
      while (nameEnd < gt && !isSpace(text.charCodeAt(nameEnd)) && text.charCodeAt(nameEnd) !== 47) nameEnd++;
      const length = nameEnd - nameAt;
      if (length === 1 && text.charCodeAt(nameAt) === 99 /* c */ && !closing) {
        const next = this.cell(text, nameEnd, gt);
        if (next < 0) break;
        pos = next;
      } else if (length === 3 && text.startsWith('row', nameAt)) {
        if (closing) this.endRow();
        else this.startRow(text, nameEnd, gt);
        pos = gt + 1;
      } else if (closing && length === 9 && text.startsWith('sheetData', nameAt)) {
        if (this.inRow) this.endRow();
        this.phase = 'tail';
        this.tail = text.slice(gt + 1);
        this.carry = '';
        return;
      } else if (text.startsWith('<!--', lt)) {
        const end = text.indexOf('-->', lt);
        if (end < 0) break;
        pos = end + 3;
      } else if (closing || text.charCodeAt(gt - 1) === 47) pos = gt + 1;
      else {
        // Anything else (a row's extLst): skipped whole.
        const name = text.slice(lt + 1, nameEnd);
        const close = text.indexOf(`</${name}>`, gt);
        if (close < 0) break;
        pos = close + name.length + 3;
      }
    }
    this.carry = text.slice(pos);
  }

  private startRow(text: string, from: number, gt: number): void {
    if (this.inRow) this.endRow();
    let row = 0;
    let rest = '';
    const a = this.attribute.start(text, from, gt);
    while (a.next()) {
      const length = a.nameEnd - a.nameAt;
      if (length === 1 && text.charCodeAt(a.nameAt) === 114 /* r */) row = digits(text, a.valueAt, a.valueEnd);
      else if (!(length === 5 && text.startsWith('spans', a.nameAt))) rest += text.slice(a.nameAt - 1, a.end);
    }
    this.row = row || this.row + 1;
    this.inRow = true;
    this.column = 0;
    this.attributes = rest ? this.interned(rest.replace(/^\s*/, ' ')) : '';
    if (text.charCodeAt(gt - 1) === 47) this.endRow();
  }

  private interned(attributes: string): string {
    let kept = this.rowAttributes.get(attributes);
    if (kept === undefined) this.rowAttributes.set((kept = own(attributes)), kept);
    return kept;
  }

  private endRow(): void {
    const width = this.width;
    const values: Stored[] = new Array(width);
    let styles = this.lastStyles;
    let same = styles.length === width;
    for (let c = 0; c < width; c++) {
      values[c] = this.values[c];
      this.values[c] = null;
      if (same && styles[c] !== this.styles[c]) same = false;
    }
    if (!same) {
      styles = this.styles.slice(0, width);
      this.lastStyles = styles;
    }
    this.styles.fill(0, 0, width);
    this.byRow[this.row] = new Row(values, styles, false, this.attributes, this.extras);
    this.inRow = false;
    this.width = 0;
    this.extras = undefined;
  }

  /** Reads the `<c>` whose attributes lie between `from` and `gt`; returns where the text after it starts, or -1 when it is not complete yet. */
  private cell(text: string, from: number, gt: number): number {
    let end = gt + 1;
    let content = end;
    let contentEnd = end;
    if (text.charCodeAt(gt - 1) !== 47) {
      const close = text.indexOf(this.close.c, gt);
      if (close < 0) return -1;
      contentEnd = close;
      end = close + this.close.c.length;
    }
    if (!this.inRow) this.startRow('', 0, 0);
    let column = 0;
    let style = 0;
    let type = 'n';
    let more = '';
    const a = this.attribute.start(text, from, gt);
    while (a.next()) {
      const name = a.nameEnd - a.nameAt === 1 ? text.charCodeAt(a.nameAt) : 0;
      if (name === 114 /* r */) column = columnOf(text, a.valueAt, a.valueEnd);
      else if (name === 115 /* s */) style = digits(text, a.valueAt, a.valueEnd);
      else if (name === 116 /* t */) type = text.slice(a.valueAt, a.valueEnd);
      else more += text.slice(a.nameAt - 1, a.end);
    }
    column ||= this.column + 1;
    this.column = column;
    // The scratch arrays stay packed: columns without a cell hold 0 and null.
    for (let c = this.width; c < column; c++) {
      this.styles[c] = 0;
      this.values[c] = null;
    }
    if (column > this.width) this.width = column;
    this.styles[column - 1] = style + 1;
    let value: Stored = null;
    let extra: CellExtra | undefined = more ? { attributes: own(more.replace(/^\s*/, ' ')) } : undefined;
    let hasValue = false;
    /** The `<v>` text, null when it was read in place as `number`. */
    let raw: string | null = null;
    let number = NaN;
    // The cell's children: <v>, <f>, <is>.
    for (let at = tagAt(text, content); at >= 0 && at < contentEnd; at = tagAt(text, at)) {
      const tagEnd = text.indexOf('>', at);
      const nameAt = at + 1 + this.prefix.length;
      const selfClosing = text.charCodeAt(tagEnd - 1) === 47;
      const child = text.charCodeAt(nameAt);
      const after = text.charCodeAt(nameAt + 1);
      if (child === 118 /* v */ && endsName(after)) {
        const close = selfClosing ? tagEnd : text.indexOf(this.close.v, tagEnd);
        // Numbers, the most cells, are read in place; the text is cut out for the others.
        const valueEnd = selfClosing ? tagEnd + 1 : close;
        number = type === 'n' || type === 's' ? decimal(text, tagEnd + 1, valueEnd) : NaN;
        raw = Number.isNaN(number) ? text.slice(tagEnd + 1, valueEnd) : null;
        hasValue = true;
        at = close + 1;
      } else if (child === 102 /* f */ && endsName(after)) {
        const fEnd = selfClosing ? tagEnd + 1 : text.indexOf(this.close.f, tagEnd) + this.close.f.length;
        (extra ??= {}).formula = own(text.slice(at, fEnd));
        at = fEnd;
      } else if (child === 105 /* i */ && after === 115 /* s */ && endsName(text.charCodeAt(nameAt + 2))) {
        const close = selfClosing ? tagEnd : text.indexOf(this.close.is, tagEnd);
        const inner = selfClosing ? '' : text.slice(tagEnd + 1, close);
        value = own(richText(inner));
        if (this.run.test(inner)) (extra ??= {}).inline = own(text.slice(at, close + this.close.is.length));
        at = selfClosing ? tagEnd + 1 : close + 1;
      } else at = tagEnd + 1;
    }
    if (hasValue) {
      switch (type) {
        case 's': {
          const i = raw === null ? number : raw ? Number(raw) : NaN;
          if (Number.isInteger(i) && i >= 0) {
            // The same text read from the shared strings is one string however many cells hold it.
            value = this.texts[i] ??= this.context.text(i);
            if ((this.richTexts[i] ??= this.context.rich(i))) (extra ??= {}).rich = i;
          }
          break;
        }
        case 'str':
          value = own(xmlText(raw ?? ''));
          break;
        case 'b':
          value = raw === '1' || raw === 'true';
          break;
        case 'e':
          value = own(xmlText(raw ?? ''));
          (extra ??= {}).error = true;
          break;
        case 'd':
          value = isoToSerial(xmlText(raw ?? ''), this.context.date1904);
          if (typeof value === 'string') value = own(value);
          break;
        case 'inlineStr':
          break;
        default: {
          // A number cell whose <v> is no number (`abc`, `1e999`) keeps its text: NaN would be written back as an empty cell.
          const parsed = raw === null ? number : raw ? Number(raw) : null;
          value = parsed === null || Number.isFinite(parsed) ? parsed : own(xmlText(raw as string));
        }
      }
    }
    this.values[column - 1] = value;
    if (extra) (this.extras ??= new Map()).set(column, extra);
    else this.extras?.delete(column);
    return end;
  }
}

/** A cursor over the `name="value"` pairs of a start tag, one object reused for every tag. */
class Attributes {
  private text = '';
  private at = 0;
  private to = 0;
  nameAt = 0;
  nameEnd = 0;
  valueAt = 0;
  valueEnd = 0;
  /** Just after the closing quote. */
  end = 0;

  start(text: string, from: number, to: number): this {
    this.text = text;
    this.at = from;
    this.to = to;
    return this;
  }

  next(): boolean {
    const { text, to } = this;
    let i = this.at;
    // Character loops, not indexOf: the distances are a few characters and this runs for every cell.
    while (i < to && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 47)) i++;
    let eq = i;
    while (eq < to && text.charCodeAt(eq) !== 61 /* = */) eq++;
    if (eq >= to) return false;
    let nameEnd = eq;
    while (isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
    let q = eq + 1;
    while (isSpace(text.charCodeAt(q))) q++;
    const quote = text.charCodeAt(q);
    let close = q + 1;
    while (close < to && text.charCodeAt(close) !== quote) close++;
    if (close >= to) return false;
    this.nameAt = i;
    this.nameEnd = nameEnd;
    this.valueAt = q + 1;
    this.valueEnd = close;
    this.end = this.at = close + 1;
    return true;
  }
}

const POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * A plain decimal (`-12.5`, at most 15 digits, no exponent) read in place, NaN for anything else
 * (and an empty text). An integer of up to 15 digits divided by an exact power of ten is correctly
 * rounded, the same double Number() gives.
 */
function decimal(text: string, from: number, to: number): number {
  let i = from;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  let n = 0;
  let count = 0;
  let point = -1;
  for (; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) {
      n = n * 10 + d;
      count++;
    } else if (d === -2 && point < 0) point = i;
    else return NaN;
  }
  if (!count || count > 15) return NaN;
  const value = point < 0 ? n : n / POWERS[to - point - 1];
  return negative ? -value : value;
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return n;
    n = n * 10 + d;
  }
  return n;
}

/** The column of a cell reference (`AB12` → 28), 0 when there is none. */
function columnOf(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    n = n * 26 + c - 96;
  }
  return n;
}
