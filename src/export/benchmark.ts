// The export benchmark (issue 9 runs it): a registry with many measurements, and the time to export
// it. Built on the workbook port, so the caller picks the adapter (XlsxWorkbook.create() in Node).
import { writeDemo } from '../registry/demo';
import { rowCells } from '../registry/layout';
import { tableSpec } from '../registry/schema';
import type { WorkbookPort } from '../workbook/port';
import { exportRegistry, type ExportFormat } from './index';

const SCALE = ['A++', 'A+', 'A', 'B', 'C', 'D', 'E', 'F'];

/**
 * Fills an empty workbook with the demo registry plus `measurements` measurements of its
 * indicators, spread over as many statistical sectors (added to Werkingsgebieden) and semesters as
 * needed, so every reference resolves. The same `measurements` always gives the same registry.
 */
export async function writeLargeRegistry(wb: WorkbookPort, measurements: number): Promise<void> {
  await writeDemo(wb);
  // The demo's indicators with their units, so every measurement passes Controleer register.
  const indicatorSpec = tableSpec('indicators');
  const [read] = await wb.readTables([indicatorSpec.table]);
  const at = (key: string) => read.columns.indexOf(indicatorSpec.columns.find((c) => c.key === key)!.caption);
  const units = new Map(read.rows.filter((r) => r[at('id')] !== null).map((r) => [String(r[at('id')]), String(r[at('unit')])]));
  const indicators = [...units.keys()];
  const periods = Array.from({ length: 20 }, (_, i) => `${2006 + Math.floor(i / 2)}-S${(i % 2) + 1}`);
  const areaCount = Math.max(1, Math.ceil(measurements / (indicators.length * periods.length)));
  const areas = Array.from({ length: areaCount }, (_, i) => `SEC-${String(i + 1).padStart(5, '0')}`);
  let seed = 1;
  const random = () => ((seed = (seed * 48271) % 2_147_483_647) / 2_147_483_647);
  const rows = [];
  for (let i = 0; i < measurements; i++) {
    const indicator = indicators[i % indicators.length];
    const period = periods[Math.floor(i / indicators.length) % periods.length];
    const area = areas[Math.floor(i / (indicators.length * periods.length))];
    const value = units.get(indicator) === 'label' ? SCALE[Math.floor(random() * SCALE.length)] : Math.round(random() * 10_000) / 100;
    rows.push({
      indicator,
      area,
      period,
      value,
      unit: units.get(indicator) ?? null,
      source: 'Benchmark',
      retrieved: new Date(Date.UTC(2026, 0, 1 + (i % 365))),
      comment: i % 97 === 0 ? 'Trendbreuk, "nieuwe" meetmethode' : null,
    });
  }
  const headers = new Map((await wb.info()).tables.map((t) => [t.name, t.columns]));
  const areaSpec = tableSpec('areas');
  const measurementSpec = tableSpec('measurements');
  await wb.apply([
    {
      kind: 'appendRows',
      table: areaSpec.table,
      rows: areas.map((code, i) => rowCells(areaSpec, headers.get(areaSpec.table) ?? [], { code, name: `Statistische sector ${i + 1}`, level: 'buurt', parent: '44021' })),
    },
    { kind: 'appendRows', table: measurementSpec.table, rows: rows.map((row) => rowCells(measurementSpec, headers.get(measurementSpec.table) ?? [], row)) },
  ]);
}

export interface ExportBenchmark {
  format: ExportFormat;
  measurements: number;
  /** Wall time of exportRegistry, in milliseconds. */
  milliseconds: number;
  /** Total size of the exported files. */
  bytes: number;
}

/** Times the export of a registry (e.g. one made by writeLargeRegistry) in one format. */
export async function benchmarkExport(wb: WorkbookPort, format: ExportFormat = 'csv'): Promise<ExportBenchmark> {
  const started = performance.now();
  const { files, summary } = await exportRegistry(wb, { format, now: new Date(0) });
  const milliseconds = performance.now() - started;
  return {
    format,
    measurements: summary.tables.find((t) => t.name === 'measurements')?.rows ?? 0,
    milliseconds,
    bytes: files.reduce((n, f) => n + f.data.length, 0),
  };
}
