// The report's trend chart: a real PNG (signature, size, palette), small enough for a page, with the
// value line, the dashed norm and the benchmark drawn in their own colours.
import { unzlibSync } from 'fflate';
import { CHART_SIZE, chartPng } from '../../src/report/chart';

const series = {
  indicator: 'IND-001',
  gebied: 'S-PARKSTRAAT',
  dimensie: '',
  periods: ['2023-S2', '2024-S1', '2024-S2', '2025-S1', '2025-S2'],
  values: [52.1, 51.8, 51.2, 49.6, 48.7],
  norm: [48, 48, 48, 48, 48],
  benchmark: [null, 50.5, 50.2, null, 49.9],
};

/** The chunks of a PNG, by type. */
function chunks(png: Uint8Array): Map<string, Uint8Array[]> {
  const out = new Map<string, Uint8Array[]>();
  const view = new DataView(png.buffer, png.byteOffset);
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    out.set(type, [...(out.get(type) ?? []), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  return out;
}

test('the chart is a small palette PNG with every series in its colour', () => {
  const png = chartPng(series);
  if (process.env.CHART_OUT) require('node:fs').writeFileSync(process.env.CHART_OUT, png);
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.length).toBeLessThan(20_000);
  const parts = chunks(png);
  const header = new DataView(parts.get('IHDR')![0].buffer, parts.get('IHDR')![0].byteOffset);
  expect([header.getUint32(0), header.getUint32(4)]).toEqual([CHART_SIZE.width, CHART_SIZE.height]);
  const rows = unzlibSync(parts.get('IDAT')![0]);
  expect(rows.length).toBe((CHART_SIZE.width + 1) * CHART_SIZE.height);
  const used = new Set(rows.filter((_, i) => i % (CHART_SIZE.width + 1) !== 0));
  // Background, axis, grid, values, norm, benchmark, text.
  expect([...used].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
});

test('a flat series and a single period still draw', () => {
  expect(chartPng({ ...series, periods: ['2025'], values: [3], norm: [null], benchmark: [null] }).length).toBeGreaterThan(100);
  expect(chartPng({ ...series, values: [5, 5, 5, 5, 5], norm: [null, null, null, null, null], benchmark: [null, null, null, null, null] }).length).toBeGreaterThan(100);
});
