// A whole half-year round on the demo registry, through the xlsx adapter and real files: start for
// two owners, fill the forms, merge (one complete, one with an invalid and a conflicting value),
// and merge again. Asserts what the coordinator sees: Metingen, the conflicts, Logboek, Rondes.
import { LOGBOOK_TABLE } from '../../src/registry/logbook';
import { writeDemo } from '../../src/registry/demo';
import { mergeForms, startRound, ROUND_TABLE } from '../../src/rounds';
import type { CellInput, Edit, WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { OWN_SURVEY } from '../helpers/ownSurvey';
import { formFile, rowsOf } from '../helpers/tables';

const now = new Date('2027-01-10T10:00:00');

async function demo(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  await wb.apply([OWN_SURVEY]);
  return XlsxWorkbook.load(await wb.save());
}

/** Types values into a form's Nieuwe waarde by indicator and area, as staff would. */
async function fill(form: XlsxWorkbook, values: Record<string, CellInput>): Promise<void> {
  const rows = await rowsOf(form, 'tblUpdate');
  const cells = rows.flatMap((r, row) => {
    const v = values[`${r.Indicator} ${r.Gebied}`];
    return v === undefined ? [] : [{ row, column: 'Nieuwe waarde', value: v }];
  });
  expect(cells).toHaveLength(Object.keys(values).length);
  await form.apply([{ kind: 'updateCells', table: 'tblUpdate', cells }]);
}

const measurement = async (wb: WorkbookPort, indicator: string, area: string, period: string) =>
  (await rowsOf(wb, 'tblMetingen')).filter((r) => r.Indicator === indicator && r.Gebied === area && r.Periode === period);

test('a whole round: start, fill, merge, merge again, accept a conflict', async () => {
  const registry = await demo();
  // A value for Groen's own key typed in the registry by hand before the form comes back.
  const [metingen] = await registry.readTables(['tblMetingen']);
  const columns = metingen.columns;
  await registry.apply([{ kind: 'appendRows', table: 'tblMetingen', rows: [columns.map((c) => ({ Indicator: 'IND-003', Gebied: '44021', Periode: '2026', Waarde: 0.37, Bron: 'eigen telling' })[c] ?? null)] }]);

  const started = await startRound(registry, { period: '2026-S2', owners: ['Milieu', 'groen'], target: 'files', now });
  expect(started.forms.map((f) => [f.owner, f.rows, f.file?.name])).toEqual([
    ['Milieu', 3, 'Update 2026-S2 Milieu.xlsx'],
    ['Groen', 3, 'Update 2026-S2 Groen.xlsx'],
  ]);
  const [milieu, groen] = await Promise.all(started.forms.map(formFile));
  const milieuRows = await rowsOf(milieu, 'tblUpdate');
  const row = (indicator: string, area: string) => milieuRows.find((r) => r.Indicator === indicator && r.Gebied === area);
  expect(row('IND-001', 'S-PARKSTRAAT')).toMatchObject({ Periode: '2026-S2', 'Vorige waarden': '2025-S2: 48,7; 2025-S1: 49,6; 2024-S2: 51,2', 'Nieuwe waarde': null, Norm: expect.stringMatching(/^norm max\. 48 dB\(A\) \(NRM-001/) });
  // Driejaarlijks since 2023: due again in 2026.
  expect(row('IND-002', '44021')).toMatchObject({ Periode: '2026', 'Vorige waarden': '2023: 12,4; 2020: 11,8', Norm: expect.stringMatching(/toename max\. 0 %.*NRM-006/) });

  // 12,1 % is a rise against 2020 (11,8 %): a deviation of NRM-006; 42 dB(A) in the Citadelpark is no rise.
  await fill(milieu, { 'IND-001 S-PARKSTRAAT': 47.5, 'IND-001 P-CITADELPARK': 42, 'IND-002 44021': 12.1 });
  await fill(groen, { 'IND-003 W-BRUGSEPOORT': 'ongeveer 0,4', 'IND-003 44021': '0,36' });
  const sources = [
    { name: 'Update 2026-S2 Milieu.xlsx', wb: milieu },
    { name: 'Update 2026-S2 Groen.xlsx', wb: groen },
  ];
  const first = await mergeForms(registry, sources, { now, user: 'coördinator' });
  expect(first).toMatchObject({ period: '2026-S2', forms: 2, accepted: 3, unchanged: 0, conflicts: 1, missingOwners: [] });
  expect(first.rejected).toEqual([expect.objectContaining({ form: 'Update 2026-S2 Groen.xlsx', whole: false, message: expect.stringContaining('ongeveer 0,4 is geen getal') })]);
  expect(first.conflictList).toEqual([expect.objectContaining({ indicator: 'IND-003', area: '44021', registryValue: 0.37, registrySource: 'eigen telling', formValue: 0.36, owner: 'Groen' })]);
  expect(await measurement(registry, 'IND-001', 'S-PARKSTRAAT', '2026-S2')).toEqual([expect.objectContaining({ Waarde: 47.5, Bron: 'update Milieu 2026-S2', Bestand: 'Update 2026-S2 Milieu.xlsx' })]);
  expect(await measurement(registry, 'IND-003', '44021', '2026')).toEqual([expect.objectContaining({ Waarde: 0.37 })]);
  const log = await rowsOf(registry, LOGBOOK_TABLE);
  expect(log).toHaveLength(3);
  expect(log).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ Bewerking: 'ronde', Indicator: 'IND-001', Gebied: 'S-PARKSTRAAT', Periode: '2026-S2', 'Oude waarde': null, 'Nieuwe waarde': 47.5, Gebruiker: 'coördinator' }),
      expect.objectContaining({ Bewerking: 'ronde', Indicator: 'IND-002', Gebied: '44021', Periode: '2026', 'Nieuwe waarde': 12.1 }),
    ]),
  );
  expect(await rowsOf(registry, ROUND_TABLE)).toEqual([
    expect.objectContaining({ Dienst: 'Milieu', Gevraagd: 3, Ingevuld: 3, Status: 'volledig', Afwijkingen: 1 }),
    expect.objectContaining({ Dienst: 'Groen', Gevraagd: 3, Ingevuld: 1, Status: 'onvolledig', Conflicten: 1, Ontbreekt: 'Afstand tot openbaar groen (IND-003), Brugse Poort - Rooigem, 2026\nAfstand tot openbaar groen (IND-003), Binnenstad, 2026' }),
  ]);

  // The same forms again: nothing changes.
  const saved = await registry.save();
  const again = await mergeForms(registry, sources, { now, user: 'coördinator' });
  expect(again).toMatchObject({ accepted: 0, unchanged: 3, conflicts: 1, changed: false });
  expect(await rowsOf(registry, 'tblMetingen')).toEqual(await rowsOf(await XlsxWorkbook.load(saved), 'tblMetingen'));
  expect(await rowsOf(registry, LOGBOOK_TABLE)).toHaveLength(3);

  // The coordinator accepts the form's value over the one typed by hand.
  const applied: Edit[] = [];
  const watched: WorkbookPort = Object.assign(Object.create(registry) as WorkbookPort, { apply: (edits: Edit[]) => (applied.push(...edits), registry.apply(edits)) });
  const accepted = await mergeForms(watched, sources, { now, accept: 'all' });
  expect(accepted).toMatchObject({ accepted: 1, conflicts: 0 });
  // The update goes with its row's key as read: in Excel a Metingen a colleague sorted since is refused.
  const update = applied.find((e): e is Extract<Edit, { kind: 'updateCells' }> => e.kind === 'updateCells' && e.table === 'tblMetingen');
  expect(update?.expect?.map((c) => [c.column, c.value])).toEqual([['Indicator', 'IND-003'], ['Gebied', '44021'], ['Periode', '2026'], ['Dimensie', null]]);
  expect(new Set(update?.expect?.map((c) => c.row))).toEqual(new Set(update?.cells.map((c) => c.row)));
  expect(await measurement(registry, 'IND-003', '44021', '2026')).toEqual([expect.objectContaining({ Waarde: 0.36, Bron: 'update Groen 2026-S2' })]);
  expect((await rowsOf(registry, LOGBOOK_TABLE)).at(-1)).toMatchObject({ 'Oude waarde': 0.37, 'Nieuwe waarde': 0.36, Bron: expect.stringContaining('conflict aanvaard') });
});

test('a round asks by source and life cycle: not the monitor, not what stopped; an in-house Broncode is asked', async () => {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  // IND-001 gets a code of the city's own meter network; IND-003 is stopped.
  await wb.apply([
    { kind: 'updateCells', table: 'tblIndicatoren', cells: [{ row: 0, column: 'Broncode', value: 'GMN-PARK' }] },
    { kind: 'updateCells', table: 'tblIndicatoren', cells: [{ row: 2, column: 'Status', value: 'stopgezet' }] },
  ]);
  const started = await startRound(wb, { period: '2026-S2', owners: ['Milieu', 'Groen'], target: 'files', now });
  // Groen has no value to report, but still the progress of its action and measure (issue 19 §3).
  expect(started.forms.map((f) => [f.owner, f.rows, f.progress])).toEqual([
    ['Milieu', 2, 0],
    ['Groen', 0, 2],
  ]);
  expect(started.notAsked).toEqual(
    expect.arrayContaining([
      { owner: 'Milieu', indicator: 'IND-002', reason: 'komt uit de monitor' },
      { owner: 'Groen', indicator: 'IND-003', reason: 'is stopgezet' },
    ]),
  );
});
