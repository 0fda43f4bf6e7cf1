/** @jest-environment jsdom */
// Normen in each state: before the test, while testing, with counts, deviations, gaps and the trend
// chart (with its text alternative), and failed. flagRegistry is a fake; chartSeries is the real one.

import { act, fireEvent, screen, within } from '@testing-library/react';
import { UserError } from '../../src/errors';
import { flagRegistry, insertTrendChart, type FlagResult, type MeasurementFlag } from '../../src/norms';
import { NormsPanel } from '../../src/taskpane/NormsPanel';
import { yScale } from '../../src/taskpane/TrendChart';
import type { WorkbookPort } from '../../src/workbook/port';
import { pending, renderPane } from './renderPane';

jest.mock('../../src/norms', () => ({ ...jest.requireActual('../../src/norms'), flagRegistry: jest.fn(), insertTrendChart: jest.fn() }));

const flag = flagRegistry as jest.MockedFunction<typeof flagRegistry>;
const insertChart = insertTrendChart as jest.MockedFunction<typeof insertTrendChart>;
/** A workbook in a host with or without charts (Excel, or the standalone page). */
const host = (charts: boolean) => ({ info: async () => ({ capabilities: { charts } }), select: jest.fn(async () => undefined) }) as unknown as WorkbookPort;
const workbook = host(false);

const m = (row: number, p: Partial<MeasurementFlag>): MeasurementFlag => ({
  sheet: 'Metingen',
  row,
  indicator: 'IND-005',
  gebied: '44021',
  periode: '2023',
  dimensie: 'Alle huizen',
  waarde: 300000,
  norm: null,
  operator: null,
  normwaarde: null,
  bovengrens: null,
  referentiewaarde: null,
  status: 'no_norm',
  getoetst: null,
  toetsen: [],
  message: '',
  ...p,
});

const result: FlagResult = {
  evaluated: 5,
  counts: { ok: 1, deviation: 1, on_track: 0, off_track: 0, no_norm: 3, missing: 1, stale: 0, outlier: 0 },
  measurements: [
    m(2, { periode: '2021', waarde: 280000 }),
    m(3, { periode: '2023', waarde: 320000, normwaarde: 310000, norm: 'NRM-009', status: 'deviation', message: '320.000 euro ligt boven de norm max. 310.000 euro (NRM-009).' }),
    m(4, { gebied: '2000', periode: '2021', waarde: 250000 }),
    m(5, { gebied: '2000', periode: '2023', waarde: 270000 }),
    m(6, { indicator: 'IND-003', gebied: 'W-BRUGSEPOORT', dimensie: '', periode: '2025', waarde: 0.38, normwaarde: 0.4, status: 'ok' }),
  ],
  gaps: [{ indicator: 'IND-001', gebied: 'S-PARKSTRAAT', periode: '2026-S1', status: 'missing', message: 'Geen waarde van IND-001 (Geluidsdruk gevel) voor Parkstraat in 2026-S1.' }],
  effects: [],
  overview: [
    { indicator: 'IND-005', naam: 'Mediaanprijs huizen', gebied: '44021', gebiednaam: 'Gent', dimensie: 'Alle huizen', periode: '2023', waarde: 320000, eenheid: 'euro', norm: null, status: 'Afwijking', tijdigheid: '', vlaamsGewest: 270000, vergelijking: null },
    { indicator: 'IND-004', naam: 'Energielabel woningen', gebied: '44021', gebiednaam: 'Gent', dimensie: '', periode: '2025', waarde: 'C', eenheid: 'label', norm: null, status: 'Afwijking', tijdigheid: '', vlaamsGewest: null, vergelijking: null },
    { indicator: 'IND-003', naam: 'Afstand tot openbaar groen', gebied: 'W-BRUGSEPOORT', gebiednaam: 'Brugse Poort - Rooigem', dimensie: '', periode: '2025', waarde: 0.38, eenheid: 'km', norm: null, status: 'OK', tijdigheid: '', vlaamsGewest: null, vergelijking: null },
  ],
  findings: [{ severity: 'warning', rule: 'norm.x', sheet: 'Normen', row: 4, column: 'Waarde', cell: 'F4', message: 'NRM-007 heeft geen waarde en is niet getoetst.' }],
};

beforeEach(() => {
  flag.mockReset();
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => jest.restoreAllMocks());

test('before the test: the explanation and the button only', () => {
  renderPane(<NormsPanel workbook={workbook} />);
  expect(screen.getByText(/Toetst elke meting aan de normen/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Toets aan normen' })).toBeTruthy();
  expect(screen.queryByTestId('flag-counts')).toBeNull();
});

test('while testing the button is off; then the counts per status, what needs attention, and the gaps', async () => {
  const run = pending<FlagResult>();
  flag.mockReturnValue(run.promise);
  renderPane(<NormsPanel workbook={workbook} />);
  fireEvent.click(screen.getByRole('button', { name: 'Toets aan normen' }));
  expect(screen.getByText('De metingen worden getoetst…')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Toets aan normen' }).hasAttribute('disabled')).toBe(true);

  await act(async () => run.resolve(result));
  expect(screen.getByText('5 metingen getoetst.')).toBeTruthy();
  const counts = within(screen.getByTestId('flag-counts'))
    .getAllByRole('term')
    .map((dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent}`);
  expect(counts).toEqual(['OK 1', 'Op koers 0', 'Afwijking 1', 'Niet op koers 0', 'Opvallend 0', 'Geen norm 3', 'Ontbreekt 1', 'Verouderd 0']);
  expect(within(screen.getByTestId('flag-attention')).getByText('Metingen rij 3: 320.000 euro ligt boven de norm max. 310.000 euro (NRM-009).')).toBeTruthy();
  expect(within(screen.getByTestId('flag-gaps')).getByText(/Geen waarde van IND-001/)).toBeTruthy();
  expect(screen.getByText('Niet getoetst (1)')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Toets opnieuw' })).toBeTruthy();
});

test('the trend chart of a numeric indicator, with norm, Vlaams Gewest and the figures as a table', async () => {
  flag.mockResolvedValue(result);
  renderPane(<NormsPanel workbook={workbook} />);
  fireEvent.click(screen.getByRole('button', { name: 'Toets aan normen' }));

  const picker = await screen.findByRole('combobox', { name: 'Indicator en gebied' });
  // The ordinal Energielabel has no line to draw, so it is not offered.
  expect(within(picker).getAllByRole('option').map((o) => o.textContent)).toEqual(['Mediaanprijs huizen, Gent (Alle huizen)', 'Afstand tot openbaar groen, Brugse Poort - Rooigem']);
  const chart = screen.getByRole('img', { name: 'Verloop van Mediaanprijs huizen in Gent' });
  expect(chart.querySelector('desc')!.textContent).toBe('Van 2021 tot 2023; laatste waarde 320.000 euro (2023); norm 310.000 euro; Vlaams Gewest 270.000 euro.');
  const rows = within(screen.getByRole('table')).getAllByRole('row').map((r) => r.textContent);
  expect(rows).toEqual(['PeriodeGentNormVlaams Gewest', '2021280.000–250.000', '2023320.000310.000270.000']);
  expect(chart.querySelectorAll('path')).toHaveLength(3);

  fireEvent.change(picker, { target: { value: '1' } });
  expect(screen.getByRole('img', { name: 'Verloop van Afstand tot openbaar groen in Brugse Poort - Rooigem' })).toBeTruthy();
  // The standalone page cannot insert charts, so it does not offer to.
  expect(screen.queryByRole('button', { name: 'Zet de grafiek in Excel' })).toBeNull();
});

test('in Excel the chosen chart goes into the workbook, on a sheet the pane then shows', async () => {
  flag.mockResolvedValue(result);
  insertChart.mockResolvedValue({ sheet: 'Grafiek IND-005 44021 Alle hui' });
  const excel = host(true);
  renderPane(<NormsPanel workbook={excel} />);
  fireEvent.click(screen.getByRole('button', { name: 'Toets aan normen' }));
  const button = await screen.findByRole('button', { name: 'Zet de grafiek in Excel' });
  await act(async () => fireEvent.click(button));
  expect(insertChart).toHaveBeenCalledWith(excel, expect.objectContaining({ indicator: 'IND-005', gebied: '44021', values: [280000, 320000] }), 'Verloop van Mediaanprijs huizen in Gent');
  expect(await screen.findByText('De grafiek staat op blad Grafiek IND-005 44021 Alle hui; een volgende keer wordt ze vervangen.')).toBeTruthy();
  expect(excel.select).toHaveBeenCalledWith('Grafiek IND-005 44021 Alle hui', 'F2');
});

test('a registry that needs an upgrade gets the UserError’s own words; a bug gets the plain fallback', async () => {
  flag.mockRejectedValueOnce(new UserError('needs-upgrade', 'dit register heeft schemaversie 2; voer eerst Maak register uit.'));
  renderPane(<NormsPanel workbook={workbook} />);
  fireEvent.click(screen.getByRole('button', { name: 'Toets aan normen' }));
  expect(await screen.findByText('Dit register heeft schemaversie 2; voer eerst Maak register uit.')).toBeTruthy();

  flag.mockRejectedValueOnce(new Error('boom at evaluate.ts:12'));
  fireEvent.click(screen.getByRole('button', { name: 'Toets aan normen' }));
  expect(await screen.findByText(/De toetsing lukte niet/)).toBeTruthy();
  expect(document.body.textContent).not.toContain('evaluate.ts');
});

test('the chart’s axis runs between round numbers around the values', () => {
  expect(yScale([280000, 320000, 250000])).toEqual({ min: 240000, max: 320000, ticks: [240000, 260000, 280000, 300000, 320000] });
  expect(yScale([0.38, 0.4])).toEqual({ min: 0.38, max: 0.4, ticks: [0.38, 0.39, 0.4] });
  expect(yScale([5])).toMatchObject({ min: 4.5, max: 5.5 });
});
