// The trend chart's edits (src/norms/excelChart.ts) on a recording port: the sheet's name, the block
// of data, the chart over it, and clearing as far as the previous block went. The Office.js fake
// renders the same in test/norms/excelChart.test.ts (not in the mutation runs).
import type { ChartSeries } from '../../src/norms/chart';
import { chartSheetName, insertTrendChart } from '../../src/norms/excelChart';
import type { CellValue, Edit, WorkbookInfo, WorkbookPort } from '../../src/workbook/port';

const SERIES: ChartSeries = { indicator: 'IND-001', gebied: 'S-PARKSTRAAT', dimensie: '', periods: ['2023', '2024'], values: [49.1, 48.7], norm: [48, null], benchmark: [null, 50.2] };

/** A port that has `sheets`, whose column A reads `columnA`, and records what is read and applied. */
function port(sheets: string[], columnA: CellValue[] = [], charts = true) {
  const applied: Edit[][] = [];
  const reads: string[] = [];
  const info: WorkbookInfo = { sheets: sheets.map((name) => ({ name })) as WorkbookInfo['sheets'], tables: [], names: {}, capabilities: { charts, notes: true, printLayout: true } };
  const wb = {
    info: async () => info,
    readRange: async (sheet: string, address: string) => {
      reads.push(`${sheet}!${address}`);
      return columnA.map((v) => [v]);
    },
    apply: async (edits: Edit[]) => void applied.push(edits),
  } as unknown as WorkbookPort;
  return { wb, applied, reads };
}

const block = (sheet: string, rows: number) => [
  { kind: 'writeRange', sheet, at: 'A1', values: [['Periode', 'Waarde', 'Norm', 'Vlaams Gewest'], ['2023', 49.1, 48, null], ['2024', 48.7, null, 50.2]].slice(0, rows) },
  { kind: 'setLineChart', sheet, name: 'Trend', title: 'Geluid', source: `A1:D${rows}`, at: 'F2', to: 'O22' },
  { kind: 'setSheetLayout', sheet, widths: { A: 10, B: 10, C: 10, D: 14 }, freezeRows: 1 },
];

describe('chartSheetName', () => {
  test('Grafiek, indicator, area and dimension, without an empty dimension', () => {
    expect(chartSheetName(SERIES)).toBe('Grafiek IND-001 S-PARKSTRAAT');
    expect(chartSheetName({ indicator: 'IND-1', gebied: 'W-X', dimensie: 'Open' })).toBe('Grafiek IND-1 W-X Open');
    // An empty part leaves no double space.
    expect(chartSheetName({ indicator: 'IND-1', gebied: '', dimensie: 'Open' })).toBe('Grafiek IND-1 Open');
  });

  test("the characters a sheet name may not hold become one space per run: \\ / : * ? [ ] '", () => {
    expect(chartSheetName({ indicator: 'A\\B/C:D*E', gebied: 'F?G[H]I', dimensie: "J'K" })).toBe('Grafiek A B C D E F G H I J K');
    expect(chartSheetName({ indicator: 'A//B', gebied: 'C[?]D', dimensie: '' })).toBe('Grafiek A B C D');
  });

  test('at most 31 characters, without a space at the end', () => {
    // 'Grafiek IND-001 S-PARKSTRAAT-NOO' is 32 characters; the 31st is not a space.
    expect(chartSheetName({ indicator: 'IND-001', gebied: 'S-PARKSTRAAT-NOORD', dimensie: '' })).toBe('Grafiek IND-001 S-PARKSTRAAT-NO');
    // The 30 characters 'Grafiek IND-001 S-PARKSTRAAT12' and a space at the 31st.
    expect(chartSheetName({ indicator: 'IND-001', gebied: 'S-PARKSTRAAT12', dimensie: 'Open' })).toBe('Grafiek IND-001 S-PARKSTRAAT12');
  });
});

describe('insertTrendChart', () => {
  test('a new sheet with a green tab, the block from A1 and the line chart over it', async () => {
    const { wb, applied, reads } = port(['Metingen']);
    expect(await insertTrendChart(wb, SERIES, 'Geluid')).toEqual({ sheet: 'Grafiek IND-001 S-PARKSTRAAT' });
    expect(reads).toEqual([]);
    expect(applied).toEqual([[{ kind: 'addSheet', sheet: 'Grafiek IND-001 S-PARKSTRAAT', tabColor: '#107C10' }, ...block('Grafiek IND-001 S-PARKSTRAAT', 3)]]);
  });

  test('again on its sheet (in any case): cleared as far as the old block went, no sheet added', async () => {
    const { wb, applied, reads } = port(['Metingen', 'grafiek ind-001 s-parkstraat'], ['Periode', '2020', '2021', '2022', '2023', '', null]);
    await insertTrendChart(wb, SERIES, 'Geluid');
    expect(reads).toEqual(['Grafiek IND-001 S-PARKSTRAAT!A1:A2000']);
    expect(applied).toEqual([[{ kind: 'clearRange', sheet: 'Grafiek IND-001 S-PARKSTRAAT', address: 'A1:D5' }, ...block('Grafiek IND-001 S-PARKSTRAAT', 3)]]);
  });

  test('an emptied sheet of the same name: the first row is cleared', async () => {
    const { wb, applied } = port(['Grafiek IND-001 S-PARKSTRAAT'], [null, '']);
    await insertTrendChart(wb, { ...SERIES, periods: ['2023'], values: [49.1], norm: [48], benchmark: [null] }, 'Geluid');
    expect(applied).toEqual([[{ kind: 'clearRange', sheet: 'Grafiek IND-001 S-PARKSTRAAT', address: 'A1:D1' }, ...block('Grafiek IND-001 S-PARKSTRAAT', 2)]]);
  });

  test('refused in Dutch outside Excel, and without periods; nothing applied', async () => {
    const outside = port([], [], false);
    await expect(insertTrendChart(outside.wb, SERIES, 'x')).rejects.toThrow('een grafiek kan alleen in Excel zelf ingevoegd worden');
    const empty = port([]);
    await expect(insertTrendChart(empty.wb, { ...SERIES, periods: [], values: [], norm: [], benchmark: [] }, 'x')).rejects.toThrow(
      'IND-001 heeft in S-PARKSTRAAT geen getallen om uit te zetten',
    );
    expect([...outside.applied, ...empty.applied]).toEqual([]);
  });
});
