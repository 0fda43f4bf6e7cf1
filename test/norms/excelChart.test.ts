// The trend chart in Excel (issue 5 §7), on the Office.js adapter's recording fake: the block of
// data and a line chart over it on a sheet per indicator and area; inserting again replaces both.
// The xlsx adapter cannot insert charts and says so, changing nothing.
import { chartSeries, flagRegistry, insertTrendChart } from '../../src/norms';
import { writeDemo } from '../../src/registry/demo';
import { ExcelWorkbook } from '../../src/workbook/excel/adapter';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { FakeExcel } from '../workbook/excel/fakeExcel';
import { syncsOf } from '../workbook/excel/syncsOf';
import { NOW } from './helpers';

test('Excel gets the series, the norm and the benchmark as a line chart; again replaces it', async () => {
  const fake = new FakeExcel();
  const wb = new ExcelWorkbook(fake.run);
  await writeDemo(wb);
  const series = chartSeries(await flagRegistry(wb, { now: NOW }), 'IND-001', 'S-PARKSTRAAT');
  const syncs = await syncsOf(fake, wb, () => insertTrendChart(wb, series, 'IND-001 Geluidsdruk gevel, Parkstraat'));
  const sheet = 'Grafiek IND-001 S-PARKSTRAAT';
  const last = series.periods.length + 1;
  expect(await wb.readRange(sheet, `A1:D${last}`)).toEqual([
    ['Periode', 'Waarde', 'Norm', 'Vlaams Gewest'],
    ...series.periods.map((p, i) => [p, series.values[i], series.norm[i], series.benchmark[i]]),
  ]);
  expect(series.values).toContain(48.7);
  expect(fake.charts(sheet)).toEqual([
    expect.objectContaining({ name: 'Trend', type: 'Line', title: 'IND-001 Geluidsdruk gevel, Parkstraat', categories: `'${sheet}'!A2:A${last}`, from: 'F2', to: 'O22' }),
  ]);
  // info, then one apply.
  expect(syncs).toEqual({ fixed: 5, chunks: 0 });

  // A shorter series later: one chart, and no rows of the old block left behind.
  await insertTrendChart(wb, { ...series, periods: series.periods.slice(0, 2), values: series.values.slice(0, 2), norm: series.norm.slice(0, 2), benchmark: series.benchmark.slice(0, 2) }, 'korter');
  expect(fake.charts(sheet).map((c) => c.title)).toEqual(['korter']);
  expect((await wb.readRange(sheet, `A1:A${last}`)).map((r) => r[0])).toEqual(['Periode', series.periods[0], series.periods[1], ...Array(last - 3).fill(null)]);
});

test('outside Excel the chart is refused in Dutch, and nothing changes', async () => {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  const series = chartSeries(await flagRegistry(wb, { now: NOW }), 'IND-001', 'S-PARKSTRAAT');
  const before = (await wb.info()).sheets.length;
  await expect(insertTrendChart(wb, series, 'x')).rejects.toThrow('een grafiek kan alleen in Excel zelf ingevoegd worden');
  expect((await wb.info()).sheets.length).toBe(before);
});
