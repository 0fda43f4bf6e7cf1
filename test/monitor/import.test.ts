import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { UserError } from '../../src/errors';
import { importMonitor, type ImportOptions, type MonitorSource } from '../../src/monitor/import';
import { openMonitorFile } from '../../src/monitor/node';
import { initRegistry } from '../../src/registry/init';
import type { Row } from '../../src/registry/defaults';
import { rowCells } from '../../src/registry/layout';
import { registrySchema, tableSpec, type RegistrySchema } from '../../src/registry/schema';
import type { TableKey } from '../../src/registry/types';
import { dateToSerial } from '../../src/workbook/address';
import type { Edit, WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { snapshot } from '../helpers/snapshot';
import { WO_07, fixture, newRegistry, reload, tableObjects } from './helpers';

/** Appends a row given by column key to a registry table as `init` laid it out. */
const row = (key: TableKey, values: Row): Edit => {
  const spec = tableSpec(key);
  return { kind: 'appendRows', table: spec.table, rows: [rowCells(spec, spec.columns.map((c) => c.caption), values)] };
};

const NOW = new Date(2026, 2, 14, 15, 30);
const TODAY = dateToSerial(new Date(Date.UTC(2026, 2, 14)));
const csv = (name: string, text: string): MonitorSource => ({ kind: 'csv', name, input: text });
const file = (name: string) => csv(name, readFileSync(fixture(name), 'utf8'));
const run = (wb: WorkbookPort, source: MonitorSource, options: ImportOptions = {}) => importMonitor(wb, source, { now: NOW, ...options });

/** The WO_07 download read the plain way: every non-empty value by NIS code, year and Type. */
function wo07Values(text = readFileSync(WO_07, 'utf8')): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n').slice(1)) {
    const [, nis, , year, type, value] = line.split(';');
    if (value) values.set(`${nis}|${year}|${type}`, Number(value.replace(',', '.')));
  }
  return values;
}

const measurementMap = async (wb: XlsxWorkbook) =>
  new Map((await tableObjects(wb, 'tblMetingen')).map((m) => [`${m.Gebied}|${m.Periode}|${m.Dimensie}`, m.Waarde]));

describe('the real WO_07 download, all areas', () => {
  let wb: XlsxWorkbook;
  let first: Awaited<ReturnType<typeof importMonitor>>;
  beforeAll(async () => {
    wb = await newRegistry('44021');
    first = await run(wb, await openMonitorFile(WO_07), { allAreas: true });
    wb = await reload(wb);
  });

  test('imports completely: every non-empty value of every area and every Type, with the right number', async () => {
    expect(first.errors).toEqual([]);
    expect(first.summary).toMatchObject({ rowsRead: 13728, added: 12920, updated: 0, unchanged: 0, conflicts: 0, empty: 808, skipped: 0, notSelected: 0 });
    expect(await measurementMap(wb)).toEqual(wo07Values());
  });

  test('each measurement carries indicator, unit, source, file, import date and the value as imported', async () => {
    const rows = await tableObjects(wb, 'tblMetingen');
    expect(rows[0]).toMatchObject({
      Indicator: 'IND-001',
      Gebied: '2000',
      Periode: '2010',
      Dimensie: 'Alle huizen',
      Waarde: 200000,
      Eenheid: 'euro',
      Bron: 'Gemeente-Stadsmonitor',
      Bestand: 'WO_07_mediaanprijs_huizen.csv',
      'Opgehaald op': TODAY,
      Bronwaarde: 200000,
      Status: null,
      Toelichting: null,
    });
    expect(rows.every((r) => r.Indicator === 'IND-001' && r.Bronwaarde === r.Waarde && r.Eenheid === 'euro')).toBe(true);
  });

  test('the indicator is added from the catalogue as a context indicator, with its code and frequency', async () => {
    expect(first.summary.indicatorsAdded).toEqual([{ id: 'IND-001', name: 'Mediaanprijs huizen', code: 'WO_07', from: 'catalogus' }]);
    const [indicator] = await tableObjects(wb, 'tblIndicatoren');
    // The catalogue's "mei 2023" had passed by the import (14/03/2026): a stale date is left out.
    expect(indicator).toMatchObject({ ID: 'IND-001', Naam: 'Mediaanprijs huizen', Eenheid: 'euro', Thema: 'Wonen en woonomgeving', Bron: 'Gemeente-Stadsmonitor (Statbel)', Broncode: 'WO_07', 'Volgende update': null, Frequentie: 'jaarlijks', Rol: 'contextindicator' });
    expect(indicator.Definitie).toMatch(/^De mediaanprijs van de verkopen van huizen/);
  });

  test('the other municipalities become Werkingsgebieden under their province', async () => {
    const areas = await tableObjects(wb, 'tblWerkingsgebieden');
    // Herstappe has no value in WO_07 (all suppressed), so it is not added.
    expect(areas).toHaveLength(3 + 4 + 283);
    expect(areas).toContainEqual({ Code: '11002', Naam: 'Antwerpen', Niveau: 'gemeente', 'NIS-code': '11002', Bovenliggend: '10000' });
    expect(areas).toContainEqual({ Code: '10000', Naam: 'Provincie Antwerpen', Niveau: 'provincie', 'NIS-code': '10000', Bovenliggend: '2000' });
    expect(first.summary.areasAdded).toHaveLength(287);
  });

  test('a second import reports everything unchanged and changes nothing', async () => {
    const before = await snapshot(wb);
    const again = await run(wb, await openMonitorFile(WO_07), { allAreas: true, now: new Date(2026, 5, 1) });
    expect(again.summary).toMatchObject({ rowsRead: 13728, added: 0, updated: 0, unchanged: 12920, conflicts: 0, empty: 808, skipped: 0, indicatorsAdded: [], areasAdded: [] });
    expect(again.changed).toBe(false);
    expect(await snapshot(wb)).toEqual(before);
  });
});

describe('which areas an import takes', () => {
  test('by default the registry’s municipality with its benchmarks (Vlaams Gewest, its province)', async () => {
    const wb = await newRegistry('44021');
    const result = await run(wb, await openMonitorFile(WO_07));
    const expected = [...wo07Values()].filter(([k]) => /^(2000|44021)\|/.test(k));
    expect(new Set((await tableObjects(wb, 'tblMetingen')).map((m) => m.Gebied))).toEqual(new Set(['2000', '44021']));
    expect(await measurementMap(wb)).toEqual(new Map(expected));
    expect(result.summary).toMatchObject({ added: expected.length, notSelected: 13728 - 96, skipped: 0, areasAdded: [] });
  });

  test('a region written 02000 under a name of its own is the Vlaams Gewest, in a new registry and in one that has it', async () => {
    const text = 'Gemeente;NIS-code;Indicator;Jaar;Mediaanprijs (in euro)\nHet Vlaamse Gewest (totaal);02000;Mediaanprijs huizen;2023;260000,0\n';
    const wb = await newRegistry('44021');
    expect((await run(wb, csv('WO_07.csv', text))).summary).toMatchObject({ added: 1, skipped: 0 });
    expect((await tableObjects(wb, 'tblMetingen')).map((m) => [m.Gebied, m.Waarde])).toEqual([['2000', 260000]]);
    // The region is a Werkingsgebied now: the second import finds it there.
    expect((await run(wb, csv('WO_07.csv', text))).summary).toMatchObject({ unchanged: 1, added: 0, skipped: 0 });
  });

  test('an area the coordinator added to Werkingsgebieden is taken too', async () => {
    const wb = await newRegistry('44021');
    await wb.apply([{ kind: 'appendRows', table: 'tblWerkingsgebieden', rows: [['44013', 'De Pinte (buur)', 'gemeente', '44013', '40000']] }]);
    // 44013 is no longer a 2025 code (De Pinte merged into Nazareth-De Pinte); the registry keeps it.
    const text = 'Gemeente;NIS-code;Indicator;Jaar;Aantal\nDe Pinte;44012;Inwonersaantal;2023;10\nOnbekend;44013;Inwonersaantal;2023;11\nMelle;44040;Inwonersaantal;2023;12\n';
    const result = await run(wb, csv('inwoners.csv', text));
    expect((await tableObjects(wb, 'tblMetingen')).map((m) => [m.Gebied, m.Waarde])).toEqual([['44013', 11]]);
    expect(result.summary.notSelected).toBe(2);
  });

  test('merged municipalities go to the 2025 municipality, a value under the new code itself wins, and the mapping is reported', async () => {
    const wb = await newRegistry('11002');
    const result = await run(wb, file('nis_2024_codes.csv'), { allAreas: true });
    expect((await tableObjects(wb, 'tblMetingen')).map((m) => [m.Gebied, m.Waarde])).toEqual([
      ['11002', 290000],
      ['71072', 265000],
    ]);
    expect(result.summary.areaMappings).toEqual([{ from: '71022', fromName: 'Hasselt', to: '71072', toName: 'Hasselt', values: 1 }]);
    expect(result.summary).toMatchObject({ added: 2, empty: 1, skipped: 2 });
    expect(result.errors).toEqual([
      { line: 3, column: 'Mediaanprijs (in euro)', rule: 'import.dubbel-fusie', params: expect.objectContaining({ fromCode: '11007', code: '11002', otherLine: 4 }), message: expect.stringMatching(/^Borsbeek \(11007\) is sinds de fusie deel van Antwerpen \(11002\).*op regel 4; die is genomen/) },
      { line: 5, column: 'Mediaanprijs (in euro)', rule: 'import.dubbel-fusie', params: expect.objectContaining({ fromCode: '73040', code: '71072', otherLine: 2 }), message: expect.stringMatching(/^Kortessem \(73040\) is sinds de fusie deel van Hasselt \(71072\).*op regel 2/) },
    ]);
  });

  test('a registry that still has an old municipality keeps its measurements on the old code', async () => {
    const wb = await newRegistry('11002');
    await wb.apply([{ kind: 'appendRows', table: 'tblWerkingsgebieden', rows: [['71022', 'Hasselt (voor 2025)', 'gemeente', '71022', '70000']] }]);
    const result = await run(wb, file('nis_2024_codes.csv'));
    expect((await tableObjects(wb, 'tblMetingen')).map((m) => [m.Gebied, m.Waarde])).toEqual([
      ['71022', 265000],
      ['11002', 290000],
    ]);
    expect(result.summary.areaMappings).toEqual([]);
  });

  test('an area nobody knows is skipped with a reason when all areas are asked for', async () => {
    const wb = await newRegistry('44021');
    const result = await run(wb, csv('x.csv', 'Gemeente;NIS-code;Indicator;Jaar;Aantal\nAtlantis;99998;Inwonersaantal;2023;5\n'), { allAreas: true });
    expect(result.summary).toMatchObject({ skipped: 1, added: 0 });
    expect(result.errors[0]).toEqual({ line: 2, column: null, rule: 'import.gebied-onbekend', params: { area: 'Atlantis 99998' }, message: expect.stringContaining('gebied Atlantis 99998 is onbekend') });
  });
});

describe('import never loses anything', () => {
  const header = 'Gemeente;NIS-code;Indicator;Jaar;Type;Mediaanprijs (in euro)\n';
  const line = (year: number, type: string, value: string) => `Gent;44021;Mediaanprijs huizen;${year};${type};${value}\n`;
  const download = header + line(2022, 'Alle huizen', '300000,0') + line(2023, 'Alle huizen', '310000,0') + line(2023, 'Open bebouwing', '420000,0');

  async function imported() {
    const wb = await newRegistry('44021');
    await run(wb, csv('WO_07.csv', download));
    return wb;
  }
  const setValue = async (wb: XlsxWorkbook, row: number, value: number | string | null, column = 'Waarde') => wb.apply([{ kind: 'updateCells', table: 'tblMetingen', cells: [{ row, column, value }] }]);

  test('a newer download updates the values that changed and says how many', async () => {
    const wb = await imported();
    const newer = header + line(2022, 'Alle huizen', '300000,0') + line(2023, 'Alle huizen', '315000,0') + line(2023, 'Open bebouwing', '425000,0') + line(2024, 'Alle huizen', '320000,0');
    const result = await run(wb, csv('WO_07 (1).csv', newer), { now: new Date(2026, 6, 1) });
    expect(result.summary).toMatchObject({ added: 1, updated: 2, unchanged: 1, conflicts: 0 });
    const rows = await tableObjects(wb, 'tblMetingen');
    expect(rows.map((r) => [r.Periode, r.Dimensie, r.Waarde, r.Bronwaarde, r.Bestand])).toEqual([
      ['2022', 'Alle huizen', 300000, 300000, 'WO_07.csv'],
      ['2023', 'Alle huizen', 315000, 315000, 'WO_07 (1).csv'],
      ['2023', 'Open bebouwing', 425000, 425000, 'WO_07 (1).csv'],
      ['2024', 'Alle huizen', 320000, 320000, 'WO_07 (1).csv'],
    ]);
    expect(rows[1]['Opgehaald op']).toBe(dateToSerial(new Date(Date.UTC(2026, 6, 1))));
    expect(rows[0]['Opgehaald op']).toBe(TODAY);
  });

  test('a value corrected by hand is kept; a re-import of the same file is no conflict', async () => {
    const wb = await imported();
    await setValue(wb, 1, 311000);
    const result = await run(wb, csv('WO_07.csv', download));
    expect(result.summary).toMatchObject({ unchanged: 3, conflicts: 0, updated: 0 });
    expect(result.changed).toBe(false);
  });

  test('a corrected value that the source changes is not overwritten: it is a conflict, listed with its cell', async () => {
    const wb = await imported();
    await setValue(wb, 1, 311000);
    const newer = header + line(2022, 'Alle huizen', '301000,0') + line(2023, 'Alle huizen', '315000,0') + line(2023, 'Open bebouwing', '420000,0');
    const result = await run(wb, csv('WO_07 (1).csv', newer));
    expect(result.summary).toMatchObject({ updated: 1, unchanged: 1, conflicts: 1 });
    expect(result.summary.conflictList).toEqual([
      expect.objectContaining({ indicator: 'IND-001', area: '44021', period: '2023', dimension: 'Alle huizen', cell: 'Metingen!E3', workbookValue: 311000, fileValue: 315000, line: 3 }),
    ]);
    expect(result.summary.conflictList[0].message).toMatch(/^Metingen!E3 \(IND-001, 44021, 2023, Alle huizen\): in het register staat 311000, met de hand aangepast \(de vorige import las 310000\); het bestand geeft 315000\./);
    const rows = await tableObjects(wb, 'tblMetingen');
    expect(rows[1]).toMatchObject({ Waarde: 311000, Bronwaarde: 310000, Bestand: 'WO_07.csv' });
    expect(rows[0]).toMatchObject({ Waarde: 301000 });
  });

  test('the user decides a conflict: taking the file’s value, or keeping their own by putting the source value in Bronwaarde', async () => {
    const wb = await imported();
    await setValue(wb, 1, 311000);
    await setValue(wb, 2, 400000);
    const newer = header + line(2022, 'Alle huizen', '300000,0') + line(2023, 'Alle huizen', '315000,0') + line(2023, 'Open bebouwing', '425000,0');
    expect((await run(wb, csv('b.csv', newer))).summary.conflicts).toBe(2);
    await setValue(wb, 1, 315000);
    await setValue(wb, 2, 425000, 'Bronwaarde');
    const decided = await run(wb, csv('b.csv', newer));
    expect(decided.summary).toMatchObject({ conflicts: 0, unchanged: 3 });
    expect((await run(wb, csv('b.csv', newer))).changed).toBe(false);
    expect((await tableObjects(wb, 'tblMetingen')).map((r) => r.Waarde)).toEqual([300000, 315000, 400000]);
  });

  test('a value entered by hand (no Bronwaarde) is never overwritten; the same value from the source is adopted', async () => {
    const wb = await newRegistry('44021');
    await wb.apply([row('indicators', { id: 'IND-001', name: 'Mediaanprijs huizen' })]);
    const hand = (period: string, value: number) => row('measurements', { indicator: 'IND-001', area: '44021', period, dimension: 'Alle huizen', value, unit: 'euro', source: 'eigen telling' });
    await wb.apply([hand('2022', 299999), hand('2023', 310000)]);
    const result = await run(wb, csv('WO_07.csv', download));
    expect(result.summary).toMatchObject({ conflicts: 1, unchanged: 1, added: 1, indicatorsAdded: [] });
    expect(result.summary.conflictList[0].message).toContain('in het register staat 299999, met de hand ingevuld; het bestand geeft 300000');
    const rows = await tableObjects(wb, 'tblMetingen');
    expect(rows.map((r) => [r.Periode, r.Waarde, r.Bronwaarde, r.Bron])).toEqual([
      ['2022', 299999, null, 'eigen telling'],
      ['2023', 310000, 310000, 'eigen telling'],
      ['2023', 420000, 420000, 'Gemeente-Stadsmonitor'],
    ]);
  });

  test("the rows an import updates go with their keys as read, so Excel refuses them when a colleague sorted Metingen since", async () => {
    const wb = await newRegistry('44021');
    await wb.apply([row('indicators', { id: 'IND-001', name: 'Mediaanprijs huizen' })]);
    const hand = (period: string, value: number) => row('measurements', { indicator: 'IND-001', area: '44021', period, dimension: 'Alle huizen', value, unit: 'euro', source: 'eigen telling' });
    await wb.apply([hand('2022', 299999), hand('2023', 310000)]);
    const applied: Edit[] = [];
    const watched: WorkbookPort = Object.assign(Object.create(wb) as WorkbookPort, { apply: (edits: Edit[]) => (applied.push(...edits), wb.apply(edits)) });
    await run(watched, csv('WO_07.csv', download));
    const update = applied.find((e): e is Extract<Edit, { kind: 'updateCells' }> => e.kind === 'updateCells' && e.table === 'tblMetingen');
    expect(update?.cells.map((c) => c.row)).toContain(1); // the 2023 row adopts the source value
    expect(update?.expect).toEqual([
      { row: 1, column: 'Indicator', value: 'IND-001' },
      { row: 1, column: 'Gebied', value: '44021' },
      { row: 1, column: 'Periode', value: '2023' },
      { row: 1, column: 'Dimensie', value: 'Alle huizen' },
    ]);
  });

  test('a value the user deleted stays deleted: the same download leaves it empty, a different one is a conflict', async () => {
    const wb = await imported();
    await setValue(wb, 1, null);
    const again = await run(wb, csv('WO_07.csv', download));
    expect(again.summary).toMatchObject({ unchanged: 3, updated: 0, conflicts: 0 });
    expect(again.changed).toBe(false);
    const newer = header + line(2022, 'Alle huizen', '300000,0') + line(2023, 'Alle huizen', '315000,0') + line(2023, 'Open bebouwing', '420000,0');
    const result = await run(wb, csv('WO_07 (1).csv', newer));
    expect(result.summary).toMatchObject({ unchanged: 2, updated: 0, conflicts: 1 });
    expect(result.summary.conflictList[0].message).toMatch(/^Metingen!E3 \(IND-001, 44021, 2023, Alle huizen\): in het register staat niets, met de hand aangepast \(de vorige import las 310000\); het bestand geeft 315000\./);
    expect((await tableObjects(wb, 'tblMetingen')).map((r) => [r.Waarde, r.Bronwaarde])).toEqual([[300000, 300000], [null, 310000], [420000, 420000]]);
  });

  test('a row typed by hand with area 02000 is the same measurement as the download’s 2000: no second row', async () => {
    const wb = await newRegistry('44021');
    await wb.apply([row('indicators', { id: 'IND-001', name: 'Mediaanprijs huizen' }), row('measurements', { indicator: 'IND-001', area: '02000', period: '2023', dimension: 'Alle huizen', value: 250000, unit: 'euro' })]);
    const result = await run(wb, csv('WO_07.csv', header + 'Vlaams Gewest;2000;Mediaanprijs huizen;2023;Alle huizen;260000,0\n'));
    expect(result.summary).toMatchObject({ added: 0, conflicts: 1 });
    expect((await tableObjects(wb, 'tblMetingen')).map((r) => [r.Gebied, r.Waarde])).toEqual([['02000', 250000]]);
  });

  test('a value the newer download leaves empty stays in the registry', async () => {
    const wb = await imported();
    const result = await run(wb, csv('c.csv', header + line(2022, 'Alle huizen', '') + line(2023, 'Alle huizen', 'x')));
    expect(result.summary).toMatchObject({ empty: 2, updated: 0, added: 0 });
    expect((await tableObjects(wb, 'tblMetingen')).map((r) => r.Waarde)).toEqual([300000, 310000, 420000]);
  });
});

describe('what is reported about a file', () => {
  test('malformed lines, bad numbers and bad periods are skipped with line and column; the rest imports', async () => {
    const wb = await newRegistry('44021');
    const result = await run(wb, file('malformed_line.csv'));
    expect(result.summary).toMatchObject({ rowsRead: 5, added: 2, skipped: 3 });
    expect(result.errors).toEqual([
      { line: 3, column: null, rule: 'import.velden', params: expect.objectContaining({ count: 4, expected: 6 }), message: expect.stringMatching(/^de regel heeft 4 velden in plaats van 6/) },
      { line: 4, column: 'Mediaanprijs (in euro)', rule: 'import.geen-getal', params: { value: 'veel' }, message: '"veel" is geen getal; verwacht werd een getal zoals 200000,0 of een lege cel.' },
      { line: 5, column: 'Jaar', rule: 'import.periode', params: { value: 'twintig' }, message: '"twintig" is geen periode; verwacht werd een jaar (2023), semester (2023-S1), kwartaal (2023-Q2) of maand (2023-06).' },
    ]);
    expect((await tableObjects(wb, 'tblMetingen')).map((m) => [m.Periode, m.Waarde])).toEqual([
      ['2021', 290000],
      ['2024', 310000],
    ]);
  });

  test('an indicator the catalogue does not know is added from the file’s own name and unit; several measures each get a row', async () => {
    const wb = await newRegistry('44021');
    const result = await run(wb, file('several_measures.csv'));
    expect(result.summary.indicatorsAdded).toEqual([{ id: 'IND-001', name: 'Leefloners', code: null, from: 'bestand' }]);
    expect((await tableObjects(wb, 'tblIndicatoren'))[0]).toMatchObject({ Naam: 'Leefloners', Eenheid: 'aantal', Bron: 'Gemeente-Stadsmonitor' });
    expect((await tableObjects(wb, 'tblMetingen')).map((m) => [m.Gebied, m.Dimensie, m.Waarde, m.Eenheid])).toEqual([
      ['44021', 'Totaal | Aantal', 5120, 'aantal'],
      ['44021', 'Totaal | Procent', 1.9, '%'],
      ['44021', 'Jongeren | Aantal', 1830, 'aantal'],
      ['44021', 'Jongeren | Procent', 4.2, '%'],
      ['2000', 'Totaal | Aantal', 60120, 'aantal'],
      ['2000', 'Totaal | Procent', 0.9, '%'],
    ]);
  });

  test('an indicator the registry has under its own name is found by that name', async () => {
    const wb = await newRegistry('44021');
    await wb.apply([row('indicators', { id: 'IND-007', name: 'leefloners' })]);
    const result = await run(wb, file('several_measures.csv'));
    expect(result.summary.indicatorsAdded).toEqual([]);
    expect(new Set((await tableObjects(wb, 'tblMetingen')).map((m) => m.Indicator))).toEqual(new Set(['IND-007']));
  });

  test('values from files are data, never formulas: text starting with =, +, - or @ shows as text in Excel', async () => {
    const wb = await newRegistry('44021');
    await run(wb, file('formula_text.csv'));
    const saved = await wb.save();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Metingen')!;
    const cells = [2, 3, 4, 5].map((row) => sheet.getCell(`D${row}`));
    expect(cells.map((c) => [c.type, c.value])).toEqual(['+32 9 123', '-5 jaar', '@SUM(A1)', '=1+1'].map((t) => [ExcelJS.ValueType.String, t]));
    const name = book.getWorksheet('Indicatoren')!.getCell('B2');
    expect([name.type, name.value]).toEqual([ExcelJS.ValueType.String, '=HYPERLINK("http://example.com";"klik")']);
    expect((await tableObjects(await XlsxWorkbook.load(saved), 'tblMetingen')).map((m) => [m.Dimensie, m.Waarde])).toEqual([
      ['+32 9 123', 5],
      ['-5 jaar', 6],
      ['@SUM(A1)', 7],
      ['=1+1', 8],
    ]);
  });
});

describe('the workbook port is used a constant number of times, and only in one go at the end', () => {
  function counting(wb: XlsxWorkbook) {
    const calls: string[] = [];
    const port: WorkbookPort = {
      info: () => (calls.push('info'), wb.info()),
      readTables: (t, f) => (calls.push('readTables'), wb.readTables(t, f)),
      readRange: (s, a) => (calls.push('readRange'), wb.readRange(s, a)),
      readColumnRules: (t, c) => (calls.push('readColumnRules'), wb.readColumnRules(t, c)),
      readNotes: (s, c) => (calls.push('readNotes'), wb.readNotes(s, c)),
      apply: (e) => (calls.push('apply'), wb.apply(e)),
      select: (s, c) => (calls.push('select'), wb.select(s, c)),
    };
    return { port, calls };
  }

  test('3 rows or 13,728 rows: the same calls', async () => {
    const small = counting(await newRegistry('44021'));
    await run(small.port, file('bom_crlf.csv'), { allAreas: true });
    const big = counting(await newRegistry('44021'));
    await run(big.port, await openMonitorFile(WO_07), { allAreas: true });
    expect(small.calls).toEqual(['info', 'readTables', 'apply']);
    expect(big.calls).toEqual(small.calls);
  });
});

describe('nothing is half-written when an import is cancelled or fails', () => {
  test('cancelled during reading: the workbook is as it was', async () => {
    const wb = await newRegistry('44021');
    const before = await snapshot(wb);
    const controller = new AbortController();
    const source = await openMonitorFile(WO_07);
    const progress = jest.fn(() => controller.abort());
    await expect(run(wb, source, { allAreas: true, signal: controller.signal, onProgress: progress })).rejects.toMatchObject({ code: 'cancelled', message: expect.stringContaining('er is niets weggeschreven') });
    expect(progress).toHaveBeenCalled();
    expect(await snapshot(wb)).toEqual(before);
  });

  test('cancelled before it starts', async () => {
    const wb = await newRegistry('44021');
    const controller = new AbortController();
    controller.abort();
    await expect(run(wb, file('bom_crlf.csv'), { signal: controller.signal })).rejects.toBeInstanceOf(UserError);
  });

  test('a file that breaks off halfway: nothing of its first half is written', async () => {
    const wb = await newRegistry('44021');
    const before = await snapshot(wb);
    const stream = new Readable({ read() {} });
    const importing = run(wb, { kind: 'csv', name: 'half.csv', input: stream }, { allAreas: true });
    stream.push(readFileSync(WO_07, 'utf8').slice(0, 200_000));
    setTimeout(() => stream.destroy(new Error('schijf losgekoppeld')), 10);
    await expect(importing).rejects.toThrow(/half\.csv kan niet gelezen worden: het lezen stopte halverwege/);
    expect(await snapshot(wb)).toEqual(before);
  });

  test('a file that is no monitor file: a Dutch message, nothing written', async () => {
    const wb = await newRegistry('44021');
    const before = await snapshot(wb);
    await expect(run(wb, file('wrong_columns.csv'))).rejects.toThrow(/wrong_columns\.csv is geen CSV-bestand van de Gemeente-Stadsmonitor/);
    expect(await snapshot(wb)).toEqual(before);
  });
});

describe('the registry must be ready for imports', () => {
  /** Schema version 1, before this issue: no Volgende update, Bestand or Bronwaarde. */
  const version1: RegistrySchema = {
    version: 1,
    tables: registrySchema.tables.map((t) => ({ ...t, columns: t.columns.filter((c) => !['nextUpdate', 'file', 'sourceValue'].includes(c.key)) })),
  };

  test('a version-1 registry is asked to upgrade first', async () => {
    const wb = XlsxWorkbook.create();
    await initRegistry(wb, { gemeente: '44021' }, version1);
    const run1 = run(wb, file('bom_crlf.csv'));
    await expect(run1).rejects.toMatchObject({ code: 'needs-upgrade' });
    await expect(run1).rejects.toThrow(/schemaversie 1.*Voer Maak register uit \(beleidsregister maak\)/);
  });

  test('a workbook that is no registry is refused', async () => {
    await expect(run(XlsxWorkbook.create(), file('bom_crlf.csv'))).rejects.toMatchObject({ code: 'not-a-registry' });
  });
});

describe('rows read elsewhere (a Web Worker posting the rows of readMonitorCsv back)', () => {
  test('rows that went through structured cloning import like the file itself', async () => {
    const { readMonitorCsv } = await import('../../src/monitor/csv');
    const wb = await newRegistry('44021');
    const result = await run(wb, {
      kind: 'rows',
      name: 'thousands_separators.csv',
      read: async (sink) => {
        // What a worker does: read the file, post batches of plain rows; the main thread feeds the sink.
        const posted: unknown[] = [];
        const { rowsRead } = await readMonitorCsv(readFileSync(fixture('thousands_separators.csv'), 'utf8'), { row: (r) => posted.push(structuredClone(r)), skip: sink.skip, notice: sink.notice }, { fileName: 'thousands_separators.csv' });
        for (const r of posted) sink.row(r as Parameters<typeof sink.row>[0]);
        return rowsRead;
      },
    });
    expect(result.summary).toMatchObject({ rowsRead: 3, added: 3 });
    // 02000 (Statbel's code for the region) is the registry's 2000.
    expect((await tableObjects(wb, 'tblMetingen')).map((m) => [m.Gebied, m.Waarde])).toEqual([
      ['2000', 6821770],
      ['44021', 265086],
      ['40000', 1562125],
    ]);
  });
});

describe('an imported series is a context indicator (issue 16 §4)', () => {
  test('an update the catalogue announced is copied only while it lies ahead', async () => {
    const { upcomingUpdate } = await import('../../src/monitor/indicators');
    expect(upcomingUpdate('mei 2023', new Date(Date.UTC(2023, 4, 31)))).toBe('mei 2023');
    expect(upcomingUpdate('mei 2023', new Date(Date.UTC(2023, 5, 1)))).toBeNull();
    expect(upcomingUpdate('te bepalen', new Date(Date.UTC(2020, 0, 1)))).toBeNull();
  });

  test('importing WO_07 into the demo adds a context indicator without the policy-indicator warnings', async () => {
    const { writeDemo } = await import('../../src/registry/demo');
    const { checkRegistry } = await import('../../src/checks');
    let wb = XlsxWorkbook.create();
    await writeDemo(wb);
    const result = await run(wb, await openMonitorFile(WO_07));
    expect(result.summary.indicatorsAdded).toEqual([expect.objectContaining({ name: 'Mediaanprijs huizen', code: 'WO_07', from: 'catalogus' })]);
    const id = result.summary.indicatorsAdded[0].id;
    wb = await reload(wb);
    const added = (await tableObjects(wb, 'tblIndicatoren')).find((r) => r.ID === id);
    // The catalogue's "mei 2023" had passed on 14/03/2026: no stale date.
    expect(added).toMatchObject({ Rol: 'contextindicator', Status: 'actief', Frequentie: 'jaarlijks', 'Volgende update': null, Eigenaar: null, 'MJP-koppeling': null });
    const { findings } = await checkRegistry(wb, { now: NOW });
    const onIt = findings.filter((f) => f.sheet === 'Indicatoren' && f.message.includes(id));
    expect(onIt.map((f) => f.rule)).toEqual([]);

    // Made a policy indicator, it gets them.
    const [t] = await wb.readTables(['tblIndicatoren']);
    await wb.apply([{ kind: 'updateCells', table: 'tblIndicatoren', cells: [{ row: t.rows.findIndex((r) => r[0] === id), column: 'Rol', value: 'beleidsindicator' }] }]);
    const policy = await checkRegistry(wb, { now: NOW });
    expect(policy.findings.filter((f) => f.message.includes(id)).map((f) => f.rule).sort()).toEqual(['indicator.geen-eigenaar', 'indicator.geen-mjp', 'indicator.geen-norm']);
  });
});
