/** @jest-environment jsdom */
// Halfjaar in each state: the empty screen (period, departments, no round yet), starting a round
// (working, done as sheets and as a zip of files, failed), merging forms (counts, what was not taken,
// conflicts side by side to take over or keep, failed), and the progress per department with a
// reminder to copy. A round on the demo registry in memory runs the real rounds chunk, from the
// start to a merge of what was typed into the forms; the other states replace single calls of the
// chunk, to inject a failure or a conflict at will. The e2e test runs the real one in a browser.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { problem } from '../../src/rules';
import JSZip from 'jszip';
import { UserError } from '../../src/errors';
import type { MergeResult, RoundConflict } from '../../src/rounds';
import { FORM_TABLE_PREFIX } from '../../src/rounds/form';
import { offerDownload } from '../../src/taskpane/download';
import { defaultRoundPeriod } from '../../src/taskpane/loadRounds';
import { catalogue as texts } from '../../src/taskpane/messages';
import * as rounds from '../../src/taskpane/roundOperations';
import { RoundPanel } from '../../src/taskpane/RoundPanel';
import type { WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { useFixedClock } from '../helpers/clock';
import { pending, renderPane } from './renderPane';
import { demoFile, rowsOf } from './workbooks';

jest.mock('../../src/taskpane/roundOperations', () => ({
  roundOwners: jest.fn(),
  startRoundForms: jest.fn(),
  openForms: jest.fn(),
  mergeOpened: jest.fn(),
  progressOf: jest.fn(),
}));
jest.mock('../../src/taskpane/download', () => ({ offerDownload: jest.fn() }));

const fake = rounds as jest.Mocked<typeof rounds>;
const real = jest.requireActual<typeof rounds>('../../src/taskpane/roundOperations');
/** The rounds chunk as it ships, for a test on a real registry. */
const useRealRounds = () => {
  for (const name of Object.keys(real) as (keyof typeof rounds)[]) if (fake[name]) (fake[name] as jest.Mock).mockImplementation(real[name] as never);
};
const workbook = {} as WorkbookPort;
const today = new Date('2026-11-23T10:00:00');
// What the round writes (Opgehaald op, the Logboek) is dated by the clock.
useFixedClock(today);

const owners = [
  { owner: 'Milieu', rows: 2, progress: 0 },
  { owner: 'Groen', rows: 2, progress: 0 },
  { owner: 'Mobiliteit', rows: 0, progress: 0 },
];

const started = {
  period: '2026-S2',
  roundId: 'r-1',
  forms: [
    { owner: 'Milieu', contact: 'milieu@stad.example', rows: 2, progress: 0, file: null, sheet: '2026-S2 Milieu', created: true },
    { owner: 'Groen', contact: 'groen@stad.example', rows: 2, progress: 0, file: null, sheet: '2026-S2 Groen', created: false },
  ],
  notAsked: [{ owner: 'Milieu', indicator: 'IND-009', reason: 'komt uit de monitor (broncode WO_07)' }],
  changed: true,
};

const missing = (indicator: string, name: string, area: string, areaName: string, period: string) => ({ indicator, name, area, areaName, period, dimension: '' });
const progress = {
  period: '2026-S2',
  owners: [
    { owner: 'Milieu', contact: 'milieu@stad.example', returned: true, asked: 2, filled: 2, deviations: 1, status: 'volledig', conflicts: 0, missing: [] },
    {
      owner: 'Groen',
      contact: 'groen@stad.example',
      returned: false,
      asked: 2,
      filled: 0,
      deviations: 0,
      status: 'niet teruggekregen',
      conflicts: 0,
      missing: [missing('IND-003', 'Afstand tot openbaar groen', 'W-BRUGSEPOORT', 'Brugse Poort', '2026'), missing('IND-003', 'Afstand tot openbaar groen', '44021', 'Gent', '2026')],
    },
  ],
};

const conflict = (indicator: string, area: string, formCell: string, registryValue: number, formValue: number): RoundConflict => ({
  form: 'Update 2026-S2 Groen.xlsx',
  owner: 'Groen',
  indicator,
  area,
  period: '2026',
  dimension: '',
  formCell,
  registryCell: 'Metingen!E30',
  registryValue,
  registrySource: 'eigen telling',
  registryDate: 46341, // 15/11/2026
  formValue,
  ...problem('ronde.conflict', { cell: 'Metingen!E30', key: `${indicator} | ${area} | 2026`, current: String(registryValue), source: 'eigen telling', owner: 'Groen', value: String(formValue), formCell }),
});
const c1 = conflict('IND-003', '44021', 'Update!J9', 0.37, 0.36);
const c2 = conflict('IND-003', 'W-BRUGSEPOORT', 'Update!J10', 0.44, 0.41);

const merged: MergeResult = {
  changed: true,
  period: '2026-S2',
  forms: 3,
  accepted: 2,
  unchanged: 1,
  conflicts: 2,
  followUps: 0,
  followUpsClosed: 0,
  progress: { written: 0, unchanged: 0, conflicts: [] },
  conflictList: [c1, c2],
  rejected: [
    { form: 'Update 2026-S2 Wonen.xlsx', sheet: 'Update', cell: 'J9', whole: false, ...problem('ronde.geen-getal', { cell: 'J9', key: 'IND-004 | 44021 | 2026', value: 'ongeveer 3' }) },
    { form: 'foto.png', sheet: null, cell: null, whole: true, ...problem('ronde.onleesbaar', { file: 'foto.png' }) },
  ],
  missingOwners: [],
  owners: [],
};
const opened = { sources: [{ name: 'Update 2026-S2 Groen.xlsx', wb: {} as WorkbookPort }], unreadable: [] };

function countsOf(testId: string): Record<string, string | undefined> {
  return Object.fromEntries(
    within(screen.getByTestId(testId))
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );
}

function pickForms(...names: string[]) {
  fireEvent.change(screen.getByTestId('round-file-picker'), { target: { files: names.map((n) => new File(['PK'], n)) } });
}

beforeEach(() => {
  jest.resetAllMocks();
  fake.roundOwners.mockResolvedValue(owners);
  fake.progressOf.mockResolvedValue(null);
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => jest.restoreAllMocks());

test('the default period is the semester whose end is nearest ahead', () => {
  expect(defaultRoundPeriod(new Date('2026-11-23T10:00:00'))).toBe('2026-S2');
  expect(defaultRoundPeriod(new Date('2026-06-30T18:00:00'))).toBe('2026-S1');
  expect(defaultRoundPeriod(new Date('2026-07-01T08:00:00'))).toBe('2026-S2');
  expect(defaultRoundPeriod(new Date('2027-01-02T08:00:00'))).toBe('2027-S1');
});

test('on the demo: the departments with what they would be asked, as the registry says', async () => {
  useRealRounds();
  const wb = await demoFile();
  const owners = await real.roundOwners(wb, '2026-S2');
  renderPane(<RoundPanel workbook={wb} today={today} />);
  await screen.findByRole('checkbox', { name: 'Milieu (2 metingen)' });
  for (const o of owners!) {
    const box = screen.getByRole('checkbox', { name: texts.nl.roundOwner(o.owner, o.rows, o.progress) });
    expect({ owner: o.owner, checked: (box as HTMLInputElement).checked }).toEqual({ owner: o.owner, checked: o.rows + o.progress > 0 });
  }
  expect(owners!.filter((o) => o.rows > 0).length).toBeGreaterThanOrEqual(3);
  expect(await screen.findByText('Er is nog geen ronde gestart in dit register.')).toBeTruthy();
});

test('a round on the demo as sheets: the forms are sheets of the register, and merging them takes every value typed in', async () => {
  useRealRounds();
  const wb = await demoFile();
  const owners = (await real.roundOwners(wb, '2026-S2'))!.filter((o) => o.rows + o.progress > 0);
  renderPane(<RoundPanel workbook={wb} today={today} />);
  await screen.findByRole('checkbox', { name: 'Milieu (2 metingen)' });
  fireEvent.click(screen.getByRole('button', { name: 'Start de ronde' }));
  expect(await screen.findByTestId('round-started')).toBeTruthy();
  expect(screen.getByTestId('round-started').textContent).toBe(`Ronde 2026-S2 is gestart: ${owners.length} formulieren. Elk formulier staat als een blad in dit register. Laat elke dienst zijn eigen blad invullen en voeg daarna hieronder de formulierbladen samen.`);
  expect(countsOf('round-forms')).toEqual(Object.fromEntries(owners.map((o) => [`${o.owner}: 2026-S2 ${o.owner}`, String(o.rows)])));
  const info = await wb.info();
  const forms = info.tables.filter((t) => owners.some((o) => t.sheet === `2026-S2 ${o.owner}`) && t.name.startsWith(FORM_TABLE_PREFIX));
  expect(forms).toHaveLength(owners.length);
  expect(await screen.findByTestId('round-progress')).toBeTruthy();

  // Each department types a value into every asked row of its sheet: 1, or the first label of the scale.
  const tables = await wb.readTables(forms.map((t) => t.name));
  const asked = tables.map((t) => t.rows.map((r, row) => ({ r, row })).filter(({ r }) => r[t.columns.indexOf('Indicator')] !== null));
  await wb.apply(
    tables.map((t, i) => ({
      kind: 'updateCells' as const,
      table: t.table,
      cells: asked[i].map(({ r, row }) => ({ row, column: 'Nieuwe waarde', value: r[t.columns.indexOf('Schaal')] ? String(r[t.columns.indexOf('Schaal')]).split(';')[0] : 1 })),
    })),
  );
  const typed = asked.reduce((n, rows) => n + rows.length, 0);
  expect(typed).toBe(owners.reduce((n, o) => n + o.rows, 0));
  const before = (await rowsOf(wb, 'tblMetingen')).filter((r) => String(r.Periode).startsWith('2026')).length;

  fireEvent.click(screen.getByRole('button', { name: 'Voeg de formulierbladen in dit register samen' }));
  expect(await screen.findByTestId('round-merged')).toBeTruthy();
  expect(countsOf('round-merge-counts')).toMatchObject({ Overgenomen: String(typed), Conflicten: '0', 'Niet overgenomen': '0' });
  expect((await rowsOf(wb, 'tblMetingen')).filter((r) => String(r.Periode).startsWith('2026')).length).toBe(before + typed);
}, 120_000);

test('a round on the demo as files: one zip with a form per department, each a workbook with its rows', async () => {
  useRealRounds();
  const wb = await demoFile();
  const owners = (await real.roundOwners(wb, '2026-S2'))!.filter((o) => o.rows + o.progress > 0);
  renderPane(<RoundPanel workbook={wb} today={today} />);
  await screen.findByRole('checkbox', { name: 'Milieu (2 metingen)' });
  fireEvent.click(screen.getByRole('radio', { name: 'een bestand per dienst (samen in een zip)' }));
  fireEvent.click(screen.getByRole('button', { name: 'Start de ronde' }));
  expect(await screen.findByText(/De formulieren zijn gedownload in Updateformulieren 2026-S2\.zip\./)).toBeTruthy();
  expect(countsOf('round-forms')).toEqual(Object.fromEntries(owners.map((o) => [`${o.owner}: Update 2026-S2 ${o.owner}.xlsx`, String(o.rows)])));
  expect(offerDownload).toHaveBeenCalledWith(expect.any(Uint8Array), 'Updateformulieren 2026-S2.zip', 'application/zip');
  const zip = await JSZip.loadAsync((offerDownload as jest.Mock).mock.calls[0][0]);
  const files = await Promise.all(Object.values(zip.files).map(async (f) => ({ path: f.name, data: await f.async('uint8array') })));
  expect(files.map((f) => f.path).sort()).toEqual(owners.map((o) => `Update 2026-S2 ${o.owner}.xlsx`).sort());
  for (const f of files) {
    const form = await XlsxWorkbook.load(f.data);
    const [update] = await form.readTables(['tblUpdate']);
    // A form without measurements keeps the one empty row a table needs.
    const asked = update.rows.filter((r) => r[update.columns.indexOf('Indicator')] !== null);
    expect({ file: f.path, rows: asked.length }).toEqual({ file: f.path, rows: owners.find((o) => f.path.includes(o.owner))!.rows });
  }
  // Nothing was added to the register's own sheets but the round's record.
  expect((await wb.info()).sheets.map((s) => s.name).filter((n) => n.startsWith('2026-S2'))).toEqual([]);
}, 120_000);

test('the empty screen: period, the departments with what they would be asked, sheets by default, no round yet', async () => {
  renderPane(<RoundPanel workbook={workbook} today={today} />);
  expect(screen.getByRole('textbox', { name: /Periode/ })).toHaveProperty('value', '2026-S2');
  const milieu = await screen.findByRole('checkbox', { name: 'Milieu (2 metingen)' });
  expect(milieu).toHaveProperty('checked', true);
  expect(screen.getByRole('checkbox', { name: 'Mobiliteit (niets te rapporteren)' })).toHaveProperty('checked', false);
  expect(screen.getByRole('radio', { name: 'bladen in dit register' })).toHaveProperty('checked', true);
  expect(fake.roundOwners).toHaveBeenCalledWith(workbook, '2026-S2');
  expect(await screen.findByText('Er is nog geen ronde gestart in dit register.')).toBeTruthy();
  expect(within(screen.getByTestId('round-drop-zone')).getByRole('button', { name: 'Kies formulieren' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Voeg de formulierbladen in dit register samen' })).toBeTruthy();
  expect(fake.startRoundForms).not.toHaveBeenCalled();

  // A period that is no semester is said at once, and nothing starts.
  fireEvent.change(screen.getByRole('textbox', { name: /Periode/ }), { target: { value: '2026-Q3' } });
  expect(screen.getByText('Schrijf de periode als jaar-S1 of jaar-S2, bijvoorbeeld 2026-S2.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Start de ronde' }));
  expect(fake.startRoundForms).not.toHaveBeenCalled();
  fireEvent.change(screen.getByRole('textbox', { name: /Periode/ }), { target: { value: '2027-S1' } });
  await waitFor(() => expect(fake.roundOwners).toHaveBeenLastCalledWith(workbook, '2027-S1'));
});

test('starting a round as sheets: working, then the forms, their rows and what was not asked; the progress is read again', async () => {
  const run = pending<Awaited<ReturnType<typeof rounds.startRoundForms>>>();
  fake.startRoundForms.mockReturnValue(run.promise);
  renderPane(<RoundPanel workbook={workbook} today={today} />);
  fireEvent.click(await screen.findByRole('checkbox', { name: 'Groen (2 metingen)' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Groen (2 metingen)' }));
  fireEvent.click(screen.getByRole('button', { name: 'Start de ronde' }));
  expect(screen.getByText('De formulieren worden gemaakt…')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Start de ronde' }).hasAttribute('disabled')).toBe(true);
  await waitFor(() => expect(fake.startRoundForms).toHaveBeenCalledWith(workbook, { period: '2026-S2', owners: ['Milieu', 'Groen'], target: 'sheets' }));

  fake.progressOf.mockResolvedValue(progress);
  await act(async () => run.resolve({ result: started, zip: null }));
  expect(screen.getByTestId('round-started').textContent).toBe(
    'Ronde 2026-S2 is gestart: 2 formulieren. Elk formulier staat als een blad in dit register. Laat elke dienst zijn eigen blad invullen en voeg daarna hieronder de formulierbladen samen.',
  );
  expect(countsOf('round-forms')).toEqual({ 'Milieu: 2026-S2 Milieu': '2', 'Groen: 2026-S2 Groen (bestond al, niet veranderd)': '2' });
  expect(within(screen.getByTestId('round-not-asked')).getByText('Milieu, IND-009: komt uit de monitor (broncode WO_07).')).toBeTruthy();
  expect(offerDownload).not.toHaveBeenCalled();
  await waitFor(() => expect(fake.progressOf).toHaveBeenLastCalledWith(workbook, '2026-S2'));
  expect(await screen.findByTestId('round-progress')).toBeTruthy();
});

test('no department chosen, a refused start and an unexpected failure get plain Dutch', async () => {
  renderPane(<RoundPanel workbook={workbook} today={today} />);
  fireEvent.click(await screen.findByRole('checkbox', { name: 'Milieu (2 metingen)' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Groen (2 metingen)' }));
  fireEvent.click(screen.getByRole('button', { name: 'Start de ronde' }));
  expect(screen.getByText('Kies minstens één dienst.')).toBeTruthy();
  expect(fake.startRoundForms).not.toHaveBeenCalled();

  fireEvent.click(screen.getByRole('checkbox', { name: 'Milieu (2 metingen)' }));
  fake.startRoundForms.mockRejectedValueOnce(new UserError('not-a-registry', 'het register heeft nog geen gemeente. Voer Maak register uit met de NIS-code van uw gemeente.'));
  fireEvent.click(screen.getByRole('button', { name: 'Start de ronde' }));
  expect(await screen.findByText('Het register heeft nog geen gemeente. Voer Maak register uit met de NIS-code van uw gemeente.')).toBeTruthy();

  fake.startRoundForms.mockRejectedValueOnce(new TypeError("Cannot read properties of undefined (reading 'rows')"));
  fireEvent.click(screen.getByRole('button', { name: 'Start de ronde' }));
  expect(await screen.findByText(/De ronde kon niet gestart worden\. Er is niets veranderd\./)).toBeTruthy();
  expect(document.body.textContent).not.toContain('Cannot read properties');
});

test('a workbook that is no registry: the departments cannot be listed, and the screen says what to do', async () => {
  fake.roundOwners.mockRejectedValue(new Error('ItemNotFound'));
  renderPane(<RoundPanel workbook={workbook} today={today} />);
  expect(await screen.findByText(/De diensten konden niet gelezen worden\. Is deze werkmap een register\?/)).toBeTruthy();
  expect(document.body.textContent).not.toContain('ItemNotFound');
});

test('merging picked forms: counts, what was not taken and where, and the conflicts side by side', async () => {
  const run = pending<MergeResult>();
  fake.openForms.mockResolvedValue(opened);
  fake.mergeOpened.mockReturnValueOnce(run.promise);
  renderPane(<RoundPanel workbook={workbook} today={today} />);
  pickForms('Update 2026-S2 Groen.xlsx', 'foto.png');
  expect(await screen.findByText('De formulieren worden samengevoegd…')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Kies formulieren' }).hasAttribute('disabled')).toBe(true);
  await waitFor(() => expect(fake.openForms).toHaveBeenCalled());
  const [, picked] = fake.openForms.mock.calls[0];
  expect(picked).toEqual({ kind: 'files', files: [expect.objectContaining({ name: 'Update 2026-S2 Groen.xlsx' }), expect.objectContaining({ name: 'foto.png' })] });

  await act(async () => run.resolve(merged));
  expect(screen.getByTestId('round-merged').textContent).toBe('3 formulieren samengevoegd in ronde 2026-S2. Metingen en het Logboek zijn bijgewerkt.');
  expect(countsOf('round-merge-counts')).toEqual({ Formulieren: '3', Overgenomen: '2', Ongewijzigd: '1', Conflicten: '2', 'Niet overgenomen': '2' });
  const rejected = within(screen.getByTestId('round-rejected')).getAllByRole('listitem').map((li) => li.textContent);
  expect(rejected).toEqual([
    'Update 2026-S2 Wonen.xlsx, blad Update, cel J9: J9 (IND-004 | 44021 | 2026): ongeveer 3 is geen getal; vul een getal in zoals 48,5 (decimale komma), zonder eenheid.',
    'foto.png: foto.png kan niet geopend worden als Excel-werkmap (.xlsx). Vraag de dienst het formulier te bewaren als .xlsx en het opnieuw te sturen. Er is niets uit overgenomen.',
  ]);
  const first = within(screen.getByTestId('round-conflicts')).getAllByRole('listitem')[0];
  expect(within(first).getByText('IND-003, 44021, 2026')).toBeTruthy();
  const sides = within(first)
    .getAllByRole('term')
    .map((dt) => `${dt.textContent} = ${dt.nextElementSibling?.textContent}`);
  expect(sides).toEqual(['In het register = 0,37bron: eigen tellingop 15/11/2026', 'Uit het formulier = 0,36GroenUpdate 2026-S2 Groen.xlsx (Update!J9)']);
});

test('conflicts: take one over (merged again with it accepted), keep one (nothing written), take the rest over', async () => {
  fake.openForms.mockResolvedValue(opened);
  fake.mergeOpened.mockResolvedValueOnce(merged);
  fake.progressOf.mockResolvedValue(progress);
  renderPane(<RoundPanel workbook={workbook} today={today} />);
  fireEvent.click(screen.getByRole('button', { name: 'Voeg de formulierbladen in dit register samen' }));
  await screen.findByTestId('round-conflicts');
  expect(fake.openForms).toHaveBeenCalledWith(workbook, { kind: 'sheets' });

  // Take over the first: the same forms merged again, with that conflict accepted.
  fake.mergeOpened.mockResolvedValueOnce({ ...merged, accepted: 0, unchanged: 3, conflicts: 1, conflictList: [c2] });
  fireEvent.click(screen.getByRole('button', { name: 'Neem over: IND-003, 44021, 2026' }));
  await waitFor(() => expect(countsOf('round-merge-counts')).toMatchObject({ Overgenomen: '3', Conflicten: '1' }));
  const [wb, again, accepted] = fake.mergeOpened.mock.calls[1];
  expect(wb).toBe(workbook);
  expect(again).toBe(opened);
  expect([...accepted!]).toEqual(['Update 2026-S2 Groen.xlsx\u0000Update!J9']);
  expect(within(screen.getByTestId('round-conflicts')).getAllByRole('listitem')).toHaveLength(1);

  // Keep the other: nothing is merged, the register's value stays.
  fireEvent.click(screen.getByRole('button', { name: 'Behoud: IND-003, W-BRUGSEPOORT, 2026' }));
  expect(fake.mergeOpened).toHaveBeenCalledTimes(2);
  expect(screen.queryByTestId('round-conflicts')).toBeNull();
  expect(countsOf('round-merge-counts')).toEqual({ Formulieren: '3', Overgenomen: '3', Ongewijzigd: '1', Conflicten: '0', 'Behouden (waarde register)': '1', 'Niet overgenomen': '2' });
});

test('Alles overnemen accepts every open conflict at once; a failure to do so changes nothing and says so', async () => {
  fake.openForms.mockResolvedValue(opened);
  fake.mergeOpened.mockResolvedValueOnce(merged);
  renderPane(<RoundPanel workbook={workbook} today={today} />);
  pickForms('Update 2026-S2 Groen.xlsx');
  await screen.findByTestId('round-conflicts');

  fake.mergeOpened.mockRejectedValueOnce(new Error('InvalidArgument'));
  fireEvent.click(screen.getByRole('button', { name: 'Alles overnemen' }));
  expect(await screen.findByText(/Uw keuze kon niet bewaard worden\. Er is niets veranderd\./)).toBeTruthy();
  expect(document.body.textContent).not.toContain('InvalidArgument');
  expect(within(screen.getByTestId('round-conflicts')).getAllByRole('listitem')).toHaveLength(2);

  fake.mergeOpened.mockResolvedValueOnce({ ...merged, accepted: 0, conflicts: 0, conflictList: [] });
  fireEvent.click(screen.getByRole('button', { name: 'Alles overnemen' }));
  await waitFor(() => expect(screen.queryByTestId('round-conflicts')).toBeNull());
  expect([...fake.mergeOpened.mock.calls[2][2]!].sort()).toEqual(['Update 2026-S2 Groen.xlsx\u0000Update!J10', 'Update 2026-S2 Groen.xlsx\u0000Update!J9']);
  expect(countsOf('round-merge-counts')).toMatchObject({ Overgenomen: '4', Conflicten: '0' });
});

test('a merge that fails says so in plain Dutch', async () => {
  fake.openForms.mockResolvedValue(opened);
  fake.mergeOpened.mockRejectedValue(new UserError('invalid-option', 'er is nog geen ronde gestart in dit register (het blad Rondes ontbreekt). Start eerst een ronde.'));
  renderPane(<RoundPanel workbook={workbook} today={today} />);
  fireEvent.drop(screen.getByTestId('round-drop-zone'), { dataTransfer: { files: [new File(['PK'], 'Update.xlsx')] } });
  expect(await screen.findByText('Er is nog geen ronde gestart in dit register (het blad Rondes ontbreekt). Start eerst een ronde.')).toBeTruthy();
});

test('the progress per department, what is missing, and a reminder on the clipboard', async () => {
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  fake.progressOf.mockResolvedValue(progress);
  renderPane(<RoundPanel workbook={workbook} today={today} />);
  const table = await screen.findByTestId('round-progress');
  const rows = within(table)
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
  expect(rows).toEqual([
    ['Dienst', 'Ingevuld', 'Afwijkingen'],
    ['Milieuvolledig', '2 van 2', '1'],
    ['Groenniet teruggekregen', '0 van 2', '0'],
  ]);
  expect(within(table).getByText('Ronde 2026-S2')).toBeTruthy();
  const groen = screen.getByTestId('round-missing-Groen');
  expect(within(groen).getByText('Groen: 2 waarden ontbreken')).toBeTruthy();
  expect(within(groen).getByText('Afstand tot openbaar groen (IND-003), Brugse Poort, 2026')).toBeTruthy();
  expect(screen.queryByTestId('round-missing-Milieu')).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: 'Kopieer herinnering voor Groen' }));
  expect(await screen.findByText('De herinnering voor Groen staat op het klembord. Plak ze in een e-mail aan groen@stad.example.')).toBeTruthy();
  expect(writeText).toHaveBeenCalledWith(
    [
      "Beste collega's van Groen,",
      '',
      'Voor de halfjaarlijkse update van 2026-S2 ontbreken nog deze 2 waarden:',
      '- Afstand tot openbaar groen (IND-003), Brugse Poort, 2026',
      '- Afstand tot openbaar groen (IND-003), Gent, 2026',
      '',
      'Wilt u ze invullen in het updateformulier van uw dienst en het terugsturen? Bedankt!',
    ].join('\n'),
  );

  // Without a clipboard the text is shown, selected, to copy by hand.
  writeText.mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
  fireEvent.click(screen.getByRole('button', { name: 'Kopieer herinnering voor Groen' }));
  const area = await screen.findByRole('textbox', { name: /Herinnering voor Groen/ });
  expect((area as HTMLTextAreaElement).value).toMatch(/^Beste collega's van Groen,/);
  await waitFor(() => expect(document.activeElement).toBe(area));
  expect(document.body.textContent).not.toContain('permission denied');

  fireEvent.click(screen.getByRole('button', { name: 'Vernieuw' }));
  await waitFor(() => expect(fake.progressOf).toHaveBeenCalledTimes(2));
});

test('English where Office runs in English', async () => {
  fake.progressOf.mockResolvedValue(progress);
  renderPane(<RoundPanel workbook={workbook} today={today} />, 'en');
  expect(await screen.findByRole('checkbox', { name: 'Milieu (2 measurements)' })).toBeTruthy();
  expect(await screen.findByText('not returned')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Copy reminder for Groen' })).toBeTruthy();
});
