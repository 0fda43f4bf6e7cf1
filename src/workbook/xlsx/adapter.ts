// The workbook port on an .xlsx package (issue 17): the parts an operation reads or changes are
// parsed, the parts it changes are rewritten, and every other part (charts, pivots, drawings, parts
// of other writers) is copied byte for byte. For the CLI in Node and the standalone page alike;
// changes stay in memory until `save()`, so a failed operation never reaches the file.
import { concatBytes, lastIndexOfAscii } from '../../bytes';
import { UserError } from '../../errors';
import { refuse, withCause } from '../../rules';
import { cellAddress, columnIndex, columnLetter, DAYS_1904, dateToSerial, parseCell, parseRange, quoteSheet, rangeAddress, type RangeRef } from '../address';
import { checkCapabilities } from '../checkEdits';
import { fileKind } from '../fileKind';
import { isLink, relativeLink } from '../links';
import { noteKey, planEdits, type FormatStep, type TableShape, type ValueStep, type WorkbookSnapshot } from '../plan';
import type { CellInput, CellValue, ColumnRules, ConditionalFormat, Edit, NumberFormatRequest, TableInfo, TableRows, Validation, WorkbookInfo, WorkbookPort } from '../port';
import { blankPackage } from './blank';
import { CONTENT_TYPES, NAMESPACE, RELATIONSHIP_TYPES } from './contentTypes';
import { commentsXml, hasOtherShapes, idBlocks, notesVml, parseComments, type Notes } from './commentsPart';
import { relsName } from '../../ooxml/opc';
import { SharedStrings } from '../../ooxml/sharedStrings';
import {
  columnsXml,
  headerFooterXml,
  hyperlinksXml,
  isProtected,
  pageSetupXml,
  parseColumns,
  parseHyperlinks,
  parseView,
  protectionXml,
  relationshipId,
  rowBreaksXml,
  sheetPrXml,
  viewXml,
  type ColumnLook,
  type Hyperlinks,
} from './sheetLayout';
import { SheetPart, type SheetReadContext, type Stored } from '../../ooxml/sheetPart';
import { formatsXml, parseFormats, parseValidations, validationsXml, type FormatEntry, type ValidationEntry } from './sheetRules';
import { Styles } from '../../ooxml/styles';
import { parseTable, tableXml, type TablePart } from './tablePart';
import { WorkbookPart, type SheetEntry } from '../../ooxml/workbookPart';
import { openWorkbookPackage, present, WorkbookPackageError } from '../../ooxml/workbookPackage';
import { ZipPackage, ZipPackageError } from '../../ooxml/zipPackage';

/** Files cannot get charts from this adapter (a file's own charts are kept as they are). */
const CAPABILITIES: WorkbookInfo['capabilities'] = { charts: false, notes: true, printLayout: true };
const DATE_FORMAT = 'dd/mm/yyyy';
const PRINT_TITLES = '_xlnm.Print_Titles';
/** Bytes of a slice's end searched again with the next slice: more than any tag is long. */
const TAG_CARRIED = 4096;

/** What a part is, in the words of a refusal naming a missing one. */
const WHAT: Record<string, string> = {
  worksheet: 'een werkblad',
  sharedStrings: 'de teksten van de cellen',
  styles: 'de opmaak',
  table: 'een tabel',
  comments: 'de opmerkingen van een blad',
  vmlDrawing: 'de vakjes van de opmerkingen',
};

/** A validation or conditional format as read (with its xml) or as made here (without). */
type Validated = Omit<ValidationEntry, 'xml'> & { xml?: string };
type Formatted = Pick<FormatEntry, 'ranges' | 'rules'> & { xml?: string };

/** A link kept as xml; `id` is its relationship when it goes to a web page or a file. */
interface RangeLink {
  range: RangeRef;
  xml: string;
  id?: string;
}

interface TableState {
  part: string;
  model: TablePart;
  changed: boolean;
}

interface SheetState {
  entry: SheetEntry;
  part: string;
  /** Parsed when an operation first reads or changes the sheet. */
  parsed?: SheetPart;
  changed: boolean;
  tables: TableState[];
  /** The sheet's columns (widths, hidden, styles), read once the sheet is parsed. */
  columns?: Map<number, ColumnLook>;
  links?: Hyperlinks;
  /** The links kept as xml (to a web page or a file, or over a range), by the cells they cover; read with the links. */
  rangeLinks?: RangeLink[];
  linksChanged: boolean;
  notes?: Notes;
  notesChanged: boolean;
  /** The row style of the row last written to: a row's style is parsed from its attributes, and its cells come one after the other. */
  lastRow?: { row: number; style: number | undefined };
  /** Protection of the sheet as loaded, read once while it is not parsed. */
  protectedAsLoaded?: boolean;
}

export class XlsxWorkbook implements WorkbookPort {
  /**
   * The date style derived from each cell style, by that style: an import writes a date in every
   * row, and Styles.derive's own memo builds a JSON key for each call, this a number lookup.
   */
  private readonly dateStyles = new Map<number, number>();

  private constructor(
    private readonly pkg: ZipPackage,
    private readonly workbookName: string,
    private readonly workbook: WorkbookPart,
    private readonly strings: SharedStrings,
    private readonly styles: Styles,
    private readonly sheets: SheetState[],
    private workbookChanged = false,
  ) {}

  static create(): XlsxWorkbook {
    return XlsxWorkbook.open(blankPackage());
  }

  /** Reads an .xlsx; a file that is not one gets a UserError saying what it is instead. */
  static async load(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const kind = fileKind(bytes);
    if (kind === 'encrypted') throw refuse('werkmap.beveiligd');
    if (kind === 'xls') throw refuse('werkmap.xls');
    if (kind === 'other-zip') throw refuse('werkmap.onleesbaar');
    if (kind !== 'zip') throw refuse('werkmap.geen-xlsx');
    return XlsxWorkbook.open(unreadable(() => ZipPackage.read(bytes)));
  }

  /** Reads the workbook part, the strings, the styles and the tables; sheets wait until used. */
  private static open(pkg: ZipPackage): XlsxWorkbook {
    const { workbookName, workbook, strings, styles, sheetPart } = unreadable(() => openWorkbookPackage(pkg));
    const sheets: SheetState[] = [];
    for (const entry of workbook.sheets) {
      const part = unreadable(() => sheetPart(entry));
      if (part === undefined) continue; // chart sheets and the like: kept, not shown to the port
      const tables = unreadable(() => pkg.relationships(part))
        .filter((r) => r.type === 'table' && !r.external)
        .map((r) => {
          const tablePart = unreadable(() => present(pkg, part, r));
          const model = unreadable(() => parseTable(pkg.text(tablePart) ?? ''), tablePart);
          unreadable(() => parseRange(model.ref), tablePart); // every use of the table starts from its extent
          return { part: tablePart, model, changed: false };
        });
      for (const r of pkg.relationships(part)) if (r.type === 'comments' || r.type === 'vmlDrawing') unreadable(() => present(pkg, part, r));
      sheets.push({ entry, part, changed: false, tables, linksChanged: false, notesChanged: false });
    }
    return new XlsxWorkbook(pkg, workbookName, workbook, strings, styles, sheets);
  }

  /** The file's bytes: changed parts rewritten, the others as they came; a part that cannot be written gets a Dutch message. */
  async save(): Promise<Uint8Array> {
    try {
      let sheetWritten = false;
      for (const s of this.sheets) {
        if (s.notesChanged) this.writeNotes(s);
        if (s.linksChanged && s.links) {
          const xml = hyperlinksXml(s.links);
          this.parsed(s).setElements('hyperlinks', xml ? [xml] : []);
          s.changed = true;
        }
        if (!s.changed || !s.parsed) continue;
        // Deflated chunk by chunk as the rows are written: a sheet of 800k rows is never one text.
        this.pkg.set(s.part, s.parsed.xmlBytes({ indexOf: (text) => this.strings.indexOf(text) }));
        sheetWritten = true;
      }
      for (const s of this.sheets) {
        for (const t of s.tables) {
          if (t.changed) this.pkg.set(t.part, tableXml(t.model));
        }
      }
      if (this.strings.changed) this.pkg.set(this.ownPart('sharedStrings', 'xl/sharedStrings.xml', CONTENT_TYPES.sharedStrings), this.strings.toXml());
      if (this.styles.changed) this.pkg.set(this.ownPart('styles', 'xl/styles.xml', CONTENT_TYPES.styles), this.styles.toXml());
      // Excel rebuilds the calculation chain when it is missing; a stale one makes it repair the file.
      if (sheetWritten) this.dropCalcChain();
      if (this.workbookChanged) this.pkg.set(this.workbookName, this.workbook.toXml());
      const bytes = this.pkg.write();
      // Only once every part is written: a save that fails leaves every change to be written again.
      for (const s of this.sheets) {
        s.notesChanged = s.linksChanged = s.changed = false;
        for (const t of s.tables) t.changed = false;
      }
      this.workbookChanged = false;
      return bytes;
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw withCause(refuse('werkmap.onderdeel-niet-opslaan'), e);
    }
  }

  async info(): Promise<WorkbookInfo> {
    return this.infoNow();
  }

  private infoNow(): WorkbookInfo {
    const tables: TableInfo[] = [];
    for (const s of this.sheets) {
      for (const t of s.tables) {
        const r = parseRange(t.model.ref);
        tables.push({ name: t.model.name, sheet: s.entry.name, columns: t.model.columns.map((c) => c.name), address: rangeAddress(r), rowCount: r.bottom - r.top });
      }
    }
    const names: Record<string, string> = {};
    for (const n of this.workbook.names) if (n.localSheetId === undefined) names[n.name] = n.formula;
    return {
      sheets: this.sheets.map((s) => ({ name: s.entry.name, visibility: s.entry.state === 'visible' ? 'visible' : 'hidden', protected: this.isProtected(s) })),
      tables,
      names,
      capabilities: CAPABILITIES,
    };
  }

  async readTables(names: string[], numberFormats: NumberFormatRequest = {}): Promise<TableRows[]> {
    const read = names.map((name) => {
      const { sheet, table } = this.table(name);
      const r = parseRange(table.model.ref);
      const rows: CellValue[][] = [];
      for (let row = r.top + 1; row <= r.bottom; row++) rows.push(this.readRow(sheet, row, r.left, r.right));
      const columns = table.model.columns.map((c) => c.name);
      const out: TableRows = { table: table.model.name, sheet: sheet.entry.name, columns, firstRow: r.top + 1, firstColumn: columnLetter(r.left), rows };
      return { out, sheet, r };
    });
    for (const [name, columns] of Object.entries(numberFormats)) {
      const found = read.find((t) => t.out.table.toLowerCase() === name.toLowerCase());
      if (!found) throw new Error(`Tabel ${name} wordt niet gelezen.`);
      const { out, sheet, r } = found;
      const rows = this.parsed(sheet).rows;
      for (const column of columns) {
        const offset = out.columns.indexOf(column);
        if (offset < 0) throw new Error(`Kolom ${column} bestaat niet in tabel ${out.table}.`);
        (out.numberFormats ??= {})[column] = out.rows.map((_, i) => {
          const style = rows.style(r.top + 1 + i, r.left + offset);
          return style === undefined ? null : this.styles.numberFormat(style);
        });
      }
    }
    return read.map((t) => t.out);
  }

  async readRange(sheet: string, address: string): Promise<CellValue[][]> {
    const s = this.sheet(sheet);
    const r = parseRange(address);
    const rows: CellValue[][] = [];
    for (let row = r.top; row <= r.bottom; row++) rows.push(this.readRow(s, row, r.left, r.right));
    return rows;
  }

  async readColumnRules(table: string, columns: string[]): Promise<ColumnRules[]> {
    const { sheet } = this.table(table);
    const validations = this.validations(sheet);
    const formats = this.formats(sheet);
    return columns.map((column) => {
      const range = this.columnRange(table, column);
      return { column, validation: validationOf(validations, range), formats: this.formatsOf(formats, range) };
    });
  }

  async readNotes(sheet: string, cells: string[]): Promise<(string | null)[]> {
    const notes = this.notes(this.sheet(sheet));
    return cells.map((address) => notes.get(noteCell(address)) ?? null);
  }

  /**
   * Plans the list as the Office.js adapter does (plan.ts), so a file is refused what Excel would
   * refuse, then carries out the steps on the parts.
   */
  async apply(edits: Edit[]): Promise<void> {
    checkCapabilities(CAPABILITIES, edits);
    const plan = planEdits(this.snapshot(edits), edits);
    this.readFirst([...plan.values, ...plan.formats]);
    for (const step of plan.values) this.value(step);
    for (const step of plan.formats) this.format(step);
  }

  /** The sheet becomes the tab the file opens on (the only selected one), the cell its active cell. */
  async select(sheet: string, cell: string): Promise<void> {
    const s = this.sheet(sheet);
    const at = parseCell(cell);
    if (s.entry.state !== 'visible') throw new Error(`Blad ${s.entry.name} is verborgen en kan niet getoond worden.`);
    // A second selected tab would open the file with both sheets grouped, so edits go to both.
    for (const other of this.sheets) {
      if (other === s || !this.mayBeSelected(other)) continue;
      const views = this.parsed(other).element('sheetViews');
      if (!parseView(views).tabSelected) continue;
      this.setView(other, { ...parseView(views), tabSelected: false });
    }
    this.setView(s, { ...parseView(this.parsed(s).element('sheetViews')), activeCell: cellAddress(at.row, at.column), tabSelected: true });
    this.workbook.activeTab = this.workbook.sheets.indexOf(s.entry);
    this.workbookChanged = true;
  }

  /**
   * Parses every part the steps will change before the first change, so a part that cannot be read
   * refuses the list with the workbook as it was. Sheets and tables the list itself adds are new.
   */
  private readFirst(steps: (ValueStep | FormatStep)[]): void {
    const read = new Set<SheetState>();
    for (const step of steps) {
      const name = 'table' in step ? step.table.toLowerCase() : undefined;
      const sheet = 'sheet' in step ? this.sheets.find((s) => s.entry.name.toLowerCase() === step.sheet.toLowerCase()) : this.sheets.find((s) => s.tables.some((t) => t.model.name.toLowerCase() === name));
      if (!sheet) continue;
      if (step.kind === 'setNote') this.notes(sheet);
      if (read.has(sheet)) continue;
      read.add(sheet);
      this.parsed(sheet);
      // The links, validations and formats too: a ref in them that cannot be read refuses before the first change.
      unreadable(() => {
        this.rangeLinks(sheet);
        this.validations(sheet);
        this.formats(sheet);
      }, sheet.part);
    }
  }

  /** What the planner must know of the workbook for this edit list. */
  private snapshot(edits: Edit[]): WorkbookSnapshot {
    const info = this.infoNow();
    // Only the tables the list names are read: a sheet no edit touches is not parsed.
    const named = new Set(edits.flatMap((e) => ('table' in e ? [e.table.toLowerCase()] : [])));
    const tables: TableShape[] = info.tables.map((t) => {
      const range = parseRange(t.address);
      const onlyRowBlank = t.rowCount === 1 && named.has(t.name.toLowerCase()) && this.readRow(this.sheet(t.sheet), range.top + 1, range.left, range.right).every((v) => v === null || v === '');
      return { name: t.name, sheet: t.sheet, range, columns: t.columns, rowCount: t.rowCount, onlyRowBlank };
    });
    const notes = new Set<string>();
    for (const edit of edits) {
      if (edit.kind !== 'setNote') continue;
      const s = this.sheets.find((x) => x.entry.name.toLowerCase() === edit.sheet.toLowerCase());
      if (s && this.notes(s).has(noteCell(edit.cell))) notes.add(noteKey(s.entry.name, edit.cell));
    }
    return { sheets: info.sheets, tables, names: info.names, notes, charts: new Set(), expected: this.cellsOfTables(tables) };
  }

  /** Reads a data cell of a table for the plan; a table's columns are looked up once per caption. */
  private cellsOfTables(tables: TableShape[]): WorkbookSnapshot['expected'] {
    const found = new Map<string, { table: TableShape; sheet: SheetState; offsets: Map<string, number> }>();
    return (name, row, column) => {
      let at = found.get(name);
      if (!at) {
        const table = tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
        if (!table) return undefined;
        found.set(name, (at = { table, sheet: this.sheet(table.sheet), offsets: new Map() }));
      }
      let offset = at.offsets.get(column);
      if (offset === undefined) at.offsets.set(column, (offset = at.table.columns.findIndex((c) => c.toLowerCase() === column.toLowerCase())));
      if (offset < 0 || row < 0 || row >= at.table.rowCount) return undefined;
      return this.cellValue(at.sheet, at.table.range.top + 1 + row, at.table.range.left + offset);
    };
  }

  private value(step: ValueStep): void {
    switch (step.kind) {
      case 'unprotectSheet':
        return; // no one types in a file: its protected sheets take the writes, and protectSheet comes last
      case 'addSheet':
        return this.addSheet(step.sheet, step.position);
      case 'writeBlock': {
        const s = this.sheet(step.sheet);
        step.values.forEach((row, i) => this.writeRow(s, step.top + i, step.left, row));
        return;
      }
      case 'createTable':
        return this.createTable(step.sheet, step.table, step.address, step.style);
      case 'addColumns':
        return this.addColumns(step.table, step.columns);
      case 'writeTableCells': {
        const { sheet, table } = this.table(step.table);
        const r = parseRange(table.model.ref);
        for (const block of step.blocks) block.values.forEach((row, i) => row.forEach((value, j) => this.write(sheet, r.top + 1 + block.row + i, r.left + block.column + j, value)));
        return;
      }
      case 'addRows': {
        const { sheet, table } = this.table(step.table);
        const r = parseRange(table.model.ref);
        this.writeRows(step.table, step.firstIndex, step.rows);
        this.resize(sheet, table, { ...r, bottom: r.top + step.firstIndex + step.rows.length });
        return;
      }
      case 'writeTableRows':
        return this.writeRows(step.table, step.firstIndex, step.rows);
      case 'deleteRows': {
        // Unlike Excel, cells below the table do not move up (appendRows does not push them down either).
        const { sheet, table } = this.table(step.table);
        const r = parseRange(table.model.ref);
        const first = r.top + 1 + step.firstIndex;
        for (let row = first; row < first + step.count; row++) for (let col = r.left; col <= r.right; col++) this.write(sheet, row, col, null);
        this.resize(sheet, table, { ...r, bottom: first - 1 });
        return;
      }
      case 'clearFilters': {
        // The table's rows are rewritten whole: a user's filter goes, and every row it hid is shown.
        const { sheet, table } = this.table(step.table);
        if (table.model.filters.length > 0) {
          table.model.filters = [];
          table.changed = true;
        }
        const rows = this.parsed(sheet).rows;
        const r = parseRange(table.model.ref);
        for (let row = r.top + 1; row <= r.bottom; row++) {
          if (!rows.hidden(row)) continue;
          rows.setHidden(row, false);
          sheet.changed = true;
        }
        return;
      }
      case 'removeLinks': {
        const { sheet, table } = this.table(step.table);
        const r = parseRange(table.model.ref);
        const rows = { ...r, top: r.top + 1 };
        for (const address of [...this.links(sheet).internal.keys()]) {
          const at = parseCell(address);
          if (overlaps(rows, { top: at.row, bottom: at.row, left: at.column, right: at.column })) this.write(sheet, at.row, at.column, this.cellValue(sheet, at.row, at.column));
        }
        // An internal link over a range (`A2:B2`) on the data rows goes whole; links with a relationship stay.
        this.dropRangeLinks(sheet, rows, (link) => link.id === undefined);
        return;
      }
      case 'clearRange': {
        const s = this.sheet(step.sheet);
        const r = parseRange(step.address);
        const rows = this.parsed(s).rows;
        // Only the rows and cells that exist: a range may be whole columns.
        for (const row of rows.rowNumbers()) {
          if (row < r.top || row > r.bottom) continue;
          for (const col of rows.columnsOf(row)) if (col >= r.left && col <= r.right) this.write(s, row, col, null);
        }
        for (const address of [...this.links(s).internal.keys()]) {
          const at = parseCell(address);
          if (overlaps(r, { top: at.row, bottom: at.row, left: at.column, right: at.column })) this.write(s, at.row, at.column, null);
        }
        this.dropRangeLinks(s, r);
        return;
      }
      case 'setName': {
        const existing = this.workbook.names.find((n) => n.localSheetId === undefined && n.name.toLowerCase() === step.name.toLowerCase());
        if (existing) existing.formula = step.formula;
        else this.workbook.names.push({ name: step.name, formula: step.formula, rest: {} });
        this.workbookChanged = true;
        return;
      }
    }
  }

  private format(step: FormatStep): void {
    switch (step.kind) {
      case 'sheetLook': {
        const s = this.sheet(step.sheet);
        if (step.visibility) {
          s.entry.state = step.visibility;
          // The tab a file opens on must be visible: Excel would show the hidden sheet's cells under no tab.
          // A hidden tab stays unselected too, and the sheet that opens now is the selected one.
          if (step.visibility === 'hidden' && this.mayBeSelected(s) && parseView(this.parsed(s).element('sheetViews')).tabSelected) this.setView(s, { tabSelected: false });
          if (step.visibility === 'hidden' && this.workbook.sheets[this.workbook.activeTab] === s.entry) {
            const shown = this.sheets.find((x) => x.entry.state === 'visible');
            if (shown) {
              this.workbook.activeTab = this.workbook.sheets.indexOf(shown.entry);
              this.setView(shown, { tabSelected: true });
            }
          }
          this.workbookChanged = true;
        }
        if (step.tabColor) this.setElement(s, 'sheetPr', sheetPrXml(this.parsed(s).element('sheetPr'), { tabColor: step.tabColor }));
        return;
      }
      case 'setValidation':
        return this.setValidation(step.table, step.column, step.validation);
      case 'setConditionalFormats':
        return this.setFormats(step.table, step.column, step.formats);
      case 'setNote': {
        const s = this.sheet(step.sheet);
        const notes = this.notes(s);
        if (step.text !== null) notes.set(noteCell(step.cell), step.text);
        else notes.delete(noteCell(step.cell));
        s.notesChanged = true;
        return;
      }
      case 'setSheetLayout':
        return this.setSheetLayout(step);
      case 'setPrintLayout':
        return this.setPrintLayout(step);
      case 'setLineChart':
        throw new Error('Grafieken worden hier niet gemaakt.'); // refused by checkCapabilities before planning
      case 'protectSheet':
        return this.protectSheet(step.sheet, step.unlocked);
    }
  }

  // ---- sheets -------------------------------------------------------------------------------

  private addSheet(name: string, position: number | undefined): void {
    const part = this.pkg.freeName((n) => `xl/worksheets/sheet${n}.xml`);
    const sheet = SheetPart.empty();
    this.pkg.set(part, sheet.xmlBytes({ indexOf: (text) => this.strings.indexOf(text) }));
    this.pkg.setContentType(part, CONTENT_TYPES.worksheet);
    const rId = this.pkg.addRelationship(this.workbookName, RELATIONSHIP_TYPES.worksheet, part);
    const sheetId = this.workbook.sheets.reduce((max, e) => Math.max(max, e.sheetId), 0) + 1;
    const entry: SheetEntry = { name, sheetId, rId, state: 'visible' };
    const state: SheetState = { entry, part, parsed: sheet, changed: true, tables: [], columns: new Map(), linksChanged: false, notesChanged: false };
    // `position` counts the sheets the port shows; the new one goes before the one standing there.
    const before = position === undefined ? undefined : this.sheets[position];
    const index = before ? this.workbook.sheets.indexOf(before.entry) : this.workbook.sheets.length;
    this.workbook.sheets.splice(index, 0, entry);
    this.sheets.splice(before ? this.sheets.indexOf(before) : this.sheets.length, 0, state);
    // Sheet-scoped names and the open tab count sheets by place: those after the new one move up.
    for (const n of this.workbook.names) if (n.localSheetId !== undefined && n.localSheetId >= index) n.localSheetId++;
    if (this.workbook.activeTab >= index && this.workbook.sheets.length > 1) this.workbook.activeTab++;
    this.workbookChanged = true;
  }

  private sheet(name: string): SheetState {
    const s = this.sheets.find((x) => x.entry.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`Blad ${name} bestaat niet in deze werkmap.`);
    return s;
  }

  /** The sheet's part, parsed on first use. */
  private parsed(s: SheetState): SheetPart {
    if (s.parsed) return s.parsed;
    // Inflated and parsed slice by slice: a sheet of 800k rows is some 300 MB of XML, never held whole.
    const chunks = this.pkg.chunks(s.part);
    if (!chunks) throw refuse('werkmap.onderdeel-ontbreekt', { part: s.part, what: WHAT.worksheet, rels: relsName(this.workbookName) });
    s.parsed = unreadable(() => SheetPart.parseChunks(chunks, this.readContext()), s.part);
    return s.parsed;
  }

  private readContext(): SheetReadContext {
    return { text: (i) => this.strings.text(i), rich: (i) => this.strings.isRich(i), date1904: this.workbook.date1904 };
  }

  /** Protected, read from the parsed sheet or, for a sheet not parsed yet, from its last `<sheetProtection>` tag alone. */
  private isProtected(s: SheetState): boolean {
    if (s.parsed) return isProtected(s.parsed.element('sheetProtection'));
    return (s.protectedAsLoaded ??= this.protectedInPart(s.part));
  }

  private protectedInPart(part: string): boolean {
    const tag = this.lastTagWith(part, 'sheetProtection');
    return tag !== undefined && !tag.startsWith('</') && isProtected(tag);
  }

  /** False only when the sheet's part has no `tabSelected` at all, so it need not be parsed to be deselected. */
  private mayBeSelected(s: SheetState): boolean {
    return s.parsed !== undefined || this.lastTagWith(s.part, 'tabSelected') !== undefined;
  }

  /**
   * The last tag (`<…>`) of the part that holds `word`, read from its inflated slices, the end of
   * each kept for a tag cut in two: a sheet not parsed yet (800k rows) is never inflated whole for
   * one attribute.
   */
  private lastTagWith(part: string, word: string): string | undefined {
    const chunks = this.pkg.chunks(part);
    if (!chunks) return undefined;
    let found: string | undefined;
    unreadable(() => {
      let carried = new Uint8Array(0);
      for (const chunk of chunks) {
        const bytes = carried.length ? concatBytes([carried, chunk]) : chunk;
        const at = lastIndexOfAscii(bytes, word);
        const start = at < 0 ? -1 : bytes.lastIndexOf(0x3c, at);
        const end = at < 0 ? -1 : bytes.indexOf(0x3e, at);
        if (start >= 0 && end >= 0) found = new TextDecoder().decode(bytes.subarray(start, end + 1));
        carried = bytes.slice(Math.max(0, bytes.length - TAG_CARRIED));
      }
    });
    return found;
  }

  private setElement(s: SheetState, name: string, xml: string | undefined): void {
    this.parsed(s).setElements(name, xml === undefined ? [] : [xml]);
    s.changed = true;
  }

  private setView(s: SheetState, view: ReturnType<typeof parseView>): void {
    this.setElement(s, 'sheetViews', viewXml(this.parsed(s).element('sheetViews'), view));
  }

  // ---- cells --------------------------------------------------------------------------------

  private readRow(s: SheetState, row: number, left: number, right: number): CellValue[] {
    const values: CellValue[] = [];
    for (let col = left; col <= right; col++) values.push(this.cellValue(s, row, col));
    return values;
  }

  /** A cell as the port reads it: a formula gives its cached value, a date its serial in the 1900 system. */
  private cellValue(s: SheetState, row: number, column: number): CellValue {
    const rows = this.parsed(s).rows;
    const value = rows.value(row, column);
    if (typeof value !== 'number' || !this.workbook.date1904) return value;
    const style = rows.style(row, column);
    return style !== undefined && this.styles.isDate(style) ? value + DAYS_1904 : value;
  }

  /**
   * Strings are always text cells. A link is its text in the link look plus an internal hyperlink,
   * which a plain value written over it takes away again. An empty cell that stays empty is not
   * made: an import or a flag writes millions of cells, many of them empty.
   */
  private write(s: SheetState, row: number, column: number, value: CellInput): void {
    const rows = this.parsed(s).rows;
    const exists = rows.has(row, column);
    const links = this.links(s);
    const address = links.internal.size > 0 ? cellAddress(row, column) : '';
    const wasLink = address !== '' && links.internal.has(address);
    if (value === null && !exists && !wasLink) return;
    this.dropRangeLinks(s, { top: row, bottom: row, left: column, right: column });
    let style = exists ? rows.style(row, column) : this.newCellStyle(s, row, column);
    if (wasLink && !isLink(value)) {
      links.internal.delete(address);
      links.display?.delete(address);
      s.linksChanged = true;
      style = this.styles.derive(style ?? 0, { link: false });
    }
    const cell = this.stored(s, row, column, value, style);
    if (value === null && !exists && cell.style === undefined) return;
    rows.set(row, column, cell.value, cell.style);
    s.changed = true;
  }

  /** What a cell stores for a value, and its style with the look a date or a link needs; a link is added to the sheet's links. */
  private stored(s: SheetState, row: number, column: number, value: CellInput, style: number | undefined): { value: Stored; style: number | undefined } {
    if (isLink(value)) {
      const address = cellAddress(row, column);
      const links = this.links(s);
      links.internal.set(address, relativeLink(value.link));
      links.display?.set(address, value.text);
      s.linksChanged = true;
      return { value: value.text, style: this.styles.derive(style ?? 0, { link: true }) };
    }
    if (value instanceof Date) {
      const base = style ?? 0;
      let date = this.dateStyles.get(base);
      if (date === undefined) this.dateStyles.set(base, (date = this.styles.derive(base, { numberFormat: DATE_FORMAT })));
      return { value: dateToSerial(value) - (this.workbook.date1904 ? DAYS_1904 : 0), style: date };
    }
    return { value, style };
  }

  /** A new cell takes its row's style, or else its column's (a wrapped column wraps the rows added later). */
  private newCellStyle(s: SheetState, row: number, column: number): number | undefined {
    if (s.lastRow?.row !== row) s.lastRow = { row, style: this.parsed(s).rows.rowStyle(row) };
    return s.lastRow.style ?? this.columns(s).get(column)?.style;
  }

  private columns(s: SheetState): Map<number, ColumnLook> {
    return (s.columns ??= parseColumns(this.parsed(s).element('cols')));
  }

  private links(s: SheetState): Hyperlinks {
    return (s.links ??= parseHyperlinks(this.parsed(s).element('hyperlinks')));
  }

  /** The links kept as xml (to a web page or a file, or over a range), by the cells they cover. */
  private rangeLinks(s: SheetState): RangeLink[] {
    return (s.rangeLinks ??= this.links(s).other.flatMap((xml) => {
      const ref = /\sref\s*=\s*["'](\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)["']/.exec(xml)?.[1];
      return ref === undefined ? [] : [{ range: parseRange(ref), xml, id: relationshipId(xml) }];
    }));
  }

  /**
   * A value written over a cell takes away a link kept as xml that covers it (to a web page or a
   * file, or an internal one over a range), with its relationship unless another link shares that:
   * the cell no longer shows what the link names.
   */
  private dropRangeLinks(s: SheetState, range: RangeRef, which: (link: RangeLink) => boolean = () => true): void {
    const kept = this.rangeLinks(s);
    if (kept.length === 0) return;
    const gone = kept.filter((link) => overlaps(range, link.range) && which(link));
    if (gone.length === 0) return;
    const links = this.links(s);
    links.other = links.other.filter((xml) => !gone.some((link) => link.xml === xml));
    s.rangeLinks = kept.filter((link) => !gone.includes(link));
    for (const link of gone) if (link.id !== undefined && !s.rangeLinks.some((k) => k.id === link.id)) this.pkg.removeRelationship(s.part, link.id);
    s.linksChanged = true;
  }

  /** Whole data rows from data row `first` (0-based). */
  private writeRows(table: string, first: number, rows: CellInput[][]): void {
    const { sheet, table: t } = this.table(table);
    const r = parseRange(t.model.ref);
    rows.forEach((row, i) => this.writeRow(sheet, r.top + 1 + first + i, r.left, row));
  }

  /**
   * Cells from `left` on in one row. A row without cells yet (rows appended, a new table) is
   * stored at once, its styles shared with the row before where equal, as write() would store each
   * cell; empty values at its ends make no cell. Other rows are written cell by cell.
   */
  private writeRow(s: SheetState, row: number, left: number, values: CellInput[]): void {
    const rows = this.parsed(s).rows;
    if (this.links(s).internal.size > 0 || this.rangeLinks(s).length > 0 || rows.columnsOf(row).length > 0) {
      values.forEach((value, j) => this.write(s, row, left + j, value));
      return;
    }
    let first = 0;
    let last = values.length - 1;
    while (first <= last && values[first] === null) first++;
    while (last >= first && values[last] === null) last--;
    if (first > last) return;
    const stored: Stored[] = [];
    const styles: (number | undefined)[] = [];
    for (let j = first; j <= last; j++) {
      // An empty value makes no cell (setCells skips it), so it needs no style of its own.
      const cell = this.stored(s, row, left + j, values[j], values[j] === null ? undefined : this.newCellStyle(s, row, left + j));
      stored.push(cell.value);
      styles.push(cell.style);
    }
    rows.setCells(row, left + first, stored, styles);
    s.changed = true;
  }

  // ---- tables -------------------------------------------------------------------------------

  private table(name: string): { sheet: SheetState; table: TableState } {
    for (const sheet of this.sheets) {
      const table = sheet.tables.find((t) => t.model.name.toLowerCase() === name.toLowerCase());
      if (table) return { sheet, table };
    }
    throw new Error(`Tabel ${name} bestaat niet in deze werkmap.`);
  }

  private columnOffset(model: TablePart, caption: string): number {
    const i = model.columns.findIndex((c) => c.name.toLowerCase() === caption.toLowerCase());
    if (i < 0) throw new Error(`Kolom ${caption} bestaat niet in tabel ${model.name}.`);
    return i;
  }

  /** The data rows of one table column. */
  private columnRange(table: string, caption: string): RangeRef {
    const { table: t } = this.table(table);
    const r = parseRange(t.model.ref);
    const col = r.left + this.columnOffset(t.model, caption);
    return { top: r.top + 1, bottom: r.bottom, left: col, right: col };
  }

  /** The header and rows are in the cells already (a writeBlock step before this one). */
  private createTable(sheetName: string, name: string, address: string, style: string | undefined): void {
    const s = this.sheet(sheetName);
    const r = parseRange(address);
    const id = this.sheets.flatMap((x) => x.tables).reduce((max, t) => Math.max(max, t.model.id), 0) + 1;
    const model: TablePart = {
      id,
      name,
      displayName: name,
      ref: address,
      headerRowCount: 1,
      totalsRowCount: 0,
      // The header cells' texts: tableXml refuses an empty or repeated one, as Excel would repair it.
      columns: this.readRow(s, r.top, r.left, r.right).map((caption, i) => ({ id: i + 1, name: caption === null ? '' : String(caption) })),
      filters: [],
      style: { name: style ?? 'TableStyleMedium2', showFirstColumn: false, showLastColumn: false, showRowStripes: true, showColumnStripes: false },
    };
    const part = this.pkg.freeName((n) => `xl/tables/table${n}.xml`);
    this.pkg.set(part, tableXml(model));
    this.pkg.setContentType(part, CONTENT_TYPES.table);
    this.pkg.addRelationship(s.part, RELATIONSHIP_TYPES.table, part);
    s.tables.push({ part, model, changed: false });
    this.writeTableParts(s);
  }

  /** `<tableParts>` from the sheet's table relationships. */
  private writeTableParts(s: SheetState): void {
    const ids = this.pkg.relationships(s.part).filter((r) => r.type === 'table').map((r) => r.id);
    const parts = ids.map((id) => `<tablePart r:id="${id}"/>`).join('');
    this.setElement(s, 'tableParts', ids.length ? `<tableParts xmlns:r="${NAMESPACE.relationships}" count="${ids.length}">${parts}</tableParts>` : undefined);
  }

  private addColumns(name: string, columns: string[]): void {
    const { sheet, table } = this.table(name);
    const r = parseRange(table.model.ref);
    let id = table.model.columns.reduce((max, c) => Math.max(max, c.id), 0);
    columns.forEach((caption, i) => {
      this.write(sheet, r.top, r.right + 1 + i, caption);
      table.model.columns.push({ id: ++id, name: caption });
    });
    this.resize(sheet, table, { ...r, right: r.right + columns.length });
  }

  /**
   * Moves the table's edges. Validations and formats of its columns follow the data rows as they
   * grow or shrink, as they do in Excel; the rows the table leaves lose what lay on them alone.
   */
  private resize(s: SheetState, table: TableState, to: RangeRef): void {
    const from = parseRange(table.model.ref);
    table.model.ref = rangeAddress(to);
    table.changed = true;
    if (to.bottom === from.bottom) return;
    const validations = this.validations(s);
    const formats = this.formats(s);
    for (let col = from.left; col <= Math.min(from.right, to.right); col++) {
      const column = { top: from.top + 1, bottom: from.bottom, left: col, right: col };
      const resized = { ...column, bottom: to.bottom };
      const entry = validationEntry(validations, column);
      if (entry) {
        // Over the old and the new rows, so no entry for a single cell is left beside the new range.
        clearValidations(validations, { ...column, bottom: Math.max(from.bottom, to.bottom) });
        // With the xml it was read from: only its sqref changes, attributes the port does not know stay.
        validations.push({ ranges: [resized], validation: entry.validation, xml: entry.xml });
      }
      for (const f of formats) if (f.ranges.length === 1 && sameRange(f.ranges[0], column)) f.ranges = [resized];
    }
    if (to.bottom < from.bottom) {
      const left = { top: to.bottom + 1, bottom: from.bottom, left: from.left, right: from.right };
      clearValidations(validations, left);
      // A format can apply to several ranges (`A2:A9 C2:C9`); it goes only when all of them lie inside.
      const kept = formats.filter((f) => !f.ranges.every((part) => within(part, left)));
      formats.splice(0, formats.length, ...kept);
    }
    this.writeValidations(s, validations);
    this.writeFormats(s, formats);
  }

  // ---- validations and conditional formats --------------------------------------------------

  private validations(s: SheetState): Validated[] {
    return parseValidations(this.parsed(s).element('dataValidations'));
  }

  private writeValidations(s: SheetState, entries: Validated[]): void {
    this.setElement(s, 'dataValidations', validationsXml(entries));
  }

  private formats(s: SheetState): Formatted[] {
    return parseFormats(this.parsed(s).elements('conditionalFormatting'));
  }

  /** Entries read and not changed are written as they were (other writers' rules kept), with their ranges as they are now. */
  private writeFormats(s: SheetState, entries: Formatted[]): void {
    this.parsed(s).setElements('conditionalFormatting', formatsXml(entries));
    s.changed = true;
  }

  private setValidation(table: string, column: string, validation: Validation): void {
    const { sheet } = this.table(table);
    const range = this.columnRange(table, column);
    const validations = this.validations(sheet);
    clearValidations(validations, range);
    if (validation.rule.type !== 'none') validations.push({ ranges: [range], validation });
    this.writeValidations(sheet, validations);
  }

  private setFormats(table: string, column: string, formats: ConditionalFormat[]): void {
    const { sheet } = this.table(table);
    const range = this.columnRange(table, column);
    const entries = this.formats(sheet).filter((f) => !f.ranges.every((part) => within(part, range)));
    if (formats.length) {
      const first = entries.flatMap((e) => e.rules).reduce((max, rule) => Math.max(max, rule.priority), 0) + 1;
      const rules = formats.map((f, i) => ({ formula: f.formula, dxfId: this.styles.addDxf(f.fill, f.fontColor), priority: first + i }));
      entries.push({ ranges: [range], rules });
    }
    this.writeFormats(sheet, entries);
  }

  private formatsOf(entries: Formatted[], range: RangeRef): ConditionalFormat[] {
    return entries
      .filter((e) => e.ranges.length === 1 && sameRange(e.ranges[0], range))
      .flatMap((e) => e.rules)
      .map((rule) => {
        const { fill, fontColor } = this.styles.dxf(rule.dxfId);
        return { formula: rule.formula, fill: fill ?? '', ...(fontColor ? { fontColor } : {}) };
      });
  }

  // ---- notes --------------------------------------------------------------------------------

  private notes(s: SheetState): Notes {
    if (s.notes) return s.notes;
    const rel = this.pkg.relationships(s.part).find((r) => r.type === 'comments');
    const part = rel && this.pkg.target(s.part, rel);
    const xml = part ? unreadable(() => this.pkg.text(part), part) : undefined;
    s.notes = xml === undefined ? new Map() : unreadable(() => parseComments(xml), part);
    return s.notes;
  }

  /**
   * The comments part and its VML drawing from the notes, made or removed as needed. The drawing
   * may hold other shapes (form controls): those stay as read, only the note shapes are replaced,
   * and a drawing left with them alone stays when the last note goes.
   */
  private writeNotes(s: SheetState): void {
    const notes = this.notes(s);
    const rels = this.pkg.relationships(s.part);
    const comments = rels.find((r) => r.type === 'comments');
    // The notes' drawing is the one <legacyDrawing> names; a header's or footer's pictures have one of their own.
    const drawingId = relationshipId(this.parsed(s).element('legacyDrawing'));
    const vml = rels.find((r) => r.type === 'vmlDrawing' && r.id === drawingId);
    const vmlPart = vml && this.pkg.target(s.part, vml);
    const existing = vmlPart === undefined ? undefined : unreadable(() => this.pkg.text(vmlPart));
    if (comments && notes.size === 0) {
      this.pkg.remove(this.pkg.target(s.part, comments));
      this.pkg.removeRelationship(s.part, comments.id);
    }
    if (notes.size === 0 && !(existing !== undefined && hasOtherShapes(existing))) {
      if (!vml || !vmlPart) return;
      this.pkg.remove(vmlPart);
      this.pkg.removeRelationship(s.part, vml.id);
      this.setElement(s, 'legacyDrawing', undefined);
      return;
    }
    if (notes.size > 0) {
      const commentsPart = comments ? this.pkg.target(s.part, comments) : this.pkg.freeName((n) => `xl/comments${n}.xml`);
      this.pkg.set(commentsPart, commentsXml(notes));
      if (!comments) {
        this.pkg.setContentType(commentsPart, CONTENT_TYPES.comments);
        this.pkg.addRelationship(s.part, RELATIONSHIP_TYPES.comments, commentsPart);
      }
    }
    // A drawing keeps its blocks of shape ids (`o:idmap`); a new one takes the block after every other drawing's.
    const drawing = idBlocks(existing ?? '')[0] ?? this.nextIdBlock();
    const part = vmlPart ?? this.pkg.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
    this.pkg.set(part, notesVml(notes, drawing, existing));
    if (!vml) {
      this.pkg.setContentType(part, CONTENT_TYPES.vmlDrawing);
      const id = this.pkg.addRelationship(s.part, RELATIONSHIP_TYPES.vmlDrawing, part);
      this.setElement(s, 'legacyDrawing', `<legacyDrawing xmlns:r="${NAMESPACE.relationships}" r:id="${id}"/>`);
    }
  }

  /** The block of shape ids after the highest any VML drawing of the package claims (notes', headers' pictures, controls'). */
  private nextIdBlock(): number {
    const vml = this.pkg.names().filter((name) => /\.vml$/i.test(name));
    return vml.flatMap((part) => idBlocks(unreadable(() => this.pkg.text(part), part) ?? '')).reduce((max, block) => Math.max(max, block), 0) + 1;
  }

  // ---- layout, printing, protection ---------------------------------------------------------

  private setSheetLayout(step: Extract<FormatStep, { kind: 'setSheetLayout' }>): void {
    const s = this.sheet(step.sheet);
    const columns = this.columns(s);
    const look = (letter: string) => {
      const index = columnIndex(letter);
      let found = columns.get(index);
      if (!found) columns.set(index, (found = {}));
      return found;
    };
    for (const [letter, width] of Object.entries(step.widths)) look(letter).width = width;
    for (const letter of step.hidden) look(letter).hidden = true;
    // The column's style wraps the cells it has, and is given to cells made later.
    const rows = this.parsed(s).rows;
    for (const letter of step.wrap) {
      const column = look(letter);
      column.style = this.styles.derive(column.style ?? 0, { wrap: true });
      const index = columnIndex(letter);
      for (const row of rows.rowNumbers()) {
        const style = rows.style(row, index);
        if (style !== undefined) rows.setStyle(row, index, this.styles.derive(style, { wrap: true }));
      }
    }
    if (Object.keys(step.widths).length || step.hidden.length || step.wrap.length) this.setElement(s, 'cols', columnsXml(columns));
    // Keeps the selection select() made.
    if (step.freezeRows) this.setView(s, { ...parseView(this.parsed(s).element('sheetViews')), frozenRows: step.freezeRows });
  }

  private setPrintLayout(step: Extract<FormatStep, { kind: 'setPrintLayout' }>): void {
    const s = this.sheet(step.sheet);
    const sheet = this.parsed(s);
    // Fit to one page wide and as many pages tall as it takes (0: no limit).
    this.setElement(s, 'pageSetup', pageSetupXml(sheet.element('pageSetup'), { orientation: step.orientation, paperSize: 9, fitToWidth: 1, fitToHeight: 0 }));
    this.setElement(s, 'sheetPr', sheetPrXml(sheet.element('sheetPr'), { fitToPage: true }));
    this.setPrintTitles(s, step.titleRows);
    // & starts a code in a header (&P is the page number): a literal one is doubled.
    if (step.header !== undefined) this.setElement(s, 'headerFooter', headerFooterXml(sheet.element('headerFooter'), `&C${step.header.replace(/&/g, '&&')}`));
    // Excel stores a break after a row; the port asks for one before it.
    this.setElement(s, 'rowBreaks', rowBreaksXml(step.breaksBefore.map((row) => row - 1)));
  }

  /** The rows repeated on each page are the sheet's _xlnm.Print_Titles name; none removes it. */
  private setPrintTitles(s: SheetState, titleRows: string | undefined): void {
    const localSheetId = this.workbook.sheets.indexOf(s.entry);
    const names = this.workbook.names;
    const at = names.findIndex((n) => n.name === PRINT_TITLES && n.localSheetId === localSheetId);
    if (titleRows === undefined) {
      if (at >= 0) names.splice(at, 1);
    } else {
      const rows = titleRows.replace(/\$/g, '').split(':').map((row) => `$${row}`).join(':');
      const formula = `${quoteSheet(s.entry.name)}!${rows}`;
      if (at >= 0) names[at].formula = formula;
      else names.push({ name: PRINT_TITLES, formula, localSheetId, rest: {} });
    }
    this.workbookChanged = true;
  }

  /** No password; selecting cells and resizing columns and rows stay allowed. */
  private protectSheet(sheetName: string, unlocked: string[]): void {
    const s = this.sheet(sheetName);
    const rows = this.parsed(s).rows;
    for (const address of unlocked) {
      const r = parseRange(address);
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          if (rows.has(row, col)) rows.setStyle(row, col, this.styles.derive(rows.style(row, col) ?? 0, { locked: false }));
          else rows.set(row, col, null, this.styles.derive(this.newCellStyle(s, row, col) ?? 0, { locked: false }));
        }
      }
    }
    this.setElement(s, 'sheetProtection', protectionXml());
  }

  // ---- package ------------------------------------------------------------------------------

  /** A part of the workbook found by its relationship, made (with relationship and content type) when the package has none. */
  private ownPart(type: 'sharedStrings' | 'styles', name: string, contentType: string): string {
    const rel = this.pkg.relationships(this.workbookName).find((r) => r.type === type);
    if (rel) return this.pkg.target(this.workbookName, rel);
    const part = this.pkg.has(name) ? this.pkg.freeName((n) => name.replace('.xml', `${n}.xml`)) : name;
    this.pkg.setContentType(part, contentType);
    this.pkg.addRelationship(this.workbookName, RELATIONSHIP_TYPES[type], part);
    return part;
  }

  private dropCalcChain(): void {
    const rel = this.pkg.relationships(this.workbookName).find((r) => r.type === 'calcChain');
    if (!rel) return;
    const part = this.pkg.target(this.workbookName, rel);
    this.pkg.remove(part);
    this.pkg.removeRelationship(this.workbookName, rel.id);
  }
}

/** A fault of the package's opener as the adapter's refusal. */
function packageRefusal(e: WorkbookPackageError): UserError {
  if (e.fault === 'no-workbook') return refuse('werkmap.onleesbaar');
  if (e.missing && e.part) return refuse('werkmap.onderdeel-ontbreekt', { part: e.part, what: WHAT[e.missing.type] ?? e.missing.type, rels: e.missing.rels });
  return refuse('werkmap.onderdeel-onleesbaar', { part: e.part });
}

/**
 * Runs a read; what fails below the port reaches the user as the sharpest Dutch refusal, never as
 * the parser's or the zip's English (kept as the cause, for the log): a zip entry with a password
 * is a protected workbook, a damaged zip a damaged file, anything else a part we cannot read
 * (zip64, another compression, XML we cannot parse), which Excel writes anew when it saves the file.
 */
function unreadable<T>(read: () => T, part?: string): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof UserError) throw e;
    if (e instanceof WorkbookPackageError) throw withCause(packageRefusal(e), e);
    if (e instanceof ZipPackageError && e.fault === 'encrypted') throw withCause(refuse('werkmap.beveiligd'), e);
    if (e instanceof ZipPackageError && (e.fault === 'not-zip' || e.fault === 'damaged')) throw withCause(refuse('werkmap.onleesbaar'), e);
    throw withCause(refuse('werkmap.onderdeel-onleesbaar', { part: (e instanceof ZipPackageError ? e.part : undefined) ?? part }), e);
  }
}

/** `$B$7` → `B7`: notes are kept by plain cell address. */
function noteCell(address: string): string {
  const at = parseCell(address);
  return cellAddress(at.row, at.column);
}

function within(inner: RangeRef, outer: RangeRef): boolean {
  return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function sameRange(a: RangeRef, b: RangeRef): boolean {
  return a.top === b.top && a.bottom === b.bottom && a.left === b.left && a.right === b.right;
}

/** Removes every validated range inside `range` (entries left without ranges are dropped on write). */
function clearValidations(entries: Validated[], range: RangeRef): void {
  for (const e of entries) e.ranges = e.ranges.filter((part) => !within(part, range));
}

/** The validation of a column: one entry whose ranges lie in the column and cover all of it. */
function validationOf(entries: Validated[], range: RangeRef): Validation | null {
  return validationEntry(entries, range)?.validation ?? null;
}

function validationEntry(entries: Validated[], range: RangeRef): (Validated & { validation: Validation }) | undefined {
  for (const e of entries) {
    if (!e.validation || !e.ranges.some((part) => within(part, range))) continue;
    if (!e.ranges.every((part) => within(part, range))) continue;
    const cells = e.ranges.reduce((sum, part) => sum + (part.bottom - part.top + 1), 0);
    if (cells === range.bottom - range.top + 1) return { ...e, validation: e.validation };
  }
  return undefined;
}
