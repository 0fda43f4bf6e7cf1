// Reads a Gemeente-Stadsmonitor theme workbook (FORMATS.md §2): one sheet per indicator code, header
// in row 1, values as numbers; a survey workbook starts with a contents sheet (Thema, Tabblad, Naam
// indicator). A per-indicator extract (GSM_Extract_WO_07.xlsx) is the same with one sheet. Reading
// the file is input parsing, so this module reads the package's parts itself (src/ooxml), not
// through the workbook port; it never touches the registry.
import { problem, refuse, withCause } from '../rules';
import { SheetPart } from '../ooxml/sheetPart';
import type { Styles } from '../ooxml/styles';
import { openWorkbookPackage, WorkbookPackageError } from '../ooxml/workbookPackage';
import { ZipPackage } from '../ooxml/zipPackage';
import { DAYS_1904, parseRange, serialToDate, type RangeRef } from '../workbook/address';
import { fileKind } from '../workbook/fileKind';
import { codeIn, planTable, rowOf, type Cell, type TablePlan } from './table';
import { cellText, normalText } from './text';
import type { RowSink } from './types';

export interface ThemeSheet {
  sheet: string;
  /** Indicator code: the sheet's name, or for a single-sheet extract the code in the file name. */
  code: string | null;
  /** Name of the indicator from the contents sheet or the sheet's Indicator column. */
  title: string | null;
  /** Data rows on the sheet. */
  rows: number;
  kind: 'indicator' | 'contents' | 'other';
  /** Why an `other` sheet is not read. */
  problem?: string;
}

export interface ThemeWorkbook {
  fileName: string;
  sheets: ThemeSheet[];
  /** Sends the rows of the indicator sheets (all, or those named by sheet name or code) to the sink. */
  read(sink: RowSink, options?: { sheets?: string[]; signal?: AbortSignal }): number;
}

const SHEET_CODE = /^[A-Za-z]{2}(_S)?_\d{1,3}[A-Za-z]?$/;

/** The visible worksheets in tab order, each as rows of plain cells (row 1 first); a part that cannot be read throws. */
function visibleSheets(bytes: Uint8Array): { name: string; rows: Cell[][] }[] {
  const pkg = ZipPackage.read(bytes);
  const { workbook, strings, styles, sheetPart } = openWorkbookPackage(pkg);
  const context = { text: (i: number) => strings.text(i), rich: (i: number) => strings.isRich(i), date1904: workbook.date1904 };
  return workbook.sheets
    .filter((entry) => entry.state === 'visible')
    .flatMap((entry) => {
      const part = sheetPart(entry);
      if (part === undefined) return []; // a chart sheet has no cells
      try {
        const sheet = SheetPart.parse(pkg.bytes(part) as Uint8Array, context); // sheetPart checked it is there
        return [{ name: entry.name, rows: plainRows(sheet, styles, workbook.date1904) }];
      } catch (e) {
        throw new WorkbookPackageError('unreadable', part, undefined, { cause: e });
      }
    });
}

/**
 * The sheet's rows as plain text and numbers, every row as wide as the widest row with a value:
 * formulas give their cached value, rich text its text, an error nothing, booleans WAAR/ONWAAR, a
 * number shown as a date its ISO date (yyyy-mm-dd), and every cell of a merged range the value of
 * its top-left cell (an area merged down a column belongs to each of its rows).
 */
function plainRows(sheet: SheetPart, styles: Styles, date1904: boolean): Cell[][] {
  const store = sheet.rows;
  const plain = (row: number, column: number): Cell => {
    const value = store.value(row, column);
    if (value === null || store.extra(row, column)?.error) return null;
    if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
    if (typeof value === 'string') return value;
    const style = store.style(row, column);
    if (style === undefined || !styles.isDate(style)) return value;
    const date = serialToDate(value + (date1904 ? DAYS_1904 : 0));
    return Number.isNaN(date.getTime()) ? value : date.toISOString().slice(0, 10);
  };
  const rows: Cell[][] = [];
  /** Per row with a value: its last column with a cell (a row of empty styled cells alone does not widen the table). */
  const ends: number[] = [];
  for (const n of store.rowNumbers()) {
    const cells: Cell[] = [];
    let valued = false;
    for (const c of store.columnsOf(n)) {
      cells[c - 1] = plain(n, c);
      valued ||= store.value(n, c) !== null || store.extra(n, c)?.formula !== undefined;
    }
    rows[n - 1] = cells;
    if (valued) ends[n - 1] = cells.length;
  }
  for (const merge of mergedRanges(sheet)) {
    const master = rows[merge.top - 1]?.[merge.left - 1] ?? null;
    for (let r = merge.top; r <= merge.bottom; r++) {
      const cells = (rows[r - 1] ??= []);
      for (let c = merge.left; c <= merge.right; c++) if (r > merge.top || c > merge.left) cells[c - 1] = master;
      ends[r - 1] = Math.max(ends[r - 1] ?? 0, cells.length);
    }
  }
  let width = 0;
  for (const end of ends) if (end > width) width = end;
  return Array.from(rows, (cells) => Array.from({ length: width }, (_, c) => cells?.[c] ?? null));
}

/** The sheet's merged ranges (`<mergeCells>`). */
function mergedRanges(sheet: SheetPart): RangeRef[] {
  const xml = sheet.element('mergeCells') ?? '';
  return [...xml.matchAll(/<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']+)["']/g)].map((m) => parseRange(m[1]));
}

const isBlank = (row: Cell[]) => row.every((c) => cellText(c) === '');

export async function openThemeWorkbook(data: Uint8Array | ArrayBuffer, fileName: string): Promise<ThemeWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = fileKind(bytes);
  if (kind === 'encrypted') throw refuse('bestand.beveiligd', { file: fileName });
  if (kind === 'xls') throw refuse('bestand.xls', { file: fileName });
  // A zip without a workbook in it (a .docx, an .ods) is as unreadable as a damaged one.
  if (kind !== 'zip') throw refuse('bestand.onleesbaar', { file: fileName });
  let dataSheets: { name: string; rows: Cell[][] }[];
  try {
    dataSheets = visibleSheets(bytes);
  } catch (e) {
    throw withCause(refuse('bestand.onleesbaar', { file: fileName }), e); // the cause says which part, for the log
  }

  const titles = new Map<string, string>();
  const tables = new Map<string, { rows: Cell[][]; plan: TablePlan }>();
  const sheets: ThemeSheet[] = [];
  for (const { name: sheetName, rows } of dataSheets) {
    const header = (rows[0] ?? []).map((c) => normalText(cellText(c)));
    if (header.includes('tabblad') && header.includes('naam indicator')) {
      const [tab, name] = [header.indexOf('tabblad'), header.indexOf('naam indicator')];
      for (const r of rows.slice(1)) if (cellText(r[tab]) && cellText(r[name])) titles.set(cellText(r[tab]).toUpperCase(), cellText(r[name]));
      sheets.push({ sheet: sheetName, code: null, title: null, rows: rows.length - 1, kind: 'contents' });
      continue;
    }
    const body = rows.slice(1).filter((r) => !isBlank(r));
    const planned = rows.length ? planTable(rows[0], body, ',') : { problem: 'het tabblad is leeg' };
    if ('problem' in planned) {
      sheets.push({ sheet: sheetName, code: null, title: null, rows: body.length, kind: 'other', problem: planned.problem });
      continue;
    }
    tables.set(sheetName, { rows, plan: planned.plan });
    const indicatorCol = planned.plan.indicator;
    sheets.push({
      sheet: sheetName,
      code: SHEET_CODE.test(sheetName.trim()) ? sheetName.trim().toUpperCase() : null,
      title: indicatorCol >= 0 ? cellText(body.find((r) => cellText(r[indicatorCol]))?.[indicatorCol] ?? null) || null : null,
      rows: body.length,
      kind: 'indicator',
    });
  }
  const indicatorSheets = sheets.filter((s) => s.kind === 'indicator');
  // A per-indicator extract names its indicator in the file name, not always in its sheet.
  if (indicatorSheets.length === 1 && !indicatorSheets[0].code) indicatorSheets[0].code = codeIn(fileName);
  for (const s of indicatorSheets) if (s.code && titles.has(s.code)) s.title = titles.get(s.code)!;
  if (!indicatorSheets.length) {
    const found = sheets.map((s) => `${s.sheet}${s.problem ? ` (${s.problem})` : ''}`).join('; ');
    throw refuse('bestand.geen-monitor-excel', { file: fileName, found, sheets: sheets.map((s) => s.sheet).join(', ') });
  }

  return {
    fileName,
    sheets,
    read(sink, options = {}) {
      const wanted = options.sheets?.map((s) => s.trim().toUpperCase());
      const readable = sheets.filter((s) => s.kind === 'indicator');
      const unknown = wanted?.filter((w) => !readable.some((s) => s.sheet.toUpperCase() === w || s.code === w)) ?? [];
      if (unknown.length) {
        throw refuse('import.tabblad-onbekend', { file: fileName, sheets: unknown.join(', '), readable: readable.map((s) => s.sheet).join(', ') });
      }
      let rowsRead = 0;
      for (const s of sheets) {
        if (s.kind === 'other') sink.notice(problem('import.tabblad-overgeslagen', { sheet: s.sheet, problem: s.problem ?? '' }));
        if (s.kind !== 'indicator') continue;
        if (wanted && !wanted.includes(s.sheet.toUpperCase()) && !(s.code && wanted.includes(s.code))) continue;
        if (options.signal?.aborted) throw refuse('import.inlezen-afgebroken');
        const { rows, plan } = tables.get(s.sheet)!;
        const fractions = surveyFractions(plan, rows, s);
        if (fractions) sink.notice(problem('import.fracties', { sheet: s.sheet }));
        rows.forEach((cells, i) => {
          if (i === 0 || isBlank(cells)) return;
          rowsRead++;
          const row = rowOf(plan, cells, i + 1, { sheet: s.sheet, code: s.code, fileCode: codeIn(fileName), decimal: ',' });
          if (fractions) for (const v of row.values) if (typeof v.raw === 'number') v.raw = Math.round(v.raw * 100 * 1e9) / 1e9;
          if (fractions) for (const v of row.values) v.unit = '%';
          sink.row(row);
        });
      }
      return rowsRead;
    },
  };
}

/**
 * A few survey sheets hold answer shares as fractions (0,35) where the others hold percentages (35).
 * A survey sheet (an Item column or an _S_ code) whose share columns all lie between 0 and 1 is read
 * as fractions; a percentage sheet never has every share of every answer at 1% or less.
 */
function surveyFractions(plan: TablePlan, rows: Cell[][], sheet: ThemeSheet): boolean {
  const survey = plan.dimensions.some((i) => normalText(plan.headers[i]) === 'item') || /_S_/.test(sheet.code ?? '');
  const shares = plan.measures.filter((m) => m.unit === '%' || m.unit === null);
  if (!survey || !shares.length || shares.length !== plan.measures.length) return false;
  let inside = false;
  for (const r of rows.slice(1)) {
    for (const m of shares) {
      const v = r[m.index];
      if (typeof v !== 'number') continue;
      if (v < 0 || v > 1) return false;
      if (v > 0 && v < 1) inside = true;
    }
  }
  return inside;
}
