import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { writeDemo } from '../../src/registry/demo';
import { rowCells } from '../../src/registry/layout';
import { tableSpec } from '../../src/registry/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { useTempDir } from '../helpers/tempDir';

const dir = useTempDir();
const file = (...names: string[]) => path.join(dir(), ...names);

const run = (...args: string[]) => runCli('export', ...args);

const folder = (name: string) => Object.fromEntries(readdirSync(file(name)).map((f) => [f, readFileSync(file(name, f))]));

beforeAll(async () => {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  writeFileSync(file('demo.xlsx'), await wb.save());
  // The same registry with a measurement of an indicator that does not exist: a check error.
  const spec = tableSpec('measurements');
  const headers = (await wb.info()).tables.find((t) => t.name === spec.table)!.columns;
  await wb.apply([{ kind: 'appendRows', table: spec.table, rows: [rowCells(spec, headers, { indicator: 'IND-999', area: '44021', period: '2025', value: 1 })] }]);
  writeFileSync(file('fout.xlsx'), await wb.save());
});

describe('beleidsregister export', () => {
  test('writes one file per table and datapackage.json, and says what it wrote in Dutch', async () => {
    const result = await run(file('demo.xlsx'), file('uit'));
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/^demo\.xlsx \(Gent, schemaversie \d+\) geëxporteerd naar .*uit als CSV:\n/);
    expect(result.out).toMatch(/\n {2}measurements\.csv +29 rijen\n/);
    expect(result.out).toMatch(/\n {2}rules\.csv +1 rij\n/);
    expect(result.out).toContain('datapackage.json');
    expect(result.out).toContain('Controleer register vond geen fouten');
    expect(Object.keys(folder('uit')).sort()).toContain('datapackage.json');
    const pkg = JSON.parse(readFileSync(file('uit', 'datapackage.json'), 'utf8'));
    expect(pkg.checks).toEqual({ errors: 0, warnings: expect.any(Number) });
    for (const r of pkg.resources) expect(existsSync(file('uit', r.path))).toBe(true);
  });

  test('a second export of the unchanged registry leaves every file byte for byte as it was', async () => {
    const before = folder('uit');
    const again = await run(file('demo.xlsx'), file('uit'));
    expect(again.code).toBe(0);
    expect(again.out).toContain('Niets veranderd sinds de export van');
    expect(folder('uit')).toEqual(before);
  });

  test('another format replaces the files of the previous export, and leaves other files alone', async () => {
    writeFileSync(file('uit', 'README.md'), 'Onze analyse');
    const result = await run(file('demo.xlsx'), file('uit'), '--format', 'parquet');
    expect(result.code).toBe(0);
    expect(result.out).toContain('als PARQUET');
    expect(result.out).toMatch(/Verwijderd uit de vorige export: dossiers\.csv, /);
    const names = Object.keys(folder('uit'));
    expect(names.filter((n) => n.endsWith('.csv'))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['measurements.parquet', 'datapackage.json', 'README.md']));
  });

  test('--json prints the summary as data', async () => {
    const result = await run(file('demo.xlsx'), file('json'), '--format', 'json', '--json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.out);
    expect(summary).toMatchObject({ format: 'json', gemeente: { nis: '44021', naam: 'Gent' }, checks: { errors: 0 }, findings: [] });
    expect(summary.tables.find((t: { name: string }) => t.name === 'measurements')).toMatchObject({ path: 'measurements.json', rows: 29 });
  });

  test('a registry with check errors is exported, and the output and data package say so (exit 1)', async () => {
    const result = await run(file('fout.xlsx'), file('fout'));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/Let op: Controleer register vond \d+ fout(en)? en \d+ waarschuwing(en)?\. De export is gemaakt en vermeldt dit in datapackage\.json/);
    const pkg = JSON.parse(readFileSync(file('fout', 'datapackage.json'), 'utf8'));
    expect(pkg.checks.errors).toBeGreaterThan(0);
    expect(readFileSync(file('fout', 'measurements.csv'), 'utf8')).toContain('IND-999,44021,2025,(totaal),1,');
  });

  test('values the export cannot type are named with their cell, at most 20 on screen; --json gives them all', async () => {
    const wb = await XlsxWorkbook.load(readFileSync(file('demo.xlsx')));
    const spec = tableSpec('measurements');
    const headers = (await wb.info()).tables.find((t) => t.name === spec.table)!.columns;
    const rows = Array.from({ length: 25 }, (_, i) => rowCells(spec, headers, { indicator: 'IND-001', area: '44021', period: String(2000 + i), value: 50, retrieved: 'gisteren' }));
    await wb.apply([{ kind: 'appendRows', table: spec.table, rows }]);
    writeFileSync(file('datums.xlsx'), await wb.save());
    const result = await run(file('datums.xlsx'), file('datums'));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/\n {2}Fout \(Metingen!\w+31\): "gisteren" is geen datum \(dd\/mm\/jjjj\); in de export is retrieved van deze rij leeg\./);
    expect(result.out).toContain('… en nog 5 meldingen; --json geeft ze allemaal.');
    const summary = JSON.parse((await run(file('datums.xlsx'), file('datums'), '--json')).out);
    expect(summary.findings.filter((f: { rule: string }) => f.rule === 'export.waarde-onleesbaar')).toHaveLength(25);
  });

  describe('input that cannot be used: Dutch message, exit 2, nothing written', () => {
    const cases: [string, () => string[], RegExp][] = [
      ['a file that does not exist', () => [file('weg.xlsx'), file('x1')], /Kan weg\.xlsx niet openen: het bestand bestaat niet/],
      ['a text file named .xlsx', () => (writeFileSync(file('tekst.xlsx'), 'Gemeente;NIS-code\n'), [file('tekst.xlsx'), file('x2')]), /Kan tekst\.xlsx niet openen: dit is geen Excel-werkmap/],
      [
        'a workbook that is no registry',
        () => {
          const wb = XlsxWorkbook.create();
          void wb.apply([{ kind: 'addSheet', sheet: 'Blad1' }]);
          return [file('leeg.xlsx'), file('x3')];
        },
        /leeg\.xlsx: deze werkmap is geen register/,
      ],
      ['an unknown format', () => [file('demo.xlsx'), file('x4'), '--format', 'xml'], /onbekend formaat xml\. Kies csv, parquet of json/],
      ['a file where the folder should be', () => (writeFileSync(file('x5'), ''), [file('demo.xlsx'), file('x5')]), /x5 is een bestand, geen map/],
    ];
    beforeAll(async () => {
      const wb = XlsxWorkbook.create();
      await wb.apply([{ kind: 'addSheet', sheet: 'Blad1' }]);
      writeFileSync(file('leeg.xlsx'), await wb.save());
    });
    test.each(cases)('%s', async (_, make, message) => {
      const args = make();
      const result = await run(...args);
      expect(result).toMatchObject({ code: 2, out: '' });
      expect(result.err).toMatch(message);
      if (!args[1].endsWith('x5')) expect(existsSync(args[1])).toBe(false);
    });
  });

  test("a folder with someone else's data package is refused, and left as it was", async () => {
    mkdirSync(file('ander'));
    writeFileSync(file('ander', 'datapackage.json'), JSON.stringify({ name: 'luchtmetingen', resources: [{ name: 'no2', path: 'no2.csv' }] }));
    writeFileSync(file('ander', 'no2.csv'), 'datum,waarde\n');
    const before = folder('ander');
    const result = await run(file('demo.xlsx'), file('ander'), '--format', 'json');
    expect(result).toMatchObject({ code: 2, out: '' });
    expect(result.err).toMatch(/staat al een datapackage\.json die niet van een export van Beleidsregister is/);
    expect(folder('ander')).toEqual(before);
  });

  test('the folder argument is required', async () => {
    expect(await run(file('demo.xlsx'))).toMatchObject({ code: 2, err: 'er ontbreekt een argument (map). Zie beleidsregister --help.\n' });
  });
});

test('the folder is made when it does not exist yet, nested too', async () => {
  mkdirSync(file('diep'), { recursive: true });
  expect((await run(file('demo.xlsx'), file('diep', 'a', 'b'))).code).toBe(0);
  expect(existsSync(file('diep', 'a', 'b', 'datapackage.json'))).toBe(true);
});
