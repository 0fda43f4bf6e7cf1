// What the task pane is given to work with. The bootstrap (index.tsx) builds it from Office.js or
// from the browser; the components only see this, so they run the same inside and outside Excel
// and can be tested without either.

import type { WorkbookPort } from '../workbook/port';
import type { Language } from './messages';

/** A workbook held in the browser's memory, which can be turned back into .xlsx bytes. */
export interface FileWorkbook extends WorkbookPort {
  save(): Promise<Uint8Array>;
}

/** Standalone mode's access to .xlsx files: opening one from disk, or making one in memory. */
export interface XlsxFiles {
  /** Rejects with a Dutch message (UserError) for a file that is not a readable .xlsx. */
  open(data: ArrayBuffer): Promise<FileWorkbook>;
  demo(): Promise<FileWorkbook>;
  blank(): Promise<FileWorkbook>;
}

export type Session =
  /** Inside Excel: the open workbook, through the Office.js adapter. */
  | { mode: 'excel'; language: Language; workbook: WorkbookPort; files: null }
  /** In a plain browser: the user opens or makes an .xlsx, and downloads the result. */
  | { mode: 'standalone'; language: Language; workbook: null; files: XlsxFiles };
