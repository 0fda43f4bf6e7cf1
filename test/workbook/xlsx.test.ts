import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { workbookContract, type WorkbookLook } from './contract';

/** The sheet protection as ExcelJS reads it from the file. */
interface SheetProtection {
  sheet?: boolean;
  selectLockedCells?: boolean;
  selectUnlockedCells?: boolean;
  formatCells?: boolean;
  formatColumns?: boolean;
  formatRows?: boolean;
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
      const xml = strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${file.worksheets.indexOf(ws) + 1}.xml`]);
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

// Every reopen() is a real save to .xlsx bytes and a fresh load, so the contract is checked on the file.
workbookContract('xlsx (ExcelJS, saved and reloaded)', () => {
  let current: XlsxWorkbook;
  return {
    async open() {
      current = XlsxWorkbook.create();
      return current;
    },
    async reopen() {
      current = await XlsxWorkbook.load(await current.save());
      return current;
    },
    async look() {
      return lookInto(await current.save());
    },
  };
}, { charts: false, notes: true, printLayout: true });
