import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Command } from 'commander';
import ExcelJS from 'exceljs';
import { registerImport } from '../../src/cli/importCommand';
import { UserError } from '../../src/errors';
import { initRegistry } from '../../src/registry/init';
import { registrySchema } from '../../src/registry/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { fixture, WO_07 } from '../monitor/helpers';
import { useTempDir } from '../helpers/tempDir';

const dir = useTempDir();
const file = (name: string) => path.join(dir(), name);

/** The monitor commands as main() runs them: exit code set by the command, a UserError is a Dutch message and exit 2. */
async function run(...args: string[]) {
  let out = '';
  let err = '';
  let code = 0;
  const io = { out: (t: string) => (out += t), err: (t: string) => (err += t) };
  const root = new Command('beleidsregister').exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined });
  registerImport(root, { io, setExit: (c) => (code = c) });
  try {
    await root.parseAsync(['node', 'beleidsregister', ...args]);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    err += `${e.message}\n`;
    code = 2;
  }
  return { code, out, err };
}

async function registry(name: string, gemeente = '44021'): Promise<string> {
  const wb = XlsxWorkbook.create();
  await initRegistry(wb, { gemeente });
  writeFileSync(file(name), await wb.save());
  return file(name);
}

const measurements = async (name: string) => {
  const [t] = await (await XlsxWorkbook.load(readFileSync(file(name)))).readTables(['tblMetingen']);
  return t.rows.filter((r) => r[0] !== null);
};

describe('beleidsregister import', () => {
  test('the real WO_07 download with --alle-gebieden --json: everything lands; progress on stderr; a second run changes nothing', async () => {
    const reg = await registry('wo07.xlsx');
    const first = await run('import', reg, WO_07, '--alle-gebieden', '--json');
    expect(first.code).toBe(0);
    const result = JSON.parse(first.out);
    expect(Object.keys(result).slice(0, 8)).toEqual(['rows_read', 'added', 'updated', 'unchanged', 'conflicts', 'empty', 'skipped', 'errors']);
    expect(result).toMatchObject({ rows_read: 13728, added: 12920, updated: 0, unchanged: 0, conflicts: 0, empty: 808, skipped: 0, errors: [] });
    expect(first.err).toMatch(/^Inlezen: 10% \(\d[\d.]* rijen\)\n/);
    expect(first.err.trim().split('\n').length).toBeGreaterThanOrEqual(5);
    expect(await measurements('wo07.xlsx')).toHaveLength(12920);

    const saved = readFileSync(reg);
    const second = await run('import', reg, WO_07, '--alle-gebieden', '--json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out)).toMatchObject({ rows_read: 13728, added: 0, updated: 0, unchanged: 12920, conflicts: 0, empty: 808, skipped: 0, errors: [] });
    // Nothing changed, so the file is not even rewritten.
    expect(readFileSync(reg).equals(saved)).toBe(true);
  });

  test('without --alle-gebieden: the municipality and its benchmarks, said in plain Dutch', async () => {
    const reg = await registry('gent.xlsx');
    const result = await run('import', reg, WO_07);
    expect(result.code).toBe(0);
    expect(result.out).toContain('WO_07_mediaanprijs_huizen.csv ingelezen in gent.xlsx:');
    expect(result.out).toContain('13.728 rijen gelezen');
    expect(result.out).toMatch(/\d+ metingen toegevoegd, 0 bijgewerkt, 0 ongewijzigd/);
    expect(result.out).toContain('waarden van andere gebieden niet ingelezen (gebruik --alle-gebieden om alle gebieden te nemen)');
    expect(result.out).toContain('Indicator toegevoegd uit de catalogus: IND-001 Mediaanprijs huizen (WO_07).');
    expect(new Set((await measurements('gent.xlsx')).map((r) => r[1]))).toEqual(new Set(['2000', '44021']));
  });

  test('skipped lines: exit 1, each with its line and column', async () => {
    const reg = await registry('fouten.xlsx');
    const result = await run('import', reg, fixture('malformed_line.csv'), '--json');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out);
    expect(json).toMatchObject({ rows_read: 5, added: 2, skipped: 3 });
    expect(json.errors.map((e: { line: number; column: string | null }) => [e.line, e.column])).toEqual([
      [3, null],
      [4, 'Mediaanprijs (in euro)'],
      [5, 'Jaar'],
    ]);
    const human = await run('import', reg, fixture('malformed_line.csv'));
    expect(human.out).toContain('regel 4, kolom Mediaanprijs (in euro): "veel" is geen getal');
  });

  test('a conflict with a hand-corrected value: exit 1, the value kept and listed', async () => {
    const reg = await registry('conflict.xlsx');
    const csv = (value: string) => `Gemeente;NIS-code;Indicator;Jaar;Type;Mediaanprijs (in euro)\nGent;44021;Mediaanprijs huizen;2023;Alle huizen;${value}\n`;
    writeFileSync(file('oud.csv'), csv('310000,0'));
    writeFileSync(file('nieuw.csv'), csv('315000,0'));
    expect((await run('import', reg, file('oud.csv'))).code).toBe(0);
    const wb = await XlsxWorkbook.load(readFileSync(reg));
    await wb.apply([{ kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 0, column: 'Waarde', value: 311000 }] }]);
    writeFileSync(reg, await wb.save());
    const result = await run('import', reg, file('nieuw.csv'));
    expect(result.code).toBe(1);
    expect(result.out).toContain('0 metingen toegevoegd, 0 bijgewerkt, 0 ongewijzigd');
    expect(result.out).toContain('Conflicten (met de hand ingevulde waarden zijn niet overschreven; beslis zelf):\n  Metingen!E2 (IND-001, 44021, 2023, Alle huizen): in het register staat 311000');
    expect((await measurements('conflict.xlsx'))[0][4]).toBe(311000);
  });

  test('a theme workbook: the user sees which indicators it holds and which the registry knows', async () => {
    const reg = await registry('thema.xlsx');
    await run('import', reg, fixture('bom_crlf.csv'));
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Inhoud').addRows([['Thema', 'Tabblad', 'Naam indicator'], ['Wonen', 'WO_07', 'Mediaanprijs huizen'], ['Wonen', 'WO_08', 'Mediaanprijs appartementen']]);
    book.addWorksheet('WO_07').addRows([['Gemeente', 'NIS-code', 'Indicator', 'Jaar', 'Type', 'Mediaanprijs (in euro)'], ['Gent', 44021, 'Mediaanprijs huizen', 2021, 'Alle huizen', 290000]]);
    book.addWorksheet('WO_08').addRows([['Gemeente', 'NIS-code', 'Indicator', 'Jaar', 'Mediaanprijs (in euro)'], ['Gent', 44021, 'Mediaanprijs appartementen', 2021, 210000]]);
    writeFileSync(file('Wonen.xlsx'), new Uint8Array(await book.xlsx.writeBuffer()));
    const result = await run('import', reg, file('Wonen.xlsx'));
    expect(result.code).toBe(0);
    expect(result.out).toContain(['Tabbladen in Wonen.xlsx:', '  Inhoud: inhoudstafel', '  WO_07: Mediaanprijs huizen, 1 rijen; in het register als IND-001', '  WO_08: Mediaanprijs appartementen, 1 rijen; nieuw in het register'].join('\n'));
    const only = await run('import', reg, file('Wonen.xlsx'), '--tabbladen', 'WO_99');
    expect(only).toMatchObject({ code: 2, err: expect.stringContaining('Wonen.xlsx heeft geen tabblad WO_99') });
  });

  describe('a file that cannot be read at all: exit 2, a Dutch message, the registry untouched', () => {
    test.each([
      ['an HTML error page', () => fixture('html_error_page.csv'), /html_error_page\.csv is een webpagina \(HTML\)/],
      ['wrong columns', () => fixture('wrong_columns.csv'), /wrong_columns\.csv is geen CSV-bestand van de Gemeente-Stadsmonitor: verwacht werden de kolommen Gemeente, NIS-code, Indicator en Jaar/],
      ['a file that does not exist', () => file('nergens.csv'), /^Kan nergens\.csv niet openen: het bestand bestaat niet\./],
      ['a folder', () => dir(), /niet openen: dit is een map, geen bestand/],
    ])('%s', async (_, monitorFile, message) => {
      const reg = await registry('onaangeroerd.xlsx');
      const before = readFileSync(reg);
      const result = await run('import', reg, monitorFile(), '--json');
      expect(result).toMatchObject({ code: 2, out: '' });
      expect(result.err).toMatch(message);
      expect(readFileSync(reg).equals(before)).toBe(true);
    });

    test('a registry of schema version 1 names the registry and says to run init', async () => {
      const wb = XlsxWorkbook.create();
      await initRegistry(wb, { gemeente: '44021' }, { version: 1, tables: registrySchema.tables });
      writeFileSync(file('oud.xlsx'), await wb.save());
      const result = await run('import', file('oud.xlsx'), fixture('bom_crlf.csv'));
      expect(result.code).toBe(2);
      expect(result.err).toMatch(new RegExp(`^oud\\.xlsx: dit register heeft schemaversie 1 en moet eerst bijgewerkt worden naar versie ${registrySchema.version}`));
    });
  });
});

describe('beleidsregister catalogus and toevoegen', () => {
  test('catalogus finds a code first, and words in title and definition (geluid finds lawaaihinder)', async () => {
    expect((await run('catalogus', 'KL_01')).out).toBe('KL_01     Groen in de buurt (Klimaat, milieu en natuur; %; volgende update maart 2025)\n');
    const geluid = JSON.parse((await run('catalogus', 'geluid', '--json')).out).map((e: { code: string }) => e.code);
    expect(geluid[0]).toBe('SA_S_22');
    expect(geluid).toContain('MO_04'); // geluid in its definition (the ecoscore)
  });

  test('catalogus finds indicators by code, name or theme', async () => {
    const result = await run('catalogus', 'wo_07');
    expect(result).toMatchObject({ code: 0 });
    expect(result.out.split('\n')[0]).toBe('WO_07     Mediaanprijs huizen (Wonen en woonomgeving; euro; volgende update mei 2023)');
    expect((await run('catalogus', 'qqqxyz')).out).toContain('Geen indicatoren gevonden voor "qqqxyz"');
    expect(JSON.parse((await run('catalogus', 'mediaanprijs', '--json')).out).map((e: { code: string }) => e.code)).toEqual(expect.arrayContaining(['WO_07', 'WO_08']));
  });

  test('toevoegen picks indicators from the catalogue; a second time they are already there', async () => {
    const reg = await registry('kies.xlsx');
    const left = 'Nog zelf in te vullen: Aspect, Kenmerk, Soort, Gewenste richting.';
    expect((await run('toevoegen', reg, 'WO_07', 'AR_S_01')).out).toBe(
      `Toegevoegd als contextindicator: IND-001 Mediaanprijs huizen (WO_07). ${left}\nToegevoegd als contextindicator: IND-002 Betalingsmoeilijkheden (AR_S_01). ${left}\n` +
        'Maak er een beleidsindicator van door Rol op beleidsindicator te zetten en Eigenaar, MJP-koppeling en een norm in Normen in te vullen.\n',
    );
    const [t] = await (await XlsxWorkbook.load(readFileSync(reg))).readTables(['tblIndicatoren']);
    const row = Object.fromEntries(t.columns.map((c, i) => [c, t.rows[1][i]]));
    // A survey of the monitor comes every three years; "te bepalen" is no date to copy.
    expect(row).toMatchObject({ ID: 'IND-002', Naam: 'Betalingsmoeilijkheden', Eenheid: '%', Thema: 'Armoede', Broncode: 'AR_S_01', Frequentie: 'driejaarlijks', Rol: 'contextindicator', 'Volgende update': null });
    expect(row.Definitie).toMatch(/^Aandeel van de inwoners/);
    expect((await run('toevoegen', reg, 'wo_07')).out).toBe('Stond er al: IND-001 (WO_07).\n');
    expect(await run('toevoegen', reg, 'XX_99')).toMatchObject({ code: 2, err: expect.stringContaining('XX_99 staat niet in de catalogus') });
  });
});

describe('beleidsregister ophalen (a Swing site on 127.0.0.1)', () => {
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/sleutel/') && req.headers.apikey !== 'geheim') {
      res.writeHead(401).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ headers: [{ name: 'Geo' }, { name: 'Perioden' }, { name: 'Aantal inwoners', type: 'Numeric' }], rows: [['Gent', '2024', '265086']] }));
  });
  let site = '';
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => ((site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`), resolve()))));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('fetches the variables and imports them', async () => {
    const reg = await registry('swing.xlsx');
    const result = await run('ophalen', reg, '--site', site, '--variabele', 'bevolking', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ rows_read: 1, added: 1 });
  });

  test('a site that wants an API key: exit 2, a Dutch message, the registry untouched', async () => {
    const reg = await registry('swing2.xlsx');
    copyFileSync(reg, file('kopie.xlsx'));
    const result = await run('ophalen', reg, '--site', `${site}/sleutel`, '--variabele', 'bevolking');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/vraagt een API-sleutel \(401\)/);
    expect(readFileSync(reg).equals(readFileSync(file('kopie.xlsx')))).toBe(true);
    expect((await run('ophalen', reg, '--site', `${site}/sleutel`, '--variabele', 'bevolking', '--api-sleutel', 'geheim')).code).toBe(0);
  });
});
