// The data of one indicator's chart (src/norms/chart.ts) from a hand-built flag result: which rows
// belong to the series and the benchmark, the periods in time order, and numbers only.
import { chartSeries } from '../../src/norms/chart';
import type { FlagResult, MeasurementFlag } from '../../src/norms/types';

const m = (indicator: string, gebied: string, periode: string, waarde: number | string, normwaarde: number | string | null = null, dimensie = '') => ({ indicator, gebied, periode, waarde, normwaarde, dimensie }) as MeasurementFlag;
const result = (...measurements: MeasurementFlag[]) => ({ measurements }) as FlagResult;

test('the series in time order, with the bound that applied and the Vlaams Gewest benchmark', () => {
  const r = result(
    m('IND-003', 'W-BRUGSEPOORT', '2024', 0.49, 0.4),
    m('IND-003', 'W-BRUGSEPOORT', '2024-S1', 0.5, 0.45),
    m('IND-003', '2000', '2022', 0.46),
    m('IND-003', '2000', '2024', 0.44, 0.5),
    m('IND-003', 'W-BRUGSEPOORT', '2023', 0.52),
    // Another indicator, area or dimension is not in the series.
    m('IND-001', 'W-BRUGSEPOORT', '2021', 50),
    m('IND-003', '44021', '2020', 0.3),
    m('IND-003', 'W-BRUGSEPOORT', '2019', 0.6, null, 'Open bebouwing'),
  );
  expect(chartSeries(r, 'IND-003', 'W-BRUGSEPOORT')).toEqual({
    indicator: 'IND-003',
    gebied: 'W-BRUGSEPOORT',
    dimensie: '',
    periods: ['2022', '2023', '2024-S1', '2024'],
    values: [null, 0.52, 0.5, 0.49],
    norm: [null, null, 0.45, 0.4],
    benchmark: [0.46, null, null, 0.44],
  });
});

test('indicator, area and dimension in any case and with spaces; a dimension of its own', () => {
  const r = result(m(' ind-003 ', 'w-brugsepoort ', '2024', 1, 2, 'Open Bebouwing'), m('IND-003', 'W-BRUGSEPOORT', '2024', 9), m('IND-003', '2000', '2024', 3, null, 'open bebouwing '));
  expect(chartSeries(r, 'IND-003', 'W-BRUGSEPOORT', 'open bebouwing')).toMatchObject({ periods: ['2024'], values: [1], norm: [2], benchmark: [3] });
  expect(chartSeries(r, 'Ind-003 ', ' W-Brugsepoort', ' Open bebouwing ')).toMatchObject({ periods: ['2024'], values: [1], norm: [2], benchmark: [3] });
});

test('a Vlaams Gewest value typed 02000, and an area typed with leading zeros, are the same areas', () => {
  const r = result(m('IND-003', '02000', '2024', 0.44), m('IND-003', '044021', '2024', 0.3), m('IND-003', '44021', '2025', 0.31));
  expect(chartSeries(r, 'IND-003', '44021')).toMatchObject({ periods: ['2024', '2025'], values: [0.3, 0.31], benchmark: [0.44, null] });
});

test('labels and text bounds are left out of a line; a period that does not read comes last', () => {
  const r = result(m('IND-009', 'W-X', 'ooit', 5), m('IND-009', 'W-X', '2024', 'B', 'C'), m('IND-009', 'W-X', '2023', 4, 'C'));
  expect(chartSeries(r, 'IND-009', 'W-X')).toMatchObject({ periods: ['2023', '2024', 'ooit'], values: [4, null, 5], norm: [null, null, null], benchmark: [null, null, null] });
});

test('no rows: no periods', () => {
  expect(chartSeries(result(), 'IND-003', 'W-X')).toEqual({ indicator: 'IND-003', gebied: 'W-X', dimensie: '', periods: [], values: [], norm: [], benchmark: [] });
});
