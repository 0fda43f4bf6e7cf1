/** @jest-environment jsdom */
// Normen in each state: before the test, while testing, with counts, deviations, gaps and the trend
// chart (with its text alternative), in Excel with the chart inserted, and failed. The real Toets
// aan normen runs on the demo registry in memory, on a fixed day; what the screen must show is what
// the same test finds on that day. Only failures are injected, by a call that fails.

import { act, fireEvent, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { flagRegistry, STATUS_TEXT, type FlagCounts } from '../../src/norms';
import { catalogue } from '../../src/taskpane/messages';
import { NormsPanel } from '../../src/taskpane/NormsPanel';
import { userMessage } from '../../src/taskpane/userMessage';
import { yScale } from '../../src/taskpane/TrendChart';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { useFixedClock } from '../helpers/clock';
import { NOW } from '../norms/helpers';
import { pending, renderPane } from './renderPane';
import { demoFile, demoInExcel, rowsOf, typeInto, withCalls } from './workbooks';

const nl = catalogue.nl;
const VERSION_1 = path.join(__dirname, '../fixtures/registries/schema-1-demo.xlsx');
const STATUS_ORDER: (keyof FlagCounts)[] = ['ok', 'on_track', 'deviation', 'off_track', 'outlier', 'no_norm', 'missing', 'stale'];

useFixedClock(NOW);

const button = (name: string) => screen.getByRole('button', { name });
/** What the same test finds in a copy of the workbook as it is now, on the same day. */
async function expected(wb: XlsxWorkbook) {
  return flagRegistry(await XlsxWorkbook.load(await wb.save()), { now: NOW });
}

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => jest.restoreAllMocks());

test('before the test: the explanation and the button only', async () => {
  renderPane(<NormsPanel workbook={await demoFile()} />);
  expect(screen.getByText(/Toetst elke meting aan de normen/)).toBeTruthy();
  expect(button('Toets aan normen')).toBeTruthy();
  expect(screen.queryByTestId('flag-counts')).toBeNull();
});

test('while testing the button is off; then the counts per status, what needs attention, the gaps, and the statuses in Metingen', async () => {
  const wb = await demoFile();
  // A norm without a value: it cannot be tested, and the screen says so.
  await typeInto(wb, 'tblNormen', 'NRM-002', 'Waarde', null);
  const want = await expected(wb);
  const gate = pending<void>();
  renderPane(<NormsPanel workbook={withCalls(wb, { readTables: async (names) => (await gate.promise, wb.readTables(names)) })} />);
  fireEvent.click(button('Toets aan normen'));
  expect(screen.getByText('De metingen worden getoetst…')).toBeTruthy();
  expect(button('Toets aan normen').hasAttribute('disabled')).toBe(true);
  await act(async () => gate.resolve());

  expect(await screen.findByText(nl.flagDone(want.evaluated))).toBeTruthy();
  expect(want.evaluated).toBe((await rowsOf(wb, 'tblMetingen')).length);
  const counts = within(screen.getByTestId('flag-counts'))
    .getAllByRole('term')
    .map((dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent}`);
  expect(counts).toEqual(STATUS_ORDER.map((s) => `${STATUS_TEXT[s]} ${want.counts[s]}`));
  // The demo is made to show each kind: deviations, an outlier, a value off its target path, gaps.
  expect(want.counts).toMatchObject({ deviation: expect.any(Number), outlier: 1, off_track: 1 });
  const attention = want.measurements.filter((m) => ['deviation', 'off_track', 'outlier'].includes(m.status));
  expect(screen.getByText(nl.flagAttentionHeading(attention.length))).toBeTruthy();
  expect(within(screen.getByTestId('flag-attention')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(
    attention.map((m) => `${STATUS_TEXT[m.status]}${nl.flagRowAt(m.sheet, m.row)}: ${m.message}`),
  );
  expect(within(screen.getByTestId('flag-attention')).getByText(/^Metingen rij 3: 51,8 dB\(A\) ligt boven de norm max\. 48 dB\(A\)/)).toBeTruthy();
  expect(want.gaps.length).toBeGreaterThan(0);
  expect(within(screen.getByTestId('flag-gaps')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(want.gaps.map((g) => `${STATUS_TEXT[g.status]}${g.message}`));
  expect(want.findings).toEqual([expect.objectContaining({ sheet: 'Normen', cell: expect.stringMatching(/^[A-Z]+3$/) })]);
  expect(screen.getByText(nl.flagFindingsHeading(1))).toBeTruthy();
  expect(screen.getByText(want.findings[0].message)).toBeTruthy();
  expect(button('Toets opnieuw')).toBeTruthy();
  // The statuses the screen counts are written into Metingen.
  const written = (await rowsOf(wb, 'tblMetingen')).map((r) => r.Status);
  expect(STATUS_ORDER.map((s) => written.filter((w) => w === STATUS_TEXT[s]).length)).toEqual(STATUS_ORDER.map((s) => (s === 'missing' || s === 'stale' ? 0 : want.counts[s])));
});

test('the trend chart of a numeric indicator, with its norm and the figures as a table; an ordinal one is not offered', async () => {
  const wb = await demoFile();
  renderPane(<NormsPanel workbook={wb} />);
  fireEvent.click(button('Toets aan normen'));

  const picker = await screen.findByRole('combobox', { name: 'Indicator en gebied' });
  const options = within(picker).getAllByRole('option').map((o) => o.textContent);
  expect(options).toContain('Geluidsdruk gevel, Parkstraat');
  expect(options).toContain('Afstand tot openbaar groen, Gent');
  // The ordinal Energielabel has no line to draw, so it is not offered.
  expect(options.filter((o) => o?.startsWith('Energielabel'))).toEqual([]);

  fireEvent.change(picker, { target: { value: String(options.indexOf('Geluidsdruk gevel, Parkstraat')) } });
  const chart = screen.getByRole('img', { name: 'Verloop van Geluidsdruk gevel in Parkstraat' });
  expect(chart.querySelector('desc')!.textContent).toMatch(/^Van \S+ tot \S+; laatste waarde 48,7 dB\(A\) \(\S+\); norm 48 dB\(A\)\.$/);
  const rows = within(screen.getByRole('table')).getAllByRole('row').map((r) => r.textContent);
  // The demo's half-yearly values at Parkstraat against the max. 48 dB(A) of NRM-001 (from 2024).
  expect(rows).toEqual(['PeriodeParkstraatNormVlaams Gewest', '2023-S252,1––', '2024-S151,848–', '2024-S251,248–', '2025-S149,648–', '2025-S248,748–']);
  const parkstraat = (await rowsOf(wb, 'tblMetingen')).filter((r) => r.Indicator === 'IND-001' && r.Gebied === 'S-PARKSTRAAT');
  expect(rows).toHaveLength(1 + parkstraat.length);
  // The standalone page cannot insert charts, so it does not offer to.
  expect(screen.queryByRole('button', { name: nl.chartInsert })).toBeNull();
});

test('in Excel the chosen chart goes into the workbook, on a sheet the pane then shows', async () => {
  const { wb, excel } = await demoInExcel();
  renderPane(<NormsPanel workbook={wb} />);
  fireEvent.click(button('Toets aan normen'));
  const insert = await screen.findByRole('button', { name: nl.chartInsert }, { timeout: 60_000 });
  const chosen = within(screen.getByRole('combobox', { name: 'Indicator en gebied' })).getAllByRole('option')[0].textContent;
  await act(async () => fireEvent.click(insert));
  const message = await screen.findByText(/^De grafiek staat op blad .+; een volgende keer wordt ze vervangen\.$/, undefined, { timeout: 60_000 });
  const sheet = /op blad (.+);/.exec(message.textContent!)![1];
  expect(message.textContent).toBe(nl.chartInserted(sheet));
  expect(excel.charts(sheet)).toHaveLength(1);
  expect(excel.charts(sheet)[0].title).toContain(chosen!.split(',')[0]);
  expect(excel.selection().sheet).toBe(sheet);
}, 120_000);

test('a registry that needs an upgrade gets the domain’s own words; a bug gets the plain fallback', async () => {
  const old = await XlsxWorkbook.load(readFileSync(VERSION_1));
  const refusal: unknown = await flagRegistry(old, { now: NOW }).then(() => null, (e: unknown) => e);
  expect(refusal).toMatchObject({ name: 'UserError', message: expect.stringMatching(/Maak register|maak/) });
  renderPane(<NormsPanel workbook={old} />);
  fireEvent.click(button('Toets aan normen'));
  expect(await screen.findByText(userMessage(refusal, nl.flagFailed, nl.problem))).toBeTruthy();

  const wb = await demoFile();
  const failing = withCalls(wb, { readTables: async () => Promise.reject(new Error('boom at evaluate.ts:12')) });
  const { unmount } = renderPane(<NormsPanel workbook={failing} />);
  fireEvent.click(screen.getAllByRole('button', { name: 'Toets aan normen' }).at(-1)!);
  expect(await screen.findByText(/De toetsing lukte niet/)).toBeTruthy();
  expect(document.body.textContent).not.toContain('evaluate.ts');
  unmount();
});

test('the chart’s axis runs between round numbers around the values', () => {
  expect(yScale([280000, 320000, 250000])).toEqual({ min: 240000, max: 320000, ticks: [240000, 260000, 280000, 300000, 320000] });
  expect(yScale([0.38, 0.4])).toEqual({ min: 0.38, max: 0.4, ticks: [0.38, 0.39, 0.4] });
  expect(yScale([5])).toMatchObject({ min: 4.5, max: 5.5 });
});
