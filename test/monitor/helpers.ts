// Shared by the monitor tests: fixture paths, a sink that collects what a reader hands on, and a
// fresh registry to import into.
import path from 'node:path';
import { initRegistry } from '../../src/registry/init';
import type { ImportError, MonitorRow, RowSink } from '../../src/monitor/types';
import { parseFileValue } from '../../src/registry/values';
import type { CellValue } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

export const fixture = (name: string) => path.join(__dirname, '../fixtures/monitor', name);
/** The real, complete WO_07 download (13,728 rows); read from ../shared, never copied. */
export const WO_07 = path.join(__dirname, '../../../shared/fixtures/gsm/WO_07_mediaanprijs_huizen.csv');

export function collect() {
  const rows: MonitorRow[] = [];
  const skipped: ImportError[] = [];
  const notices: string[] = [];
  const sink: RowSink = { row: (r) => rows.push(r), skip: (e) => skipped.push(e), notice: (n) => notices.push(n.message) };
  return { sink, rows, skipped, notices };
}

/** A row as a person would read it: where, when, which breakdown, and the numbers (null = empty). */
export function plainRow(r: MonitorRow) {
  return {
    line: r.line,
    area: [r.area.name, r.area.code].filter(Boolean).join(' '),
    indicator: r.indicator.name,
    period: r.period,
    dimension: r.dimension,
    values: r.values.map((v) => {
      const p = parseFileValue(v.raw, r.decimal);
      return [v.label, v.unit, p.kind === 'number' ? p.value : p.kind === 'empty' ? null : `ongeldig: ${v.raw}`];
    }),
  };
}

export const reload = async (wb: XlsxWorkbook) => XlsxWorkbook.load(await wb.save());

/** A new registry for a municipality (Gent by default), as `beleidsregister maak --gemeente` makes it. */
export async function newRegistry(gemeente = '44021'): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await initRegistry(wb, { gemeente });
  return wb;
}

/** The rows of a registry table as objects by header caption. */
export async function tableObjects(wb: XlsxWorkbook, table: string): Promise<Record<string, CellValue>[]> {
  const [t] = await wb.readTables([table]);
  return t.rows.filter((r) => r.some((v) => v !== null)).map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])));
}
