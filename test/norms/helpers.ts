// Registries for the norm tests: the demo with planted rows, read and evaluated as flag sees them.
import { writeDemo } from '../../src/registry/demo';
import { evaluateRegistry } from '../../src/norms/evaluate';
import { openRegistry } from '../../src/registry/read';
import { tableSpec } from '../../src/registry/schema';
import type { TableKey } from '../../src/registry/types';
import { ExcelWorkbook } from '../../src/workbook/excel/adapter';
import type { CellInput, Edit } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { FakeExcel } from '../workbook/excel/fakeExcel';

export const NOW = new Date('2026-11-23T12:00:00Z');
export const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

let demoBytes: Promise<Uint8Array> | undefined;
/** A fresh copy of the demo registry. */
export async function demo(): Promise<XlsxWorkbook> {
  demoBytes ??= (async () => {
    const wb = XlsxWorkbook.create();
    await writeDemo(wb);
    return wb.save();
  })();
  return XlsxWorkbook.load(await demoBytes);
}

const caption = (table: TableKey, key: string) => {
  const column = tableSpec(table).columns.find((c) => c.key === key);
  if (!column) throw new Error(`no column ${key} in ${table}`);
  return column.caption;
};

/** Sets one cell of data row `row` (0-based) by schema key. */
export const set = (table: TableKey, row: number, key: string, value: CellInput): Edit => ({
  kind: 'updateCells',
  table: tableSpec(table).table,
  cells: [{ row, column: caption(table, key), value }],
});

/** Appends rows given by schema key. */
export const add = (table: TableKey, ...rows: Record<string, CellInput>[]): Edit => ({
  kind: 'appendRows',
  table: tableSpec(table).table,
  rows: rows.map((values) => tableSpec(table).columns.map((c) => values[c.key] ?? null)),
});

/** Empties a table (one blank row stays, as in Excel). */
export const clear = (table: TableKey): Edit => ({ kind: 'replaceRows', table: tableSpec(table).table, rows: [] });

/** The demo with `edits` applied, evaluated on `now`. */
export async function evaluate(edits: Edit[], now = NOW) {
  const wb = await demo();
  await wb.apply(edits);
  return evaluateRegistry(await openRegistry(wb), { now });
}

/** Worksheet row of data row `i` of a table laid out from A1. */
export const sheetRow = (i: number) => i + 2;

/** Demo measurements are rows 0–28; a test's own rows start at 29. */
export const FIRST_NEW_MEASUREMENT = 29;

/** The demo on the Office.js fake with `extra` measurements of Afstand tot openbaar groen; one in ten above the norm. */
export async function demoOnFake(extra: number): Promise<{ fake: FakeExcel; wb: ExcelWorkbook; rows: number }> {
  const fake = new FakeExcel();
  const wb = new ExcelWorkbook(fake.run);
  await writeDemo(wb);
  const spec = tableSpec('measurements');
  const row = (i: number) => {
    const values: Record<string, string | number> = { indicator: 'IND-003', area: i % 2 ? 'W-BRUGSEPOORT' : '44021', period: String(2024 + (i % 2)), dimension: `blok ${i}`, value: i % 10 === 0 ? 0.52 : 0.31, unit: 'km' };
    return spec.columns.map((c) => values[c.key] ?? null);
  };
  if (extra) await wb.apply([{ kind: 'appendRows', table: spec.table, rows: Array.from({ length: extra }, (_, i) => row(i)) }]);
  return { fake, wb, rows: FIRST_NEW_MEASUREMENT + extra };
}
