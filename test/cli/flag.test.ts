// `beleidsregister toets`: the registry file gets its flags and the result is printed, as a Dutch
// report or as the JSON of the CLI contract. Run through registerFlag on a root like main's, so the
// test does not depend on main.ts wiring the command.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { registerFlag } from '../../src/cli/flagCommand';
import { main } from '../../src/cli/main';
import { UserError } from '../../src/errors';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { useTempDir } from '../helpers/tempDir';

const dir = useTempDir();
const file = (name: string) => path.join(dir(), name);
const quiet = { out: () => undefined, err: () => undefined };

async function flag(...args: string[]) {
  let [out, err, code] = ['', '', 0];
  const root = new Command('beleidsregister').exitOverride().configureOutput({ writeOut: () => undefined, writeErr: () => undefined });
  registerFlag(root, { io: { out: (t) => (out += t), err: (t) => (err += t) }, setExit: (c) => (code = c) });
  try {
    await root.parseAsync(['node', 'beleidsregister', 'flag', ...args]);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    [err, code] = [e.message, 2];
  }
  return { code, out, err };
}

beforeAll(async () => {
  expect(await main(['node', 'beleidsregister', 'demo', file('demo.xlsx')], quiet)).toBe(0);
});

test('flag --json prints the contract and saves the flags into the file', async () => {
  const r = await flag(file('demo.xlsx'), '--json', '--datum', '23/11/2026');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(Object.keys(json).slice(0, 4)).toEqual(['evaluated', 'counts', 'measurements', 'gaps']);
  expect(json.evaluated).toBe(29);
  expect(json.counts).toEqual({ ok: 3, deviation: 9, on_track: 1, off_track: 1, no_norm: 14, missing: 1, stale: 1, outlier: 1 });
  expect(json.measurements[1]).toEqual({
    sheet: 'Metingen',
    row: 3,
    indicator: 'IND-001',
    gebied: 'S-PARKSTRAAT',
    periode: '2024-S1',
    dimensie: '',
    waarde: 51.8,
    norm: 'NRM-001',
    operator: 'max',
    normwaarde: 48,
    bovengrens: null,
    referentiewaarde: null,
    status: 'deviation',
    getoetst: 'norm',
    toetsen: [
      { soort: 'norm', norm: 'NRM-001', streefwaarde: null, operator: 'max', normwaarde: 48, bovengrens: null, referentiewaarde: null, uitkomst: 'deviation' },
      { soort: 'streefpad', norm: 'NRM-003', streefwaarde: 'NRM-002', operator: 'max', normwaarde: 51.46, bovengrens: null, referentiewaarde: null, uitkomst: 'off_track' },
    ],
    message: expect.stringMatching(/^51,8 dB\(A\) ligt boven de norm max\. 48 dB\(A\) \(NRM-001, Beleidsplan Geluid 2030, geldig 2024–2030\)/),
  });
  expect(json.measurements[0]).toMatchObject({ norm: null, operator: null, normwaarde: null, status: 'no_norm' });
  expect(json.gaps).toEqual([
    { indicator: 'IND-001', gebied: 'S-PARKSTRAAT', periode: '2026-S1', status: 'missing', message: expect.any(String) },
    { indicator: 'IND-001', gebied: 'P-CITADELPARK', periode: '2025-S1', status: 'stale', message: expect.any(String) },
  ]);
  expect(json.findings).toEqual([]);

  const wb = await XlsxWorkbook.load(readFileSync(file('demo.xlsx')));
  const [metingen] = await wb.readTables(['tblMetingen']);
  expect(metingen.rows[1][metingen.columns.indexOf('Status')]).toBe('Afwijking');
  expect((await wb.info()).tables.map((t) => t.name)).toContain('tblOverzicht');
});

test('without --json a Dutch report names the counts, the deviations, the gaps and the effects', async () => {
  const r = await flag(file('demo.xlsx'), '--datum', '23/11/2026');
  expect(r.code).toBe(0);
  expect(r.out).toContain(`Toets aan normen van ${file('demo.xlsx')}: 29 metingen getoetst.`);
  expect(r.out).toContain('OK: 3 · Afwijking: 9 · Op koers: 1 · Niet op koers: 1 · Geen norm: 14 · Opvallend: 1');
  expect(r.out).toContain('Afwijking     Metingen rij 14: C is slechter dan de norm min. B');
  expect(r.out).toContain('Ontbreekt     Geen waarde van IND-001 (Geluidsdruk gevel) voor Parkstraat in 2026-S1');
  expect(r.out).toContain('EFF-001: beoogd -3 dB(A); verandering in het gebied sinds de start -2,5 dB(A)');
});

test('a date that does not exist is refused before anything is written', async () => {
  const before = readFileSync(file('demo.xlsx'));
  const r = await flag(file('demo.xlsx'), '--datum', '31/02/2026');
  expect(r).toMatchObject({ code: 2, err: expect.stringContaining('--datum 31/02/2026 is geen bestaande datum') });
  expect(readFileSync(file('demo.xlsx')).equals(before)).toBe(true);
});

test('a workbook that is no registry is refused with the file named, and left as it was', async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply([{ kind: 'addSheet', sheet: 'Blad1' }]);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file('leeg.xlsx'), await wb.save());
  const before = readFileSync(file('leeg.xlsx'));
  const r = await flag(file('leeg.xlsx'));
  expect(r).toMatchObject({ code: 2, err: expect.stringContaining(`${file('leeg.xlsx')}: deze werkmap is geen register`) });
  expect(readFileSync(file('leeg.xlsx')).equals(before)).toBe(true);
});
