// Beschikbaar na in a half-year round: a value is asked in the first round after it can exist.
import { openRegistry } from '../../src/registry/read';
import { AskedMeasurements, roundPeriod } from '../../src/rounds/asked';
import { demo, set } from '../norms/helpers';

async function asked(lag: number | null, round: string) {
  const wb = await demo();
  await wb.apply([set('indicators', 2, 'availableAfter', lag)]);
  const rows = new AskedMeasurements(await openRegistry(wb)).forOwner('Groen', roundPeriod(round)!).asked;
  return rows.filter((r) => r.indicator === 'IND-003').map((r) => `${r.area} ${r.period}`);
}

test('a yearly GIS figure is asked at the end of its own year; published 4 months later, in the June after', async () => {
  expect(await asked(null, '2026-S2')).toEqual(['W-BRUGSEPOORT 2026', '44021 2026', 'W-BINNENSTAD 2026']);
  expect(await asked(4, '2026-S2')).toEqual([]);
  expect(await asked(4, '2027-S1')).toEqual(['W-BRUGSEPOORT 2026', '44021 2026', 'W-BINNENSTAD 2026']);
});
