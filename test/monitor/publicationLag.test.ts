// Beschikbaar na from the catalogue: the announced update brings the year after the last one available.
import { loadCatalogue } from '../../src/monitor/catalogue';
import { catalogueRow } from '../../src/monitor/indicators';
import { publicationLag } from '../../src/monitor/publicationLag';

test.each([
  ['2022', 'oktober 2024', 10],
  ['2022', 'februari 2024', 2],
  ['2021', 'november 2023', 11],
  ['2020', 'voorjaar 2022', 6],
  ['2020', 'te bepalen', null],
  ['2019', 'onbekend', null],
  ['', 'juni 2023', null],
  // A figure on 1 January published that summer, a projection for 2040: they do not fit the reading, so nothing is guessed.
  ['2023', 'juli 2023', null],
  ['2040', 'mei 2024', null],
])('last year %s, next update %s: %s months', (lastYear, nextUpdate, lag) => {
  expect(publicationLag({ lastYear, nextUpdate })).toBe(lag);
});

test('an indicator made from the catalogue gets its Beschikbaar na', async () => {
  const catalogue = await loadCatalogue();
  const entry = catalogue.entries.find((e) => e.lastYear === '2022' && e.nextUpdate === 'oktober 2024')!;
  expect(catalogueRow('IND-001', entry, new Date(Date.UTC(2024, 0, 15)))).toMatchObject({ sourceCode: entry.code, availableAfter: 10 });
  const known = catalogue.entries.filter((e) => publicationLag(e) !== null).length;
  // Most registered statistics have a usable announcement; surveys (te bepalen) do not.
  expect(known).toBeGreaterThan(150);
  expect(known).toBeLessThan(catalogue.entries.length - 140);
});
