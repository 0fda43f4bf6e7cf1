// How port values become Excel values and back.
// Pure functions: no Office.js here, so they are shared by the adapter and easy to test.
import { dateToSerial } from '../address';
import { isLink } from '../links';
import type { CellInput, CellValue } from '../port';

/** Number format given to every cell the adapter writes a Date into. */
export const DATE_FORMAT = 'dd/mm/yyyy';

export type ExcelScalar = string | number | boolean;

/**
 * Excel parses strings written through `range.values` like typed input (`=1+1` becomes a formula,
 * `02000` the number 2000, `2023-06` a date). A leading apostrophe makes Excel store the rest as
 * text, and is never part of the value read back. A link cell holds its text, written the same
 * way; the link itself is set on the cell afterwards (see linkCells).
 */
export function toExcelValue(value: CellInput): ExcelScalar {
  if (value === null) return '';
  if (value instanceof Date) return dateToSerial(value);
  if (isLink(value)) return toExcelValue(value.text);
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  return value;
}

/** Excel reads an empty cell as `""`; the port says null. */
export function fromExcelValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

export function toExcelRows(rows: CellInput[][]): ExcelScalar[][] {
  return rows.map((row) => row.map(toExcelValue));
}

export function fromExcelRows(rows: unknown[][]): CellValue[][] {
  return rows.map((row) => row.map(fromExcelValue));
}

/** A vertical run of Date cells, `length` rows from (`row`, `column`) of a block, 0-based. */
export interface DateRun {
  row: number;
  column: number;
  length: number;
}

/** Finds the Date cells of a block as vertical runs, so a date column costs one format command per chunk. */
export function dateRuns(rows: CellInput[][]): DateRun[] {
  const runs: DateRun[] = [];
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  for (let column = 0; column < width; column++) {
    let start = -1;
    for (let row = 0; row <= rows.length; row++) {
      const isDate = row < rows.length && rows[row][column] instanceof Date;
      if (isDate && start < 0) start = row;
      if (!isDate && start >= 0) {
        runs.push({ row: start, column, length: row - start });
        start = -1;
      }
    }
  }
  return runs;
}

/** A link cell of a block, at (`row`, `column`), 0-based. */
export interface LinkCell {
  row: number;
  column: number;
  link: string;
  text: string;
}

export function linkCells(rows: CellInput[][]): LinkCell[] {
  const links: LinkCell[] = [];
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (isLink(value)) links.push({ row: r, column: c, link: value.link, text: value.text });
    }),
  );
  return links;
}

/**
 * Excel column widths are set in points. A width of n characters is n times the widest digit of the
 * default font (7 px for Calibri 11) plus 5 px of padding; at 96 dpi a pixel is 0.75 pt.
 */
export function charactersToPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** `Mensen!A1:C3` or `'Thema''s'!A1:C3` -> `A1:C3`. */
export function stripSheet(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1);
}
