// `beleidsregister ronde start|merge|status` on files: a form per owner is written, filled and
// merged back; the JSON follows the CLI contract and the exit code says whether anything is left.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { useTempDir } from '../helpers/tempDir';

const dir = useTempDir();
const file = (name: string) => path.join(dir(), name);

const run = runCli;

async function fillForm(form: string, values: (number | string | null)[]): Promise<void> {
  const wb = await XlsxWorkbook.load(readFileSync(form));
  await wb.apply([{ kind: 'updateCells', table: 'tblUpdate', cells: values.map((value, row) => ({ row, column: 'Nieuwe waarde', value })) }]);
  writeFileSync(form, await wb.save());
}

test('round start writes a form per owner; merge takes them back; status lists what is missing', async () => {
  expect((await run('demo', file('register.xlsx'))).code).toBe(0);
  const start = await run('round', 'start', file('register.xlsx'), '--periode', '2026-S2', '--diensten', 'Milieu,Groen', '--out', dir(), '--json');
  expect(start).toMatchObject({ code: 0, err: '' });
  const started = JSON.parse(start.out);
  // Milieu's Slaapverstoorden (IND-002) comes from the monitor: not asked.
  expect(started.forms.map((f: { owner: string; rows: number }) => [f.owner, f.rows])).toEqual([
    ['Milieu', 2],
    ['Groen', 3],
  ]);
  const milieu = file('Update 2026-S2 Milieu.xlsx');
  expect(existsSync(milieu) && existsSync(file('Update 2026-S2 Groen.xlsx'))).toBe(true);

  // Starting again keeps the files the owners may already have.
  const again = JSON.parse((await run('round', 'start', file('register.xlsx'), '--periode', '2026-S2', '--diensten', 'Milieu,Groen', '--out', dir(), '--json')).out);
  expect(again).toMatchObject({ round_id: started.round_id, written: [], kept: [milieu, file('Update 2026-S2 Groen.xlsx')] });

  // 49,5 dB(A) on the Parkstraat breaches max. 48 dB(A).
  await fillForm(milieu, [49.5, 42]);
  const merge = await run('round', 'merge', file('register.xlsx'), milieu, file('niet-bestaand.xlsx'), '--json');
  expect(merge.code).toBe(1);
  const json = JSON.parse(merge.out);
  expect(Object.keys(json).slice(0, 6)).toEqual(['forms', 'accepted', 'unchanged', 'conflicts', 'rejected', 'missing_owners']);
  expect(json).toMatchObject({ forms: 2, accepted: 2, unchanged: 0, conflicts: 0, missing_owners: ['Groen'] });
  expect(json.rejected).toEqual([expect.objectContaining({ form: 'niet-bestaand.xlsx', whole: true, message: expect.stringContaining('bestaat niet') })]);

  const clean = await run('round', 'merge', file('register.xlsx'), milieu);
  expect(clean.code).toBe(0);
  expect(clean.out).toContain('Overgenomen: 0 · ongewijzigd: 2 · conflicten: 0');
  expect(clean.out).toContain('register.xlsx is niet gewijzigd.');

  const status = await run('round', 'status', file('register.xlsx'));
  expect(status.code).toBe(0);
  expect(status.out).toContain('Milieu: volledig, 2 van 2 ingevuld, 1 afwijking');
  expect(status.out).toContain('Groen: niet teruggekregen, 0 van 3 ingevuld');
  expect(status.out).toContain('ontbreekt: Afstand tot openbaar groen (IND-003), Brugse Poort - Rooigem, 2026');
});

test('round start refuses a period that is not a semester and an unknown owner, and writes nothing', async () => {
  expect((await run('demo', file('r2.xlsx'))).code).toBe(0);
  const before = readFileSync(file('r2.xlsx'));
  expect(await run('round', 'start', file('r2.xlsx'), '--periode', '2026')).toMatchObject({ code: 2, err: expect.stringContaining('2026 is geen semester') });
  expect(await run('round', 'start', file('r2.xlsx'), '--periode', '2026-S1', '--diensten', 'Cultuur')).toMatchObject({ code: 2, err: expect.stringContaining('Cultuur staat niet in de lijst Diensten') });
  expect(readFileSync(file('r2.xlsx')).equals(before)).toBe(true);
});

test('round start --in-register puts the forms in the registry, and merge reads them there', async () => {
  expect((await run('demo', file('r3.xlsx'))).code).toBe(0);
  expect((await run('round', 'start', file('r3.xlsx'), '--periode', '2026-S2', '--in-register')).code).toBe(0);
  const wb = await XlsxWorkbook.load(readFileSync(file('r3.xlsx')));
  const info = await wb.info();
  expect(info.sheets.filter((s) => s.name.startsWith('2026-S2')).map((s) => [s.name, s.protected])).toEqual([
    ['2026-S2 Milieu', true],
    ['2026-S2 Groen', true],
    ['2026-S2 Mobiliteit', true], // no values due, but the progress of its action AC1.1.1
    ['2026-S2 Wonen', true],
    ['2026-S2 Omgeving', true],
  ]);
  const table = info.tables.find((t) => t.sheet === '2026-S2 Wonen' && t.name.startsWith('tblUpdate'))!.name;
  await wb.apply([{ kind: 'updateCells', table, cells: [{ row: 0, column: 'Nieuwe waarde', value: 'b' }] }]);
  writeFileSync(file('r3.xlsx'), await wb.save());
  const merged = JSON.parse((await run('round', 'merge', file('r3.xlsx'), '--json')).out);
  // Form sheets nobody typed in are not returned.
  expect(merged).toMatchObject({ forms: 5, accepted: 1, missing_owners: ['Milieu', 'Groen', 'Mobiliteit', 'Omgeving'] });
  const [metingen] = await (await XlsxWorkbook.load(readFileSync(file('r3.xlsx')))).readTables(['tblMetingen']);
  const rows = metingen.rows.map((r) => Object.fromEntries(metingen.columns.map((c, i) => [c, r[i]])));
  expect(rows.find((r) => r.Indicator === 'IND-004' && r.Periode === '2026')).toMatchObject({ Waarde: 'B', Bron: 'update Wonen 2026-S2' });
});
