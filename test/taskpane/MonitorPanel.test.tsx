/** @jest-environment jsdom */
// Monitor in each state: the empty screen, searching the catalogue and adding an indicator, a file
// import running (rows read, cancel), its summary with conflicts, a theme workbook's sheets to
// choose from, a Swing fetch, and failures in plain Dutch. The monitor chunk is the real one, on the
// demo registry in memory, with the real WO_07 download from ../shared; single calls are replaced
// only to inject a failure, hold an import halfway, or stand in for a site or theme workbook.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { problem } from '../../src/rules';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../src/errors';
import { importMonitor, type ImportProgress, type ImportResult, type MonitorSource, type SheetOverview } from '../../src/monitor';
import * as monitor from '../../src/taskpane/monitorOperations';
import { MonitorPanel } from '../../src/taskpane/MonitorPanel';
import { catalogue as texts } from '../../src/taskpane/messages';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { useFixedClock } from '../helpers/clock';
import { NOW } from '../norms/helpers';
import { pending, renderPane } from './renderPane';
import { demoFile, rowsOf } from './workbooks';

/** Every call of the monitor chunk is the real one until a test replaces it. */
jest.mock('../../src/taskpane/monitorOperations', () => {
  const real = jest.requireActual('../../src/taskpane/monitorOperations');
  return Object.fromEntries(Object.keys(real).map((name) => [name, jest.fn()]));
});
// jsdom has no Web Worker, where the pane then parses on its own thread; the worker's module is
// left out only because its `import.meta.url` (for webpack) does not load as CommonJS.
jest.mock('../../src/taskpane/csvWorkerSource', () => ({ csvInWorker: () => null }));
const real = jest.requireActual<typeof monitor>('../../src/taskpane/monitorOperations');

/** The real download of indicator WO_07 (13,728 lines), from ../shared beside the repository. */
const WO_07 = path.resolve(__dirname, '../../../shared/fixtures/gsm/WO_07_mediaanprijs_huizen.csv');

useFixedClock(NOW);

const fake = monitor as jest.Mocked<typeof monitor>;
let workbook: XlsxWorkbook;

const csv: MonitorSource = { kind: 'csv', name: 'WO_07.csv', input: 'x' };
const imported: ImportResult = {
  changed: true,
  errors: [{ line: 14, column: 'Mediaanprijs (in euro)', ...problem('import.geen-getal', { value: 'veel' }) }],
  summary: {
    file: 'WO_07.csv',
    rowsRead: 13728,
    added: 95,
    updated: 0,
    unchanged: 0,
    conflicts: 1,
    empty: 2,
    skipped: 1,
    notSelected: 13632,
    indicatorsAdded: [{ id: 'IND-005', name: 'Mediaanprijs huizen', code: 'WO_07', from: 'catalogus' }],
    areasAdded: [],
    areaMappings: [],
    notices: [],
    conflictList: [
      {
        indicator: 'IND-005',
        area: '44021',
        period: '2023',
        dimension: 'Alle huizen',
        cell: 'Metingen!E17',
        workbookValue: 300000,
        fileValue: 310000,
        line: 12,
        ...problem('import.conflict', { cell: 'Metingen!E17', what: 'IND-005, 44021, 2023, Alle huizen', current: '300.000', source: '', value: '310.000' }),
      },
    ],
  },
};

function file(name: string) {
  return new File(['Gemeente;NIS-code;Indicator;Jaar\n'], name);
}

function pick(name: string) {
  fireEvent.change(screen.getByTestId('monitor-file-picker'), { target: { files: [file(name)] } });
}

beforeEach(async () => {
  for (const name of Object.keys(real) as (keyof typeof monitor)[]) (fake[name] as jest.Mock).mockReset().mockImplementation(real[name] as never);
  workbook = await demoFile();
  jest.spyOn(console, 'error').mockImplementation(() => {});
});

/** The real WO_07 download as the browser hands a picked file over. */
const wo07 = () => new File([readFileSync(WO_07)], 'WO_07.csv');
const pickFile = (f: File) => fireEvent.change(screen.getByTestId('monitor-file-picker'), { target: { files: [f] } });
/** What the same import does to a copy of `wb` as it is now. */
async function importedInCopy(wb: XlsxWorkbook, options: { allAreas?: boolean } = {}): Promise<ImportResult> {
  return importMonitor(await XlsxWorkbook.load(await wb.save()), { kind: 'csv', name: 'WO_07.csv', input: readFileSync(WO_07, 'utf8') }, { now: NOW, ...options });
}
const countsOnScreen = () =>
  Object.fromEntries(
    within(screen.getByTestId('import-counts'))
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );
afterEach(() => jest.restoreAllMocks());

test('the empty screen: catalogue search, a drop zone with a file button, and the Swing form folded away', () => {
  renderPane(<MonitorPanel workbook={workbook} />);
  expect(screen.getByRole('searchbox', { name: 'Zoek een indicator' })).toBeTruthy();
  expect(within(screen.getByTestId('monitor-drop-zone')).getByRole('button', { name: 'Kies een bestand' })).toBeTruthy();
  expect(screen.getByText('Ophalen van een Swing-site (… in Cijfers)')).toBeTruthy();
  expect(screen.getByRole('checkbox', { name: /Alle gebieden inlezen/ })).toBeTruthy();
  expect(screen.queryByTestId('import-summary')).toBeNull();
  expect(fake.loadCatalogue).not.toHaveBeenCalled(); // loaded on the first search, not before
});

test('searching the catalogue and adding an indicator: it is in Indicatoren under the next free ID', async () => {
  const { edition } = await real.loadCatalogue();
  renderPane(<MonitorPanel workbook={workbook} />);
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'mediaanprijs huizen' } });
  const results = await screen.findByRole('list', { name: 'Gevonden indicatoren' });
  expect(within(results).getAllByRole('listitem').length).toBeGreaterThanOrEqual(1);
  expect(screen.getByText(texts.nl.catalogueHint(edition))).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Voeg toe: WO_07 Mediaanprijs huizen' }));
  // The demo has IND-001 … IND-007.
  expect(await screen.findByText(/^Mediaanprijs huizen \(WO_07\) staat nu in Indicatoren als IND-008\./)).toBeTruthy();
  expect((await rowsOf(workbook, 'tblIndicatoren')).find((r) => r.ID === 'IND-008')).toMatchObject({ Naam: 'Mediaanprijs huizen', Broncode: 'WO_07' });

  fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'qwxzv' } });
  expect(screen.getByText(/Geen indicator gevonden voor "qwxzv"/)).toBeTruthy();
});

test('a CSV import shows the rows read and can be cancelled; nothing is written then', async () => {
  fake.monitorSourceFromFile.mockResolvedValue(csv);
  let progress!: (p: ImportProgress) => void;
  fake.importSource.mockImplementation(
    (_wb, _source, options) =>
      new Promise((_, reject) => {
        progress = options.onProgress;
        options.signal!.addEventListener('abort', () => reject(new UserError('cancelled', 'Het importeren is afgebroken.')));
      }),
  );
  renderPane(<MonitorPanel workbook={workbook} />);
  pick('WO_07.csv');
  expect(await screen.findByText('Het inlezen begint…')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Kies een bestand' }).hasAttribute('disabled')).toBe(true);

  act(() => progress({ rowsRead: 4887, fraction: 0.3 }));
  expect(screen.getByTestId('import-progress').textContent).toBe('4.887 rijen gelezen…');
  expect(screen.getByRole('progressbar', { name: 'Voortgang van het inlezen' }).getAttribute('aria-valuenow')).toBe('0.3');

  fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
  expect(await screen.findByText('Het inlezen is geannuleerd. Er is niets in de werkmap veranderd.')).toBeTruthy();
  expect(screen.queryByRole('progressbar')).toBeNull();
});

test('the summary of an import of the real WO_07 download: counts, the indicator added, and the measurements in Metingen', async () => {
  const want = await importedInCopy(workbook);
  const before = (await rowsOf(workbook, 'tblMetingen')).length;
  renderPane(<MonitorPanel workbook={workbook} />);
  pickFile(wo07());

  const summary = await screen.findByTestId('import-summary', undefined, { timeout: 60_000 });
  expect(within(summary).getByText('WO_07.csv is ingelezen.')).toBeTruthy();
  // Gent and the Vlaams Gewest of 13,728 lines; the other municipalities are left out by default.
  expect(countsOnScreen()).toEqual({
    'Rijen gelezen': '13.728',
    Toegevoegd: '96',
    Bijgewerkt: '0',
    Ongewijzigd: '0',
    Conflicten: '0',
    'Zonder waarde': '0',
    Overgeslagen: '0',
    'Andere gebieden (niet ingelezen)': '13.632',
  });
  expect(want.summary).toMatchObject({ rowsRead: 13728, added: 96, notSelected: 13632 });
  expect(within(summary).getByText(/IND-008 Mediaanprijs huizen \(WO_07\)/)).toBeTruthy();
  expect(screen.queryByTestId('import-conflicts')).toBeNull();
  const after = await rowsOf(workbook, 'tblMetingen');
  expect(after).toHaveLength(before + 96);
  expect(new Set(after.filter((r) => r.Indicator === 'IND-008').map((r) => r.Gebied))).toEqual(new Set(['44021', '2000']));
  expect(fake.importSource).toHaveBeenCalledWith(workbook, expect.objectContaining({ name: 'WO_07.csv' }), expect.objectContaining({ allAreas: false }));
}, 120_000);

test('values changed by hand since the last import are conflicts, settled one by one or all at once, as the workbook then shows', async () => {
  await importMonitor(workbook, { kind: 'csv', name: 'WO_07.csv', input: readFileSync(WO_07, 'utf8') }, { now: NOW });
  const [metingen] = await workbook.readTables(['tblMetingen']);
  const col = (caption: string) => metingen.columns.indexOf(caption);
  const gent = metingen.rows.flatMap((r, row) => (r[col('Indicator')] === 'IND-008' && r[col('Gebied')] === '44021' ? [{ row, value: r[col('Waarde')] as number }] : [])).slice(0, 3);
  expect(gent).toHaveLength(3);
  // Three values typed over by hand (one more than the download), and read one less by the import
  // before: the download now brings a new value, which differs from the hand's.
  await workbook.apply([
    { kind: 'updateCells', table: 'tblMetingen', cells: gent.flatMap((g) => [{ row: g.row, column: 'Waarde', value: g.value + 1 }, { row: g.row, column: 'Bronwaarde', value: g.value - 1 }]) },
  ]);
  const cells = gent.map((g) => `Metingen!${String.fromCharCode(65 + col('Waarde'))}${g.row + 2}`);

  const settle = pending<void>();
  fake.resolveConflicts.mockImplementationOnce(async (...args) => (await settle.promise, real.resolveConflicts(...args)));
  renderPane(<MonitorPanel workbook={workbook} />);
  pickFile(wo07());
  const list = await screen.findByTestId('import-conflicts', undefined, { timeout: 60_000 });
  expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  expect(screen.getByText('3 conflicten')).toBeTruthy();
  expect(countsOnScreen()).toMatchObject({ Conflicten: '3', Ongewijzigd: '93' });

  fireEvent.click(screen.getByRole('button', { name: `Neem waarde uit bestand: ${cells[0]}` }));
  expect(screen.getByText('Uw keuze wordt bewaard…')).toBeTruthy();
  expect(screen.getByRole('button', { name: `Behoud mijn waarde: ${cells[1]}` }).hasAttribute('disabled')).toBe(true);
  await act(async () => settle.resolve());
  expect(await screen.findByText('1 waarde uit het bestand overgenomen, 0 eigen waarden behouden. Elke keuze staat in het Logboek.')).toBeTruthy();
  expect(within(screen.getByTestId('import-conflicts')).getAllByRole('listitem')).toHaveLength(2);
  expect(screen.getByText('2 conflicten')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: `Behoud mijn waarde: ${cells[1]}` }));
  expect(await screen.findByText('0 waarden uit het bestand overgenomen, 1 eigen waarde behouden. Elke keuze staat in het Logboek.')).toBeTruthy();

  // The last one is changed again after the import: nothing is written, and the screen says why.
  await workbook.apply([{ kind: 'updateCells', table: 'tblMetingen', cells: [{ row: gent[2].row, column: 'Waarde', value: gent[2].value + 5 }] }]);
  fireEvent.click(screen.getByRole('button', { name: 'Alles uit het bestand overnemen' }));
  expect(await screen.findByText('1 waarde niet aangepast:')).toBeTruthy();
  expect(screen.getByText(new RegExp(`^${cells[2]}: .*veranderd`))).toBeTruthy();
  expect(screen.queryByTestId('import-conflicts')).toBeNull();
  expect(screen.getByText('0 conflicten')).toBeTruthy();

  const [now] = await workbook.readTables(['tblMetingen']);
  expect(gent.map((g) => now.rows[g.row][col('Waarde')])).toEqual([gent[0].value, gent[1].value + 1, gent[2].value + 5]);
}, 120_000);

test('a failure to settle a conflict keeps it in the list, in plain Dutch', async () => {
  fake.monitorSourceFromFile.mockResolvedValue(csv);
  fake.importSource.mockResolvedValue(imported);
  fake.resolveConflicts.mockRejectedValue(new Error('GeneralException'));
  renderPane(<MonitorPanel workbook={workbook} />);
  pick('WO_07.csv');
  fireEvent.click(await screen.findByRole('button', { name: 'Alles uit het bestand overnemen' }));
  expect(await screen.findByText(/Uw keuze kon niet bewaard worden\. Er is niets veranderd\./)).toBeTruthy();
  expect(document.body.textContent).not.toContain('GeneralException');
  expect(within(screen.getByTestId('import-conflicts')).getAllByRole('listitem')).toHaveLength(1);
});

test('a theme workbook lists its sheets first and imports the chosen ones', async () => {
  const xlsx: MonitorSource = { kind: 'xlsx', name: 'Wonen.xlsx', data: new ArrayBuffer(0) };
  const sheets: SheetOverview[] = [
    { sheet: 'Inhoud', code: null, title: null, rows: 3, kind: 'contents', known: null },
    { sheet: 'WO_07', code: 'WO_07', title: 'Mediaanprijs huizen', rows: 100, kind: 'indicator', known: 'IND-005' },
    { sheet: 'WO_08', code: 'WO_08', title: 'Mediaanprijs appartementen', rows: 1, kind: 'indicator', known: null },
  ];
  fake.monitorSourceFromFile.mockResolvedValue(xlsx);
  fake.describeThemeWorkbook.mockResolvedValue(sheets);
  fake.importSource.mockResolvedValue({ ...imported, summary: { ...imported.summary, file: 'Wonen.xlsx' } });
  renderPane(<MonitorPanel workbook={workbook} />);
  pick('Wonen.xlsx');

  const group = await screen.findByRole('group', { name: 'Tabbladen in Wonen.xlsx' });
  expect(within(group).getByText('Inhoud: wordt niet ingelezen.')).toBeTruthy();
  fireEvent.click(within(group).getByRole('checkbox', { name: 'WO_08 Mediaanprijs appartementen (1 rij; nieuwe indicator)' }));
  expect(within(group).getByRole('checkbox', { name: 'WO_07 Mediaanprijs huizen (100 rijen; naar IND-005)' })).toBeTruthy();
  fireEvent.click(within(group).getByRole('button', { name: 'Lees 1 tabblad in' }));
  expect(await screen.findByText('Wonen.xlsx is ingelezen.')).toBeTruthy();
  expect(fake.importSource).toHaveBeenCalledWith(workbook, xlsx, expect.objectContaining({ sheets: ['WO_07'] }));
});

test('a file dropped on the zone is imported like a picked one', async () => {
  fake.monitorSourceFromFile.mockResolvedValue(csv);
  fake.importSource.mockResolvedValue(imported);
  renderPane(<MonitorPanel workbook={workbook} />);
  fireEvent.drop(screen.getByTestId('monitor-drop-zone'), { dataTransfer: { files: [file('WO_07.csv')] } });
  expect(await screen.findByTestId('import-summary')).toBeTruthy();
  expect(fake.monitorSourceFromFile).toHaveBeenCalledWith(expect.objectContaining({ name: 'WO_07.csv' }));
});

test('a Swing fetch goes to the site with the variables, and its message shows when it fails', async () => {
  fake.fetchSwing.mockRejectedValue(new UserError('unreachable', 'Kan gent.buurtmonitor.be niet bereiken: controleer het adres en de internetverbinding.'));
  renderPane(<MonitorPanel workbook={workbook} />);
  fireEvent.change(screen.getByRole('textbox', { name: 'Adres van de site' }), { target: { value: 'https://gent.buurtmonitor.be' } });
  fireEvent.change(screen.getByRole('textbox', { name: /Codes van de variabelen/ }), { target: { value: 'bev_totaal, bev_dichtheid' } });
  fireEvent.click(screen.getByRole('button', { name: 'Haal op en lees in' }));
  expect(await screen.findByText('Kan gent.buurtmonitor.be niet bereiken: controleer het adres en de internetverbinding.')).toBeTruthy();
  expect(fake.fetchSwing).toHaveBeenCalledWith(expect.objectContaining({ site: 'https://gent.buurtmonitor.be', variables: ['bev_totaal', 'bev_dichtheid'] }));
  expect(fake.importSource).not.toHaveBeenCalled();
});

test('a file that is no monitor download, and an unexpected failure, get plain Dutch', async () => {
  fake.monitorSourceFromFile.mockRejectedValueOnce(new UserError('not-monitor-file', 'foto.pdf is een PDF-bestand, geen download van de Gemeente-Stadsmonitor.'));
  renderPane(<MonitorPanel workbook={workbook} />);
  pick('foto.pdf');
  expect(await screen.findByText('Foto.pdf is een PDF-bestand, geen download van de Gemeente-Stadsmonitor.')).toBeTruthy();

  fake.monitorSourceFromFile.mockResolvedValue(csv);
  fake.importSource.mockRejectedValue(new RangeError('Invalid array length'));
  pick('WO_07.csv');
  expect(await screen.findByText(/Het inlezen lukte niet\. Er is niets in de werkmap veranderd\./)).toBeTruthy();
  expect(document.body.textContent).not.toContain('Invalid array length');
  await waitFor(() => expect(screen.getByRole('button', { name: 'Kies een bestand' }).hasAttribute('disabled')).toBe(false));
});
