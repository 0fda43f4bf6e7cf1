// ExcelJS renders a whole sheet into one array of small strings and joins it. A sheet of a few
// hundred thousand rows (Metingen after importing a whole monitor download for every area) passes
// V8's largest array or string there, and Node stops with a fatal error that cannot be caught. This
// hook on one workbook instance writes the rows of a long sheet part by part instead: each part is
// rendered by ExcelJS itself (the same XML it would write) and turned into bytes, and the zip entry
// is the bytes put together.
import type ExcelJS from 'exceljs';
import { concatBytes } from '../../bytes';
import { ExcelJsChanged } from './hooks';

/** Rows rendered at a time; far below the sizes where ExcelJS's array or string gives up. */
export const ROWS_PER_PART = 20_000;

/** The parts of ExcelJS's XLSX object and sheet models this hook touches. */
interface SheetModel {
  id: number;
  rows: unknown[];
  comments: unknown[];
  rels?: unknown[];
}
interface Zip {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}
interface XlsxInternals {
  addWorksheets(zip: Zip, model: { worksheets: SheetModel[] }): Promise<void>;
}

const EMPTY_SHEET_DATA = '<sheetData/>';
const partName = (sheet: SheetModel) => `xl/worksheets/sheet${sheet.id}.xml`;

/** Installs the hook before the workbook is saved (only through hooks.ts, which checks the members first). */
export function writeLongSheetsInParts(workbook: ExcelJS.Workbook, rowsPerPart = ROWS_PER_PART): void {
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  const addWorksheets = xlsx.addWorksheets.bind(xlsx);

  /** The `<row>` elements of some rows, as ExcelJS writes them, rendered through a sheet of their own. */
  const renderRows = async (sheet: SheetModel, rows: unknown[]): Promise<string> => {
    let xml = '';
    const capture: Zip = { append: (data, options) => void (options.name === partName(sheet) && (xml = String(data))) };
    await addWorksheets(capture, { worksheets: [{ ...sheet, rows, comments: [], rels: [] }] });
    return xml.slice(xml.indexOf('<sheetData>') + '<sheetData>'.length, xml.lastIndexOf('</sheetData>'));
  };

  xlsx.addWorksheets = async (zip, model) => {
    const long = model.worksheets.filter((s) => s.rows.length > rowsPerPart);
    if (!long.length) return addWorksheets(zip, model);
    const taken = long.map((s) => s.rows);
    const rendered = new Map<string, Uint8Array>();
    // The rows are rendered first, then the sheets without them; their <sheetData/> takes the rows.
    for (const [i, sheet] of long.entries()) {
      const encoder = new TextEncoder();
      const parts: Uint8Array[] = [];
      for (let at = 0; at < taken[i].length; at += rowsPerPart) parts.push(encoder.encode(await renderRows(sheet, taken[i].slice(at, at + rowsPerPart))));
      rendered.set(partName(sheet), concatBytes(parts));
    }
    long.forEach((s) => (s.rows = []));
    const append = zip.append.bind(zip);
    zip.append = (data, options) => {
      const body = rendered.get(options.name);
      if (!body) return append(data, options);
      // Without its splice point the sheet would be saved without its rows: refused, nothing is written.
      const at = typeof data === 'string' ? data.indexOf(EMPTY_SHEET_DATA) : -1;
      if (at < 0) throw new ExcelJsChanged(`ExcelJS wrote ${options.name} without ${EMPTY_SHEET_DATA}, where longSheets.ts puts the rows back; use the exceljs version pinned in package.json.`);
      const xml = data as string;
      const encoder = new TextEncoder();
      append(concatBytes([encoder.encode(`${xml.slice(0, at)}<sheetData>`), body, encoder.encode(`</sheetData>${xml.slice(at + EMPTY_SHEET_DATA.length)}`)]), options);
      rendered.delete(options.name);
    };
    try {
      await addWorksheets(zip, model);
      const missing = [...rendered.keys()];
      if (missing.length) throw new ExcelJsChanged(`ExcelJS wrote no ${missing.join(', ')}, whose rows longSheets.ts rendered; use the exceljs version pinned in package.json.`);
    } finally {
      zip.append = append;
      long.forEach((s, i) => (s.rows = taken[i]));
    }
  };
}
