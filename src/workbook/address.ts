// A1-style address arithmetic shared by both adapters and the domain.

/** 1 -> A, 27 -> AA. */
export function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A -> 1, AA -> 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface CellRef {
  row: number;
  column: number;
}

/** Parses `B7` or `$B$7` into 1-based row and column numbers. */
export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Ongeldig celadres: ${address}`);
  return { row: Number(m[2]), column: columnIndex(m[1]) };
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Parses `A1:F11` (or a single cell) into its corners. */
export function parseRange(address: string): RangeRef {
  const [a, b = a] = address.split(':');
  const tl = parseCell(a);
  const br = parseCell(b);
  return { top: tl.row, left: tl.column, bottom: br.row, right: br.column };
}

export function rangeAddress(r: RangeRef): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}

/** Absolute form, `$A$2:$A$9`, for defined names. */
export function absoluteRange(r: RangeRef): string {
  return `$${columnLetter(r.left)}$${r.top}:$${columnLetter(r.right)}$${r.bottom}`;
}

/** Quotes a sheet name for use in a formula when Excel requires it: `'Thema''s'`. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Days between the 1900 and the 1904 date system (a Mac Excel file): the port speaks 1900 serials. */
export const DAYS_1904 = 1462;

/** Excel serial number of a date (1900 system, days since 1899-12-30, UTC). */
export function dateToSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25_569) * 86_400_000));
}
