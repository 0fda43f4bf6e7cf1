// The port's contract on the package-level adapter (issue 17): every reopen() is a real save to
// .xlsx bytes and a fresh load, and what the port does not read back is read from the saved file
// by ExcelJS, as test/workbook/xlsx.test.ts does for the old adapter.
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { PackageWorkbook } from '../../../src/workbook/xlsx/packageAdapter';
import { parseRelationships, relsName, resolveTarget } from '../../../src/workbook/xlsx/opc';
import { workbookContract, type WorkbookLook } from '../contract';

/** The sheet protection as ExcelJS reads it from the file. */
interface SheetProtection {
  sheet?: boolean;
  selectLockedCells?: boolean;
  selectUnlockedCells?: boolean;
  formatCells?: boolean;
  formatColumns?: boolean;
  formatRows?: boolean;
}

/** The XML of a sheet's part, found through the workbook's relationships (part names are not fixed). */
function sheetXml(files: Record<string, Uint8Array>, sheet: string): string {
  const workbook = strFromU8(files['xl/workbook.xml']);
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${sheet}"`)) ?? '';
  const id = /r:id="([^"]+)"/.exec(tag)?.[1];
  const rel = parseRelationships(strFromU8(files[relsName('xl/workbook.xml')])).find((r) => r.id === id);
  return rel ? strFromU8(files[resolveTarget('xl/workbook.xml', rel.target)]) : '';
}

/** Reads the saved file with ExcelJS itself, not through the adapter. */
async function lookInto(bytes: Uint8Array): Promise<WorkbookLook> {
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = (name: string) => file.worksheets.find((ws) => ws.name === name) as ExcelJS.Worksheet;
  return {
    locked: (name, cell) => sheet(name).getCell(cell).protection?.locked !== false,
    protection: (name) => {
      const p = (sheet(name) as unknown as { sheetProtection?: SheetProtection | null }).sheetProtection;
      if (!p?.sheet) return null;
      // In the file an allowed action is an attribute "0" (not protected); selecting is allowed unless "1".
      return {
        selectLocked: p.selectLockedCells !== false,
        selectUnlocked: p.selectUnlockedCells !== false,
        formatCells: p.formatCells === true,
        formatColumns: p.formatColumns === true,
        formatRows: p.formatRows === true,
      };
    },
    columnHidden: (name, column) => sheet(name).getColumn(column).hidden,
    // Every cell of the column written so far wraps, the last one added included.
    columnWraps: (name, column) => {
      const ws = sheet(name);
      const cells = Array.from({ length: ws.rowCount }, (_, i) => ws.getCell(`${column}${i + 1}`));
      return cells.every((c) => c.alignment?.wrapText === true);
    },
    selection: () => {
      const ws = file.worksheets[file.views[0]?.activeTab ?? 0];
      return { sheet: ws.name, cell: ws.views[0]?.activeCell ?? 'A1' };
    },
    printLayout: (name) => {
      const ws = sheet(name);
      const setup = ws.pageSetup;
      // Page breaks straight from the sheet's XML: ExcelJS does not read them.
      const xml = sheetXml(unzipSync(bytes), name);
      return {
        landscape: setup.orientation === 'landscape',
        a4: setup.paperSize === 9,
        fitsWidth: setup.fitToPage === true && setup.fitToWidth === 1,
        titleRows: setup.printTitlesRow?.replace(/\$/g, '') ?? null,
        header: (ws.headerFooter.oddHeader ?? '').replace(/^&C/, '').replace(/&&/g, '&'),
        breaksBefore: [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) + 1),
      };
    },
  };
}

workbookContract('xlsx (package, saved and reloaded)', () => {
  let current: PackageWorkbook;
  return {
    async open() {
      current = PackageWorkbook.create();
      return current;
    },
    async reopen() {
      current = await PackageWorkbook.load(await current.save());
      return current;
    },
    async look() {
      return lookInto(await current.save());
    },
  };
}, { charts: false, notes: true, printLayout: true });
