// Checks a whole edit list against a snapshot of the workbook before anything is queued, and
// resolves what each write needs (row offsets, whether a name or note already exists). Pure: no
// Office.js here, so an edit list that cannot apply is refused with a Dutch message and nothing
// written. The shared checkEdits runs first, so both adapters refuse the same lists; what is
// checked here on top is what Excel itself would refuse halfway through a batch (overlapping
// tables, a name that looks like a cell, hiding the last visible sheet, numbers Excel cannot hold).
// The snapshot is updated edit by edit, so later edits see earlier ones (a table added, then
// validated; a column added, then filled).
import { cellAddress, columnIndex, parseCell, parseRange, rangeAddress, type RangeRef } from './address';
import { refuse } from '../rules';
import { checkEdits } from './checkEdits';
import { isLink } from './links';
import type { CellInput, CellValue, ConditionalFormat, Edit, SheetInfo, SheetVisibility, Validation, WorkbookInfo } from './port';

export interface TableShape {
  name: string;
  sheet: string;
  /** The whole table, header row included. */
  range: RangeRef;
  columns: string[];
  /** Data rows, blank rows included. */
  rowCount: number;
  /** True when the table's only data row is entirely blank, as in a freshly made empty table. */
  onlyRowBlank: boolean;
  /**
   * Columns (0-based) whose last data row has a percent number format, where Excel gives rows added
   * below that format too (an xlsx file does not): 45 would show as 4500 % and read as 4500.
   */
  percentColumns?: number[];
}

export interface WorkbookSnapshot {
  sheets: SheetInfo[];
  tables: TableShape[];
  /** Defined names and their formulas without `=`. */
  names: Record<string, string>;
  /** Cells named by setNote edits that already hold a note, as noteKey(sheet, cell). */
  notes: Set<string>;
  /** Charts named by setLineChart edits that already exist, as chartKey(sheet, name). */
  charts: Set<string>;
  /**
   * What a cell named in updateCells' `expect` holds now: data row `row` of the table and column
   * (names as the edit gives them, whatever their case); undefined when nothing was read there.
   */
  expected(table: string, row: number, column: string): CellValue | undefined;
}

/** Identifies a cell of a table's data rows whatever the case of the table and column names. */
export function expectKey(table: string, row: number, column: string): string {
  return `${table.toLowerCase()}|${row}|${column.toLowerCase()}`;
}

/**
 * The plan assumes every capability: the adapter refuses an edit the host cannot do before it reads
 * anything (checkCapabilities with the host's own, see capabilities.ts).
 */
const PLANNED_CAPABILITIES: WorkbookInfo['capabilities'] = { charts: true, notes: true, printLayout: true };

/** A rectangle of cells in the data rows of a table, 0-based from its top-left cell. */
export interface TableCellBlock {
  row: number;
  column: number;
  values: CellInput[][];
}

/** Writes of content and structure: queued first, in edit order. */
export type ValueStep =
  /** First of all, so the list can write to a sheet it protects again at the end. */
  | { kind: 'unprotectSheet'; sheet: string }
  | { kind: 'addSheet'; sheet: string; position?: number }
  /** Plain cells from (`top`, `left`), 1-based; also the header and rows of a new table. */
  | { kind: 'writeBlock'; sheet: string; top: number; left: number; values: CellInput[][] }
  | { kind: 'createTable'; sheet: string; table: string; address: string; style?: string }
  | { kind: 'addColumns'; table: string; columns: string[] }
  | { kind: 'writeTableCells'; table: string; blocks: TableCellBlock[] }
  /** Rows added at the bottom; `firstIndex` is the data row index the first of them gets. */
  | { kind: 'addRows'; table: string; firstIndex: number; rows: CellInput[][] }
  /** Whole data rows overwritten from data row `firstIndex`. */
  | { kind: 'writeTableRows'; table: string; firstIndex: number; rows: CellInput[][] }
  /** Data rows deleted with the cells below them moving up: the table shrinks. */
  | { kind: 'deleteRows'; table: string; firstIndex: number; count: number }
  /** A user's filter hides rows; deleting or rewriting rows under it fails in Excel (ExcelApi 1.2). */
  | { kind: 'clearFilters'; table: string }
  /** Removes every link (and the link look) from a table's data rows. */
  | { kind: 'removeLinks'; table: string }
  | { kind: 'clearRange'; sheet: string; address: string }
  | { kind: 'setName'; name: string; formula: string; exists: boolean };

/** Formats, rules and sheet looks: queued after every value, as Excel on the web prefers. */
export type FormatStep =
  | { kind: 'sheetLook'; sheet: string; visibility?: SheetVisibility; tabColor?: string }
  | { kind: 'setValidation'; table: string; column: string; validation: Validation }
  | { kind: 'setConditionalFormats'; table: string; column: string; formats: ConditionalFormat[] }
  | { kind: 'setNote'; sheet: string; cell: string; text: string | null; exists: boolean }
  | { kind: 'setSheetLayout'; sheet: string; widths: Record<string, number>; freezeRows?: number; hidden: string[]; wrap: string[] }
  | { kind: 'setPrintLayout'; sheet: string; orientation: 'portrait' | 'landscape'; titleRows?: string; header?: string; breaksBefore: number[] }
  /**
   * Replaces the chart named `name` when `exists`. `series` is the source without its first column
   * (a row of names over a column per series), `categories` that first column without its header.
   */
  | { kind: 'setLineChart'; sheet: string; name: string; title: string; series: string; categories: string; at: string; to: string; exists: boolean }
  /** Last of all: Excel refuses most changes to a protected sheet. `unlocked` holds normalised addresses. */
  | { kind: 'protectSheet'; sheet: string; unlocked: string[] };

export interface Plan {
  values: ValueStep[];
  formats: FormatStep[];
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_CELL_TEXT = 32_767;
const MAX_COLUMN_WIDTH = 255;

/** Identifies a note's cell whatever the case of the sheet name or `$` signs in the address. */
export function noteKey(sheet: string, cell: string): string {
  const at = parseCell(cell);
  return `${sheet.toLowerCase()}!${cellAddress(at.row, at.column)}`;
}

/** Identifies a chart: its sheet, whatever the case of that name, and its own name. */
export function chartKey(sheet: string, name: string): string {
  return `${sheet.toLowerCase()}!${name}`;
}

/** Turns an edit list into steps, or throws an Error naming the first sheet, table or column that does not fit. */
export function planEdits(snapshot: WorkbookSnapshot, edits: Edit[]): Plan {
  checkEdits(toInfo(snapshot), edits);
  const planner = new Planner(snapshot);
  for (const edit of edits) planner.add(edit);
  return planner.finish();
}

class Planner {
  private readonly plan: Plan = { values: [], formats: [] };
  private readonly sheets = new Map<string, SheetInfo>();
  /** Visibility before the edit list, by lower-case name; a new sheet starts visible. */
  private readonly visibleBefore = new Map<string, SheetVisibility>();
  private readonly tables = new Map<string, TableShape>();
  private readonly names = new Map<string, { name: string; formula: string }>();
  private readonly notes: Set<string>;
  private readonly charts: Set<string>;
  private readonly expected: WorkbookSnapshot['expected'];
  /** The protectSheet step of each sheet (by lower-case name): one per sheet, as Excel refuses to protect a protected sheet. */
  private readonly protections = new Map<string, Extract<FormatStep, { kind: 'protectSheet' }>>();

  constructor(snapshot: WorkbookSnapshot) {
    // Excel compares sheet, table and defined names without regard to case.
    for (const sheet of snapshot.sheets) this.sheets.set(sheet.name.toLowerCase(), { ...sheet });
    for (const sheet of snapshot.sheets) this.visibleBefore.set(sheet.name.toLowerCase(), sheet.visibility);
    for (const table of snapshot.tables) this.tables.set(table.name.toLowerCase(), { ...table, columns: [...table.columns], range: { ...table.range } });
    for (const [name, formula] of Object.entries(snapshot.names)) this.names.set(name.toLowerCase(), { name, formula });
    this.notes = new Set(snapshot.notes);
    this.charts = new Set(snapshot.charts);
    this.expected = snapshot.expected;
  }

  add(edit: Edit): void {
    switch (edit.kind) {
      case 'addSheet': return this.addSheet(edit.sheet, edit.visibility, edit.tabColor, edit.position);
      case 'setSheetVisibility': return this.setSheetVisibility(edit.sheet, edit.visibility);
      case 'addTable': return this.addTable(edit);
      case 'addColumns': return this.addColumns(edit.table, edit.columns);
      case 'appendRows': return this.appendRows(edit.table, edit.rows);
      case 'replaceRows': return this.replaceRows(edit.table, edit.rows);
      case 'updateCells': return this.updateCells(edit.table, edit.cells, edit.expect ?? []);
      case 'writeRange': return this.writeRange(edit.sheet, edit.at, edit.values);
      case 'clearRange': return this.clearRange(edit.sheet, edit.address);
      case 'setName': return this.setName(edit.name, edit.formula);
      case 'setValidation': return this.setValidation(edit.table, edit.column, edit.validation);
      case 'setConditionalFormats': return this.setConditionalFormats(edit.table, edit.column, edit.formats);
      case 'setNote': return this.setNote(edit.sheet, edit.cell, edit.text);
      case 'setSheetLayout': return this.setSheetLayout(edit.sheet, edit.widths ?? {}, edit.freezeRows, edit.hidden ?? [], edit.wrap ?? []);
      case 'setPrintLayout': return void this.plan.formats.push({ ...edit, sheet: this.sheet(edit.sheet).name, breaksBefore: edit.breaksBefore ?? [] });
      case 'protectSheet': return this.protectSheet(edit.sheet, edit.unlocked);
      case 'setLineChart': return this.setLineChart(edit);
      default: {
        const unknown: never = edit;
        throw new Error(`Onbekende bewerking: ${JSON.stringify(unknown)}`);
      }
    }
  }

  /**
   * Sheet visibility is applied as its final state: sheets to show first, sheets to hide last, so
   * Excel never sees a moment without a visible sheet (it refuses to hide the last one). Protection
   * comes after everything else.
   */
  finish(): Plan {
    const sheets = [...this.sheets.entries()];
    if (!sheets.some(([, s]) => s.visibility === 'visible')) throw new Error('Minstens één blad van de werkmap moet zichtbaar blijven.');
    const changed = sheets.filter(([key, s]) => (this.visibleBefore.get(key) ?? 'visible') !== s.visibility).map(([, s]) => s);
    const look = (s: SheetInfo): FormatStep => ({ kind: 'sheetLook', sheet: s.name, visibility: s.visibility });
    this.plan.formats = [
      ...changed.filter((s) => s.visibility === 'visible').map(look),
      ...this.plan.formats,
      ...changed.filter((s) => s.visibility === 'hidden').map(look),
      ...this.protections.values(),
    ];
    return this.plan;
  }

  private addSheet(name: string, visibility: SheetVisibility | undefined, tabColor: string | undefined, position: number | undefined): void {
    if (this.sheets.has(name.toLowerCase())) throw new Error(`Blad ${name} bestaat al in deze werkmap.`);
    this.sheets.set(name.toLowerCase(), { name, visibility: visibility ?? 'visible', protected: false });
    this.plan.values.push(position === undefined ? { kind: 'addSheet', sheet: name } : { kind: 'addSheet', sheet: name, position });
    if (tabColor !== undefined) this.plan.formats.push({ kind: 'sheetLook', sheet: name, tabColor });
  }

  private setSheetVisibility(name: string, visibility: SheetVisibility): void {
    this.sheet(name).visibility = visibility; // applied in finish()
  }

  private addTable(edit: Extract<Edit, { kind: 'addTable' }>): void {
    const sheet = this.sheet(edit.sheet).name;
    this.checkNewName(edit.table, 'tabelnaam');
    const at = parseCell(edit.at);
    const rows = checkRows(edit.table, edit.rows, edit.columns.length);
    const dataRows = Math.max(rows.length, 1);
    const range = { top: at.row, left: at.column, bottom: at.row + dataRows, right: at.column + edit.columns.length - 1 };
    checkInsideSheet(range, `tabel ${edit.table}`);
    this.checkNoOverlap(sheet, range, edit.table);
    // An Excel table always has a data row: an empty one gets a blank row, written as blanks so
    // nothing already in those cells ends up inside the table.
    const body = rows.length > 0 ? rows : [edit.columns.map(() => null)];
    this.plan.values.push({ kind: 'writeBlock', sheet, top: range.top, left: range.left, values: [edit.columns, ...body] });
    this.plan.values.push({ kind: 'createTable', sheet, table: edit.table, address: rangeAddress(range), style: edit.style });
    this.tables.set(edit.table.toLowerCase(), { name: edit.table, sheet, range, columns: [...edit.columns], rowCount: dataRows, onlyRowBlank: rows.length === 0 });
  }

  private addColumns(name: string, columns: string[]): void {
    const table = this.table(name);
    const grown = { ...table.range, right: table.range.right + columns.length };
    checkInsideSheet(grown, `tabel ${table.name}`);
    this.checkNoOverlap(table.sheet, grown, table.name);
    table.columns.push(...columns);
    table.range = grown;
    this.plan.values.push({ kind: 'addColumns', table: table.name, columns });
  }

  private appendRows(name: string, input: CellInput[][]): void {
    const table = this.table(name);
    const rows = checkRows(table.name, input, table.columns.length);
    if (rows.length === 0) return;
    let rest = rows;
    if (table.onlyRowBlank) {
      // An empty table's blank row is filled first, so the table does not keep a blank row on top.
      this.plan.values.push({ kind: 'writeTableCells', table: table.name, blocks: [{ row: 0, column: 0, values: [rows[0]] }] });
      rest = rows.slice(1);
    }
    if (rest.length > 0) {
      const grown = { ...table.range, bottom: table.range.bottom + rest.length };
      checkInsideSheet(grown, `tabel ${table.name}`);
      this.plan.values.push({ kind: 'addRows', table: table.name, firstIndex: table.rowCount, rows: rest });
      table.range = grown;
      table.rowCount += rest.length;
    }
    table.onlyRowBlank = false;
  }

  /**
   * The rows the table keeps are overwritten, missing rows are added as table rows and surplus rows
   * deleted with the cells below moving up, as deleting table rows in Excel does: validations and
   * conditional formats follow the table either way. The old rows' links go first, so a plain
   * value never keeps the link of the row that stood there.
   */
  private replaceRows(name: string, input: CellInput[][]): void {
    const table = this.table(name);
    const rows = checkRows(table.name, input, table.columns.length);
    const body = rows.length > 0 ? rows : [table.columns.map(() => null)];
    const resized = { ...table.range, bottom: table.range.top + body.length };
    checkInsideSheet(resized, `tabel ${table.name}`);
    const before = table.rowCount;
    // The tables rewritten whole are the operations' own (Controle, Overzicht, Rondes): a user's filter goes.
    this.plan.values.push({ kind: 'clearFilters', table: table.name });
    this.plan.values.push({ kind: 'removeLinks', table: table.name });
    if (body.length < before) this.plan.values.push({ kind: 'deleteRows', table: table.name, firstIndex: body.length, count: before - body.length });
    this.plan.values.push({ kind: 'writeTableRows', table: table.name, firstIndex: 0, rows: body.slice(0, before) });
    if (body.length > before) this.plan.values.push({ kind: 'addRows', table: table.name, firstIndex: before, rows: body.slice(before) });
    table.range = resized;
    table.rowCount = body.length;
    table.onlyRowBlank = rows.length === 0;
  }

  private updateCells(name: string, cells: { row: number; column: string; value: CellInput }[], expect: { row: number; column: string; value: CellValue }[]): void {
    const table = this.table(name);
    for (const cell of expect) {
      const now = this.expected(table.name, cell.row, cell.column);
      if ((now ?? null) !== (cell.value ?? null)) {
        throw refuse('werkmap.veranderd', { table: table.name, row: cell.row + 1, column: cell.column, now: typeof now === 'boolean' ? String(now) : now, was: typeof cell.value === 'boolean' ? String(cell.value) : cell.value });
      }
    }
    // Flag updates hundreds of thousands of cells: each caption is looked up once.
    const columns = new Map<string, number>();
    const placed: { row: number; column: number; value: CellInput }[] = [];
    for (const cell of cells) {
      let column = columns.get(cell.column);
      if (column === undefined) columns.set(cell.column, (column = this.columnIndex(table, cell.column)));
      if (!Number.isInteger(cell.row) || cell.row < 0 || cell.row >= table.rowCount) {
        throw new Error(`Rij ${cell.row} bestaat niet in tabel ${table.name} (die heeft ${table.rowCount} rijen).`);
      }
      checkValue(cell.value, () => `tabel ${table.name}, rij ${cell.row}, kolom ${cell.column}`);
      placed.push({ row: cell.row, column, value: cell.value });
    }
    if (placed.length === 0) return;
    // In sheet order; the sort is stable, so of writes to one cell the last comes last, and wins.
    placed.sort((a, b) => a.row - b.row || a.column - b.column);
    const last = placed.filter((c, i) => i + 1 === placed.length || placed[i + 1].row !== c.row || placed[i + 1].column !== c.column);
    this.plan.values.push({ kind: 'writeTableCells', table: table.name, blocks: toBlocks(last) });
    if (table.onlyRowBlank && last.some((c) => c.value !== null && c.value !== '')) table.onlyRowBlank = false;
  }

  private writeRange(name: string, at: string, input: CellInput[][]): void {
    const sheet = this.sheet(name).name;
    const width = input.reduce((max, row) => Math.max(max, row.length), 0);
    if (input.length === 0 || width === 0) return;
    const values = input.map((row) => [...row, ...Array<CellInput>(width - row.length).fill(null)]);
    values.forEach((row, r) => row.forEach((v, c) => checkValue(v, () => `blad ${sheet}, ${at} + (${r}, ${c})`)));
    const start = parseCell(at);
    checkInsideSheet({ top: start.row, left: start.column, bottom: start.row + values.length - 1, right: start.column + width - 1 }, `blad ${sheet}`);
    this.plan.values.push({ kind: 'writeBlock', sheet, top: start.row, left: start.column, values });
  }

  private clearRange(name: string, address: string): void {
    const sheet = this.sheet(name).name;
    const range = parseRange(address);
    checkInsideSheet(range, `blad ${sheet}`);
    this.plan.values.push({ kind: 'clearRange', sheet, address: rangeAddress(range) });
  }

  private setName(name: string, input: string): void {
    const formula = input.startsWith('=') ? input.slice(1) : input;
    if (formula.trim() === '') throw new Error(`De naam ${name} verwijst naar niets.`);
    const existing = this.names.get(name.toLowerCase());
    if (!existing) this.checkNewName(name, 'naam');
    if (existing?.formula === formula) return; // already there: re-running stays a no-op
    this.names.set(name.toLowerCase(), { name: existing?.name ?? name, formula });
    this.plan.values.push({ kind: 'setName', name: existing?.name ?? name, formula, exists: existing !== undefined });
  }

  private setValidation(name: string, caption: string, validation: Validation): void {
    const table = this.table(name);
    const column = table.columns[this.columnIndex(table, caption)];
    const rule = validation.rule;
    if (rule.type === 'list' && rule.source.replace(/^=/, '').trim() === '') throw new Error(`De keuzelijst van kolom ${column} in tabel ${table.name} heeft geen bron.`);
    if (rule.type === 'whole' && !(Number.isFinite(rule.min) && Number.isFinite(rule.max) && rule.min <= rule.max)) {
      throw new Error(`Ongeldige grenzen ${rule.min}–${rule.max} voor kolom ${column} in tabel ${table.name}.`);
    }
    this.plan.formats.push({ kind: 'setValidation', table: table.name, column, validation });
  }

  private setConditionalFormats(name: string, caption: string, formats: ConditionalFormat[]): void {
    const table = this.table(name);
    const column = table.columns[this.columnIndex(table, caption)];
    for (const format of formats) {
      if (format.formula.replace(/^=/, '').trim() === '') throw new Error(`Een voorwaardelijke opmaak van kolom ${column} in tabel ${table.name} heeft geen formule.`);
    }
    this.plan.formats.push({ kind: 'setConditionalFormats', table: table.name, column, formats });
  }

  private setNote(name: string, cell: string, text: string | null): void {
    const sheet = this.sheet(name).name;
    const at = parseCell(cell);
    checkInsideSheet({ top: at.row, left: at.column, bottom: at.row, right: at.column }, `blad ${sheet}`);
    const key = noteKey(sheet, cell);
    const exists = this.notes.has(key);
    if (!exists && text === null) return;
    if (text === null) this.notes.delete(key);
    else this.notes.add(key);
    this.plan.formats.push({ kind: 'setNote', sheet, cell: cellAddress(at.row, at.column), text, exists });
  }

  private setSheetLayout(name: string, widths: Record<string, number>, freezeRows: number | undefined, hidden: string[], wrap: string[]): void {
    const sheet = this.sheet(name).name;
    for (const [letter, width] of Object.entries(widths)) {
      if (!/^[A-Za-z]{1,3}$/.test(letter) || columnIndex(letter) > MAX_COLUMNS) throw new Error(`Ongeldige kolom ${letter} op blad ${sheet}.`);
      if (!(width >= 0 && width <= MAX_COLUMN_WIDTH)) throw new Error(`Ongeldige kolombreedte ${width} voor kolom ${letter} op blad ${sheet}.`);
    }
    if (freezeRows !== undefined && !(Number.isInteger(freezeRows) && freezeRows >= 0 && freezeRows < MAX_ROWS)) {
      throw new Error(`Ongeldig aantal vaste rijen ${freezeRows} op blad ${sheet}.`);
    }
    this.plan.formats.push({ kind: 'setSheetLayout', sheet, widths, freezeRows, hidden: hidden.map((letter) => letter.toUpperCase()), wrap: wrap.map((letter) => letter.toUpperCase()) });
  }

  /** Sizes and corners were checked by checkEdits; a chart made earlier in the list is replaced too. */
  private setLineChart(edit: Extract<Edit, { kind: 'setLineChart' }>): void {
    const sheet = this.sheet(edit.sheet).name;
    const source = parseRange(edit.source);
    const key = chartKey(sheet, edit.name);
    const exists = this.charts.has(key);
    this.charts.add(key);
    this.plan.formats.push({
      kind: 'setLineChart',
      sheet,
      name: edit.name,
      title: edit.title,
      series: rangeAddress({ ...source, left: source.left + 1 }),
      categories: rangeAddress({ ...source, top: source.top + 1, right: source.left }),
      at: cellOf(edit.at),
      to: cellOf(edit.to),
      exists,
    });
  }

  private protectSheet(name: string, unlocked: string[]): void {
    const sheet = this.sheet(name);
    const addresses = unlocked.map((address) => rangeAddress(parseRange(address)));
    const planned = this.protections.get(sheet.name.toLowerCase());
    if (planned) {
      planned.unlocked.push(...addresses);
      return;
    }
    if (sheet.protected) this.plan.values.unshift({ kind: 'unprotectSheet', sheet: sheet.name });
    sheet.protected = true;
    this.protections.set(sheet.name.toLowerCase(), { kind: 'protectSheet', sheet: sheet.name, unlocked: addresses });
  }

  private sheet(name: string): SheetInfo {
    const sheet = this.sheets.get(name.toLowerCase());
    if (!sheet) throw new Error(`Blad ${name} bestaat niet in deze werkmap.`);
    return sheet;
  }

  private table(name: string): TableShape {
    const table = this.tables.get(name.toLowerCase());
    if (!table) throw new Error(`Tabel ${name} bestaat niet in deze werkmap.`);
    return table;
  }

  /** Excel keeps a table's captions unique regardless of case, so a caption is found that way too (as checkEdits does). */
  private columnIndex(table: TableShape, column: string): number {
    const index = table.columns.findIndex((caption) => caption.toLowerCase() === column.toLowerCase());
    if (index < 0) throw new Error(`Kolom ${column} bestaat niet in tabel ${table.name}.`);
    return index;
  }

  /** Tables and defined names share one namespace in Excel. */
  private checkNewName(name: string, what: 'tabelnaam' | 'naam'): void {
    if (looksLikeReference(name)) throw new Error(`Ongeldige ${what}: ${name} lijkt op een celverwijzing.`);
    if (this.tables.has(name.toLowerCase())) throw new Error(`Tabel ${name} bestaat al in deze werkmap.`);
    if (this.names.has(name.toLowerCase())) throw new Error(`De naam ${name} is al in gebruik in deze werkmap.`);
  }

  private checkNoOverlap(sheet: string, range: RangeRef, table: string): void {
    for (const other of this.tables.values()) {
      if (other.name.toLowerCase() === table.toLowerCase() || other.sheet.toLowerCase() !== sheet.toLowerCase()) continue;
      if (overlaps(range, other.range)) throw new Error(`Tabel ${table} zou op blad ${sheet} tabel ${other.name} overlappen.`);
    }
  }
}

function toInfo(snapshot: WorkbookSnapshot): WorkbookInfo {
  return {
    sheets: snapshot.sheets,
    tables: snapshot.tables.map((t) => ({ name: t.name, sheet: t.sheet, columns: t.columns, address: rangeAddress(t.range), rowCount: t.rowCount })),
    names: snapshot.names,
    capabilities: PLANNED_CAPABILITIES,
  };
}

/** `$B$2` -> `B2`. */
function cellOf(address: string): string {
  const at = parseCell(address);
  return cellAddress(at.row, at.column);
}

/** Excel refuses table and defined names that read as a cell (`AB12`, `R1C1`, `R`, `C`). */
function looksLikeReference(name: string): boolean {
  return /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name);
}

/** Row widths are checked by checkEdits (a row must fill every column); the values are checked here. */
function checkRows(table: string, rows: CellInput[][], width: number): CellInput[][] {
  rows.forEach((row, r) => {
    if (row.length !== width) throw new Error(`Rij ${r + 1} voor tabel ${table} heeft ${row.length} waarden in plaats van ${width}.`);
    row.forEach((value, c) => checkValue(value, () => `tabel ${table}, rij ${r + 1}, kolom ${c + 1}`));
  });
  return rows;
}

/** `where` says where the value stands, worded only for a refusal: an import checks millions of cells. */
function checkValue(value: CellInput, where: () => string): void {
  if (isLink(value)) return checkValue(value.text, where); // the link itself is checked by checkEdits
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`Ongeldig getal in ${where()}: ${value}.`);
  if (value instanceof Date && Number.isNaN(value.getTime())) throw new Error(`Ongeldige datum in ${where()}.`);
  if (typeof value === 'string' && value.length > MAX_CELL_TEXT) throw new Error(`Tekst te lang in ${where()}: ${value.length} tekens, Excel aanvaardt er ${MAX_CELL_TEXT}.`);
}

function checkInsideSheet(range: RangeRef, what: string): void {
  if (range.bottom > MAX_ROWS || range.right > MAX_COLUMNS) throw new Error(`De ${what} past niet op het werkblad.`);
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/**
 * Groups single-cell updates into rectangles: neighbouring cells of a row form a run, and runs of
 * the same columns in consecutive rows form a block, so updating a few columns of every row (a
 * status per measurement) is one write per payload chunk instead of one per row. The cells come
 * in sheet order, one write per cell.
 */
function toBlocks(sorted: { row: number; column: number; value: CellInput }[]): TableCellBlock[] {
  const runs: { row: number; column: number; values: CellInput[] }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === cell.row && last.column + last.values.length === cell.column) last.values.push(cell.value);
    else runs.push({ row: cell.row, column: cell.column, values: [cell.value] });
  }
  const blocks: TableCellBlock[] = [];
  const open = new Map<string, TableCellBlock>();
  for (const run of runs) {
    const key = `${run.column}:${run.values.length}`;
    const block = open.get(key);
    if (block && block.row + block.values.length === run.row) block.values.push(run.values);
    else {
      const started = { row: run.row, column: run.column, values: [run.values] };
      blocks.push(started);
      open.set(key, started);
    }
  }
  return blocks;
}
