import { columnLetter } from '../../../src/workbook/address';
import { ExcelWorkbook, type ExcelWorkbookOptions } from '../../../src/workbook/excel/adapter';
import { MINIMUM_EXCEL_API } from '../../../src/workbook/excel/capabilities';
import { REQUEST_BYTES } from '../../../src/workbook/excel/requestSize';
import type { CellInput, Edit } from '../../../src/workbook/port';
import { workbookContract, type ChartLook } from '../contract';
import { FakeExcel, LATEST_EXCEL_API } from './fakeExcel';
import { syncsOf } from './syncsOf';

const SERIES_BY: Record<string, ChartLook['seriesBy']> = { Columns: 'columns', Rows: 'rows', Auto: 'guessed' };
const BLANKS: Record<string, ChartLook['blanks']> = { NotPlotted: 'gap', Zero: 'zero', Interplotted: 'connected' };

// reopen() is a new adapter over the same fake workbook: what is asserted is what the workbook holds.
// At the manifest's minimum ExcelApi level and at the latest: the adapter asks the host, as in Excel.
for (const excelApi of [MINIMUM_EXCEL_API, LATEST_EXCEL_API]) workbookContract(`Office.js (recording fake, ExcelApi ${excelApi})`, () => {
  const fake = new FakeExcel({ excelApi });
  return {
    async open() {
      return new ExcelWorkbook(fake.run, { requirements: fake.requirements });
    },
    async reopen() {
      return new ExcelWorkbook(fake.run, { requirements: fake.requirements });
    },
    async look() {
      return {
        locked: (sheet, cell) => fake.locked(sheet, cell),
        protection: (sheet) => {
          const options = fake.protection(sheet);
          if (!options) return null;
          return {
            selectLocked: options.selectionMode === 'Normal',
            selectUnlocked: options.selectionMode !== 'None',
            formatCells: options.allowFormatCells === true,
            formatColumns: options.allowFormatColumns === true,
            formatRows: options.allowFormatRows === true,
          };
        },
        columnHidden: (sheet, column) => fake.columnHidden(sheet, column),
        columnWraps: (sheet, column) => fake.columnWraps(sheet, column),
        printLayout: (sheet) => {
          const print = fake.printLayout(sheet);
          return {
            landscape: print.orientation === 'Landscape',
            a4: print.paperSize === 'A4',
            fitsWidth: print.zoom.horizontalFitToPages === 1,
            titleRows: print.titleRows?.replace(/\$/g, '') ?? null,
            header: print.centerHeader.replace(/&&/g, '&'),
            breaksBefore: print.breaks,
          };
        },
        selection: () => {
          const { sheet, address } = fake.selection();
          return { sheet, cell: address };
        },
        charts: (sheet) =>
          fake.charts(sheet).map((c) => ({
            name: c.name,
            type: c.type,
            title: c.title,
            series: c.source,
            seriesBy: SERIES_BY[c.seriesBy],
            categories: c.categories,
            blanks: BLANKS[c.displayBlanksAs],
            at: c.from,
            to: c.to,
          })),
      };
    },
  };
}, { charts: true, notes: excelApi === LATEST_EXCEL_API, printLayout: excelApi === LATEST_EXCEL_API });

const text = (n: number, width = 60) => `rij ${n} `.padEnd(width, 'x');
const measurementRows = (count: number): CellInput[][] =>
  Array.from({ length: count }, (_, i) => [`M${i}`, text(i), i * 1.5, i % 2 === 0, new Date(Date.UTC(2024, 0, 1 + (i % 28)))]);
const COLUMNS = ['ID', 'Omschrijving', 'Waarde', 'Gecontroleerd', 'Datum'];

async function workbookWithTable(options: ExcelWorkbookOptions = {}) {
  const fake = new FakeExcel();
  const wb = new ExcelWorkbook(fake.run, options);
  await wb.apply([
    { kind: 'addSheet', sheet: 'Metingen' },
    { kind: 'addTable', sheet: 'Metingen', table: 'tblMetingen', at: 'A1', columns: COLUMNS, rows: measurementRows(1) },
  ]);
  fake.resetCounters();
  return { fake, wb };
}

describe('Office.js adapter: round trips do not grow with the rows', () => {
  const editsFor = (rows: number): Edit[] => [
    { kind: 'addSheet', sheet: 'Extra' },
    { kind: 'addTable', sheet: 'Extra', table: 'tblExtra', at: 'B2', columns: COLUMNS, rows: measurementRows(rows) },
    { kind: 'appendRows', table: 'tblMetingen', rows: measurementRows(rows) },
    { kind: 'updateCells', table: 'tblMetingen', cells: Array.from({ length: rows }, (_, i) => ({ row: i, column: 'Waarde', value: i })) },
    { kind: 'writeRange', sheet: 'Extra', at: 'J1', values: measurementRows(rows) },
    { kind: 'setValidation', table: 'tblMetingen', column: 'Waarde', validation: { rule: { type: 'decimal' } } },
    { kind: 'setConditionalFormats', table: 'tblMetingen', column: 'Waarde', formats: [{ formula: 'C2>100', fill: '#FFC7CE' }] },
    { kind: 'setNote', sheet: 'Metingen', cell: 'C2', text: 'boven de norm' },
    { kind: 'setSheetLayout', sheet: 'Metingen', widths: { A: 10, B: 40 }, freezeRows: 1 },
    { kind: 'setLineChart', sheet: 'Extra', name: 'grafiek', title: 'Waarde', source: `J1:K${rows}`, at: 'Q2', to: 'X20' },
  ];

  test('apply() of 10 rows and of 15,000 rows costs the same syncs apart from payload chunks', async () => {
    const small = await workbookWithTable();
    const large = await workbookWithTable();
    const few = await syncsOf(small.fake, small.wb, () => small.wb.apply(editsFor(10)));
    const many = await syncsOf(large.fake, large.wb, () => large.wb.apply(editsFor(15_000)));
    expect(few).toEqual({ fixed: 3, chunks: 0 });
    expect(many.fixed).toBe(few.fixed);
    expect(many.chunks).toBeGreaterThan(0); // about 4.5 MB of rows does not fit one request
    for (const sync of large.fake.syncs) expect(sync.requestBytes).toBeLessThan(large.fake.requestLimit);

    const [t] = await large.wb.readTables(['tblMetingen']);
    expect(t.rows).toHaveLength(15_001);
    expect(t.rows[15_000]).toEqual(['M14999', text(14999), 14999 * 1.5, false, 45292 + (14999 % 28)]);
    expect(t.rows[1][2]).toBe(1);
  });

  test('updating the same columns of many rows is one write per payload chunk, not one per row', async () => {
    const { fake, wb } = await workbookWithTable();
    await wb.apply([{ kind: 'appendRows', table: 'tblMetingen', rows: measurementRows(4_999) }]);
    const cells = Array.from({ length: 5_000 }, (_, i) => [
      { row: i, column: 'Waarde', value: i * 2 },
      { row: i, column: 'Gecontroleerd', value: true },
    ]).flat();
    fake.resetCounters();
    await wb.apply([{ kind: 'updateCells', table: 'tblMetingen', cells }]);
    // One block of two columns: the request is the values plus a few commands, far below 5,000 commands' worth.
    expect(fake.syncs.reduce((sum, s) => sum + s.requestBytes, 0)).toBeLessThan(200_000);
    const [t] = await wb.readTables(['tblMetingen']);
    expect(t.rows[4_999].slice(2, 4)).toEqual([9_998, true]);
    expect(t.rows[0].slice(2, 4)).toEqual([0, true]);
  });

  test('readTables() of 10 rows and of 10,000 rows costs the same syncs apart from read chunks', async () => {
    const small = await workbookWithTable();
    const large = await workbookWithTable();
    await small.wb.apply([{ kind: 'appendRows', table: 'tblMetingen', rows: measurementRows(9) }]);
    await large.wb.apply([{ kind: 'appendRows', table: 'tblMetingen', rows: measurementRows(9_999) }]);
    const few = await syncsOf(small.fake, small.wb, () => small.wb.readTables(['tblMetingen']));
    const many = await syncsOf(large.fake, large.wb, () => large.wb.readTables(['tblMetingen']));
    expect(few).toEqual({ fixed: 3, chunks: 0 });
    expect(many).toEqual({ fixed: 3, chunks: 0 }); // 50,000 cells fit one read
  });

  test('every port method has a fixed number of syncs', async () => {
    const { fake, wb } = await workbookWithTable();
    expect((await syncsOf(fake, wb, () => wb.info())).fixed).toBe(2);
    expect((await syncsOf(fake, wb, () => wb.readRange('Metingen', 'A1:E2'))).fixed).toBe(2);
    expect((await syncsOf(fake, wb, () => wb.readColumnRules('tblMetingen', ['ID', 'Waarde']))).fixed).toBe(4);
    expect((await syncsOf(fake, wb, () => wb.readNotes('Metingen', ['A1', 'B2']))).fixed).toBe(2);
    expect(await syncsOf(fake, wb, () => wb.select('Metingen', 'B2'))).toEqual({ fixed: 1, chunks: 0 });
  });

  test('line charts cost no syncs of their own: one or ten, new or replacing', async () => {
    const charts = (count: number, title: string): Edit[] =>
      Array.from({ length: count }, (_, i) => ({ kind: 'setLineChart', sheet: 'Metingen', name: `grafiek ${i}`, title, source: 'A1:C2', at: 'H2', to: 'O20' }));
    const { fake, wb } = await workbookWithTable();
    expect(await syncsOf(fake, wb, () => wb.apply(charts(1, 'een')))).toEqual({ fixed: 3, chunks: 0 });
    expect(await syncsOf(fake, wb, () => wb.apply(charts(10, 'tien')))).toEqual({ fixed: 3, chunks: 0 }); // one replaced, nine new
    expect(await syncsOf(fake, wb, () => wb.apply(charts(10, 'weer')))).toEqual({ fixed: 3, chunks: 0 }); // all replaced
    expect(fake.charts('Metingen').map((c) => c.title)).toEqual(Array(10).fill('weer'));
  });

  test('protecting a sheet, hiding columns and custom validations cost the same syncs for 1 or 500 ranges, protected before or not', async () => {
    const letters = (count: number) => Array.from({ length: count }, (_, i) => columnLetter(10 + i));
    const edits = (count: number): Edit[] => [
      { kind: 'setValidation', table: 'tblMetingen', column: 'Waarde', validation: { rule: { type: 'custom', formula: 'ISNUMBER(C2)' } } },
      { kind: 'setSheetLayout', sheet: 'Metingen', hidden: letters(count) },
      { kind: 'protectSheet', sheet: 'Metingen', unlocked: letters(count).map((letter) => `${letter}2:${letter}40`) },
    ];
    const { fake, wb } = await workbookWithTable();
    expect(await syncsOf(fake, wb, () => wb.apply(edits(1)))).toEqual({ fixed: 3, chunks: 0 });
    expect(await syncsOf(fake, wb, () => wb.apply(edits(500)))).toEqual({ fixed: 3, chunks: 0 });
    expect(fake.locked('Metingen', 'J40')).toBe(false);
    expect(fake.locked('Metingen', 'SO2')).toBe(false);
    expect(fake.columnHidden('Metingen', 'SO')).toBe(true);
  });
});

describe('Office.js adapter: payload chunks', () => {
  test('a write over the payload budget is split into several syncs, each under the budget', async () => {
    const budget = 50_000;
    const { fake, wb } = await workbookWithTable({ payloadBudget: budget });
    const rows = measurementRows(2_000); // about 250,000 characters of values
    const { chunks } = await syncsOf(fake, wb, () => wb.apply([{ kind: 'appendRows', table: 'tblMetingen', rows }]));
    expect(chunks).toBeGreaterThanOrEqual(4);
    expect(fake.syncCount).toBe(3 + chunks);
    for (const sync of fake.syncs) expect(sync.requestBytes).toBeLessThanOrEqual(budget + REQUEST_BYTES);
    const [t] = await wb.readTables(['tblMetingen']);
    expect(t.rows.slice(1)).toEqual(rows.map((r) => [r[0], r[1], r[2], r[3], 45292 + (rows.indexOf(r) % 28)]));
  });

  test('many single-cell updates are chunked too, counting the cost of each command', async () => {
    const budget = 20_000;
    const { fake, wb } = await workbookWithTable({ payloadBudget: budget });
    await wb.apply([{ kind: 'appendRows', table: 'tblMetingen', rows: measurementRows(499) }]);
    const cells = Array.from({ length: 500 }, (_, i) => ({ row: i, column: i % 2 ? 'ID' : 'Waarde', value: i }));
    const { chunks } = await syncsOf(fake, wb, () => wb.apply([{ kind: 'updateCells', table: 'tblMetingen', cells }]));
    expect(chunks).toBeGreaterThan(0);
    // The budget is for the commands; what every request carries besides them is kept apart.
    for (const sync of fake.syncs) expect(sync.requestBytes).toBeLessThanOrEqual(budget + REQUEST_BYTES);
  });

  test('a large read is split by the read budget and comes back whole and in order', async () => {
    const { fake, wb } = await workbookWithTable({ readCellBudget: 1_000 });
    await wb.apply([{ kind: 'appendRows', table: 'tblMetingen', rows: measurementRows(999) }]);
    const { fixed, chunks } = await syncsOf(fake, wb, () => wb.readTables(['tblMetingen']));
    expect(fixed).toBe(3);
    expect(chunks).toBe(4); // 5,000 cells, 1,000 a sync
    const [t] = await wb.readTables(['tblMetingen']);
    expect(t.rows.map((r) => r[0])).toEqual(['M0', ...Array.from({ length: 999 }, (_, i) => `M${i}`)]);
  });

  test('Excel on the web refuses an oversized request, so the default budget must keep under it', async () => {
    const { fake, wb } = await workbookWithTable({ payloadBudget: 10_000_000 });
    await expect(wb.apply([{ kind: 'appendRows', table: 'tblMetingen', rows: measurementRows(60_000) }])).rejects.toMatchObject({
      code: 'excel',
      cause: { code: 'RequestPayloadSizeLimitExceeded' },
    });
    expect(fake.syncs.some((s) => s.requestBytes > fake.requestLimit)).toBe(true);
  });
});

describe('Office.js adapter: an edit list that cannot apply', () => {
  test('is refused before a single write is queued', async () => {
    const { fake, wb } = await workbookWithTable();
    const before = fake.dump();
    fake.resetCounters();
    await expect(
      wb.apply([
        { kind: 'addSheet', sheet: 'Nieuw' },
        { kind: 'appendRows', table: 'tblMetingen', rows: measurementRows(5) },
        { kind: 'setValidation', table: 'tblMetingen', column: 'Bestaat niet', validation: { rule: { type: 'decimal' } } },
      ]),
    ).rejects.toThrow('Kolom Bestaat niet bestaat niet in tabel tblMetingen.');
    expect(fake.writesQueued).toBe(0);
    expect(fake.dump()).toBe(before);
  });

  test.each<[string, Edit[], RegExp]>([
    ['an unknown table', [{ kind: 'appendRows', table: 'tblX', rows: [] }], /^Tabel tblX bestaat niet in deze werkmap\.$/],
    ['an unknown sheet', [{ kind: 'setNote', sheet: 'Nergens', cell: 'A1', text: 'x' }], /Blad Nergens bestaat niet/],
    ['a row past the end', [{ kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 1, column: 'ID', value: 'x' }] }], /Rij 1 bestaat niet in tabel tblMetingen/],
    ['overlapping tables', [{ kind: 'addTable', sheet: 'Metingen', table: 'tblOver', at: 'C2', columns: ['X'], rows: [] }], /tblOver.*tblMetingen/],
    ['a table name that reads as a cell', [{ kind: 'addTable', sheet: 'Metingen', table: 'AB12', at: 'H1', columns: ['X'], rows: [] }], /AB12/],
    ['a name already used by a table', [{ kind: 'setName', name: 'tblMetingen', formula: 'Metingen!$A$1' }], /tblMetingen/],
    ['hiding every sheet', [{ kind: 'setSheetVisibility', sheet: 'Metingen', visibility: 'hidden' }, { kind: 'setSheetVisibility', sheet: 'Sheet1', visibility: 'hidden' }], /zichtbaar/],
    ['a number Excel cannot hold', [{ kind: 'appendRows', table: 'tblMetingen', rows: [['x', 'y', Number.NaN, true, null]] }], /Ongeldig getal/],
    ['protecting an unknown sheet', [{ kind: 'setSheetLayout', sheet: 'Metingen', hidden: ['A'] }, { kind: 'protectSheet', sheet: 'Nergens', unlocked: [] }], /Blad Nergens/],
    ['an unlocked range that is none', [{ kind: 'protectSheet', sheet: 'Metingen', unlocked: ['A1', 'B:B'] }], /Ongeldig bereik B:B/],
  ])('%s is refused with nothing queued', async (_, edits, message) => {
    const { fake, wb } = await workbookWithTable();
    const before = fake.dump();
    await expect(wb.apply(edits)).rejects.toThrow(message);
    expect(fake.writesQueued).toBe(0);
    expect(fake.dump()).toBe(before);
  });
});

describe('Office.js adapter: what lands in the workbook', () => {
  test('strings are written with an apostrophe and stored as text; dates get a date format', async () => {
    const { fake, wb } = await workbookWithTable();
    await wb.apply([{ kind: 'appendRows', table: 'tblMetingen', rows: [['=1+1', '02000', -5, false, new Date(Date.UTC(2024, 5, 30))]] }]);
    expect(fake.cell('Metingen', 'A3')).toEqual({ value: '=1+1', quotePrefix: true, numberFormat: 'General' });
    expect(fake.cell('Metingen', 'B3')).toEqual({ value: '02000', quotePrefix: true, numberFormat: 'General' });
    expect(fake.cell('Metingen', 'C3')).toEqual({ value: -5, quotePrefix: false, numberFormat: 'General' });
    expect(fake.cell('Metingen', 'E3')).toEqual({ value: 45473, quotePrefix: false, numberFormat: 'dd/mm/yyyy' });
  });

  test('a date written by updateCells gets the date format too', async () => {
    const { fake, wb } = await workbookWithTable();
    await wb.apply([{ kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 0, column: 'ID', value: new Date(Date.UTC(2024, 0, 1)) }] }]);
    expect(fake.cell('Metingen', 'A2')).toMatchObject({ value: 45292, numberFormat: 'dd/mm/yyyy' });
  });

  test('sheet layout: widths in characters become points, rows are frozen, tabs coloured', async () => {
    const { fake, wb } = await workbookWithTable();
    await wb.apply([
      { kind: 'addSheet', sheet: 'Lijsten', tabColor: '#808080' },
      { kind: 'setSheetLayout', sheet: 'Metingen', widths: { A: 10, C: 0 }, freezeRows: 1 },
    ]);
    expect(fake.columnWidth('Metingen', 'A')).toBe((10 * 7 + 5) * 0.75);
    expect(fake.columnWidth('Metingen', 'C')).toBe(3.75);
    expect(fake.frozenRows('Metingen')).toBe(1);
    expect(fake.tabColor('Lijsten')).toBe('#808080');
    await wb.apply([{ kind: 'setSheetLayout', sheet: 'Metingen', freezeRows: 0 }]);
    expect(fake.frozenRows('Metingen')).toBe(0);
  });

  test('a protected sheet takes values in its unlocked cells; a list that changes more must protect it again, as Excel refuses', async () => {
    const { fake, wb } = await workbookWithTable();
    await wb.apply([{ kind: 'protectSheet', sheet: 'Metingen', unlocked: ['C2:C20'] }]);
    expect(fake.protection('Metingen')).toMatchObject({ allowFormatColumns: true, allowFormatRows: true, allowFormatCells: false, selectionMode: 'Normal' });
    await wb.apply([
      { kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 0, column: 'Waarde', value: 7 }] },
      { kind: 'setSheetLayout', sheet: 'Metingen', widths: { C: 20 }, hidden: ['D'] },
    ]);
    expect(fake.cell('Metingen', 'C2').value).toBe(7);
    await expect(wb.apply([{ kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 0, column: 'ID', value: 'M9' }] }])).rejects.toMatchObject({ code: 'excel', cause: { code: 'AccessDenied' } });
    await wb.apply([
      { kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 0, column: 'ID', value: 'M9' }] },
      { kind: 'protectSheet', sheet: 'Metingen', unlocked: [] },
    ]);
    expect(fake.cell('Metingen', 'A2').value).toBe('M9');
    expect(fake.protection('Metingen')).not.toBeNull();
  });

  test('a line chart on a protected sheet goes in when the list protects it again, and is refused by Excel otherwise', async () => {
    const { fake, wb } = await workbookWithTable();
    const chart: Edit = { kind: 'setLineChart', sheet: 'Metingen', name: 'grafiek', title: 'Waarde', source: 'A1:C2', at: 'H2', to: 'O20' };
    await wb.apply([{ kind: 'protectSheet', sheet: 'Metingen', unlocked: [] }]);
    await expect(wb.apply([chart])).rejects.toMatchObject({ code: 'excel', cause: { code: 'AccessDenied' } });
    await wb.apply([chart, { kind: 'protectSheet', sheet: 'Metingen', unlocked: [] }]);
    expect(fake.charts('Metingen').map((c) => [c.name, c.source, c.categories])).toEqual([['grafiek', 'Metingen!B1:C2', 'Metingen!A2']]);
    expect(fake.protection('Metingen')).not.toBeNull();
  });

  test('select activates the sheet and selects the cell', async () => {
    const { fake, wb } = await workbookWithTable();
    await wb.select('Metingen', '$c$2');
    expect(fake.selection()).toEqual({ sheet: 'Metingen', address: 'C2' });
    await expect(wb.select('Nergens', 'A1')).rejects.toMatchObject({ code: 'excel', cause: { code: 'ItemNotFound' } });
  });

  test('hiding the only visible sheet while showing another works in either order', async () => {
    const { wb } = await workbookWithTable();
    await wb.apply([{ kind: 'setSheetVisibility', sheet: 'Sheet1', visibility: 'hidden' }]);
    await wb.apply([
      { kind: 'setSheetVisibility', sheet: 'Metingen', visibility: 'hidden' },
      { kind: 'setSheetVisibility', sheet: 'Sheet1', visibility: 'visible' },
    ]);
    expect((await wb.info()).sheets).toEqual([
      { name: 'Sheet1', visibility: 'visible', protected: false },
      { name: 'Metingen', visibility: 'hidden', protected: false },
    ]);
  });

  test('conditional formats keep their order: the first listed has the highest priority', async () => {
    const { wb } = await workbookWithTable();
    const formats = [{ formula: 'C2>100', fill: '#FFC7CE' }, { formula: 'C2<0', fill: '#FFEB9C', fontColor: '#9C5700' }];
    await wb.apply([{ kind: 'setConditionalFormats', table: 'tblMetingen', column: 'Waarde', formats }]);
    const [rules] = await wb.readColumnRules('tblMetingen', ['Waarde']);
    expect(rules.formats).toEqual(formats);
  });

  test('re-setting a name to what it holds writes nothing', async () => {
    const { fake, wb } = await workbookWithTable();
    await wb.apply([{ kind: 'setName', name: 'lst_ID', formula: 'tblMetingen[ID]' }]);
    fake.resetCounters();
    await wb.apply([{ kind: 'setName', name: 'lst_ID', formula: 'tblMetingen[ID]' }]);
    expect(fake.writesQueued).toBe(0);
  });

  test('an empty edit list does not even open a batch', async () => {
    const { fake, wb } = await workbookWithTable();
    await wb.apply([]);
    expect(fake.syncCount).toBe(0);
  });

  test('errors from Excel surface unchanged', async () => {
    const { fake, wb } = await workbookWithTable();
    fake.responseLimit = 100;
    await expect(wb.readTables(['tblMetingen'])).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });
});

/** Measurement rows whose ID links to the cell it names, as on the Controle sheet. */
const linkRows = (count: number): CellInput[][] => measurementRows(count).map(([id, ...rest]) => [{ text: String(id), link: 'Metingen!$A$1' }, ...rest]);

describe('Office.js adapter: replaceRows', () => {
  /** A table of `rows` data rows with rules on Waarde; the syncs replaceRows with `to` rows costs. */
  async function replaceCost(rows: number, to: number) {
    const { fake, wb } = await workbookWithTable();
    await wb.apply([
      { kind: 'replaceRows', table: 'tblMetingen', rows: linkRows(rows) },
      { kind: 'setValidation', table: 'tblMetingen', column: 'Waarde', validation: { rule: { type: 'decimal' } } },
      { kind: 'setConditionalFormats', table: 'tblMetingen', column: 'Waarde', formats: [{ formula: 'C2>100', fill: '#FFC7CE' }] },
    ]);
    const cost = await syncsOf(fake, wb, () => wb.apply([{ kind: 'replaceRows', table: 'tblMetingen', rows: linkRows(to) }]));
    for (const sync of fake.syncs) expect(sync.requestBytes).toBeLessThan(fake.requestLimit);
    const [t] = await wb.readTables(['tblMetingen']);
    expect(t.rows).toHaveLength(Math.max(1, to));
    if (to > 0) expect(t.rows[to - 1]).toEqual([`M${to - 1}`, text(to - 1), (to - 1) * 1.5, (to - 1) % 2 === 0, 45292 + ((to - 1) % 28)]);
    const [rules] = await wb.readColumnRules('tblMetingen', ['Waarde']);
    expect(rules).toEqual({ column: 'Waarde', validation: { rule: { type: 'decimal' } }, formats: [{ formula: 'C2>100', fill: '#FFC7CE' }] });
    return cost;
  }

  test('growing to 10 or to 10,000 rows, and shrinking from 10 or from 10,000, cost the same syncs apart from payload chunks', async () => {
    const grow = { few: await replaceCost(1, 10), many: await replaceCost(1, 10_000) };
    const shrink = { few: await replaceCost(10, 1), many: await replaceCost(10_000, 1), toNone: await replaceCost(10_000, 0) };
    expect(grow.few).toEqual({ fixed: 3, chunks: 0 });
    expect(grow.many.fixed).toBe(3);
    expect(grow.many.chunks).toBeGreaterThan(0); // values and a link per row do not fit one request
    expect(shrink).toEqual({ few: { fixed: 3, chunks: 0 }, many: { fixed: 3, chunks: 0 }, toNone: { fixed: 3, chunks: 0 } });
  });

  test('old links go, surplus rows are deleted as Excel deletes table rows, and rules cover exactly the new rows', async () => {
    const { fake, wb } = await workbookWithTable();
    await wb.apply([
      { kind: 'replaceRows', table: 'tblMetingen', rows: linkRows(5) },
      { kind: 'setValidation', table: 'tblMetingen', column: 'Waarde', validation: { rule: { type: 'decimal' } } },
      { kind: 'setConditionalFormats', table: 'tblMetingen', column: 'Waarde', formats: [{ formula: 'C2>100', fill: '#FFC7CE' }] },
      { kind: 'writeRange', sheet: 'Metingen', at: 'A8', values: [['onder de tabel']] },
    ]);
    expect(fake.hyperlink('Metingen', 'A6')).toEqual({ documentReference: 'Metingen!$A$1', textToDisplay: 'M4' });

    await wb.apply([{ kind: 'replaceRows', table: 'tblMetingen', rows: measurementRows(2) }]);
    expect((await wb.info()).tables.find((t) => t.name === 'tblMetingen')?.address).toBe('A1:E3');
    for (const cell of ['A2', 'A3', 'A4', 'A6']) expect(fake.hyperlink('Metingen', cell)).toBeNull();
    expect(fake.cell('Metingen', 'A2')).toEqual({ value: 'M0', quotePrefix: true, numberFormat: 'General' });
    expect(fake.cell('Metingen', 'E3')).toMatchObject({ value: 45293, numberFormat: 'dd/mm/yyyy' }); // formats of dates are written again
    expect(fake.cell('Metingen', 'A5').value).toBe('onder de tabel'); // moved up with the deleted rows
    expect(fake.cellRules('Metingen', 'C3')).toEqual({ validation: true, conditionalFormats: 1 });
    expect(fake.cellRules('Metingen', 'C4')).toEqual({ validation: false, conditionalFormats: 0 });

    await wb.apply([{ kind: 'replaceRows', table: 'tblMetingen', rows: measurementRows(6) }]);
    expect(fake.cell('Metingen', 'A9').value).toBe('onder de tabel'); // moved down by the added table rows
    expect(fake.cellRules('Metingen', 'C7')).toEqual({ validation: true, conditionalFormats: 1 });
    expect(fake.cellRules('Metingen', 'C8')).toEqual({ validation: false, conditionalFormats: 0 });
  });
});

describe('Office.js adapter: links', () => {
  test('a link cell holds its text as text and an Excel hyperlink to the place it names', async () => {
    const { fake, wb } = await workbookWithTable();
    await wb.apply([
      { kind: 'appendRows', table: 'tblMetingen', rows: [[{ text: '=1+1', link: "'Thema''s'!B2" }, 'x', 1, true, null]] },
      { kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 0, column: 'Omschrijving', value: { text: '02000', link: 'Metingen!H1' } }] },
      { kind: 'writeRange', sheet: 'Metingen', at: 'H1', values: [[{ text: 'naar A1', link: 'Metingen!$A$1' }, 'geen link']] },
    ]);
    expect(fake.cell('Metingen', 'A3')).toEqual({ value: '=1+1', quotePrefix: true, numberFormat: 'General' });
    expect(fake.hyperlink('Metingen', 'A3')).toEqual({ documentReference: "'Thema''s'!B2", textToDisplay: '=1+1' });
    expect(fake.cell('Metingen', 'B2')).toMatchObject({ value: '02000', quotePrefix: true });
    expect(fake.hyperlink('Metingen', 'B2')).toEqual({ documentReference: 'Metingen!H1', textToDisplay: '02000' });
    expect(fake.hyperlink('Metingen', 'H1')).toEqual({ documentReference: 'Metingen!$A$1', textToDisplay: 'naar A1' });
    expect(fake.hyperlink('Metingen', 'I1')).toBeNull();
    expect(fake.hyperlink('Metingen', 'B3')).toBeNull();
  });
});
