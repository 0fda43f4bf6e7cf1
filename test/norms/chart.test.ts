// The task pane's API: evaluateNorms (the result without writing) and the data of one indicator's chart.
import { chartSeries, evaluateNorms } from '../../src/norms';
import { snapshot } from '../helpers/snapshot';
import { NOW, add, demo } from './helpers';

test('evaluateNorms gives the result flag would, and writes nothing', async () => {
  const wb = await demo();
  const before = await snapshot(wb);
  const result = await evaluateNorms(wb, { now: NOW });
  expect(result.counts.deviation).toBe(9);
  expect(await snapshot(wb)).toEqual(before);
});

test('a chart series has the values, the bound that applied and the Vlaams Gewest benchmark, in time order', async () => {
  const wb = await demo();
  await wb.apply([add('measurements', { indicator: 'IND-003', area: '2000', period: '2024', value: 0.44, unit: 'km' }, { indicator: 'IND-003', area: '2000', period: '2022', value: 0.46, unit: 'km' })]);
  const result = await evaluateNorms(wb, { now: NOW });
  expect(chartSeries(result, 'IND-003', 'W-BRUGSEPOORT')).toEqual({
    indicator: 'IND-003',
    gebied: 'W-BRUGSEPOORT',
    dimensie: '',
    periods: ['2022', '2023', '2024', '2025'],
    values: [null, 0.52, 0.49, 0.45],
    norm: [null, null, 0.4, 0.4],
    benchmark: [0.46, null, 0.44, null],
  });
});
