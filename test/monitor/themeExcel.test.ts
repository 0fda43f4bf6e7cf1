import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { UserError } from '../../src/errors';
import { describeThemeWorkbook, importMonitor, type MonitorSource } from '../../src/monitor/import';
import { openThemeWorkbook } from '../../src/monitor/themeExcel';
import { collect, newRegistry, tableObjects } from './helpers';

type Sheet = [name: string, rows: (string | number | null)[][]];

/** A theme workbook as the monitor publishes it: header in row 1, values as numeric cells. */
async function workbook(sheets: Sheet[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) book.addWorksheet(name).addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const SURVEY_HEADER = ['Gemeente', 'NIS-code', 'Indicator', 'Item', 'Jaar', 'Oneens (%)', 'Neutraal (%)', 'Eens (%)'];
const contents: Sheet = [
  'Inhoud',
  [
    ['Thema', 'Tabblad', 'Naam indicator'],
    ['Wonen en woonomgeving', 'WO_07', 'Mediaanprijs huizen'],
    ['Cultuur en vrije tijd', 'CU_S_01', 'Bezoek festival, evenement, fuif in eigen of andere gemeente'],
    ['Cultuur en vrije tijd', 'CU_S_02', 'Bezoek museum, tentoonstelling in eigen of andere gemeente'],
  ],
];
const wo07: Sheet = [
  'WO_07',
  [
    ['Gemeente', 'NIS-code', 'Indicator', 'Jaar', 'Type', 'Mediaanprijs (in euro)'],
    ['Vlaams Gewest', 2000, 'Mediaanprijs huizen', 2023, 'Alle huizen', 315000],
    ['Gent', 44021, 'Mediaanprijs huizen', 2023, 'Alle huizen', 340000],
    ['Gent', 44021, 'Mediaanprijs huizen', 2023, 'Open bebouwing', null],
    ['Aalst', 41002, 'Mediaanprijs huizen', 2023, 'Alle huizen', 280000],
  ],
];
/** Answer shares as percentages. */
const festival: Sheet = [
  'CU_S_01',
  [
    SURVEY_HEADER,
    ['Gent', 44021, 'Bezoek festival', 'Festival in eigen gemeente', 2023, 20.5, 30, 49.5],
    ['Vlaams Gewest', 2000, 'Bezoek festival', 'Festival in eigen gemeente', 2023, 25, 35, 40],
  ],
];
/** The same kind of sheet with the shares as fractions (0-1), as a few survey sheets have them. */
const museum: Sheet = [
  'CU_S_02',
  [
    SURVEY_HEADER,
    ['Gent', 44021, 'Bezoek museum', 'Museum in eigen gemeente', 2023, 0.205, 0.3, 0.495],
    ['Gent', 44021, 'Bezoek museum', 'Museum in andere gemeente', 2023, 0.6, 0.1, 0.3],
  ],
];
const notes: Sheet = ['Toelichting', [['Deze werkmap komt van de Gemeente-Stadsmonitor.'], ['Zie gemeente-stadsmonitor.vlaanderen.be']]];

const themeFile = async (name = 'Thema_Wonen_Cultuur.xlsx', sheets: Sheet[] = [contents, wo07, festival, museum, notes]): Promise<MonitorSource & { kind: 'xlsx' }> => ({ kind: 'xlsx', name, data: await workbook(sheets) });
const NOW = new Date(2026, 0, 5);

describe('a theme workbook', () => {
  test('lists its indicator sheets with the names from the contents sheet; other sheets are set apart', async () => {
    const file = await themeFile();
    const book = await openThemeWorkbook(file.data, file.name);
    expect(book.sheets).toEqual([
      { sheet: 'Inhoud', code: null, title: null, rows: 3, kind: 'contents' },
      { sheet: 'WO_07', code: 'WO_07', title: 'Mediaanprijs huizen', rows: 4, kind: 'indicator' },
      { sheet: 'CU_S_01', code: 'CU_S_01', title: 'Bezoek festival, evenement, fuif in eigen of andere gemeente', rows: 2, kind: 'indicator' },
      { sheet: 'CU_S_02', code: 'CU_S_02', title: 'Bezoek museum, tentoonstelling in eigen of andere gemeente', rows: 2, kind: 'indicator' },
      { sheet: 'Toelichting', code: null, title: null, rows: 1, kind: 'other', problem: expect.stringContaining('verwacht werden de kolommen Gemeente, NIS-code, Indicator en Jaar') },
    ]);
  });

  test('the user sees which of its indicators the registry knows', async () => {
    const wb = await newRegistry('44021');
    await importMonitor(wb, await themeFile('x.xlsx', [wo07]), { now: NOW });
    const overview = await describeThemeWorkbook(wb, await themeFile());
    expect(overview.filter((s) => s.kind === 'indicator').map((s) => [s.code, s.known])).toEqual([
      ['WO_07', 'IND-001'],
      ['CU_S_01', null],
      ['CU_S_02', null],
    ]);
  });

  test('imports every indicator sheet: values by sheet code, survey answers as dimensions, fractions as percentages', async () => {
    const wb = await newRegistry('44021');
    const result = await importMonitor(wb, await themeFile(), { now: NOW });
    expect(result.errors).toEqual([]);
    expect(result.summary).toMatchObject({ rowsRead: 8, added: 2 + 6 + 6, empty: 1, notSelected: 1, skipped: 0 });
    expect(result.summary.indicatorsAdded.map((i) => [i.id, i.code, i.from])).toEqual([
      ['IND-001', 'WO_07', 'catalogus'],
      ['IND-002', 'CU_S_01', 'catalogus'],
      ['IND-003', 'CU_S_02', 'catalogus'],
    ]);
    expect(result.summary.notices.map((n) => n.message)).toEqual([
      'Tabblad CU_S_02: de antwoordaandelen stonden als fractie (0 tot 1) en zijn omgerekend naar procent.',
      'Tabblad Toelichting is niet ingelezen: ' + (await openThemeWorkbook((await themeFile()).data, 'x')).sheets[4].problem + '.',
    ]);
    const rows = await tableObjects(wb, 'tblMetingen');
    expect(rows.map((m) => [m.Indicator, m.Gebied, m.Periode, m.Dimensie, m.Waarde, m.Eenheid])).toEqual([
      ['IND-001', '2000', '2023', 'Alle huizen', 315000, 'euro'],
      ['IND-001', '44021', '2023', 'Alle huizen', 340000, 'euro'],
      ['IND-002', '44021', '2023', 'Festival in eigen gemeente | Oneens', 20.5, '%'],
      ['IND-002', '44021', '2023', 'Festival in eigen gemeente | Neutraal', 30, '%'],
      ['IND-002', '44021', '2023', 'Festival in eigen gemeente | Eens', 49.5, '%'],
      ['IND-002', '2000', '2023', 'Festival in eigen gemeente | Oneens', 25, '%'],
      ['IND-002', '2000', '2023', 'Festival in eigen gemeente | Neutraal', 35, '%'],
      ['IND-002', '2000', '2023', 'Festival in eigen gemeente | Eens', 40, '%'],
      ['IND-003', '44021', '2023', 'Museum in eigen gemeente | Oneens', 20.5, '%'],
      ['IND-003', '44021', '2023', 'Museum in eigen gemeente | Neutraal', 30, '%'],
      ['IND-003', '44021', '2023', 'Museum in eigen gemeente | Eens', 49.5, '%'],
      ['IND-003', '44021', '2023', 'Museum in andere gemeente | Oneens', 60, '%'],
      ['IND-003', '44021', '2023', 'Museum in andere gemeente | Neutraal', 10, '%'],
      ['IND-003', '44021', '2023', 'Museum in andere gemeente | Eens', 30, '%'],
    ]);
    const again = await importMonitor(wb, await themeFile(), { now: NOW });
    expect(again.summary).toMatchObject({ added: 0, unchanged: 14 });
    expect(again.changed).toBe(false);
  });

  test('a sheet of percentages that happen to be small is not taken for fractions', async () => {
    const wb = await newRegistry('44021');
    const rare: Sheet = ['CU_S_01', [SURVEY_HEADER, ['Gent', 44021, 'Bezoek festival', 'X', 2023, 0.5, 1, 98.5]]];
    await importMonitor(wb, await themeFile('t.xlsx', [rare]), { now: NOW });
    expect((await tableObjects(wb, 'tblMetingen')).map((m) => m.Waarde)).toEqual([0.5, 1, 98.5]);
  });

  test('only the chosen sheets, by code', async () => {
    const wb = await newRegistry('44021');
    const result = await importMonitor(wb, await themeFile(), { sheets: ['cu_s_01'], now: NOW });
    expect(result.summary).toMatchObject({ rowsRead: 2, added: 6 });
    expect(new Set((await tableObjects(wb, 'tblMetingen')).map((m) => m.Indicator))).toEqual(new Set(['IND-001']));
  });

  test('a sheet that is not in the file is refused before anything is written', async () => {
    const wb = await newRegistry('44021');
    await expect(importMonitor(wb, await themeFile(), { sheets: ['WO_99'] })).rejects.toThrow(/heeft geen tabblad WO_99\. Tabbladen met indicatoren: WO_07, CU_S_01, CU_S_02/);
    expect(await tableObjects(wb, 'tblMetingen')).toEqual([]);
  });

  test('a per-indicator extract names its indicator in the file name', async () => {
    const wb = await newRegistry('44021');
    const sheet: Sheet = ['Blad1', [['Gemeente', 'NIS-code', 'Jaar', 'Mediaanprijs (in euro)'], ['Gent', 44021, 2023, 260000]]];
    const result = await importMonitor(wb, await themeFile('GSM_Extract_WO_08.xlsx', [sheet]), { now: NOW });
    expect(result.summary.indicatorsAdded).toEqual([{ id: 'IND-001', name: 'Mediaanprijs appartementen', code: 'WO_08', from: 'catalogus' }]);
  });

  test('a bad cell is reported with its sheet, row and column', async () => {
    const wb = await newRegistry('44021');
    const sheet: Sheet = ['WO_07', [wo07[1][0], ['Gent', 44021, 'Mediaanprijs huizen', 2023, 'Alle huizen', 'onbekend'], ['Gent', 44021, 'Mediaanprijs huizen', 2022, 'Alle huizen', 300000]]];
    const result = await importMonitor(wb, await themeFile('t.xlsx', [sheet]), { now: NOW });
    expect(result.errors).toEqual([{ line: 2, sheet: 'WO_07', column: 'Mediaanprijs (in euro)', rule: 'import.geen-getal', params: { value: 'onbekend' }, message: expect.stringContaining('"onbekend" is geen getal') }]);
    expect(result.summary).toMatchObject({ added: 1, skipped: 1 });
  });

  test('a workbook without monitor sheets gets a Dutch message naming what it found', async () => {
    const file = await themeFile('budget.xlsx', [notes, ['Cijfers', [['Post', 'Bedrag'], ['Feest', 100]]]]);
    const importing = importMonitor(await newRegistry('44021'), file);
    await expect(importing).rejects.toBeInstanceOf(UserError);
    await expect(importing).rejects.toThrow(/budget\.xlsx is geen Excel-bestand van de Gemeente-Stadsmonitor: geen enkel tabblad heeft de kolommen Gemeente, NIS-code, Indicator en Jaar.*Gevonden tabbladen: Toelichting .*; Cijfers/);
  });
});

describe('cells as a person sees them in Excel', () => {
  /** An indicator sheet whose Datum, Vlag and Opmerking columns are dimensions: their text shows how each cell was read. */
  async function cellsBook(setUp: (book: ExcelJS.Workbook, sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('WO_07');
    sheet.addRow(['Gemeente', 'NIS-code', 'Indicator', 'Jaar', 'Datum', 'Vlag', 'Opmerking', 'Mediaanprijs (in euro)']);
    setUp(book, sheet);
    return new Uint8Array(await book.xlsx.writeBuffer());
  }
  async function readRows(data: Uint8Array) {
    const { sink, rows } = collect();
    const book = await openThemeWorkbook(data, 'Thema.xlsx');
    book.read(sink);
    return { sheets: book.sheets.map((s) => s.sheet), rows: rows.map((r) => [r.area.name, r.indicator.name, r.period, r.dimension, r.values[0].raw]) };
  }
  const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

  test('rich text joined, formulas as their results, dates as ISO dates, booleans in Dutch, errors empty, merged cells as their first cell; hidden sheets left out', async () => {
    const data = await cellsBook((book, sheet) => {
      sheet.addRow([{ richText: [{ text: 'Ge' }, { font: { bold: true }, text: 'nt' }] }, 44021, 'Mediaanprijs huizen', 2023, utc(2024, 3, 1), true, { formula: 'A1', result: 'nagekeken' }, { formula: '2*5', result: 10 }]);
      sheet.addRow(['Aalst', 41002, 'Mediaanprijs huizen', 2023, { formula: 'TODAY()', result: utc(2020, 1, 31) }, false, { formula: 'NA()', result: { error: '#N/A' } }, 280000]);
      sheet.addRow(['Aalst', 41002, 'Mediaanprijs huizen', 2022, null, null, null, 270000]);
      sheet.mergeCells('A3:A4');
      sheet.getColumn(5).numFmt = 'dd/mm/yyyy';
      const hidden = book.addWorksheet('WO_08', { state: 'hidden' });
      hidden.addRow(['Gemeente', 'NIS-code', 'Indicator', 'Jaar', 'Mediaanprijs (in euro)']);
      hidden.addRow(['Gent', 44021, 'Mediaanprijs appartementen', 2023, 1]);
    });
    expect(await readRows(data)).toEqual({
      sheets: ['WO_07'],
      rows: [
        ['Gent', 'Mediaanprijs huizen', 2023, '2024-03-01 | WAAR | nagekeken', 10],
        ['Aalst', 'Mediaanprijs huizen', 2023, '2020-01-31 | ONWAAR', 280000],
        ['Aalst', 'Mediaanprijs huizen', 2022, '', 270000],
      ],
    });
  });

  test('a workbook in the 1904 date system (a Mac Excel file; LibreOffice writes date1904="true") gives the same dates', async () => {
    const data = await cellsBook((book, sheet) => {
      book.properties.date1904 = true;
      sheet.addRow(['Gent', 44021, 'Mediaanprijs huizen', 2023, utc(2024, 3, 1), null, null, 1]);
      sheet.getCell('E2').numFmt = 'yyyy-mm-dd';
    });
    expect((await readRows(data)).rows[0][3]).toBe('2024-03-01');
    const zip = await JSZip.loadAsync(data);
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/date1904="1"/);
    zip.file('xl/workbook.xml', workbookXml.replace('date1904="1"', 'date1904="true"'));
    expect((await readRows(await zip.generateAsync({ type: 'uint8array' }))).rows[0][3]).toBe('2024-03-01');
  });
});

describe('a file that is no readable workbook gets a Dutch refusal', () => {
  const refusal = /^Thema\.xlsx is geen leesbare Excel-werkmap: het bestand is beschadigd of een ander soort zip-bestand\. Download het opnieuw\.$/;
  const open = (data: Uint8Array) => openThemeWorkbook(data, 'Thema.xlsx');
  /** The refusal's cause, which tells the log what failed. */
  const causeOf = async (data: Uint8Array) => ((await open(data).catch((e: unknown) => e)) as Error).cause;

  test('cut off halfway, or not a zip at all', async () => {
    const data = await workbook([wo07]);
    await expect(open(data.subarray(0, data.length >> 1))).rejects.toThrow(refusal);
    await expect(open(new TextEncoder().encode('Gemeente;NIS-code;Indicator;Jaar\n'))).rejects.toThrow(refusal);
  });

  test('a zip without a workbook, or a workbook whose sheet is missing', async () => {
    const other = new JSZip();
    other.file('word/document.xml', '<w:document/>');
    await expect(open(await other.generateAsync({ type: 'uint8array' }))).rejects.toThrow(refusal);
    const zip = await JSZip.loadAsync(await workbook([contents, wo07]));
    zip.remove('xl/worksheets/sheet2.xml');
    await expect(open(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(refusal);
    expect(await causeOf(await zip.generateAsync({ type: 'uint8array' }))).toMatchObject({ fault: 'missing', part: 'xl/worksheets/sheet2.xml' });
  });

  test('damaged shared strings', async () => {
    const zip = await JSZip.loadAsync(await workbook([wo07]));
    zip.file('xl/sharedStrings.xml', 'geen xml');
    await expect(open(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(refusal);
    expect(await causeOf(await zip.generateAsync({ type: 'uint8array' }))).toMatchObject({ fault: 'unreadable', part: 'xl/sharedStrings.xml' });
  });
});

test('the same measurement on two sheets: the first is taken, the second reported with both places', async () => {
  const wb = await newRegistry('44021');
  const again: Sheet = ['Kopie', wo07[1]];
  const result = await importMonitor(wb, await themeFile('dubbel.xlsx', [wo07, again]), { now: NOW });
  expect(result.summary).toMatchObject({ added: 2, skipped: 2 });
  expect(result.errors[0]).toEqual({
    line: 2,
    sheet: 'Kopie',
    column: 'Mediaanprijs (in euro)',
    rule: 'import.dubbel',
    params: { what: 'IND-001, 2000, 2023, Alle huizen', otherLine: 2, otherSheet: 'WO_07', sameSheet: 0 },
    message: 'dezelfde meting (IND-001, 2000, 2023, Alle huizen) staat ook op tabblad WO_07 rij 2; alleen die eerste waarde is genomen.',
  });
});
