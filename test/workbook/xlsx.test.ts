import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { workbookContract } from './contract';

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
  };
});
