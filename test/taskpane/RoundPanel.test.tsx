/** @jest-environment jsdom */
// Halfjaar in each state: the empty screen (period, departments, no round yet), starting a round
// (working, done as sheets and as a zip of files, failed), merging forms (counts, what was not taken,
// conflicts side by side to take over or keep, failed), and the progress per department with a
// reminder to copy. Everything runs the real rounds chunk on the demo registry in memory, with
// forms filled in as staff would; failures are brought in by a workbook call that fails, and the
// browser's download is replaced. The e2e test runs the same in a browser.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import JSZip from 'jszip';
import { UserError } from '../../src/errors';
import { LOGBOOK_TABLE } from '../../src/registry/logbook';
import { mergeForms, startRound } from '../../src/rounds';
import { FORM_TABLE_PREFIX } from '../../src/rounds/form';
import { offerDownload } from '../../src/taskpane/download';
import { defaultRoundPeriod } from '../../src/taskpane/loadRounds';
import { catalogue as texts } from '../../src/taskpane/messages';
import { roundOwners } from '../../src/taskpane/roundOperations';
import { RoundPanel } from '../../src/taskpane/RoundPanel';
import type { CellInput, Edit, WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { useFixedClock } from '../helpers/clock';
import { formFile } from '../helpers/tables';
import { pending, renderPane } from './renderPane';
import { demoFile, rowsOf, withCalls } from './workbooks';

jest.mock('../../src/taskpane/download', () => ({ offerDownload: jest.fn() }));
jest.setTimeout(120_000);

const today = new Date('2026-11-23T10:00:00');
// What the round writes (Opgehaald op, the Logboek) is dated by the clock.
useFixedClock(today);

/** The demo with every call to the workbook counted: reads and writes. */
function counted(wb: WorkbookPort): { wb: WorkbookPort; reads: () => number; writes: () => number } {
  let reads = 0;
  let writes = 0;
  const watched = withCalls(wb, {
    readTables: async (names, formats) => (reads++, wb.readTables(names, formats)),
    apply: async (edits: Edit[]) => (writes++, wb.apply(edits)),
  });
  return { wb: watched, reads: () => reads, writes: () => writes };
}

/** Types values into a form's Nieuwe waarde by indicator and area, as staff would. */
async function fill(form: WorkbookPort, table: string, values: Record<string, CellInput>): Promise<void> {
  const rows = await rowsOf(form, table);
  const cells = rows.flatMap((r, row) => {
    const v = values[`${r.Indicator} ${r.Gebied}`];
    return v === undefined ? [] : [{ row, column: 'Nieuwe waarde', value: v }];
  });
  expect(cells).toHaveLength(Object.keys(values).length);
  await form.apply([{ kind: 'updateCells', table, cells }]);
}

/** A Metingen row typed by hand in the registry. */
const handTyped = (columns: string[], values: Record<string, CellInput>) => columns.map((c) => values[c] ?? null);

/**
 * The demo after a round of files for Groen and Wonen, with Groen's two values of Afstand tot openbaar
 * groen for 2026 typed into the registry by hand meanwhile (0,37 and 0,44), and the returned forms:
 * Groen's with 0,36 and 0,41 (two conflicts) and 0,52 for Binnenstad (taken over), Wonen's with text
 * that is not on its indicator's scale.
 */
async function returnedForms(): Promise<{ wb: XlsxWorkbook; files: File[] }> {
  const wb = await demoFile();
  const started = await startRound(wb, { period: '2026-S2', owners: ['Groen', 'Wonen'], target: 'files', now: today });
  const [metingen] = await wb.readTables(['tblMetingen']);
  const typed = (area: string, value: number) => handTyped(metingen.columns, { Indicator: 'IND-003', Gebied: area, Periode: '2026', Waarde: value, Bron: 'eigen telling', 'Opgehaald op': new Date('2026-11-15T00:00:00Z') });
  await wb.apply([{ kind: 'appendRows', table: 'tblMetingen', rows: [typed('44021', 0.37), typed('W-BRUGSEPOORT', 0.44)] }]);
  const [groen, wonen] = await Promise.all(started.forms.map(formFile));
  await fill(groen, 'tblUpdate', { 'IND-003 44021': 0.36, 'IND-003 W-BRUGSEPOORT': 0.41, 'IND-003 W-BINNENSTAD': 0.52 });
  const [wonenRows] = await wonen.readTables(['tblUpdate']);
  await wonen.apply([{ kind: 'updateCells', table: 'tblUpdate', cells: [{ row: 0, column: 'Nieuwe waarde', value: 'ongeveer 3' }] }]);
  expect(wonenRows.rows).toHaveLength(1);
  const file = async (form: XlsxWorkbook, name: string) => new File([(await form.save()) as Uint8Array<ArrayBuffer>], name);
  return { wb, files: [await file(groen, 'Update 2026-S2 Groen.xlsx'), await file(wonen, 'Update 2026-S2 Wonen.xlsx'), new File(['PK'], 'foto.png')] };
}

/** The demo after a round as sheets for Milieu and Groen, with Milieu's sheet filled in and merged. */
async function halfReturned(): Promise<WorkbookPort> {
  const wb = await demoFile();
  const started = await startRound(wb, { period: '2026-S2', owners: ['Milieu', 'Groen'], target: 'sheets', now: today });
  const milieu = (await wb.info()).tables.find((t) => t.sheet === started.forms[0].sheet && t.name.startsWith(FORM_TABLE_PREFIX))!;
  const [rows] = await wb.readTables([milieu.name]);
  await wb.apply([{ kind: 'updateCells', table: milieu.name, cells: rows.rows.map((_, row) => ({ row, column: 'Nieuwe waarde', value: 40 + row })) }]);
  await mergeForms(wb, [{ name: 'dit register', wb }], { now: today });
  return wb;
}

const measured = async (wb: WorkbookPort, area: string) => (await rowsOf(wb, 'tblMetingen')).filter((r) => r.Indicator === 'IND-003' && r.Gebied === area && r.Periode === '2026').map((r) => r.Waarde);

function countsOf(testId: string): Record<string, string | undefined> {
  return Object.fromEntries(
    within(screen.getByTestId(testId))
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );
}

function pickForms(files: File[]) {
  fireEvent.change(screen.getByTestId('round-file-picker'), { target: { files } });
}

beforeEach(() => {
  jest.mocked(offerDownload).mockReset();
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
  const wb = await demoFile();
  const owners = await roundOwners(wb, '2026-S2');
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
  const wb = await demoFile();
  const owners = (await roundOwners(wb, '2026-S2'))!.filter((o) => o.rows + o.progress > 0);
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
});

test('a round on the demo as files: one zip with a form per department, each a workbook with its rows', async () => {
  const wb = await demoFile();
  const owners = (await roundOwners(wb, '2026-S2'))!.filter((o) => o.rows + o.progress > 0);
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
});

test('the empty screen: period, the departments with what they would be asked, sheets by default, no round yet', async () => {
  const { wb, reads, writes } = counted(await demoFile());
  renderPane(<RoundPanel workbook={wb} today={today} />);
  expect(screen.getByRole('textbox', { name: /Periode/ })).toHaveProperty('value', '2026-S2');
  const milieu = await screen.findByRole('checkbox', { name: 'Milieu (2 metingen)' });
  expect(milieu).toHaveProperty('checked', true);
  expect(screen.getByRole('checkbox', { name: 'Strategie en data (niets te rapporteren)' })).toHaveProperty('checked', false);
  expect(screen.getByRole('radio', { name: 'bladen in dit register' })).toHaveProperty('checked', true);
  expect(await screen.findByText('Er is nog geen ronde gestart in dit register.')).toBeTruthy();
  expect(within(screen.getByTestId('round-drop-zone')).getByRole('button', { name: 'Kies formulieren' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Voeg de formulierbladen in dit register samen' })).toBeTruthy();
  const opened = reads();

  // A period that is no semester is said at once; nothing is read or started.
  fireEvent.change(screen.getByRole('textbox', { name: /Periode/ }), { target: { value: '2026-Q3' } });
  expect(screen.getByText('Schrijf de periode als jaar-S1 of jaar-S2, bijvoorbeeld 2026-S2.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Start de ronde' }));
  expect(writes()).toBe(0);
  // Another semester: the departments are read again for it.
  fireEvent.change(screen.getByRole('textbox', { name: /Periode/ }), { target: { value: '2027-S1' } });
  await waitFor(() => expect(reads()).toBe(opened + 1));
  expect(await screen.findByRole('checkbox', { name: 'Milieu (2 metingen)' })).toBeTruthy();
  expect(writes()).toBe(0);
});

test('starting a round as sheets: working, then the forms, their rows and what was not asked; the progress is read again', async () => {
  const demo = await demoFile();
  // Groen's sheet was made before, by a start for Groen alone.
  await startRound(demo, { period: '2026-S2', owners: ['Groen'], target: 'sheets', now: today });
  const gate = pending<void>();
  const wb = withCalls(demo, { apply: async (edits: Edit[]) => (await gate.promise, demo.apply(edits)) });
  renderPane(<RoundPanel workbook={wb} today={today} />);
  const groen = texts.nl.roundOwner('Groen', 3, 2);
  await screen.findByRole('checkbox', { name: groen });
  for (const name of ['Mobiliteit', 'Wonen', 'Omgeving']) fireEvent.click(screen.getByRole('checkbox', { name: new RegExp(`^${name} `) }));
  fireEvent.click(screen.getByRole('button', { name: 'Start de ronde' }));
  expect(screen.getByText('De formulieren worden gemaakt…')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Start de ronde' }).hasAttribute('disabled')).toBe(true);
  await act(async () => gate.resolve());

  expect(await screen.findByTestId('round-started')).toBeTruthy();
  expect(screen.getByTestId('round-started').textContent).toBe(
    'Ronde 2026-S2 is gestart: 2 formulieren. Elk formulier staat als een blad in dit register. Laat elke dienst zijn eigen blad invullen en voeg daarna hieronder de formulierbladen samen.',
  );
  expect(countsOf('round-forms')).toEqual({ 'Milieu: 2026-S2 Milieu': '2', 'Groen: 2026-S2 Groen (bestond al, niet veranderd)': '3' });
  const notAsked = within(screen.getByTestId('round-not-asked')).getAllByRole('listitem').map((li) => li.textContent);
  expect(notAsked).toEqual(['Milieu, IND-002: komt uit de monitor.', 'Milieu, IND-006: is stopgezet.']);
  expect(offerDownload).not.toHaveBeenCalled();
  expect((await demo.info()).sheets.map((s) => s.name).filter((n) => n.startsWith('2026-S2'))).toEqual(['2026-S2 Groen', '2026-S2 Milieu']);
  // The progress is read again: both departments, nothing returned yet.
  const progress = await screen.findByTestId('round-progress');
  expect(within(progress).getAllByRole('row')).toHaveLength(3);
});

test('no department chosen, a refused start and an unexpected failure get plain Dutch; nothing changes', async () => {
  const demo = await demoFile();
  const failure = { next: null as Error | null };
  const wb = withCalls(demo, { apply: async (edits: Edit[]) => (failure.next ? Promise.reject(failure.next) : demo.apply(edits)) });
  renderPane(<RoundPanel workbook={wb} today={today} />);
  await screen.findByRole('checkbox', { name: 'Milieu (2 metingen)' });
  for (const box of screen.getAllByRole('checkbox')) if ((box as HTMLInputElement).checked) fireEvent.click(box);
  fireEvent.click(screen.getByRole('button', { name: 'Start de ronde' }));
  expect(screen.getByText('Kies minstens één dienst.')).toBeTruthy();

  fireEvent.click(screen.getByRole('checkbox', { name: 'Milieu (2 metingen)' }));
  failure.next = new UserError('not-a-registry', 'het register heeft nog geen gemeente. Voer Maak register uit met de NIS-code van uw gemeente.');
  fireEvent.click(screen.getByRole('button', { name: 'Start de ronde' }));
  expect(await screen.findByText('Het register heeft nog geen gemeente. Voer Maak register uit met de NIS-code van uw gemeente.')).toBeTruthy();

  failure.next = new TypeError("Cannot read properties of undefined (reading 'rows')");
  fireEvent.click(screen.getByRole('button', { name: 'Start de ronde' }));
  expect(await screen.findByText(/De ronde kon niet gestart worden\. Er is niets veranderd\./)).toBeTruthy();
  expect(document.body.textContent).not.toContain('Cannot read properties');
  expect((await demo.info()).sheets.map((s) => s.name).filter((n) => n.startsWith('2026-S2'))).toEqual([]);
});

test('a workbook that is no registry: the departments cannot be listed, and the screen says what to do', async () => {
  renderPane(<RoundPanel workbook={XlsxWorkbook.create()} today={today} />);
  // The departments and the progress each say so.
  expect(await screen.findAllByText(/^Deze werkmap is geen register: .* Maak er eerst een register van/)).toHaveLength(2);
});

test('departments that cannot be read for another reason: the plain fallback, never the exception', async () => {
  const wb = withCalls(await demoFile(), { readTables: async () => Promise.reject(new Error('ItemNotFound')) });
  renderPane(<RoundPanel workbook={wb} today={today} />);
  expect(await screen.findByText(/De diensten konden niet gelezen worden\. Is deze werkmap een register\?/)).toBeTruthy();
  expect(document.body.textContent).not.toContain('ItemNotFound');
});

test('merging picked forms: counts, what was not taken and where, and the conflicts side by side', async () => {
  const { wb: demo, files } = await returnedForms();
  const gate = pending<void>();
  const wb = withCalls(demo, { apply: async (edits: Edit[]) => (await gate.promise, demo.apply(edits)) });
  renderPane(<RoundPanel workbook={wb} today={today} />);
  pickForms(files);
  expect(await screen.findByText('De formulieren worden samengevoegd…')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Kies formulieren' }).hasAttribute('disabled')).toBe(true);
  await act(async () => gate.resolve());

  expect(await screen.findByTestId('round-merged')).toBeTruthy();
  expect(screen.getByTestId('round-merged').textContent).toBe('3 formulieren samengevoegd in ronde 2026-S2. Metingen en het Logboek zijn bijgewerkt.');
  expect(countsOf('round-merge-counts')).toEqual({ Formulieren: '3', Overgenomen: '1', Ongewijzigd: '0', Conflicten: '2', 'Niet overgenomen': '2' });
  const rejected = within(screen.getByTestId('round-rejected')).getAllByRole('listitem').map((li) => li.textContent);
  expect(rejected).toEqual([
    'foto.png: foto.png kan niet geopend worden als Excel-werkmap (.xlsx). Vraag de dienst het formulier te bewaren als .xlsx en het opnieuw te sturen. Er is niets uit overgenomen.',
    'Update 2026-S2 Wonen.xlsx, blad Update, cel K9: K9 (IND-004 | 44021 | 2026): ongeveer 3 staat niet op de schaal van de indicator (A++, A+, A, B, C, D, E, F); vul een van die labels in.',
  ]);
  const conflicts = within(screen.getByTestId('round-conflicts')).getAllByRole('listitem');
  // In the form's order: Brugse Poort, then Gent.
  expect(conflicts.map((li) => li.querySelector('span')?.textContent)).toEqual(['IND-003, W-BRUGSEPOORT, 2026', 'IND-003, 44021, 2026']);
  const sides = within(conflicts[1])
    .getAllByRole('term')
    .map((dt) => `${dt.textContent} = ${dt.nextElementSibling?.textContent}`);
  expect(sides).toEqual(['In het register = 0,37bron: eigen tellingop 15/11/2026', 'Uit het formulier = 0,36GroenUpdate 2026-S2 Groen.xlsx (Update!K10)']);
  // The registry keeps its hand-typed values until the coordinator decides.
  expect(await measured(demo, '44021')).toEqual([0.37]);
  expect(await measured(demo, 'W-BINNENSTAD')).toEqual([0.52]);
});

test('conflicts: take one over (merged again with it accepted), keep one (nothing written)', async () => {
  const { wb: demo, files } = await returnedForms();
  const { wb, writes } = counted(demo);
  renderPane(<RoundPanel workbook={wb} today={today} />);
  pickForms(files);
  await screen.findByTestId('round-conflicts');
  const logged = (await rowsOf(demo, LOGBOOK_TABLE)).length;

  fireEvent.click(screen.getByRole('button', { name: 'Neem over: IND-003, 44021, 2026' }));
  await waitFor(() => expect(within(screen.getByTestId('round-conflicts')).getAllByRole('listitem')).toHaveLength(1));
  expect(countsOf('round-merge-counts')).toMatchObject({ Overgenomen: '2', Conflicten: '1' });
  expect(await measured(demo, '44021')).toEqual([0.36]);
  const log = await rowsOf(demo, LOGBOOK_TABLE);
  expect(log.slice(logged).map((r) => [r.Gebied, r['Oude waarde'], r['Nieuwe waarde'], String(r.Bron).endsWith('(conflict aanvaard)')])).toEqual([['44021', 0.37, 0.36, true]]);

  // Keep the other: nothing is merged, the register's value stays.
  const written = writes();
  fireEvent.click(screen.getByRole('button', { name: 'Behoud: IND-003, W-BRUGSEPOORT, 2026' }));
  expect(screen.queryByTestId('round-conflicts')).toBeNull();
  expect(countsOf('round-merge-counts')).toMatchObject({ Overgenomen: '2', Conflicten: '0', 'Behouden (waarde register)': '1' });
  expect(writes()).toBe(written);
  expect(await measured(demo, 'W-BRUGSEPOORT')).toEqual([0.44]);
});

test('Alles overnemen accepts every open conflict at once; a failure to do so changes nothing and says so', async () => {
  const { wb: demo, files } = await returnedForms();
  const failure = { next: null as Error | null };
  const wb = withCalls(demo, { apply: async (edits: Edit[]) => (failure.next ? Promise.reject(failure.next) : demo.apply(edits)) });
  renderPane(<RoundPanel workbook={wb} today={today} />);
  pickForms(files);
  await screen.findByTestId('round-conflicts');

  failure.next = new Error('InvalidArgument');
  fireEvent.click(screen.getByRole('button', { name: 'Alles overnemen' }));
  expect(await screen.findByText(/Uw keuze kon niet bewaard worden\. Er is niets veranderd\./)).toBeTruthy();
  expect(document.body.textContent).not.toContain('InvalidArgument');
  expect(within(screen.getByTestId('round-conflicts')).getAllByRole('listitem')).toHaveLength(2);
  expect([...(await measured(demo, '44021')), ...(await measured(demo, 'W-BRUGSEPOORT'))]).toEqual([0.37, 0.44]);

  failure.next = null;
  fireEvent.click(screen.getByRole('button', { name: 'Alles overnemen' }));
  await waitFor(() => expect(screen.queryByTestId('round-conflicts')).toBeNull());
  expect(countsOf('round-merge-counts')).toMatchObject({ Overgenomen: '3', Conflicten: '0' });
  expect([...(await measured(demo, '44021')), ...(await measured(demo, 'W-BRUGSEPOORT'))]).toEqual([0.36, 0.41]);
});

test('a merge that fails says so in plain Dutch', async () => {
  const demo = await demoFile();
  const refused = await mergeForms(demo, [{ name: 'dit register', wb: demo }]).then(
    () => null,
    (e: Error) => e.message,
  );
  expect(refused).toMatch(/^er is nog geen ronde gestart in dit register/);
  renderPane(<RoundPanel workbook={demo} today={today} />);
  fireEvent.click(screen.getByRole('button', { name: 'Voeg de formulierbladen in dit register samen' }));
  expect(await screen.findByText(refused!.replace(/^e/, 'E'))).toBeTruthy();
});

test('the progress per department, what is missing, and a reminder on the clipboard', async () => {
  const writeText = jest.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const { wb, reads } = counted(await halfReturned());
  renderPane(<RoundPanel workbook={wb} today={today} />);
  const table = await screen.findByTestId('round-progress');
  const rows = within(table)
    .getAllByRole('row')
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
  expect(rows).toEqual([
    ['Dienst', 'Ingevuld', 'Afwijkingen'],
    ['Milieuvolledig', '2 van 2', '0'],
    ['Groenniet teruggekregen', '0 van 3', '0'],
  ]);
  expect(within(table).getByText('Ronde 2026-S2')).toBeTruthy();
  const groen = screen.getByTestId('round-missing-Groen');
  expect(within(groen).getByText('Groen: 3 waarden ontbreken')).toBeTruthy();
  expect(screen.queryByTestId('round-missing-Milieu')).toBeNull();
  const missing = within(groen).getAllByRole('listitem').map((li) => li.textContent);
  expect(missing).toHaveLength(3);

  fireEvent.click(screen.getByRole('button', { name: 'Kopieer herinnering voor Groen' }));
  expect(await screen.findByText('De herinnering voor Groen staat op het klembord. Plak ze in een e-mail aan groen@stad.example.')).toBeTruthy();
  expect(writeText).toHaveBeenCalledWith(
    [
      "Beste collega's van Groen,",
      '',
      'Voor de halfjaarlijkse update van 2026-S2 ontbreken nog deze 3 waarden:',
      ...missing.map((m) => `- ${m}`),
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

  // Vernieuw reads again: whether there is a round, then its progress.
  const before = reads();
  fireEvent.click(screen.getByRole('button', { name: 'Vernieuw' }));
  await waitFor(() => expect(reads()).toBe(before + 2));
});

test('English where Office runs in English', async () => {
  renderPane(<RoundPanel workbook={await halfReturned()} today={today} />, 'en');
  expect(await screen.findByRole('checkbox', { name: 'Milieu (2 measurements)' })).toBeTruthy();
  expect(await screen.findByText('not returned')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Copy reminder for Groen' })).toBeTruthy();
});
