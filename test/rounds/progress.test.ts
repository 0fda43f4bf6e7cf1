// Progress of actions and measures in the round (issue 19 §3), through the xlsx adapter and real
// files: Groen's form asks its action AC1.2.1 and its unfinished measure MAA-002 (not Mobiliteit's
// finished MAA-001); merge writes status, Realisatie (%) and Toelichting voortgang back with a
// Logboek line each; merged again it changes nothing; a value changed by hand since the form was
// made is kept and reported, and only --neem-over replaces it.
import { LOGBOOK_TABLE } from '../../src/registry/logbook';
import { REPORTED_TABLE } from '../../src/rounds/reportedProgress';
import { writeDemo } from '../../src/registry/demo';
import { mergeForms, startRound } from '../../src/rounds';
import type { CellInput, WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { formFile, rowsOf } from '../helpers/tables';

const now = new Date('2027-01-10T10:00:00');

async function demo(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  return XlsxWorkbook.load(await wb.save());
}

/** Types the owner's progress by code, as staff would. */
async function report(form: XlsxWorkbook, values: Record<string, Record<string, CellInput>>): Promise<XlsxWorkbook> {
  const rows = await rowsOf(form, 'tblVoortgang');
  const cells = rows.flatMap((r, row) => Object.entries(values[String(r.Code)] ?? {}).map(([column, value]) => ({ row, column, value })));
  await form.apply([{ kind: 'updateCells', table: 'tblVoortgang', cells }]);
  return XlsxWorkbook.load(await form.save());
}

const byKey = async (wb: WorkbookPort, table: string, key: string) => Object.fromEntries((await rowsOf(wb, table)).map((r) => [String(r[key]), r]));

test('owners report the progress of their actions and measures; merge writes it back, logged, and keeps hand edits', async () => {
  const registry = await demo();
  const started = await startRound(registry, { period: '2026-S2', owners: ['Groen', 'Mobiliteit'], target: 'files', now });
  expect(started.forms.map((f) => [f.owner, f.progress])).toEqual([
    ['Groen', 2],
    ['Mobiliteit', 1], // AC1.1.1; MAA-001 is uitgevoerd and not asked again
  ]);
  const groen = await formFile(started.forms[0]);
  const asked = await rowsOf(groen, 'tblVoortgang');
  expect(asked.map((r) => [r.Code, r.Soort, r['Onderdeel van'], r['Vorige status']])).toEqual([
    ['AC1.2.1', 'actie', 'AP1.2 Meer groen dichtbij', null],
    ['MAA-002', 'maatregel', 'AC1.2.1 Groene speelplaatsen', 'in uitvoering'],
  ]);
  // The inputs are unlocked below the measurements; the rest of the sheet stays protected.
  const [form] = await groen.readTables(['tblUpdate']);
  const [voortgang] = await groen.readTables(['tblVoortgang']);
  expect(voortgang.firstRow).toBeGreaterThan(form.firstRow + form.rows.length + 1);
  // Status takes only the words of the list; Realisatie a whole percentage (Excel refuses anything else).
  const [status, realisation] = await groen.readColumnRules('tblVoortgang', ['Status', 'Realisatie (%)']);
  expect(status.validation?.rule).toEqual({ type: 'custom', formula: `OR(${['gepland', 'in uitvoering', 'uitgevoerd', 'uitgesteld', 'stopgezet'].map((v) => `G${voortgang.firstRow}="${v}"`).join(',')})` });
  expect(realisation.validation?.rule).toEqual({ type: 'whole', min: 0, max: 100 });

  const filled = await report(groen, {
    'AC1.2.1': { Status: 'in uitvoering', 'Realisatie (%)': 40, 'Toelichting voortgang': '=Twee van de vijf speelplaatsen zijn klaar' },
    'MAA-002': { 'Realisatie (%)': 60 },
  });
  const merged = await mergeForms(registry, [{ name: 'Update 2026-S2 Groen.xlsx', wb: filled }], { now });
  expect(merged.rejected).toEqual([]);
  expect(merged.progress).toMatchObject({ written: 4, unchanged: 0, conflicts: [] });
  expect(merged.owners.find((o) => o.owner === 'Groen')?.returned).toBe(true);

  const objectives = await byKey(registry, 'tblDoelstellingen', 'Code');
  expect(objectives['AC1.2.1']).toMatchObject({ Voortgang: 'in uitvoering', 'Realisatie (%)': 40, 'Toelichting voortgang': '=Twee van de vijf speelplaatsen zijn klaar', 'Voortgang van': '2026-S2' });
  expect(objectives['AC1.1.1']).toMatchObject({ Voortgang: null, 'Voortgang van': null });
  const measures = await byKey(registry, 'tblMaatregelen', 'ID');
  expect(measures['MAA-002']).toMatchObject({ Status: 'in uitvoering', 'Realisatie (%)': 60, 'Voortgang van': '2026-S2' });
  const log = (await rowsOf(registry, LOGBOOK_TABLE)).filter((r) => String(r.Bron).startsWith('voortgang'));
  expect(log.map((r) => [r.Indicator, r['Oude waarde'], r['Nieuwe waarde']])).toEqual([
    ['AC1.2.1', null, 'in uitvoering'],
    ['AC1.2.1', null, 40],
    ['AC1.2.1', null, '=Twee van de vijf speelplaatsen zijn klaar'],
    ['MAA-002', null, 60],
  ]);
  expect(log[1].Bron).toBe('voortgang Groen 2026-S2 (Update 2026-S2 Groen.xlsx): actie AC1.2.1, Realisatie (%)');

  // Merged again: nothing changes.
  const again = await mergeForms(registry, [{ name: 'Update 2026-S2 Groen.xlsx', wb: filled }], { now });
  expect(again.progress).toMatchObject({ written: 0, unchanged: 4, conflicts: [] });

  // The coordinator sets MAA-002 to 75 % by hand; a later copy of the form says 62,5: kept, and said.
  const [maatregelen] = await registry.readTables(['tblMaatregelen']);
  const index = maatregelen.rows.findIndex((r) => r[0] === 'MAA-002');
  await registry.apply([{ kind: 'updateCells', table: 'tblMaatregelen', cells: [{ row: index, column: 'Realisatie (%)', value: 75 }] }]);
  const corrected = await report(await formFile(started.forms[0]), { 'MAA-002': { 'Realisatie (%)': 62.5 } });
  const kept = await mergeForms(registry, [{ name: 'Update 2026-S2 Groen.xlsx', wb: corrected }], { now });
  expect(kept.progress.conflicts.map((c) => c.message)).toEqual([
    'Maatregelen!J3 (maatregel MAA-002, Realisatie (%)): in het register staat 75 (bij het maken van het formulier: leeg); Groen geeft 62,5 (Update!H' +
      `${voortgang.firstRow + 1}). De waarde in het register is behouden; aanvaard de waarden van het formulier om ze te vervangen.`,
  ]);
  expect((await byKey(registry, 'tblMaatregelen', 'ID'))['MAA-002']['Realisatie (%)']).toBe(75);
  const accepted = await mergeForms(registry, [{ name: 'Update 2026-S2 Groen.xlsx', wb: corrected }], { now, accept: 'all' });
  expect(accepted.progress).toMatchObject({ written: 1, conflicts: [] });
  expect((await byKey(registry, 'tblMaatregelen', 'ID'))['MAA-002']['Realisatie (%)']).toBe(62.5);
});

test('a status off the list, a percentage above 100 and an unknown code are refused with the cell', async () => {
  const registry = await demo();
  const started = await startRound(registry, { period: '2026-S2', owners: ['Groen'], target: 'files', now });
  const form = await formFile(started.forms[0]);
  const [t] = await form.readTables(['tblVoortgang']);
  await form.apply([{ kind: 'updateCells', table: 'tblVoortgang', cells: [{ row: 0, column: 'Code', value: 'AC9.9.9' }] }]);
  const filled = await report(form, { 'AC9.9.9': { Status: 'bijna klaar' }, 'MAA-002': { 'Realisatie (%)': 120 } });
  const merged = await mergeForms(registry, [{ name: 'f.xlsx', wb: filled }], { now });
  expect(merged.rejected.map((r) => [r.cell, r.message])).toEqual([
    [`A${t.firstRow}`, `rij ${t.firstRow}: actie AC9.9.9 staat niet (meer) in Doelstellingen als actie; de voortgang is niet overgenomen.`],
    [`H${t.firstRow + 1}`, `Update!H${t.firstRow + 1} (MAA-002): 120 is geen percentage van 0 tot 100; vul bv. 60 in, zonder %. De voortgang van deze rij is niet overgenomen.`],
  ]);
  expect(merged.progress.written).toBe(0);
});

test('a corrected form sent again replaces what its first merge wrote; a value changed by hand in between stays a conflict', async () => {
  const registry = await demo();
  const started = await startRound(registry, { period: '2026-S2', owners: ['Groen'], target: 'files', now });
  const name = 'Update 2026-S2 Groen.xlsx';
  const first = await report(await formFile(started.forms[0]), { 'AC1.2.1': { Status: 'in uitvoering', 'Realisatie (%)': 40 }, 'MAA-002': { 'Realisatie (%)': 60 } });
  expect((await mergeForms(registry, [{ name, wb: first }], { now })).progress).toMatchObject({ written: 3, conflicts: [] });
  // What the merge wrote is kept per owner and round, on a hidden sheet.
  const recorded = await rowsOf(registry, REPORTED_TABLE);
  expect(recorded.map((r) => [r.Dienst, r.Code, r.Kolom, r['Geschreven waarde']])).toEqual([
    ['Groen', 'AC1.2.1', 'Status', 'in uitvoering'],
    ['Groen', 'AC1.2.1', 'Realisatie (%)', 40],
    ['Groen', 'MAA-002', 'Realisatie (%)', 60],
  ]);
  expect((await registry.info()).sheets.find((s) => s.name === 'RondeVoortgang')?.visibility).toBe('hidden');

  // Groen corrects 60 to 65 on a fresh copy of the same form (still showing the old, empty value): their own value, replaced.
  const second = await report(await formFile(started.forms[0]), { 'AC1.2.1': { Status: 'in uitvoering', 'Realisatie (%)': 40 }, 'MAA-002': { 'Realisatie (%)': 65 } });
  const corrected = await mergeForms(registry, [{ name: 'Update 2026-S2 Groen (2).xlsx', wb: second }], { now });
  expect(corrected.progress).toMatchObject({ written: 1, unchanged: 2, conflicts: [] });
  expect((await byKey(registry, 'tblMaatregelen', 'ID'))['MAA-002']['Realisatie (%)']).toBe(65);
  expect((await rowsOf(registry, REPORTED_TABLE)).map((r) => [r.Code, r['Geschreven waarde']])).toEqual([
    ['AC1.2.1', 'in uitvoering'],
    ['AC1.2.1', 40],
    ['MAA-002', 65],
  ]);
  const log = (await rowsOf(registry, LOGBOOK_TABLE)).filter((r) => r.Indicator === 'MAA-002');
  expect(log.map((r) => [r['Oude waarde'], r['Nieuwe waarde']])).toEqual([
    [null, 60],
    [60, 65],
  ]);

  // The coordinator sets AC1.2.1 to 50 % by hand; Groen's third send says 45: the hand edit is kept, and said.
  const [doelstellingen] = await registry.readTables(['tblDoelstellingen']);
  const index = doelstellingen.rows.findIndex((r) => r[doelstellingen.columns.indexOf('Code')] === 'AC1.2.1');
  await registry.apply([{ kind: 'updateCells', table: 'tblDoelstellingen', cells: [{ row: index, column: 'Realisatie (%)', value: 50 }] }]);
  const third = await report(await formFile(started.forms[0]), { 'AC1.2.1': { 'Realisatie (%)': 45 } });
  const kept = await mergeForms(registry, [{ name, wb: third }], { now });
  expect(kept.progress.written).toBe(0);
  expect(kept.progress.conflicts.map((c) => [c.code, c.registryValue, c.formValue])).toEqual([['AC1.2.1', 50, 45]]);
  expect((await byKey(registry, 'tblDoelstellingen', 'Code'))['AC1.2.1']['Realisatie (%)']).toBe(50);
  // Accepting that one conflict (as the pane's Neem over does) writes it, logged as accepted, and records it.
  const accepted = await mergeForms(registry, [{ name, wb: third }], { now, accept: (c) => c.formCell === kept.progress.conflicts[0].formCell });
  expect(accepted.progress).toMatchObject({ written: 1, conflicts: [] });
  expect((await byKey(registry, 'tblDoelstellingen', 'Code'))['AC1.2.1']['Realisatie (%)']).toBe(45);
  expect((await rowsOf(registry, LOGBOOK_TABLE)).at(-1)?.Bron).toBe(`voortgang Groen 2026-S2 (${name}): actie AC1.2.1, Realisatie (%) (conflict aanvaard)`);
  expect((await rowsOf(registry, REPORTED_TABLE)).find((r) => r.Code === 'AC1.2.1' && r.Kolom === 'Realisatie (%)')?.['Geschreven waarde']).toBe(45);
});

test('two copies of a form in one merge that differ: the first counts and the second is reported, as for measurements', async () => {
  const registry = await demo();
  const started = await startRound(registry, { period: '2026-S2', owners: ['Groen'], target: 'files', now });
  const first = await report(await formFile(started.forms[0]), { 'MAA-002': { 'Realisatie (%)': 60 } });
  const second = await report(await formFile(started.forms[0]), { 'MAA-002': { 'Realisatie (%)': 70 } });
  const result = await mergeForms(registry, [{ name: 'a.xlsx', wb: first }, { name: 'b.xlsx', wb: second }], { now });
  expect(result.progress).toMatchObject({ written: 1, conflicts: [] });
  expect((await byKey(registry, 'tblMaatregelen', 'ID'))['MAA-002']['Realisatie (%)']).toBe(60);
  expect(result.rejected.map((r) => [r.form, r.rule, r.message])).toEqual([
    ['b.xlsx', 'ronde.dubbel', expect.stringContaining('maatregel MAA-002, Realisatie (%)): een ander formulier in deze samenvoeging gaf al 60; deze waarde (70)')],
  ]);
});
