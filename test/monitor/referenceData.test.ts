import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { AreaResolver, referenceArea } from '../../src/monitor/areas';
import { loadCatalogue } from '../../src/monitor/catalogue';
import { mergers } from '../../src/monitor/mergerData';

const reference = (file: string) => path.join(__dirname, '../../../shared/reference', file);
const csv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(reference(file), 'utf8'), { header: true, delimiter: ';', skipEmptyLines: true }).data;
// The generator is a plain Node script; its build() returns the text of every file it writes.
const generator = require('../../scripts/build-monitor-data.js') as { build(): Record<string, string>; target(file: string): string };

describe('reference data built into src/monitor', () => {
  test.each(Object.entries(generator.build()))('%s is what scripts/build-monitor-data.js makes of ../shared/reference', (file, text) => {
    expect(readFileSync(generator.target(file), 'utf8')).toBe(text);
  });

  test('the catalogue holds the 422 indicators of the reference, with the code from the Download URL', async () => {
    const catalogue = await loadCatalogue();
    const rows = csv('gsm_indicatoren_2023-12.csv');
    expect(catalogue.entries).toHaveLength(422);
    for (const r of rows) {
      const code = /GSM_Extract_(.+)\.xlsx/.exec(r['Download URL'])![1];
      expect(catalogue.byCode(code)).toMatchObject({ code, title: r.Title.trim(), theme: r.Basisthema, survey: r.Type === 'Burgerbevraging', source: r.Bron.trim() });
      expect(catalogue.byTitle(r.Title)?.code).toBe(code);
    }
  });

  test('WO_07 as a coordinator sees it', async () => {
    const wo07 = (await loadCatalogue()).byCode('wo_07');
    expect(wo07).toMatchObject({ title: 'Mediaanprijs huizen', theme: 'Wonen en woonomgeving', unit: 'euro', source: 'Statbel', nextUpdate: 'mei 2023', lastYear: '2022' });
    expect(wo07?.definition).toMatch(/^De mediaanprijs van de verkopen van huizen/);
    expect(wo07?.definition).toContain('Teller: Mediaanprijs van de verkopen van huizen');
  });

  test.each([
    ['AR_09', '%'],
    ['AR_02', 'budgetmeter per 1.000 toegangspunten'],
    ['WO_07', 'euro'],
  ])('unit of %s is %s', async (code, unit) => {
    expect((await loadCatalogue()).byCode(code)?.unit).toBe(unit);
  });

  test.each([
    ['WO_07', 'WO_07'],
    ['wo 07', 'WO_07'],
    ['Mediaanprijs huizen', 'WO_07'],
    ['mediaanprijs HUIZEN', 'WO_07'],
  ])('searching %p finds %s first', async (query, code) => {
    expect((await loadCatalogue()).search(query)[0]?.code).toBe(code);
  });

  test('searching a word lists every indicator whose code, title, theme or definition has it, title matches first', async () => {
    const found = (await loadCatalogue()).search('mediaanprijs');
    expect(found.map((e) => e.code)).toEqual(expect.arrayContaining(['WO_07', 'WO_08']));
    const inTitle = found.map((e) => e.title.toLowerCase().includes('mediaanprijs'));
    expect(inTitle.indexOf(false) < 0 || inTitle.slice(inTitle.indexOf(false)).every((t) => !t)).toBe(true);
    for (const e of found) expect(`${e.title} ${e.definition}`.toLowerCase()).toContain('mediaanprijs');
  });

  test.each([
    ['geluid', 'SA_S_22'],
    ['LAWAAI', 'SA_S_22'],
    ['KL_01', 'KL_01'],
    ['kl 01', 'KL_01'],
    ['WO_S_20_1', 'WO_S_20_1'],
  ])('searching %p finds %s first', async (query, code) => {
    expect((await loadCatalogue()).search(query)[0]?.code).toBe(code);
  });

  test('a code gives that code and no unrelated ones; accents do not matter', async () => {
    const catalogue = await loadCatalogue();
    expect(catalogue.search('KL_01').map((e) => e.code)).toEqual(['KL_01']);
    expect(catalogue.search('energie-armoede').map((e) => e.code)).toEqual(catalogue.search('énergie armoede').map((e) => e.code));
  });

  test('a search on a theme lists its indicators; nonsense finds nothing', async () => {
    const catalogue = await loadCatalogue();
    const wonen = catalogue.search('Wonen en woonomgeving', 1000);
    expect(wonen.length).toBe(catalogue.entries.filter((e) => e.theme === 'Wonen en woonomgeving').length);
    expect(catalogue.search('qqqxyz')).toEqual([]);
  });

  test('the mergers are the changed codes of nis_fusies_2019.csv and nis_fusies_2025.csv', () => {
    const changed = (file: string, from: string, name: string, to: string, year: number) =>
      csv(file)
        .filter((r) => r.gewijzigd === '1')
        .map((r) => [r[from], r[name], r[to], year]);
    expect(mergers).toEqual([...changed('nis_fusies_2019.csv', 'nis_2018', 'naam_2018', 'nis_2019', 2019), ...changed('nis_fusies_2025.csv', 'nis_2024', 'naam_2024', 'nis_2025', 2025)]);
    expect(mergers.filter((m) => m[3] === 2025)).toHaveLength(27);
  });

  test('every 2024 Flemish municipality lands on a 2025 municipality of the reference', () => {
    const resolver = new AreaResolver([]);
    for (const r of csv('nis_fusies_2025.csv').filter((r) => /^[1-7]\d{4}$/.test(r.nis_2024) && !r.nis_2024.startsWith('21'))) {
      const resolved = resolver.resolve({ code: r.nis_2024, name: null });
      expect([r.nis_2024, resolved?.area.code, resolved?.area.name]).toEqual([r.nis_2024, r.nis_2025, r.naam_2025]);
      expect(referenceArea(r.nis_2025)).toBeDefined();
    }
  });
});
