// Targets: the path from the baseline over the tussentijdse streefwaarden to the streefwaarde, and
// Op koers / Niet op koers along it in the indicator's desired direction.
import type { Indicator, Norm } from '../../src/norms/model';
import { pathAt, pathPoints, type PathPoint } from '../../src/norms/targets';
import { dateToSerial } from '../../src/workbook/address';
import type { Edit } from '../../src/workbook/port';
import { add, d, evaluate, set, sheetRow } from './helpers';

const day = (iso: string) => dateToSerial(d(iso));
const indicator = (extra: Partial<Indicator> = {}): Indicator => ({ id: 'IND-001', name: 'x', unit: 'dB(A)', direction: 'lower', scale: null, months: 6, frequency: 'halfjaarlijks', lag: 0, ...extra });
const target = (id: string, value: number | string, date: string) => ({ id, value, targetDate: day(date) }) as unknown as Norm;

describe('the path', () => {
  // Geluid on the Parkstraat: 52,1 at the end of 2023, 47 by the end of 2027, 45 by the end of 2030.
  const baseline: PathPoint = { date: day('2023-12-31'), value: 52.1, norm: null };
  const points = pathPoints(target('NRM-002', 45, '2030-12-31'), [target('NRM-003', 47, '2027-12-31')], baseline);

  test.each([
    ['on the baseline day there is no path yet', '2023-12-31', null, null],
    ['half a year on', '2024-06-30', 51.46, 'NRM-003'],
    ['halfway to the tussentijdse streefwaarde', '2025-12-31', 49.55, 'NRM-003'],
    ['on the day of the tussentijdse streefwaarde', '2027-12-31', 47, 'NRM-003'],
    ['between the tussentijdse streefwaarde and the streefwaarde', '2029-06-30', 46, 'NRM-002'],
    ['on the target date', '2030-12-31', 45, 'NRM-002'],
    ['after the target date the path stays at the target', '2032-06-30', 45, 'NRM-002'],
  ])('%s (%s)', (_, date, value, next) => {
    const path = pathAt(points, indicator(), day(date));
    expect(path ? { value: path.value, next: path.next.norm?.id, operator: path.operator } : null).toEqual(value === null ? null : { value, next, operator: 'max' });
  });

  test('higher is better: the path is a lower bound', () => {
    const up = pathPoints(target('NRM-010', 80, '2026-12-31'), [], { date: day('2024-12-31'), value: 60, norm: null });
    expect(pathAt(up, indicator({ direction: 'higher' }), day('2025-12-31'))).toMatchObject({ operator: 'min', value: 70 });
  });

  test('without a desired direction, the target below the baseline means lower is better', () => {
    expect(pathAt(points, indicator({ direction: null }), day('2025-12-31'))?.operator).toBe('max');
  });

  test('on an ordinal scale the path asks for the label reached so far, rounded towards the baseline', () => {
    const scale = ['A++', 'A+', 'A', 'B', 'C', 'D', 'E', 'F'];
    const labels = pathPoints(target('NRM-010', 'A', '2030-12-31'), [], { date: day('2024-12-31'), value: 'D', norm: null });
    const at = (iso: string) => pathAt(labels, indicator({ scale, direction: 'higher' }), day(iso))?.value;
    expect([at('2025-12-31'), at('2026-12-31'), at('2027-12-31'), at('2028-12-31'), at('2030-12-31')]).toEqual(['D', 'C', 'C', 'B', 'A']);
  });
});

describe('Op koers and Niet op koers in the registry', () => {
  // Without NRM-001 on the Parkstraat, only the targets NRM-002 and NRM-003 apply there.
  const onlyTargets: Edit[] = [set('norms', 0, 'area', 'W-BRUGSEPOORT')];

  test.each([
    [1, '2024-S1', 51.8, 51.46, 'off_track'],
    [2, '2024-S2', 51.2, 50.82, 'off_track'],
    [3, '2025-S1', 49.6, 50.19, 'on_track'],
    [4, '2025-S2', 48.7, 49.55, 'on_track'],
  ])('data row %i (%s): %d against the path value %d is %s', async (row, period, value, path, status) => {
    const { result } = await evaluate(onlyTargets);
    expect(result.measurements.find((m) => m.row === sheetRow(row))).toMatchObject({ periode: period, waarde: value, normwaarde: path, operator: 'max', norm: 'NRM-003', status });
  });

  test('the message shows the path and where it leads', async () => {
    const { result } = await evaluate(onlyTargets);
    expect(result.measurements.find((m) => m.row === sheetRow(1))?.message).toBe(
      '51,8 dB(A) loopt achter op het streefpad: dat vraagt max. 51,46 dB(A) voor 2024-S1 (van 52,1 dB(A) in 2023-S2 naar 47 dB(A) tegen 31/12/2027; NRM-003, Beleidsplan Geluid 2030).',
    );
  });

  test('a breached norm wins over a target on the same value, and the message adds the path', async () => {
    const { result } = await evaluate([]);
    const flag = result.measurements.find((m) => m.row === sheetRow(4));
    expect(flag).toMatchObject({ status: 'deviation', norm: 'NRM-001', normwaarde: 48 });
    expect(flag?.message).toMatch(/Streefpad: op koers \(max\. 49,55 dB\(A\), NRM-003\)\.$/);
  });

  test('a target without a measured baseline gives no path, and a finding on its reference period', async () => {
    const { result } = await evaluate([...onlyTargets, set('norms', 1, 'referencePeriod', '2022-S2')]);
    expect(result.measurements.find((m) => m.row === sheetRow(4))).toMatchObject({ status: 'no_norm', message: expect.stringContaining('Streefwaarde NRM-002 heeft geen nulmeting in 2022-S2 voor Parkstraat') });
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'toets.geen-nulmeting', sheet: 'Normen', cell: 'I3', severity: 'warning' })]);
  });

  test('a target for the whole municipality draws a path per area from that area’s own baseline', async () => {
    const { result } = await evaluate([
      add('norms', { id: 'NRM-020', indicator: 'IND-003', kind: 'streefwaarde', operator: 'max', value: 0.3, unit: 'km', referencePeriod: '2023', targetDate: d('2027-12-31'), validFrom: d('2024-01-01'), area: '44021' }),
      set('norms', 3, 'area', 'W-BINNENSTAD'),
    ]);
    // Brugse Poort: 0,52 in 2023 towards 0,3 at the end of 2027; in 2025 the path asks 0,41.
    expect(result.measurements.find((m) => m.row === sheetRow(9))).toMatchObject({ status: 'off_track', normwaarde: 0.41, norm: 'NRM-020' });
  });
});
