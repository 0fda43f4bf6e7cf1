// SKELETON (lead): a sheet's looks and print set-up as the port edits them, on the raw XML of the
// elements involved; attributes and children the port does not know are kept.

/** `<cols>`: widths (characters), hidden, and the style given to a whole column. */
export interface ColumnLook {
  width?: number;
  hidden?: boolean;
  style?: number;
}

export function parseColumns(xml: string | undefined): Map<number, ColumnLook> {
  throw new Error('todo');
}

/** The `<cols>` element for these columns (ranges of equal neighbours joined), undefined when none. */
export function columnsXml(columns: Map<number, ColumnLook>): string | undefined {
  throw new Error('todo');
}

/** The first `<sheetView>`: frozen rows, active cell, selected tab. */
export interface SheetView {
  frozenRows?: number;
  activeCell?: string;
  tabSelected?: boolean;
}

export function parseView(sheetViews: string | undefined): SheetView {
  throw new Error('todo');
}

/** `<sheetViews>` with the first view changed as asked (pane and selection rewritten), other views kept. */
export function viewXml(sheetViews: string | undefined, view: SheetView): string {
  throw new Error('todo');
}

/** `<sheetPr>`'s tab colour (`#RRGGBB`) and fit-to-page flag, other content kept. */
export function sheetPrXml(sheetPr: string | undefined, change: { tabColor?: string; fitToPage?: boolean }): string {
  throw new Error('todo');
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** A4 = 9. */
  paperSize: number;
  fitToWidth: number;
  fitToHeight: number;
}

/** `<pageSetup>` changed as asked (r:id to printer settings and other attributes kept). */
export function pageSetupXml(pageSetup: string | undefined, setup: PrintSetup): string {
  throw new Error('todo');
}

export function parsePageSetup(pageSetup: string | undefined): Partial<PrintSetup> {
  throw new Error('todo');
}

/** `<headerFooter>` with the odd header set (text as Excel stores it, e.g. `&CRapport`). */
export function headerFooterXml(headerFooter: string | undefined, oddHeader: string): string {
  throw new Error('todo');
}

export function oddHeader(headerFooter: string | undefined): string | undefined {
  throw new Error('todo');
}

/** `<rowBreaks>` with a manual break after each row listed (Excel stores the row above the break), undefined when none. */
export function rowBreaksXml(after: number[]): string | undefined {
  throw new Error('todo');
}

export function parseRowBreaks(rowBreaks: string | undefined): number[] {
  throw new Error('todo');
}

/** `<sheetProtection>` without a password, selecting allowed, formatting columns and rows allowed. */
export function protectionXml(): string {
  throw new Error('todo');
}

export function isProtected(sheetProtection: string | undefined): boolean {
  throw new Error('todo');
}

/** Internal links (`<hyperlink ref location display>`): location per cell address. External links (r:id) are kept as xml. */
export interface Hyperlinks {
  internal: Map<string, string>;
  other: string[];
}

export function parseHyperlinks(xml: string | undefined): Hyperlinks {
  throw new Error('todo');
}

export function hyperlinksXml(links: Hyperlinks): string | undefined {
  throw new Error('todo');
}
