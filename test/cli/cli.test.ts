import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { encrypt } from 'officecrypto-tool';
import { runCli } from '../helpers/cli';
import { registryStatus } from '../../src/registry/init';
import { registrySchema } from '../../src/registry/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { snapshot } from '../helpers/snapshot';
import { useTempDir } from '../helpers/tempDir';

const dir = useTempDir();
const file = (name: string) => path.join(dir(), name);

const run = runCli;

const open = async (name: string) => XlsxWorkbook.load(readFileSync(file(name)));

describe('beleidsregister CLI', () => {
  test('demo, then init, leaves every user row in place', async () => {
    expect(await run('demo', file('demo.xlsx'))).toMatchObject({ code: 0, out: expect.stringContaining('Demoregister geschreven') });
    const before = await snapshot(await open('demo.xlsx'));
    expect(before.tables.find((t) => t.table === 'tblMetingen')?.rows.length).toBeGreaterThan(10);
    const again = await run('init', file('demo.xlsx'));
    expect(again).toMatchObject({ code: 0, out: expect.stringContaining('Er ontbrak niets') });
    expect(again.out.trim().split('\n').at(-1)).toBe(`Volgende stap: vul het register verder aan (het blad Start zegt in welke volgorde) en controleer het met: beleidsregister controleer ${file('demo.xlsx')}`);
    expect(await snapshot(await open('demo.xlsx'))).toEqual(before);
  });

  test('init writes a new registry for a municipality, and --json gives the result as data', async () => {
    const result = await run('init', file('nieuw.xlsx'), '--gemeente', '44021', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ created: true, toVersion: registrySchema.version, added: { tables: expect.arrayContaining(['tblNormen', 'tblInstellingen']) } });
    expect(await registryStatus(await open('nieuw.xlsx'))).toMatchObject({ isRegistry: true, gemeente: { nis: '44021', naam: 'Gent' } });
  });

  test('init of a new registry ends with the next step: begin on Start, in the order to fill it in', async () => {
    const result = await run('init', file('begin.xlsx'));
    expect(result.out.trim().split('\n').at(-1)).toBe(
      `Volgende stap: open ${file('begin.xlsx')} in Excel en begin op het blad Start. Vul het register in deze volgorde in: Diensten → Werkingsgebieden → Dossiers → Besluitdocumenten → Doelstellingen → Indicatoren → Normen → Metingen.`,
    );
  });

  test('demo does not overwrite an existing file unless asked', async () => {
    writeFileSync(file('bestaat.xlsx'), 'iets');
    expect(await run('demo', file('bestaat.xlsx'))).toMatchObject({ code: 2, err: expect.stringContaining('bestaat al') });
    expect(readFileSync(file('bestaat.xlsx'), 'utf8')).toBe('iets');
    expect((await run('demo', file('bestaat.xlsx'), '--overschrijf')).code).toBe(0);
  });

  describe('input that cannot be used: Dutch message naming the file, exit 2, nothing written', () => {
    const cases: [string, () => string, RegExp][] = [
      ['a text file named .xlsx', () => (writeFileSync(file('tekst.xlsx'), 'Gemeente;NIS-code\n'), 'tekst.xlsx'), /Kan tekst\.xlsx niet openen: dit is geen Excel-werkmap/],
      ['a zip that is no workbook', () => (writeFileSync(file('zip.xlsx'), Buffer.from('504b0304140000000000', 'hex')), 'zip.xlsx'), /Kan zip\.xlsx niet openen: dit is geen leesbare Excel-werkmap/],
      ['an encrypted workbook', () => (writeFileSync(file('geheim.xlsx'), encrypt(readFileSync(file('demo.xlsx')), { password: 'geheim' })), 'geheim.xlsx'), /Kan geheim\.xlsx niet openen: het bestand is beveiligd met een wachtwoord/],
      ['a read-only workbook', () => (copyFileSync(file('demo.xlsx'), file('alleenlezen.xlsx')), chmodSync(file('alleenlezen.xlsx'), 0o444), 'alleenlezen.xlsx'), /alleenlezen\.xlsx is alleen-lezen/],
      ['a workbook open in Excel', () => (copyFileSync(file('demo.xlsx'), file('open.xlsx')), writeFileSync(file('~$open.xlsx'), ''), 'open.xlsx'), /open\.xlsx is geopend in Excel/],
      ['an unknown municipality', () => (copyFileSync(file('demo.xlsx'), file('gemeente.xlsx')), 'gemeente.xlsx --gemeente 12345'), /gemeente\.xlsx: 12345 is geen NIS-code/],
    ];
    test.each(cases)('%s', async (_, make, message) => {
      const [name, ...options] = make().split(' ');
      const before = readFileSync(file(name));
      const result = await run('init', file(name), ...options);
      expect(result).toMatchObject({ code: 2, out: '' });
      expect(result.err).toMatch(message);
      expect(readFileSync(file(name)).equals(before)).toBe(true);
    });

    test('a folder instead of a file', async () => {
      expect(await run('init', dir())).toMatchObject({ code: 2, err: expect.stringMatching(/niet openen: dit is een map/) });
    });
  });

  test('usage errors and help are in Dutch', async () => {
    expect(await run('init')).toMatchObject({ code: 2, err: 'er ontbreekt een argument (bestand). Zie beleidsregister --help.\n' });
    expect(await run('maak')).toMatchObject({ code: 2, err: 'er ontbreekt een argument (bestand). Zie beleidsregister --help.\n' });
    expect(await run('bouw')).toMatchObject({ code: 2, err: expect.stringContaining('onbekende opdracht (bouw)') });
    expect(await run('ronde', 'start', 'r.xlsx')).toMatchObject({
      code: 2,
      err: 'een verplichte optie ontbreekt (--periode <semester>): het semester van de ronde, bv. 2026-S1 (eind juni) of 2026-S2 (eind december). Zie beleidsregister --help.\n',
    });
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Gebruik: beleidsregister \[opties\] <opdracht>/);
    expect(help.out).toContain('Opdrachten:');
    // Every command has its Dutch name first; the English one of earlier versions stays as an alias.
    for (const names of ['maak|init', 'controleer|check', 'toets|flag', 'importeer|import', 'exporteer|export', 'ronde|round']) expect(help.out).toContain(names);
    expect(help.out).not.toMatch(/\[options\]|\[command\]/);
    expect((await run('ronde', '--help')).out).toMatch(/^Gebruik: beleidsregister ronde\|round \[opties\] <opdracht>[\s\S]*samenvoegen\|merge/);
    expect((await run('--version')).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('the installed command runs the built CLI (npx beleidsregister)', async () => {
    const bin = path.join(__dirname, '../../bin/beleidsregister.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'init', file('bin.xlsx'), '--gemeente', '71072']);
    expect(stdout).toContain('Register gemaakt');
    expect(await registryStatus(await open('bin.xlsx'))).toMatchObject({ gemeente: { nis: '71072', naam: 'Hasselt' } });
  });
});
