// What the Excel at hand can do beyond the manifest's minimum, asked of the host rather than assumed:
// Office.context.requirements says which ExcelApi requirement sets it implements. The manifest
// declares ExcelApi 1.8 (Excel 2019 and later, Excel on the web, Microsoft 365); everything the
// adapter calls is at or below 1.8 except notes, which need 1.18 (Microsoft 365 from version 2501,
// Mac from 16.93; not Office 2021 or 2024), and page layout, which needs 1.9. Where notes are
// missing, Toets aan normen leaves them out; where page layout is missing, sheets print as set by hand.
import type { WorkbookInfo } from '../port';

/** The part of Office.context.requirements the adapter asks. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The ExcelApi level the manifest requires (manifest.xml, <Requirements>). */
export const MINIMUM_EXCEL_API = '1.8';
/** The ExcelApi level that brings Worksheet.notes. */
export const NOTES_EXCEL_API = '1.18';

/** The ExcelApi level that brings Worksheet.pageLayout (orientation, print titles, page breaks). */
export const PAGE_LAYOUT_EXCEL_API = '1.9';

/** No host to ask (a test on a fake at its latest level): every set is taken as there. */
export const EVERY_REQUIREMENT_SET: Requirements = { isSetSupported: () => true };

export function excelCapabilities(requirements: Requirements): WorkbookInfo['capabilities'] {
  // Charts need ExcelApi 1.7 at most (categories), below the minimum, so every host has them.
  return { charts: true, notes: requirements.isSetSupported('ExcelApi', NOTES_EXCEL_API), printLayout: requirements.isSetSupported('ExcelApi', PAGE_LAYOUT_EXCEL_API) };
}
