// Values about 100 times larger or smaller than their series (src/checks/jumps.ts) on a new registry
// with a few planted Metingen rows: which row is reported, in which words, with which unit, area
// and dimension. Fast enough to run for every mutant Stryker makes of the file.
import { jumpChecks, jumpFinding } from '../../src/checks/jumps';
import type { Row } from '../../src/registry/defaults';
import { openRegistry } from '../../src/registry/read';
import { tableSpec } from '../../src/registry/schema';
import type { TableKey } from '../../src/registry/types';
import { newRegistry } from '../monitor/helpers';
import { plant } from '../helpers/planted';

async function registry(planted: Partial<Record<TableKey, Row[]>>, tables?: TableKey[]) {
  const wb = await newRegistry('44021');
  await wb.apply(plant(planted));
  return openRegistry(wb, tables ? { tables } : {});
}

/** jumpChecks on a new Gent registry with `planted` rows, as [sheet!cell, message]. */
async function jumps(planted: Partial<Record<TableKey, Row[]>>, tables?: TableKey[]) {
  return jumpChecks(await registry(planted, tables)).map((f) => [f.rule, `${f.sheet}!${f.cell}`, f.message]);
}

/** The Waarde cell of Metingen row `row`. */
const value = (row: number) => `Metingen!${String.fromCharCode(65 + tableSpec('measurements').columns.findIndex((c) => c.key === 'value'))}${row}`;
const m = (indicator: string, area: string, period: string, v: unknown, more: Row = {}): Row => ({ indicator, area, period, value: v, ...more }) as Row;
const at = { sheet: 'Metingen', row: 5, column: 'Waarde', cell: 'E5' };

describe('jumpFinding', () => {
  test('a hundredth of a percentage series: the percentage it probably meant, both rounded to four decimals', () => {
    const f = jumpFinding(at, 0.82512345, '%', { typical: 80.123456, factor: 0.01 }, 'IND-001', 'Gent');
    expect(f).toMatchObject({ rule: 'meting.honderdvoud', severity: 'warning', sheet: 'Metingen', row: 5, column: 'Waarde', cell: 'E5' });
    expect(f.message).toBe(
      '0,8251 % is ongeveer 100 keer kleiner dan de rest van de reeks van IND-001 in Gent (80,1235 %). Staat het percentage als fractie? Vul dan 82,5123 in, of typ 82,5123 % in een cel met procentopmaak. Kijk na of de waarde juist is ingevoerd.',
    );
    // A unit with spaces around is still percent.
    expect(jumpFinding(at, 0.5, ' % ', { typical: 50, factor: 0.01 }, 'IND-001', 'Gent').message).toContain('Vul dan 50 in');
  });

  test('a hundred times larger, or another unit: no percentage to suggest', () => {
    expect(jumpFinding(at, 8250, '%', { typical: 82.5, factor: 100 }, 'IND-001', 'Gent').message).toBe(
      '8.250 % is ongeveer 100 keer groter dan de rest van de reeks van IND-001 in Gent (82,5 %). Kijk na of de waarde juist is ingevoerd.',
    );
    expect(jumpFinding(at, 0.5, 'km', { typical: 50, factor: 0.01 }, 'IND-002', 'Gent').message).toBe(
      '0,5 km is ongeveer 100 keer kleiner dan de rest van de reeks van IND-002 in Gent (50 km). Kijk na of de waarde juist is ingevoerd.',
    );
  });
});

describe('jumpChecks', () => {
  const areas: Row[] = [{ code: 'W-BINNEN', name: 'Binnenstad', level: 'wijk' }, { code: 'W-NAAMLOOS', level: 'wijk' }];
  const indicators: Row[] = [{ id: 'IND-001', name: 'Een', unit: '%' }, { id: 'IND-002', name: 'Twee', unit: 'km' }];

  test('the value a hundredth of its series, named by indicator, area name and dimension, in percent from the indicator', async () => {
    expect(
      await jumps({
        indicators,
        areas,
        measurements: [
          m('ind-001', 'w-binnen', '2023', 0.825, { dimension: 'vrouwen' }),
          m('IND-001', 'W-BINNEN', '2021', 80, { dimension: 'vrouwen' }),
          m('IND-001', 'W-BINNEN', '2022', 81, { dimension: 'Vrouwen' }),
          m('IND-001', 'W-BINNEN', '2024', 82, { dimension: 'vrouwen' }),
          // Another dimension, area or indicator is another series: these alone jump nowhere.
          m('IND-001', 'W-BINNEN', '2023', 80),
          m('IND-001', 'W-NAAMLOOS', '2023', 80, { dimension: 'vrouwen' }),
          m('IND-002', 'W-BINNEN', '2023', 80, { dimension: 'vrouwen' }),
        ],
      }),
    ).toEqual([
      ['meting.honderdvoud', value(2), '0,825 % is ongeveer 100 keer kleiner dan de rest van de reeks van ind-001 in Binnenstad (vrouwen) (80,5 %). Staat het percentage als fractie? Vul dan 82,5 in, of typ 82,5 % in een cel met procentopmaak. Kijk na of de waarde juist is ingevoerd.'],
    ]);
  });

  test("of two values the later period is reported, also when its row comes first; a row's own unit goes first", async () => {
    expect(
      await jumps({
        indicators,
        areas,
        measurements: [
          m('IND-002', 'W-NAAMLOOS', '2024', 5000, { unit: 'm' }),
          m('IND-002', 'W-NAAMLOOS', '2023', 50, { unit: 'm' }),
          // Same start, the year ends later than its first half.
          m('IND-002', 'W-BINNEN', '2023', 7000),
          m('IND-002', 'W-BINNEN', '2023-S1', 70),
        ],
      }),
    ).toEqual([
      ['meting.honderdvoud', value(2), '5.000 m is ongeveer 100 keer groter dan de rest van de reeks van IND-002 in W-NAAMLOOS (50 m). Kijk na of de waarde juist is ingevoerd.'],
      ['meting.honderdvoud', value(4), '7.000 km is ongeveer 100 keer groter dan de rest van de reeks van IND-002 in Binnenstad (70 km). Kijk na of de waarde juist is ingevoerd.'],
    ]);
  });

  test('rows without a readable period or number are left out of the series', async () => {
    expect(
      await jumps({
        indicators,
        areas,
        measurements: [
          m('IND-002', 'W-BINNEN', '2021', 50),
          m('IND-002', 'W-BINNEN', '2022', 5000),
          m('IND-002', 'W-BINNEN', 'ooit', 0.5),
          m('IND-002', 'W-BINNEN', '2023', 'veel'),
          m('IND-002', 'W-BINNEN', '2024', null, { source: 'nog te meten' }),
        ],
      }),
    ).toEqual([['meting.honderdvoud', value(3), '5.000 km is ongeveer 100 keer groter dan de rest van de reeks van IND-002 in Binnenstad (50 km). Kijk na of de waarde juist is ingevoerd.']]);
  });

  test('an unknown indicator or area: no unit, the code as written; without Metingen no finding', async () => {
    expect(await jumps({ measurements: [m('IND-009', 'w-elders', '2023', 1), m('IND-009', 'w-elders', '2024', 100)] }, ['measurements'])).toEqual([
      ['meting.honderdvoud', value(3), '100 is ongeveer 100 keer groter dan de rest van de reeks van IND-009 in w-elders (1). Kijk na of de waarde juist is ingevoerd.'],
    ]);
    expect(jumpChecks(await registry({ indicators }, ['indicators']))).toEqual([]);
  });
});
