// Checks a whole edit list against the workbook before an adapter changes anything, so a list
// that cannot apply leaves the workbook as it was. Shared by both adapters.
import { refuse } from '../rules';
import { columnIndex, parseRange } from './address';
import { isLink, linkProblem } from './links';
import type { CellInput, Edit, WorkbookInfo } from './port';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Excel: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe. */
function sheetNameProblem(name: string): string | null {
  if (!name || name.length > 31) return 'moet 1 tot 31 tekens lang zijn';
  if (/[:\\/?*[\]]/.test(name)) return 'mag geen : \\ / ? * [ of ] bevatten';
  if (name.startsWith("'") || name.endsWith("'")) return 'mag niet met een apostrof beginnen of eindigen';
  return null;
}

/** The last row and column of a worksheet in Excel (and in every .xlsx). */
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

const tableOrName = /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/;

/** A link cell must have a text and point at one cell; `where` names the cell for the message. */
function checkLink(value: CellInput, where: string): void {
  const problem = isLink(value) ? linkProblem(value) : null;
  if (problem) throw new Error(`De koppeling in ${where} ${problem}.`);
}

function checkLinks(rows: CellInput[][], where: string): void {
  rows.forEach((row, r) => row.forEach((value) => checkLink(value, `${where}, rij ${r + 1}`)));
}

/** A column letter on the sheet, `A` to `XFD`. */
function checkColumnLetter(letter: string, where: string): void {
  if (!/^[A-Za-z]{1,3}$/.test(letter) || columnIndex(letter) > LAST_COLUMN) throw new Error(`Ongeldige kolom ${letter} op ${where}.`);
}

/** `B2` or `B2:D9`, top-left first, inside the sheet. */
function checkRange(address: string, where: string): void {
  let ok = address.split(':').length <= 2;
  try {
    const r = parseRange(address);
    ok &&= r.top >= 1 && r.top <= r.bottom && r.left <= r.right && r.bottom <= LAST_ROW && r.right <= LAST_COLUMN;
  } catch {
    ok = false;
  }
  if (!ok) throw new Error(`Ongeldig bereik ${address} op ${where}.`);
}

/** A line chart's source needs a row of series names and a column of periods around its values. */
function checkLineChart(edit: Extract<Edit, { kind: 'setLineChart' }>): void {
  const where = `blad ${edit.sheet}`;
  if (!edit.name.trim()) throw new Error(`Een grafiek op ${where} heeft geen naam.`);
  checkRange(edit.source, where);
  const source = parseRange(edit.source);
  if (source.bottom === source.top || source.right === source.left) {
    throw new Error(`Het bereik ${edit.source} van grafiek ${edit.name} moet minstens een rij met reeksnamen boven de waarden en een kolom met perioden ernaast hebben.`);
  }
  const corner = /^\$?[A-Za-z]{1,3}\$?\d+$/;
  if (!corner.test(edit.at) || !corner.test(edit.to)) throw new Error(`Grafiek ${edit.name} moet van één cel tot één cel lopen, niet van ${edit.at} tot ${edit.to}.`);
  checkRange(`${edit.at}:${edit.to}`, where);
}

/**
 * Refuses edits the host cannot do, before anything is read for them: a chart outside Excel, a note
 * in an Excel older than ExcelApi 1.18. The Office.js adapter calls it before its first read.
 */
export function checkCapabilities(capabilities: WorkbookInfo['capabilities'], edits: readonly Edit[]): void {
  for (const edit of edits) {
    if (edit.kind === 'setLineChart' && !capabilities.charts) {
      throw new Error(`Grafiek ${edit.name} kan hier niet ingevoegd worden: grafieken kunnen alleen in Excel zelf gemaakt worden, niet in een werkmap die buiten Excel bewerkt wordt.`);
    }
    if (edit.kind === 'setNote' && !capabilities.notes) {
      throw new Error(`De notitie in cel ${edit.cell} van blad ${edit.sheet} kan hier niet gezet worden: deze versie van Excel kent geen notities (ExcelApi 1.18). Werk Excel bij of gebruik Excel op het web.`);
    }
  }
}

/** Throws an Error that names the first edit that cannot apply. */
export function checkEdits(info: WorkbookInfo, edits: readonly Edit[]): void {
  checkCapabilities(info.capabilities, edits);
  const sheets = info.sheets.map((s) => s.name);
  const tables = new Map(info.tables.map((t) => [t.name.toLowerCase(), { columns: [...t.columns], rows: t.rowCount, sheet: t.sheet, top: parseRange(t.address).top }]));

  const sheet = (name: string) => {
    if (!sheets.some((s) => same(s, name))) throw new Error(`Blad ${name} bestaat niet in deze werkmap.`);
  };
  const table = (name: string) => {
    const t = tables.get(name.toLowerCase());
    if (!t) throw new Error(`Tabel ${name} bestaat niet in deze werkmap.`);
    return t;
  };
  const column = (tableName: string, caption: string) => {
    if (!table(tableName).columns.some((c) => same(c, caption))) throw new Error(`Kolom ${caption} bestaat niet in tabel ${tableName}.`);
  };
  const rowsFit = (tableName: string, rows: CellInput[][], width: number) => {
    rows.forEach((r) => {
      if (r.length !== width) throw new Error(`Een rij voor tabel ${tableName} heeft ${r.length} waarden in plaats van ${width}.`);
    });
    checkLinks(rows, `tabel ${tableName}`);
  };
  /** A table that would grow past the sheet's last row is the user's to fix (often one made of whole columns). */
  const rowsLeft = (tableName: string, rows: number) => {
    const t = table(tableName);
    if (t.top + rows > LAST_ROW) {
      throw refuse('werkmap.tabel-vol', { table: tableName, sheet: t.sheet, rows: rows - t.rows, last: LAST_ROW });
    }
  };
  const uniqueCaptions = (captions: string[], where: string) => {
    const seen = new Set<string>();
    for (const c of captions) {
      if (!c.trim()) throw new Error(`Een kolom in ${where} heeft geen naam.`);
      if (seen.has(c.toLowerCase())) throw new Error(`Kolom ${c} komt twee keer voor in ${where}.`);
      seen.add(c.toLowerCase());
    }
  };

  for (const edit of edits) {
    switch (edit.kind) {
      case 'addSheet': {
        const problem = sheetNameProblem(edit.sheet);
        if (problem) throw new Error(`Bladnaam ${edit.sheet} ${problem}.`);
        if (sheets.some((s) => same(s, edit.sheet))) throw new Error(`Blad ${edit.sheet} bestaat al.`);
        if (edit.position !== undefined && !(Number.isInteger(edit.position) && edit.position >= 0 && edit.position <= sheets.length)) throw new Error(`Blad ${edit.sheet} kan niet op plaats ${edit.position}.`);
        sheets.push(edit.sheet);
        break;
      }
      case 'addTable': {
        sheet(edit.sheet);
        if (!tableOrName.test(edit.table)) throw new Error(`Tabelnaam ${edit.table} is ongeldig.`);
        if (tables.has(edit.table.toLowerCase())) throw new Error(`Tabel ${edit.table} bestaat al.`);
        if (!edit.columns.length) throw new Error(`Tabel ${edit.table} heeft geen kolommen.`);
        uniqueCaptions(edit.columns, `tabel ${edit.table}`);
        rowsFit(edit.table, edit.rows, edit.columns.length);
        tables.set(edit.table.toLowerCase(), { columns: [...edit.columns], rows: Math.max(1, edit.rows.length), sheet: edit.sheet, top: parseRange(edit.at).top });
        break;
      }
      case 'addColumns': {
        const t = table(edit.table);
        uniqueCaptions([...t.columns, ...edit.columns], `tabel ${edit.table}`);
        t.columns.push(...edit.columns);
        break;
      }
      case 'appendRows': {
        const t = table(edit.table);
        rowsFit(edit.table, edit.rows, t.columns.length);
        rowsLeft(edit.table, t.rows + edit.rows.length);
        t.rows += edit.rows.length;
        break;
      }
      case 'replaceRows': {
        const t = table(edit.table);
        rowsFit(edit.table, edit.rows, t.columns.length);
        rowsLeft(edit.table, Math.max(1, edit.rows.length));
        // An Excel table keeps one (blank) data row when it has none.
        t.rows = Math.max(1, edit.rows.length);
        break;
      }
      case 'updateCells': {
        const t = table(edit.table);
        const known = new Set<string>();
        for (const cell of edit.cells) {
          if (!known.has(cell.column)) {
            column(edit.table, cell.column);
            known.add(cell.column);
          }
          if (!Number.isInteger(cell.row) || cell.row < 0 || cell.row >= t.rows) throw new Error(`Rij ${cell.row} bestaat niet in tabel ${edit.table}.`);
          checkLink(cell.value, `tabel ${edit.table}, rij ${cell.row}, kolom ${cell.column}`);
        }
        break;
      }
      case 'setValidation': {
        column(edit.table, edit.column);
        const rule = edit.validation.rule;
        if (rule.type === 'custom' && rule.formula.trim().replace(/^=/, '').trim() === '') throw new Error(`De validatie van kolom ${edit.column} in tabel ${edit.table} heeft geen formule.`);
        break;
      }
      case 'setConditionalFormats':
        column(edit.table, edit.column);
        break;
      case 'setName':
        if (!tableOrName.test(edit.name)) throw new Error(`Naam ${edit.name} is geen geldige gedefinieerde naam.`);
        break;
      case 'writeRange':
        sheet(edit.sheet);
        checkLinks(edit.values, `blad ${edit.sheet}`);
        break;
      case 'setSheetLayout':
        sheet(edit.sheet);
        for (const letter of [...(edit.hidden ?? []), ...(edit.wrap ?? [])]) checkColumnLetter(letter, `blad ${edit.sheet}`);
        break;
      case 'setPrintLayout':
        sheet(edit.sheet);
        if (edit.titleRows !== undefined && !/^\$?\d+:\$?\d+$/.test(edit.titleRows)) throw new Error(`Ongeldige titelrijen ${edit.titleRows} op blad ${edit.sheet}; geef ze als 1:2.`);
        for (const row of edit.breaksBefore ?? []) if (!(Number.isInteger(row) && row > 1 && row <= LAST_ROW)) throw new Error(`Ongeldig pagina-einde voor rij ${row} op blad ${edit.sheet}.`);
        break;
      case 'protectSheet':
        sheet(edit.sheet);
        for (const address of edit.unlocked) checkRange(address, `blad ${edit.sheet}`);
        break;
      case 'setLineChart':
        sheet(edit.sheet);
        checkLineChart(edit);
        break;
      case 'setSheetVisibility':
      case 'clearRange':
      case 'setNote':
        sheet(edit.sheet);
        break;
    }
  }
}
