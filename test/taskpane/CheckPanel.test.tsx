/** @jest-environment jsdom */
// Controleren in each state: before the first check, while checking, with findings grouped by sheet
// and severity, clean, and failed; and a finding's cell selected. The real checks run on the demo
// registry in memory, with mistakes typed into it as a user would; what the screen must show is
// what the same check finds on the same day. Only failures are injected, by a call that fails.

import { act, fireEvent, screen, within } from '@testing-library/react';
import { checkRegistry } from '../../src/checks';
import { CONTROL_SHEET } from '../../src/checks/controlSheet';
import type { Finding } from '../../src/findings';
import { CheckPanel } from '../../src/taskpane/CheckPanel';
import { catalogue } from '../../src/taskpane/messages';
import type { WorkbookPort } from '../../src/workbook/port';
import { useFixedClock } from '../helpers/clock';
import { NOW } from '../norms/helpers';
import { pending, renderPane } from './renderPane';
import { demoFile, typeInto, withCalls } from './workbooks';

const nl = catalogue.nl;
/** The day the demo's norms have expired: the same registry then has warnings too. */
const AFTER_NORMS = new Date('2031-03-01T12:00:00Z');

useFixedClock(NOW);

/** The demo with two mistakes: IND-002 without a name, and a norm for an indicator that does not exist. */
async function demoWithMistakes(): Promise<WorkbookPort> {
  const wb = await demoFile();
  await typeInto(wb, 'tblIndicatoren', 'IND-002', 'Naam', null);
  await typeInto(wb, 'tblNormen', 'NRM-003', 'Indicator', 'IND-099');
  return wb;
}

const button = (name: string) => screen.getByRole('button', { name });
/** The findings on screen under one sheet, as "severity cell message", in screen order. */
const shownUnder = (sheet: string) =>
  within(screen.getByRole('region', { name: `Meldingen op blad ${sheet}` }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
const asShown = (f: Finding) => `${f.severity === 'error' ? 'Fout' : 'Waarschuwing'}${f.cell}${f.message}`;

beforeEach(() => {
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => jest.restoreAllMocks());

test('before the first check: the explanation and the button, nothing else', async () => {
  const reads = jest.fn();
  const wb = await demoFile();
  renderPane(<CheckPanel workbook={withCalls(wb, { readTables: async (names) => (reads(), wb.readTables(names)) })} />);
  expect(screen.getByText(/Kijkt elke tabel na/)).toBeTruthy();
  expect(button('Controleer').hasAttribute('disabled')).toBe(false);
  expect(screen.queryByTestId('check-summary')).toBeNull();
  expect(reads).not.toHaveBeenCalled();
});

test('while checking the button is off; then the counts and every finding under its sheet, errors first', async () => {
  const wb = await demoWithMistakes();
  // The first read waits until the test lets it go, to see the screen meanwhile.
  const gate = pending<void>();
  renderPane(<CheckPanel workbook={withCalls(wb, { readTables: async (names) => (await gate.promise, wb.readTables(names)) })} />);
  fireEvent.click(button('Controleer'));
  expect(screen.getByText('Het register wordt gecontroleerd…')).toBeTruthy();
  expect(button('Controleer').hasAttribute('disabled')).toBe(true);
  await act(async () => gate.resolve());

  const { findings, summary } = await checkRegistry(wb, { now: NOW });
  // The two mistakes are found where they were typed.
  expect(findings).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ severity: 'error', sheet: 'Indicatoren', cell: 'B3' }),
      expect.objectContaining({ severity: 'error', sheet: 'Normen', cell: 'B4' }),
    ]),
  );
  expect(await screen.findByTestId('check-summary')).toBeTruthy();
  expect(screen.getByTestId('check-summary').textContent).toBe(`${nl.checkCounts(summary.errors, summary.warnings)} ${nl.checkFix}`);
  for (const sheet of new Set(findings.map((f) => f.sheet))) {
    const mine = findings.filter((f) => f.sheet === sheet);
    expect(shownUnder(sheet)).toEqual([...mine.filter((f) => f.severity === 'error'), ...mine.filter((f) => f.severity === 'warning')].map(asShown));
  }
  // Every cell is a link to it (in a file it becomes the cell the workbook opens on).
  expect(button('Ga naar Indicatoren!B3')).toBeTruthy();
  expect(button('Controleer opnieuw')).toBeTruthy();
  expect((await wb.info()).sheets.map((s) => s.name)).not.toContain(CONTROL_SHEET);
});

test('after the demo’s norms expire the same registry has warnings, listed after the errors of their sheet', async () => {
  jest.setSystemTime(AFTER_NORMS);
  const wb = await demoWithMistakes();
  renderPane(<CheckPanel workbook={wb} />);
  fireEvent.click(button('Controleer'));
  await screen.findByTestId('check-summary');

  const { findings, summary } = await checkRegistry(wb, { now: AFTER_NORMS });
  expect(summary.warnings).toBeGreaterThan(0);
  expect(screen.getByTestId('check-summary').textContent).toBe(`${nl.checkCounts(summary.errors, summary.warnings)} ${nl.checkFix}`);
  const normen = shownUnder('Normen');
  expect(normen[0]).toMatch(/^FoutB4/);
  expect(normen).toEqual(findings.filter((f) => f.sheet === 'Normen').sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)).map(asShown));
});

test('the untouched demo is clean on the day; the Controle sheet is written when asked', async () => {
  const wb = await demoFile();
  renderPane(<CheckPanel workbook={wb} />);
  fireEvent.click(screen.getByRole('checkbox', { name: /Zet de meldingen ook op het blad Controle/ }));
  fireEvent.click(button('Controleer'));
  expect(await screen.findByText(`${nl.checkClean} ${nl.checkControlSheetWritten}`)).toBeTruthy();
  expect(screen.getByText(nl.checkCounts(0, 0))).toBeTruthy();
  expect(screen.queryByRole('region', { name: /Meldingen op blad/ })).toBeNull();
  expect((await wb.info()).sheets.map((s) => s.name)).toContain(CONTROL_SHEET);
});

test('a finding’s cell is a link that selects it in the workbook', async () => {
  const wb = await demoWithMistakes();
  const selected: [string, string][] = [];
  renderPane(<CheckPanel workbook={withCalls(wb, { select: async (sheet, cell) => (selected.push([sheet, cell]), wb.select(sheet, cell)) })} />);
  fireEvent.click(button('Controleer'));
  const link = await screen.findByRole('button', { name: 'Ga naar Normen!B4' });
  await act(async () => fireEvent.click(link));
  expect(selected).toEqual([['Normen', 'B4']]);
  expect(screen.queryByText(nl.selectFailed)).toBeNull();
});

test('a cell that cannot be selected gets a plain message', async () => {
  const wb = await demoWithMistakes();
  renderPane(<CheckPanel workbook={withCalls(wb, { select: async () => Promise.reject(new Error('ItemNotFound')) })} />);
  fireEvent.click(button('Controleer'));
  fireEvent.click(await screen.findByRole('button', { name: 'Ga naar Normen!B4' }));
  expect(await screen.findByText(nl.selectFailed)).toBeTruthy();
  expect(document.body.textContent).not.toContain('ItemNotFound');
});

test('a failed check shows plain Dutch, never the exception, and the button works again', async () => {
  const wb = await demoFile();
  renderPane(<CheckPanel workbook={withCalls(wb, { readTables: async () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'rows')")) })} />);
  fireEvent.click(button('Controleer'));
  expect(await screen.findByText('Dat lukte niet')).toBeTruthy();
  expect(screen.getByText(new RegExp(nl.checkFailed.slice(0, 40)))).toBeTruthy();
  expect(document.body.textContent).not.toContain('reading');
  expect(button('Controleer').hasAttribute('disabled')).toBe(false);
});

test('English where Office runs in English', async () => {
  const wb = await demoWithMistakes();
  const { summary } = await checkRegistry(wb, { now: NOW });
  renderPane(<CheckPanel workbook={wb} />, 'en');
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
  expect(await screen.findByText(catalogue.en.checkCounts(summary.errors, summary.warnings))).toBeTruthy();
});
