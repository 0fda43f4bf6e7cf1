// The edits that write the Overzicht sheet (src/norms/overviewSheet.ts), on the workbook's shape
// alone: a new table the first time (context indicators last, blank texts as empty cells, the colours
// on Status and Tegenover Vlaams Gewest), and after that new rows under the columns as the user left
// them, found by caption wherever they stand. Fast enough for every mutant Stryker makes of the file.
import { OVERVIEW_COLUMNS, OVERVIEW_SHEET, OVERVIEW_TABLE, overviewEdits } from '../../src/norms/overviewSheet';
import { statusTextFormats } from '../../src/norms/status';
import type { OverviewRow } from '../../src/norms/types';
import type { Edit, TableInfo, WorkbookInfo } from '../../src/workbook/port';

const row = (indicator: string, more: Partial<OverviewRow> = {}): OverviewRow => ({
  indicator, naam: `Naam ${indicator}`, gebied: '44021', gebiednaam: 'Gent', dimensie: '', periode: '2025', waarde: 49, eenheid: 'dB(A)',
  norm: 'max. 48 dB(A) (NRM-001)', status: 'Afwijking', tijdigheid: 'Actueel', vlaamsGewest: 55, vergelijking: 'beter', ...more,
});
const rows: OverviewRow[] = [
  row('IND-005', { context: true, dimensie: '', eenheid: '', tijdigheid: '', vlaamsGewest: null, vergelijking: null, norm: null, status: 'Geen norm' }),
  row('IND-001', { dimensie: 'dag' }),
  row('IND-002', { context: false, periode: null, waarde: null, status: null }),
];
const info = (tables: TableInfo[] = [], sheets = ['Metingen']): WorkbookInfo => ({
  sheets: sheets.map((name) => ({ name, visibility: 'visible', protected: false })),
  tables,
  names: {},
  capabilities: { charts: true, notes: true, printLayout: true },
});
const vergelijking = (cell: string) => [
  { formula: `${cell}="beter"`, fill: '#C6EFCE', fontColor: '#006100' },
  { formula: `${cell}="slechter"`, fill: '#F8CBAD', fontColor: '#843C0C' },
];

test('the first time: a sheet and table with the policy indicators first, then the colours', () => {
  const edits = overviewEdits(info(), rows, 'Gent');
  expect(edits.map((e) => e.kind)).toEqual(['addSheet', 'addTable', 'setSheetLayout', 'setPrintLayout', 'setConditionalFormats', 'setConditionalFormats']);
  const table = edits[1] as Extract<Edit, { kind: 'addTable' }>;
  expect([table.sheet, table.table, table.columns]).toEqual([OVERVIEW_SHEET, OVERVIEW_TABLE, OVERVIEW_COLUMNS]);
  expect(OVERVIEW_COLUMNS).toEqual(['Indicator', 'Naam', 'Rol', 'Gebied', 'Gebiednaam', 'Dimensie', 'Laatste periode', 'Waarde', 'Eenheid', 'Norm', 'Status', 'Tijdigheid', 'Vlaams Gewest', 'Tegenover Vlaams Gewest']);
  expect(table.rows).toEqual([
    ['IND-001', 'Naam IND-001', 'beleidsindicator', '44021', 'Gent', 'dag', '2025', 49, 'dB(A)', 'max. 48 dB(A) (NRM-001)', 'Afwijking', 'Actueel', 55, 'beter'],
    ['IND-002', 'Naam IND-002', 'beleidsindicator', '44021', 'Gent', null, null, null, 'dB(A)', 'max. 48 dB(A) (NRM-001)', null, 'Actueel', 55, 'beter'],
    ['IND-005', 'Naam IND-005', 'contextindicator', '44021', 'Gent', null, '2025', 49, null, null, 'Geen norm', null, null, null],
  ]);
  expect(edits[3]).toMatchObject({ header: 'Gent – Overzicht' });
  expect(edits.slice(4)).toEqual([
    { kind: 'setConditionalFormats', table: OVERVIEW_TABLE, column: 'Status', formats: statusTextFormats('$K2') },
    { kind: 'setConditionalFormats', table: OVERVIEW_TABLE, column: 'Tegenover Vlaams Gewest', formats: vergelijking('$N2') },
  ]);
});

test('the first time without rows or municipality: an empty table, coloured all the same', () => {
  const edits = overviewEdits(info([], ['Metingen', 'Overzicht']), []);
  expect(edits.map((e) => e.kind)).toEqual(['addTable', 'setSheetLayout', 'setPrintLayout', 'setConditionalFormats', 'setConditionalFormats']);
  expect((edits[0] as Extract<Edit, { kind: 'addTable' }>).rows).toEqual([]);
  expect(edits[2]).toMatchObject({ header: 'Overzicht' });
  expect(edits.slice(3).map((e) => (e as Extract<Edit, { kind: 'setConditionalFormats' }>).formats[0].formula)).toEqual(['$K2="Afwijking"', '$N2="beter"']);
});

test('after that: new rows under the columns as the user left them, found by caption in any case', () => {
  const existing: TableInfo = { name: 'TBLOVERZICHT', sheet: 'Mijn overzicht', columns: ['Mijn kolom', ' status ', 'Indicator', 'Rol', 'tegenover vlaams gewest'], address: 'C4:G9', rowCount: 5 };
  const edits = overviewEdits(info([existing], ['Metingen', 'Mijn overzicht']), rows, 'Gent');
  expect(edits).toEqual([
    { kind: 'replaceRows', table: 'TBLOVERZICHT', rows: [[null, 'Afwijking', 'IND-001', 'beleidsindicator', 'beter'], [null, null, 'IND-002', 'beleidsindicator', 'beter'], [null, 'Geen norm', 'IND-005', 'contextindicator', null]] },
    { kind: 'setPrintLayout', sheet: 'Mijn overzicht', orientation: 'landscape', titleRows: '4:4', header: 'Gent – Mijn overzicht' },
    { kind: 'setConditionalFormats', table: 'TBLOVERZICHT', column: ' status ', formats: statusTextFormats('$D5') },
    { kind: 'setConditionalFormats', table: 'TBLOVERZICHT', column: 'tegenover vlaams gewest', formats: vergelijking('$G5') },
  ]);
});

test('a column the user deleted gets no colours', () => {
  const existing: TableInfo = { name: OVERVIEW_TABLE, sheet: OVERVIEW_SHEET, columns: ['Indicator', 'Tegenover Vlaams Gewest'], address: 'A1:B3', rowCount: 2 };
  const edits = overviewEdits(info([existing], ['Overzicht']), rows);
  expect(edits.filter((e) => e.kind === 'setConditionalFormats')).toEqual([{ kind: 'setConditionalFormats', table: OVERVIEW_TABLE, column: 'Tegenover Vlaams Gewest', formats: vergelijking('$B2') }]);
  const onlyStatus: TableInfo = { ...existing, columns: ['Status', 'Indicator'] };
  expect(overviewEdits(info([onlyStatus], ['Overzicht']), rows).filter((e) => e.kind === 'setConditionalFormats')).toEqual([
    { kind: 'setConditionalFormats', table: OVERVIEW_TABLE, column: 'Status', formats: statusTextFormats('$A2') },
  ]);
});
