// The layout of the tables an operation owns (Controle, Overzicht, Rondes, RondeMetingen, RondeVoortgang, Logboek),
// from their description in the schema: the sheet, table, widths and print set-up the first time,
// and rows filled by column key wherever the user moved a column or added one of their own.
import { columnLetter, parseRange } from '../workbook/address';
import type { CellInput, Edit, TableInfo, WorkbookInfo } from '../workbook/port';
import { findMunicipality } from './gemeenten';
import type { OwnedTableSpec } from './types';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function ownedCaptions(spec: OwnedTableSpec): string[] {
  return spec.columns.map((c) => c.caption);
}

/** The table as it stands in the workbook, or undefined when an operation has not made it yet. */
export function findOwned(info: WorkbookInfo, spec: OwnedTableSpec): TableInfo | undefined {
  return info.tables.find((t) => same(t.name, spec.table));
}

/** A row's cells under `headers` (as they stand in the workbook): by key, null under a caption of the user's. */
export function ownedCells(spec: OwnedTableSpec, headers: readonly string[], values: Record<string, CellInput>): CellInput[] {
  return headers.map((h) => {
    const key = spec.columns.find((c) => same(c.caption, h))?.key;
    return key === undefined ? null : (values[key] ?? null);
  });
}

/** The edits that make the table on its own sheet (the sheet too, unless it is there), laid out as described. */
export function newOwnedTable(info: WorkbookInfo, spec: OwnedTableSpec, rows: CellInput[][], municipality: string | null = null): Edit[] {
  const edits: Edit[] = [];
  if (!info.sheets.some((s) => same(s.name, spec.sheet))) {
    edits.push({ kind: 'addSheet', sheet: spec.sheet, ...(spec.hidden ? { visibility: 'hidden' as const } : {}), ...(spec.tabColor ? { tabColor: spec.tabColor } : {}) });
  }
  edits.push({ kind: 'addTable', sheet: spec.sheet, table: spec.table, at: 'A1', columns: ownedCaptions(spec), rows, style: spec.style });
  if (!spec.hidden) {
    const hidden = spec.columns.flatMap((c, i) => (c.hidden ? [columnLetter(i + 1)] : []));
    edits.push({ kind: 'setSheetLayout', sheet: spec.sheet, widths: Object.fromEntries(spec.columns.map((c, i) => [columnLetter(i + 1), c.width])), freezeRows: 1, ...(hidden.length ? { hidden } : {}) });
  }
  return [...edits, ...printLayout(spec, { sheet: spec.sheet, address: 'A1' }, municipality)];
}

/** `Gent – Controle`: what stands above each printed page. */
export function printHeader(municipality: string | null, sheet: string): string {
  return municipality ? `${municipality} – ${sheet}` : sheet;
}

/**
 * How a sheet people print prints: A4 landscape, every column on the page width, the table's header
 * row on each page and the municipality and sheet above it. Set on each write, so a sheet made by
 * an older version gets it too. None for a sheet nobody prints.
 */
export function printLayout(spec: OwnedTableSpec, table: { sheet: string; address: string }, municipality: string | null): Edit[] {
  if (!spec.printed) return [];
  const top = parseRange(table.address).top;
  return [{ kind: 'setPrintLayout', sheet: table.sheet, orientation: 'landscape', titleRows: `${top}:${top}`, header: printHeader(municipality, table.sheet) }];
}

/** The municipality's name from the settings (its NIS code when the name is unknown), or null. */
export function municipalityOf(settings: Record<string, string>): string | null {
  const { gemeente, gemeentenaam } = settings;
  return gemeentenaam?.trim() || (gemeente ? (findMunicipality(gemeente)?.name ?? gemeente) : null);
}
