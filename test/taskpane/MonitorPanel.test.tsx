/** @jest-environment jsdom */
// Monitor in each state: the empty screen, searching the catalogue and adding an indicator, a file
// import running (rows read, cancel), its summary with conflicts, a theme workbook's sheets to
// choose from, a Swing fetch, and failures in plain Dutch. The monitor chunk is replaced by fakes.

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { problem, type Problem } from '../../src/checks/rules';
import { UserError } from '../../src/errors';
import { makeCatalogue, type ImportProgress, type ImportResult, type MonitorSource, type SheetOverview } from '../../src/monitor';
import * as monitor from '../../src/taskpane/monitorOperations';
import { MonitorPanel } from '../../src/taskpane/MonitorPanel';
import type { WorkbookPort } from '../../src/workbook/port';
import { pending, renderPane } from './renderPane';

jest.mock('../../src/taskpane/monitorOperations', () => ({
  addFromCatalogue: jest.fn(),
  describeThemeWorkbook: jest.fn(),
  fetchSwing: jest.fn(),
  importSource: jest.fn(),
  loadCatalogue: jest.fn(),
  monitorSourceFromFile: jest.fn(),
  resolveConflicts: jest.fn(),
}));

const fake = monitor as jest.Mocked<typeof monitor>;
const workbook = {} as WorkbookPort;

const entry = (code: string, title: string) => ({ code, title, theme: 'Wonen', survey: false, unit: 'euro', source: 'Statbel', lastYear: '2022', nextUpdate: '', definition: '' });
const catalogue = makeCatalogue('2023-12', [entry('WO_07', 'Mediaanprijs huizen'), entry('WO_08', 'Mediaanprijs appartementen'), entry('DE_05', 'Bevolkingsdichtheid')]);

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

beforeEach(() => {
  jest.resetAllMocks();
  fake.loadCatalogue.mockResolvedValue(catalogue);
  jest.spyOn(console, 'error').mockImplementation(() => {});
});
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

test('searching the catalogue and adding an indicator', async () => {
  fake.addFromCatalogue.mockResolvedValue({ added: [{ id: 'IND-006', name: 'Mediaanprijs huizen', code: 'WO_07', left: [] }], existing: [] });
  renderPane(<MonitorPanel workbook={workbook} />);
  fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'mediaanprijs' } });
  const results = await screen.findByRole('list', { name: 'Gevonden indicatoren' });
  expect(within(results).getAllByRole('listitem')).toHaveLength(2);
  expect(screen.getByText('Catalogus editie 2023-12.')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Voeg toe: WO_07 Mediaanprijs huizen' }));
  expect(await screen.findByText('Mediaanprijs huizen (WO_07) staat nu in Indicatoren als IND-006.')).toBeTruthy();
  expect(fake.addFromCatalogue).toHaveBeenCalledWith(workbook, ['WO_07'], { catalogue });

  fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zwembaden' } });
  expect(screen.getByText(/Geen indicator gevonden voor "zwembaden"/)).toBeTruthy();
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

test('the summary of an import: counts, what was added, the conflicts and the skipped values', async () => {
  fake.monitorSourceFromFile.mockResolvedValue(csv);
  fake.importSource.mockResolvedValue(imported);
  renderPane(<MonitorPanel workbook={workbook} />);
  fireEvent.click(screen.getByRole('checkbox', { name: /Alle gebieden inlezen/ }));
  pick('WO_07.csv');

  const summary = await screen.findByTestId('import-summary');
  expect(within(summary).getByText('WO_07.csv is ingelezen.')).toBeTruthy();
  const counts = Object.fromEntries(
    within(screen.getByTestId('import-counts'))
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );
  expect(counts).toEqual({
    'Rijen gelezen': '13.728',
    Toegevoegd: '95',
    Bijgewerkt: '0',
    Ongewijzigd: '0',
    Conflicten: '1',
    'Zonder waarde': '2',
    Overgeslagen: '1',
    'Andere gebieden (niet ingelezen)': '13.632',
  });
  expect(within(summary).getByText('Indicator toegevoegd uit de catalogus: IND-005 Mediaanprijs huizen (WO_07).')).toBeTruthy();
  expect(within(screen.getByTestId('import-conflicts')).getByText(/Metingen!E17 .* De waarde is niet overschreven\./)).toBeTruthy();
  expect(within(screen.getByTestId('import-errors')).getByText(/regel 14, kolom Mediaanprijs \(in euro\): "veel" is geen getal/)).toBeTruthy();
  expect(fake.importSource).toHaveBeenCalledWith(workbook, csv, expect.objectContaining({ allAreas: true, sheets: undefined }));
});

test('import conflicts are settled one by one or all at once, and leave the list', async () => {
  const second = { ...imported.summary.conflictList[0], cell: 'Metingen!E18', period: '2022', workbookValue: 290000, fileValue: 295000, ...problem('import.conflict', { cell: 'Metingen!E18', what: 'IND-005, 44021, 2022, Alle huizen', current: '290.000', source: '', value: '295.000' }) };
  const third = { ...second, cell: 'Metingen!E19', period: '2021', ...problem('import.conflict', { cell: 'Metingen!E19', what: 'IND-005, 44021, 2021, Alle huizen', current: '280.000', source: '', value: '285.000' }) };
  const conflictList = [imported.summary.conflictList[0], second, third];
  fake.monitorSourceFromFile.mockResolvedValue(csv);
  fake.importSource.mockResolvedValue({ ...imported, summary: { ...imported.summary, conflicts: 3, conflictList } });
  const settle = pending<{ taken: number; kept: number; skipped: ({ conflict: (typeof conflictList)[number] } & Problem)[] }>();
  fake.resolveConflicts.mockReturnValueOnce(settle.promise);
  renderPane(<MonitorPanel workbook={workbook} />);
  pick('WO_07.csv');
  const list = await screen.findByTestId('import-conflicts');
  expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  expect(screen.getByText('3 conflicten')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Neem waarde uit bestand: Metingen!E17' }));
  expect(screen.getByText('Uw keuze wordt bewaard…')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Behoud mijn waarde: Metingen!E18' }).hasAttribute('disabled')).toBe(true);
  await act(async () => settle.resolve({ taken: 1, kept: 0, skipped: [] }));
  expect(fake.resolveConflicts).toHaveBeenLastCalledWith(workbook, [{ conflict: conflictList[0], take: 'file' }], { file: 'WO_07.csv' });
  expect(screen.getByTestId('resolve-result').textContent).toBe('1 waarde uit het bestand overgenomen, 0 eigen waarden behouden. Elke keuze staat in het Logboek.');
  expect(within(screen.getByTestId('import-conflicts')).getAllByRole('listitem')).toHaveLength(2);
  expect(screen.getByText('2 conflicten')).toBeTruthy();

  fake.resolveConflicts.mockResolvedValueOnce({ taken: 0, kept: 1, skipped: [] });
  fireEvent.click(screen.getByRole('button', { name: 'Behoud mijn waarde: Metingen!E18' }));
  expect(await screen.findByText('0 waarden uit het bestand overgenomen, 1 eigen waarde behouden. Elke keuze staat in het Logboek.')).toBeTruthy();
  expect(fake.resolveConflicts).toHaveBeenLastCalledWith(workbook, [{ conflict: second, take: 'mine' }], { file: 'WO_07.csv' });

  // The last one changed since the import: nothing is written, and the screen says why.
  const changed = problem('import.veranderd', { cell: 'Metingen!E19', current: '281.000' });
  const skipped = changed.message;
  expect(skipped).toBe('Metingen!E19: de waarde is sinds het importeren veranderd (nu 281.000); er is niets aangepast. Importeer opnieuw om te zien of er nog een conflict is.');
  fake.resolveConflicts.mockResolvedValueOnce({ taken: 0, kept: 0, skipped: [{ conflict: third, ...changed }] });
  fireEvent.click(screen.getByRole('button', { name: 'Alles uit het bestand overnemen' }));
  expect(await screen.findByText(skipped)).toBeTruthy();
  expect(fake.resolveConflicts).toHaveBeenLastCalledWith(workbook, [{ conflict: third, take: 'file' }], { file: 'WO_07.csv' });
  expect(screen.getByText('1 waarde niet aangepast:')).toBeTruthy();
  expect(screen.queryByTestId('import-conflicts')).toBeNull();
  expect(screen.getByText('0 conflicten')).toBeTruthy();
});

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
