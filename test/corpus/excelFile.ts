// A saved workbook edited part by part, the way Excel changes the file when a user deletes or renames
// a sheet, renames a column header, converts a table to a range or merges cells: for the corpus's
// inputs that the workbook port cannot (and should not) make. Built on the package parts the xlsx
// adapter reads with, so every part not edited is written back as it was.
import { SharedStrings } from '../../src/ooxml/sharedStrings';
import { SheetPart, type SheetReadContext } from '../../src/ooxml/sheetPart';
import { WorkbookPart } from '../../src/ooxml/workbookPart';
import { escapeText } from '../../src/ooxml/xmlText';
import { ZipPackage } from '../../src/ooxml/zipPackage';
import { absoluteRange, parseRange, quoteSheet } from '../../src/workbook/address';
import { NAMESPACE } from '../../src/workbook/xlsx/contentTypes';
import { parseTable, tableXml, type TablePart } from '../../src/workbook/xlsx/tablePart';

const targetOf = (pkg: ZipPackage, source: string, type: string) => {
  const rel = pkg.relationships(source).find((r) => r.type === type);
  return rel && pkg.target(source, rel);
};

export class ExcelFile {
  private readonly sheets = new Map<string, SheetPart>();

  private constructor(
    private readonly pkg: ZipPackage,
    private readonly workbookName: string,
    private readonly workbook: WorkbookPart,
    private readonly stringsName: string,
    private readonly strings: SharedStrings,
  ) {}

  static read(bytes: Uint8Array): ExcelFile {
    const pkg = ZipPackage.read(bytes);
    const workbookName = targetOf(pkg, '', 'officeDocument')!;
    const stringsName = targetOf(pkg, workbookName, 'sharedStrings') ?? 'xl/sharedStrings.xml';
    return new ExcelFile(pkg, workbookName, WorkbookPart.parse(pkg.text(workbookName)!), stringsName, SharedStrings.parse(pkg.text(stringsName)));
  }

  /** The file's bytes with the edits made. */
  write(): Uint8Array {
    for (const [part, sheet] of this.sheets) this.pkg.set(part, sheet.xmlBytes({ indexOf: (text) => this.strings.indexOf(text) }));
    if (this.strings.changed) this.pkg.set(this.stringsName, this.strings.toXml());
    this.pkg.set(this.workbookName, this.workbook.toXml());
    return this.pkg.write();
  }

  /** The sheet's cells and elements, to edit (written back on write()). */
  sheet(name: string): SheetPart {
    const part = this.sheetPartName(name);
    let sheet = this.sheets.get(part);
    if (!sheet) {
      const context: SheetReadContext = { text: (i) => this.strings.text(i), rich: (i) => this.strings.isRich(i), date1904: this.workbook.date1904 };
      this.sheets.set(part, (sheet = SheetPart.parse(this.pkg.bytes(part)!, context)));
    }
    return sheet;
  }

  /** A table's model; give it back to setTable() when changed. */
  table(name: string): { sheet: string; part: string; model: TablePart } {
    for (const entry of this.workbook.sheets) {
      const source = this.sheetPartName(entry.name);
      for (const rel of this.pkg.relationships(source).filter((r) => r.type === 'table')) {
        const part = this.pkg.target(source, rel);
        const model = parseTable(this.pkg.text(part)!);
        if (model.name === name) return { sheet: entry.name, part, model };
      }
    }
    throw new Error(`corpus: geen tabel ${name}`);
  }

  setTable(part: string, model: TablePart): void {
    this.pkg.set(part, tableXml(model));
  }

  /** A column header typed over: the table's column takes the cell's new text. */
  renameHeader(table: string, from: string, to: string): void {
    const { sheet, part, model } = this.table(table);
    const i = model.columns.findIndex((c) => c.name === from);
    if (i < 0) throw new Error(`corpus: geen kolom ${from} in ${table}`);
    model.columns[i].name = to;
    this.setTable(part, model);
    const r = parseRange(model.ref);
    this.sheet(sheet).rows.set(r.top, r.left + i, to);
  }

  /** Sheet > Rename: names that point at the sheet follow it (a link's target does not, in Excel either). */
  renameSheet(from: string, to: string): void {
    this.entry(from).name = to;
    for (const n of this.workbook.names) n.formula = n.formula.split(`${quoteSheet(from)}!`).join(`${quoteSheet(to)}!`);
  }

  /** Sheet > Delete: the sheet and what it holds (tables, notes) go; names that pointed into it become #REF!, as Excel makes them. */
  removeSheet(name: string): void {
    const entry = this.entry(name);
    const part = this.sheetPartName(name);
    const owned = this.pkg.relationships(part).filter((r) => !r.external);
    const tableNames = owned.filter((r) => r.type === 'table').map((r) => parseTable(this.pkg.text(this.pkg.target(part, r))!).name);
    for (const rel of owned) this.pkg.remove(this.pkg.target(part, rel));
    this.pkg.remove(part);
    this.pkg.removeRelationship(this.workbookName, entry.rId);
    this.sheets.delete(part);
    const index = this.workbook.sheets.indexOf(entry);
    this.workbook.sheets.splice(index, 1);
    this.workbook.names = this.workbook.names.filter((n) => n.localSheetId !== index);
    for (const n of this.workbook.names) {
      if (n.localSheetId !== undefined && n.localSheetId > index) n.localSheetId--;
      n.formula = n.formula.split(`${quoteSheet(name)}!`).join('#REF!');
      if (tableNames.some((t) => n.formula.startsWith(`${t}[`))) n.formula = '#REF!';
    }
  }

  /** Table Design > Convert to Range: the cells stay, the table goes, and names on its columns become plain ranges. */
  toRange(table: string): void {
    const { sheet, part, model } = this.table(table);
    const source = this.sheetPartName(sheet);
    const rel = this.pkg.relationships(source).find((r) => r.type === 'table' && this.pkg.target(source, r) === part)!;
    this.pkg.remove(part);
    this.pkg.removeRelationship(source, rel.id);
    const left = this.pkg.relationships(source).filter((r) => r.type === 'table');
    const parts = left.map((r) => `<tablePart r:id="${r.id}"/>`).join('');
    this.sheet(sheet).setElements('tableParts', left.length ? [`<tableParts xmlns:r="${NAMESPACE.relationships}" count="${left.length}">${parts}</tableParts>`] : []);
    const r = parseRange(model.ref);
    for (const n of this.workbook.names) {
      n.formula = n.formula.replace(new RegExp(`^${table}\\[([^\\]]+)\\]$`), (_, caption: string) => {
        const i = model.columns.findIndex((c) => c.name === caption);
        return `${quoteSheet(sheet)}!${absoluteRange({ top: r.top + 1, bottom: r.bottom, left: r.left + i, right: r.left + i })}`;
      });
    }
  }

  /** Merge Cells: the range is merged and only its top-left value stays (the other cells keep their look). */
  merge(sheetName: string, range: string): void {
    const sheet = this.sheet(sheetName);
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) if ((row > r.top || col > r.left) && sheet.rows.has(row, col)) sheet.rows.set(row, col, null);
    const merged = [...(sheet.element('mergeCells') ?? '').matchAll(/<mergeCell\b[^>]*\/>/g)].map((m) => m[0]);
    merged.push(`<mergeCell ref="${range}"/>`);
    sheet.setElements('mergeCells', [`<mergeCells count="${merged.length}">${merged.join('')}</mergeCells>`]);
  }

  /** A formula with its cached result an error (#DIV/0!), as Excel stores it: t="e", the formula, the error's code. */
  setErrorFormula(sheetName: string, address: string, formula: string, error: string): void {
    const part = this.sheetPartName(sheetName);
    // The row store keeps no new formulas: the cell is written into the part's XML, before any other edit of the sheet.
    if (this.sheets.has(part)) throw new Error(`corpus: zet de formule vóór de andere bewerkingen van ${sheetName}`);
    const xml = this.pkg.text(part)!;
    const cell = new RegExp(`<c r="${address}"( s="\\d+")?[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml);
    if (!cell) throw new Error(`corpus: geen cel ${address} op ${sheetName}`);
    this.pkg.set(part, xml.replace(cell[0], `<c r="${address}"${cell[1] ?? ''} t="e"><f>${escapeText(formula)}</f><v>${escapeText(error)}</v></c>`));
  }

  private entry(name: string) {
    const entry = this.workbook.sheets.find((s) => s.name === name);
    if (!entry) throw new Error(`corpus: geen blad ${name}`);
    return entry;
  }

  private sheetPartName(name: string): string {
    const rel = this.pkg.relationships(this.workbookName).find((r) => r.id === this.entry(name).rId)!;
    return this.pkg.target(this.workbookName, rel);
  }
}
