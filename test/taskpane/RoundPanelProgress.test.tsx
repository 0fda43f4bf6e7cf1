/** @jest-environment jsdom */
// Halfjaar's conflicts in the progress of actions and measures, on the demo registry with the real
// rounds chunk: Groen's form sheet was merged once; then the coordinator changed AC1.2.1's status
// and MAA-002's realisation by hand, and Groen changed both on the form. Merged again from the pane,
// each is shown side by side and decided one by one: Neem over merges the same forms again with it
// accepted (the code of the CLI's --neem-over), Behoud writes nothing. A failing write is brought in
// by replacing the workbook's apply.

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { LOGBOOK_TABLE } from '../../src/registry/logbook';
import { mergeForms, startRound } from '../../src/rounds';
import { formTableName, progressTableName } from '../../src/rounds/form';
import { REGISTRY_SOURCE } from '../../src/taskpane/roundOperations';
import { RoundPanel } from '../../src/taskpane/RoundPanel';
import type { WorkbookPort } from '../../src/workbook/port';
import { useFixedClock } from '../helpers/clock';
import { renderPane } from './renderPane';
import { demoFile, rowsOf, typeInto, withCalls } from './workbooks';

jest.setTimeout(120_000);
const today = new Date('2026-11-23T10:00:00');
useFixedClock(today);

const PROGRESS = progressTableName(formTableName('2026-S2', 'Groen'));

/** The demo after a merged round of Groen, with both sides changed since. */
async function conflicting(): Promise<WorkbookPort> {
  const wb = await demoFile();
  await startRound(wb, { period: '2026-S2', owners: ['Groen'], target: 'sheets' });
  await typeInto(wb, PROGRESS, 'AC1.2.1', 'Status', 'in uitvoering');
  await typeInto(wb, PROGRESS, 'MAA-002', 'Realisatie (%)', 60);
  expect((await mergeForms(wb, [{ name: REGISTRY_SOURCE, wb }])).progress).toMatchObject({ written: 2, conflicts: [] });
  await typeInto(wb, 'tblDoelstellingen', 'AC1.2.1', 'Voortgang', 'uitgesteld');
  await typeInto(wb, 'tblMaatregelen', 'MAA-002', 'Realisatie (%)', 75);
  await typeInto(wb, PROGRESS, 'AC1.2.1', 'Status', 'uitgevoerd');
  await typeInto(wb, PROGRESS, 'MAA-002', 'Realisatie (%)', 65);
  return wb;
}

const byKey = async (wb: WorkbookPort, table: string, key: string) => Object.fromEntries((await rowsOf(wb, table)).map((r) => [String(r[key]), r]));
const conflicts = () => within(screen.getByTestId('round-progress-conflicts')).getAllByRole('listitem');
const sides = (item: HTMLElement) =>
  within(item)
    .getAllByRole('term')
    .map((dt) => `${dt.textContent} = ${dt.nextElementSibling?.textContent}`);
function countsOf(): Record<string, string | undefined> {
  return Object.fromEntries(
    within(screen.getByTestId('round-merge-counts'))
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );
}

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => jest.restoreAllMocks());

test('a progress conflict is taken over or kept one by one, as the CLI takes them over', async () => {
  const wb = await conflicting();
  renderPane(<RoundPanel workbook={wb} today={today} />);
  fireEvent.click(screen.getByRole('button', { name: 'Voeg de formulierbladen in dit register samen' }));
  await screen.findByTestId('round-progress-conflicts');
  expect(screen.getByText('Conflicten in de voortgang (2)')).toBeTruthy();
  const [action, measure] = conflicts();
  expect(within(action).getByText('actie AC1.2.1, Voortgang')).toBeTruthy();
  expect(sides(measure)).toEqual(['In het register = 75Maatregelen!J3', `Uit het formulier = 65Groendit register (2026-S2 Groen!H${(await wb.readTables([PROGRESS]))[0].firstRow + 1})`]);
  expect(countsOf()).toMatchObject({ 'Voortgang van acties en maatregelen': '0' });
  const logged = (await rowsOf(wb, LOGBOOK_TABLE)).length;

  // Neem over: the form's 65 replaces the hand-typed 75, logged as an accepted conflict.
  fireEvent.click(screen.getByRole('button', { name: 'Neem over: maatregel MAA-002, Realisatie (%)' }));
  await waitFor(() => expect(conflicts()).toHaveLength(1));
  expect((await byKey(wb, 'tblMaatregelen', 'ID'))['MAA-002']['Realisatie (%)']).toBe(65);
  const log = await rowsOf(wb, LOGBOOK_TABLE);
  expect(log.slice(logged).map((r) => [r.Bron, r['Oude waarde'], r['Nieuwe waarde']])).toEqual([['voortgang Groen 2026-S2 (dit register): maatregel MAA-002, Realisatie (%) (conflict aanvaard)', 75, 65]]);
  expect(countsOf()).toMatchObject({ 'Voortgang van acties en maatregelen': '1' });

  // Behoud: the register's status stays, and nothing is written.
  fireEvent.click(screen.getByRole('button', { name: 'Behoud: actie AC1.2.1, Voortgang' }));
  await waitFor(() => expect(screen.queryByTestId('round-progress-conflicts')).toBeNull());
  expect((await byKey(wb, 'tblDoelstellingen', 'Code'))['AC1.2.1'].Voortgang).toBe('uitgesteld');
  expect((await rowsOf(wb, LOGBOOK_TABLE)).length).toBe(logged + 1);
  expect(countsOf()).toMatchObject({ 'Voortgang van acties en maatregelen': '1', 'Behouden (waarde register)': '1' });
});

test('taking a progress conflict over that cannot be written changes nothing and says so', async () => {
  const real = await conflicting();
  let failing = false;
  const wb = withCalls(real, { apply: (edits) => (failing ? Promise.reject(new Error('InvalidArgument')) : real.apply(edits)) });
  renderPane(<RoundPanel workbook={wb} today={today} />);
  fireEvent.click(screen.getByRole('button', { name: 'Voeg de formulierbladen in dit register samen' }));
  await screen.findByTestId('round-progress-conflicts');

  failing = true;
  fireEvent.click(screen.getByRole('button', { name: 'Neem over: maatregel MAA-002, Realisatie (%)' }));
  expect(await screen.findByText(/Uw keuze kon niet bewaard worden\. Er is niets veranderd\./)).toBeTruthy();
  expect(document.body.textContent).not.toContain('InvalidArgument');
  expect(conflicts()).toHaveLength(2);
  expect((await byKey(real, 'tblMaatregelen', 'ID'))['MAA-002']['Realisatie (%)']).toBe(75);
});
