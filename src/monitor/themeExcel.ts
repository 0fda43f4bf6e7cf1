// Reads a Gemeente-Stadsmonitor theme workbook (FORMATS.md §2): one sheet per indicator code, header
// in row 1, values as numbers; a survey workbook starts with a contents sheet (Thema, Tabblad, Naam
// indicator). A per-indicator extract (GSM_Extract_WO_07.xlsx) is the same with one sheet. Reading
// the file is input parsing, so this module uses ExcelJS directly; it never touches the registry.
import ExcelJS from 'exceljs';
import { problem, refuse } from '../rules';
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

/** ExcelJS cell values as plain text or numbers: formulas give their result, rich text its text. */
function plain(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((p) => p.text).join('');
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  if ('text' in value) return typeof value.text === 'string' ? value.text : null;
  return null;
}

function sheetRows(ws: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= width; c++) cells.push(plain(row.getCell(c).value));
    rows[n - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

const isBlank = (row: Cell[]) => row.every((c) => cellText(c) === '');

export async function openThemeWorkbook(data: Uint8Array | ArrayBuffer, fileName: string): Promise<ThemeWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = fileKind(bytes);
  if (kind === 'encrypted') throw refuse('bestand.beveiligd', { file: fileName });
  if (kind === 'xls') throw refuse('bestand.xls', { file: fileName });
  const unreadable = () => refuse('bestand.onleesbaar', { file: fileName });
  // ExcelJS reads a zip without a workbook in it as an empty workbook.
  if (kind === 'other-zip') throw unreadable();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }

  const titles = new Map<string, string>();
  const tables = new Map<string, { rows: Cell[][]; plan: TablePlan }>();
  const sheets: ThemeSheet[] = [];
  const dataSheets = wb.worksheets.filter((ws) => ws.state === 'visible' || ws.state === undefined);
  for (const ws of dataSheets) {
    const rows = sheetRows(ws);
    const header = (rows[0] ?? []).map((c) => normalText(cellText(c)));
    if (header.includes('tabblad') && header.includes('naam indicator')) {
      const [tab, name] = [header.indexOf('tabblad'), header.indexOf('naam indicator')];
      for (const r of rows.slice(1)) if (cellText(r[tab]) && cellText(r[name])) titles.set(cellText(r[tab]).toUpperCase(), cellText(r[name]));
      sheets.push({ sheet: ws.name, code: null, title: null, rows: rows.length - 1, kind: 'contents' });
      continue;
    }
    const body = rows.slice(1).filter((r) => !isBlank(r));
    const planned = rows.length ? planTable(rows[0], body, ',') : { problem: 'het tabblad is leeg' };
    if ('problem' in planned) {
      sheets.push({ sheet: ws.name, code: null, title: null, rows: body.length, kind: 'other', problem: planned.problem });
      continue;
    }
    tables.set(ws.name, { rows, plan: planned.plan });
    const indicatorCol = planned.plan.indicator;
    sheets.push({
      sheet: ws.name,
      code: SHEET_CODE.test(ws.name.trim()) ? ws.name.trim().toUpperCase() : null,
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
