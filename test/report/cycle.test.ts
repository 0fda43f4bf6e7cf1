// A whole half-year cycle on the demo through the CLI: round start, two forms filled (Milieu with a
// deviation and its Bijsturing, Groen with the progress of its action and measure), merge, flag,
// rapport; then the next round's form shows the open Bijsturing. The Bijsturing is written once, as
// text, never as a formula.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { runCli } from '../helpers/cli';
import type { Report } from '../../src/report';
import type { IndicatorLine, ObjectiveNode } from '../../src/report/model';
import type { CellInput } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { useTempDir } from '../helpers/tempDir';

jest.setTimeout(120_000);
const dir = useTempDir();
const file = (name: string) => path.join(dir(), name);

const run = runCli;

/** Fills a form's inputs, found by `indicator area` of the row (tblUpdate) or by Code (tblVoortgang). */
async function fillForm(form: string, inputs: Record<string, Record<string, CellInput>>, name = 'tblUpdate'): Promise<void> {
  const wb = await XlsxWorkbook.load(readFileSync(form));
  const [table] = await wb.readTables([name]);
  const at = (caption: string) => table.columns.indexOf(caption);
  const key = (row: CellInput[]) => (name === 'tblUpdate' ? `${row[at('Indicator')]} ${row[at('Gebied')]}` : String(row[at('Code')]));
  const cells = table.rows.flatMap((row, i) => Object.entries(inputs[key(row)] ?? {}).map(([column, value]) => ({ row: i, column, value })));
  expect(cells.length).toBeGreaterThan(0);
  await wb.apply([{ kind: 'updateCells', table: name, cells }]);
  writeFileSync(form, await wb.save());
}

const lines = (nodes: ObjectiveNode[]): IndicatorLine[] => nodes.flatMap((n) => [...n.indicators, ...lines(n.children)]);
const DECISION = '=Snelheidsremmers en een zone 30 in de Parkstraat, door Mobiliteit tegen 31/12/2026';

test('round start, forms filled, merge, flag and rapport; the next round shows the open Bijsturing', async () => {
  const registry = file('register.xlsx');
  expect((await run('demo', registry)).code).toBe(0);
  const started = await run('round', 'start', registry, '--periode', '2026-S2', '--diensten', 'Milieu,Groen', '--out', dir(), '--json');
  expect(started).toMatchObject({ code: 0, err: '' });
  const [milieu, groen] = [file('Update 2026-S2 Milieu.xlsx'), file('Update 2026-S2 Groen.xlsx')];
  // 49,1 dB(A) breaks max. 48 dB(A): Milieu says what will be done about it.
  await fillForm(milieu, { 'IND-001 S-PARKSTRAAT': { 'Nieuwe waarde': 49.1, Toelichting: 'Meting na de heraanleg', Bijsturing: DECISION } });
  await fillForm(groen, { 'IND-003 W-BINNENSTAD': { 'Nieuwe waarde': 0.35 } });
  // Groen also reports how its action and its measure are doing.
  await fillForm(groen, { 'AC1.2.1': { Status: 'uitgesteld', 'Realisatie (%)': 40, 'Toelichting voortgang': 'Twee scholen schuiven door naar 2027' }, 'MAA-002': { 'Realisatie (%)': 60 } }, 'tblVoortgang');

  const merged = await run('round', 'merge', registry, milieu, groen, '--json');
  expect(JSON.parse(merged.out)).toMatchObject({ accepted: 2, follow_ups: 1, conflicts: 0, progress: { written: 4, conflicts: [] } });
  const human = await run('round', 'merge', registry, milieu, groen);
  expect(human.out).toContain('bijsturingen naar Opvolging: 0'); // merged again: nothing twice
  // The Bijsturing is text in Opvolging, not a formula.
  const wb = await XlsxWorkbook.load(readFileSync(registry));
  const [opvolging] = await wb.readTables(['tblOpvolging']);
  const decisions = opvolging.rows.map((r) => r[opvolging.columns.indexOf('Beslissing of actie')]);
  expect(decisions.filter((d) => d === DECISION)).toHaveLength(1);
  const xml = Object.entries(unzipSync(readFileSync(registry))).filter(([name]) => name.startsWith('xl/worksheets/')).map(([, bytes]) => strFromU8(bytes));
  expect(xml.some((sheet) => sheet.includes('<f>Snelheidsremmers'))).toBe(false);
  const row = opvolging.rows.find((r) => r[opvolging.columns.indexOf('Beslissing of actie')] === DECISION)!;
  expect(Object.fromEntries(opvolging.columns.map((c, i) => [c, row[i]]))).toMatchObject({
    Indicator: 'IND-001', Gebied: 'S-PARKSTRAAT', Periode: '2026-S2', 'Door wie': 'Milieu', Status: 'open',
    Afwijking: expect.stringContaining('waarde 49,1 dB(A), getoetst aan norm max. 48 dB(A)'),
  });

  expect((await run('flag', registry, '--datum', '15/01/2027')).code).toBe(0);
  const rapport = await run('rapport', registry, '--periode', '2026-S2', '--out', file('rapport.docx'), '--json');
  expect(rapport).toMatchObject({ code: 0, err: '' });
  const report = JSON.parse(rapport.out) as Report;
  const parkstraat = lines(report.objectives).find((l) => l.id === 'IND-001' && l.area === 'S-PARKSTRAAT')!;
  expect(parkstraat).toMatchObject({
    latest: { period: '2026-S2', value: 49.1 },
    current: true,
    status: 'Afwijking',
    comment: 'Meting na de heraanleg',
    sincePrevious: '+0,4 dB(A)',
    followUps: [{ period: '2026-S2', decision: DECISION, status: 'open', by: 'Milieu' }],
  });
  // It has its Bijsturing, so it no longer waits for a decision; the period now has values.
  expect(report.summary.decisions.map((l) => `${l.id} ${l.area}`)).not.toContain('IND-001 S-PARKSTRAAT');
  expect(report.notes).toEqual([]);
  // The progress stands under its objective, and the postponed action is behind schedule.
  const node = (code: string, nodes = report.objectives): ObjectiveNode | undefined => nodes.map((n) => (n.code === code ? n : node(code, n.children))).find(Boolean);
  expect(node('AC1.2.1')?.progress).toEqual({ status: 'uitgesteld', realisation: 40, comment: 'Twee scholen schuiven door naar 2027', period: '2026-S2' });
  expect(node('AC1.2.1')?.measures).toEqual([expect.objectContaining({ id: 'MAA-002', progress: { status: 'in uitvoering', realisation: 60, comment: '', period: '2026-S2' } })]);
  expect(report.summary.behind).toContainEqual({ code: 'AC1.2.1', title: 'Groene speelplaatsen', reason: expect.stringMatching(/^uitgesteld/) });
  const docx = strFromU8(unzipSync(readFileSync(file('rapport.docx')))['word/document.xml']);
  expect(docx).toContain('Snelheidsremmers en een zone 30');
  expect(docx).toContain('Voortgang: uitgesteld, 40 % gerealiseerd (gemeld voor 2026-S2): Twee scholen schuiven door naar 2027');
  expect(docx).toContain('Maatregel MAA-002 Bouw groene speelplaatsen (Groen): in uitvoering, 60 % gerealiseerd (gemeld voor 2026-S2)');

  // The next round: Milieu's form shows the open Bijsturing on the row of the Parkstraat.
  expect((await run('round', 'start', registry, '--periode', '2027-S1', '--diensten', 'Milieu', '--out', dir())).code).toBe(0);
  const next = await XlsxWorkbook.load(readFileSync(file('Update 2027-S1 Milieu.xlsx')));
  const [form] = await next.readTables(['tblUpdate']);
  const col = (caption: string) => form.columns.indexOf(caption);
  const shown = form.rows.map((r) => [r[col('Indicator')], r[col('Gebied')], r[col('Open bijsturing')]]);
  expect(shown).toContainEqual(['IND-001', 'S-PARKSTRAAT', `Open (2026-S2): ${DECISION} (door Milieu)`]);
  expect(shown.filter((r) => r[2] !== null)).toHaveLength(1);

  // A value typed in the registry by hand (no Bronwaarde), then the form merged again: a conflict, in
  // decimal commas, and round status names it next to what is still missing, with names. (A value
  // changed by hand while Bronwaarde keeps the form's 49,1 stays as it is: the same form again
  // changes nothing, README "Values typed by hand".)
  const edited = await XlsxWorkbook.load(readFileSync(registry));
  const [metingen] = await edited.readTables(['tblMetingen']);
  const m = (caption: string) => metingen.columns.indexOf(caption);
  const index = metingen.rows.findIndex((r) => r[m('Indicator')] === 'IND-001' && r[m('Gebied')] === 'S-PARKSTRAAT' && r[m('Periode')] === '2026-S2');
  await edited.apply([{ kind: 'updateCells', table: 'tblMetingen', cells: [{ row: index, column: 'Waarde', value: 49.3 }, { row: index, column: 'Bronwaarde', value: null }] }]);
  writeFileSync(registry, await edited.save());
  const conflict = await run('round', 'merge', registry, milieu, '--periode', '2026-S2');
  expect(conflict.out).toContain('in het register staat 49,3 (bron: update Milieu 2026-S2); Milieu geeft 49,1');
  const status = await run('round', 'status', registry, '--periode', '2026-S2');
  expect(status.out).toContain('1 open conflict: het register hield zijn waarde');
  expect(status.out).toContain('ontbreekt: Afstand tot openbaar groen (IND-003), Brugse Poort - Rooigem, 2026');

  // In the next round Milieu says the Bijsturing is done: Opvolging has it afgerond.
  const nextForm = file('Update 2027-S1 Milieu.xlsx');
  await fillForm(nextForm, { 'IND-001 S-PARKSTRAAT': { 'Bijsturing afgerond': 'ja' } });
  expect(JSON.parse((await run('round', 'merge', registry, nextForm, '--json')).out)).toMatchObject({ follow_ups: 0, follow_ups_closed: 1 });
  const after = await XlsxWorkbook.load(readFileSync(registry));
  const [closed] = await after.readTables(['tblOpvolging']);
  const c = (caption: string) => closed.columns.indexOf(caption);
  expect(closed.rows.filter((r) => r[c('Beslissing of actie')] === DECISION).map((r) => r[c('Status')])).toEqual(['afgerond']);
});
