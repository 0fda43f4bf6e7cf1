// Target paths (src/norms/targets.ts) on the pure functions alone: which milestones make the path
// and in what order, the direction without a Gewenste richting, and ordinal paths that start or
// end on the best label, leave the scale, or allow a worse label. Fast enough for every mutant.
import type { Indicator, Norm } from '../../src/norms/model';
import { pathAt, pathPoints, type PathPoint } from '../../src/norms/targets';
import { dateToSerial } from '../../src/workbook/address';

const day = (iso: string) => dateToSerial(new Date(`${iso}T00:00:00Z`));
const indicator = (extra: Partial<Indicator> = {}): Indicator => ({ id: 'IND-001', name: 'x', unit: 'dB(A)', direction: 'lower', scale: null, months: 6, frequency: 'halfjaarlijks', lag: 0, ...extra });
const norm = (id: string, value: number | string, date: string | null) => ({ id, value, targetDate: date === null ? null : day(date) }) as unknown as Norm;
const baseline = (value: number | string, date = '2024-12-31'): PathPoint => ({ date: day(date), value, norm: null });

describe('pathPoints', () => {
  test('the milestones strictly between baseline and target date, by date', () => {
    const milestones = [norm('M2029', 48, '2029-12-31'), norm('M-geen', 49, null), norm('M2025', 51, '2025-12-31'), norm('M2022', 53, '2022-12-31'), norm('M-basis', 52, '2024-12-31'), norm('M-doel', 46, '2030-12-31'), norm('M2031', 44, '2031-12-31'), norm('M2027', 50, '2027-06-30')];
    const points = pathPoints(norm('DOEL', 45, '2030-12-31'), milestones, baseline(52));
    expect(points.map((p) => p.norm?.id ?? 'basis')).toEqual(['basis', 'M2025', 'M2027', 'M2029', 'DOEL']);
    expect(points.map((p) => p.value)).toEqual([52, 51, 50, 48, 45]);
  });

  test('a target without date: every later milestone counts, and the path ends at the target', () => {
    const points = pathPoints(norm('DOEL', 45, null), [norm('M2040', 47, '2040-12-31')], baseline(52));
    expect(points.map((p) => [p.norm?.id ?? 'basis', p.date])).toEqual([['basis', day('2024-12-31')], ['M2040', day('2040-12-31')], ['DOEL', Number.POSITIVE_INFINITY]]);
  });
});

describe('pathAt', () => {
  test('without a Gewenste richting, a target above or at the baseline is a lower bound', () => {
    const at = (goal: number) => pathAt(pathPoints(norm('DOEL', goal, '2026-12-31'), [], baseline(60)), indicator({ direction: null }), day('2025-12-31'));
    expect(at(80)).toMatchObject({ operator: 'min', value: 70 });
    expect(at(60)).toMatchObject({ operator: 'min', value: 60 });
    expect(at(40)).toMatchObject({ operator: 'max', value: 50 });
  });

  const scale = ['A++', 'A+', 'A', 'B', 'C', 'D'];
  const labelPath = (from: string, to: string) => pathPoints(norm('DOEL', to, '2026-12-31'), [], baseline(from));
  const labelAt = (from: string, to: string, iso: string) => pathAt(labelPath(from, to), indicator({ scale, direction: 'higher' }), day(iso));

  test('an ordinal path from or to the best label', () => {
    expect(labelAt('A++', 'A', '2026-12-31')).toMatchObject({ operator: 'min', value: 'A' });
    expect(labelAt('A', 'A++', '2026-12-31')).toMatchObject({ operator: 'min', value: 'A++' });
    expect(labelAt('A', 'A++', '2025-12-31')).toMatchObject({ operator: 'min', value: 'A+' });
  });

  test('a label not on the scale, at either end, gives no path', () => {
    expect(labelAt('Z', 'A', '2025-12-31')).toBeNull();
    expect(labelAt('A', 'Z', '2025-12-31')).toBeNull();
  });

  test('a target that allows a worse label: rounded towards the baseline, a whole year landing on its label', () => {
    // A (rank 2) to C (rank 4) over two years: after one year B, after a year and a half still B.
    expect(labelAt('A', 'C', '2025-12-31')?.value).toBe('B');
    expect(labelAt('A', 'C', '2026-06-30')?.value).toBe('B');
    expect(labelAt('A', 'C', '2025-06-30')?.value).toBe('A');
    expect(labelAt('A', 'C', '2026-12-31')?.value).toBe('C');
  });
});
