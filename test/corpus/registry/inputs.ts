// The registry part of the bad-input corpus: each input is the demo registry with one thing done to
// it that users do in Excel (a sheet deleted, a header renamed, a table converted to a range, cells
// merged …), made at test time so it follows the current schema. The edits go straight to the
// workbook under the xlsx adapter, as Excel or LibreOffice would make them, not through the port.
import type ExcelJS from 'exceljs';
import { writeDemo } from '../../../src/registry/demo';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/adapter';

type Edit = (wb: ExcelJS.Workbook) => void;

/** The ExcelJS workbook under the adapter: the same object Excel's file would load into. */
const raw = (wb: XlsxWorkbook) => (wb as unknown as { wb: ExcelJS.Workbook }).wb;

const sheet = (wb: ExcelJS.Workbook, name: string) => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`corpus: geen blad ${name}`);
  return ws;
};

interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  columns: { name: string }[];
}
const tableModel = (ws: ExcelJS.Worksheet, name: string) => (ws.getTable(name) as unknown as { model: TableModel }).model;

/** Column letter of a caption in a table that starts at A1. */
const columnOf = (ws: ExcelJS.Worksheet, table: string, caption: string) => {
  const i = tableModel(ws, table).columns.findIndex((c) => c.name === caption);
  if (i < 0) throw new Error(`corpus: geen kolom ${caption} in ${table}`);
  return String.fromCharCode(65 + i);
};

/** The row of the first data row whose first cell is `key`. */
const rowWith = (ws: ExcelJS.Worksheet, key: string) => {
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === key) return r;
  throw new Error(`corpus: geen rij ${key} op ${ws.name}`);
};

const setCell = (sheetName: string, table: string, key: string, caption: string, value: ExcelJS.CellValue): Edit => (wb) => {
  const ws = sheet(wb, sheetName);
  ws.getCell(`${columnOf(ws, table, caption)}${rowWith(ws, key)}`).value = value;
};

const setting = (key: string, value: string): Edit => (wb) => {
  const ws = sheet(wb, 'Systeem');
  ws.getCell(`B${rowWith(ws, key)}`).value = value;
};

const renameHeader = (sheetName: string, table: string, from: string, to: string): Edit => (wb) => {
  const ws = sheet(wb, sheetName);
  const letter = columnOf(ws, table, from);
  tableModel(ws, table).columns.find((c) => c.name === from)!.name = to;
  ws.getCell(`${letter}1`).value = to;
};

/** Excel's Table Design > Convert to Range: the cells stay, the table (and its name) goes. */
const toRange = (sheetName: string, table: string): Edit => (wb) => sheet(wb, sheetName).removeTable(table);

/** A table whose range reaches the last row of the sheet (made by selecting whole columns). */
const fullHeight = (sheetName: string, table: string): Edit => (wb) => {
  const model = tableModel(sheet(wb, sheetName), table);
  model.tableRef = model.tableRef.replace(/\d+$/, '1048576');
  model.autoFilterRef = model.tableRef;
};

export interface RegistryInput {
  name: string;
  /** What was done to the demo registry, in a user's words. */
  what: string;
  edit: Edit;
  /** A registry not made from the demo. */
  make?: () => Promise<Uint8Array>;
}

export const registryInputs: RegistryInput[] = [
  { name: 'sheet_normen_deleted', what: 'het blad Normen is verwijderd', edit: (wb) => wb.removeWorksheet(sheet(wb, 'Normen').id) },
  { name: 'sheet_metingen_deleted', what: 'het blad Metingen is verwijderd', edit: (wb) => wb.removeWorksheet(sheet(wb, 'Metingen').id) },
  { name: 'sheet_systeem_deleted', what: 'het verborgen blad Systeem is verwijderd', edit: (wb) => wb.removeWorksheet(sheet(wb, 'Systeem').id) },
  { name: 'header_waarde_renamed', what: 'de kolomkop Waarde in Metingen is hernoemd tot Meetwaarde', edit: renameHeader('Metingen', 'tblMetingen', 'Waarde', 'Meetwaarde') },
  { name: 'header_id_renamed', what: 'de kolomkop ID in Indicatoren is hernoemd tot Code', edit: renameHeader('Indicatoren', 'tblIndicatoren', 'ID', 'Code') },
  { name: 'table_indicatoren_to_range', what: 'de tabel Indicatoren is omgezet naar een gewoon bereik', edit: toRange('Indicatoren', 'tblIndicatoren') },
  { name: 'table_metingen_to_range', what: 'de tabel Metingen is omgezet naar een gewoon bereik', edit: toRange('Metingen', 'tblMetingen') },
  { name: 'merged_cells_in_metingen', what: 'twee cellen van een meting zijn samengevoegd (Dimensie en Waarde)', edit: (wb) => sheet(wb, 'Metingen').mergeCells('D3:E3') },
  { name: 'merged_header_in_normen', what: 'twee kolomkoppen van Normen zijn samengevoegd', edit: (wb) => sheet(wb, 'Normen').mergeCells('F1:G1') },
  { name: 'table_metingen_full_height', what: 'de tabel Metingen loopt tot de laatste rij van het blad (1.048.576)', edit: fullHeight('Metingen', 'tblMetingen') },
  { name: 'value_in_last_row', what: 'een waarde in de allerlaatste rij (1.048.576) van het blad Metingen, onder de tabel', edit: (wb) => (sheet(wb, 'Metingen').getCell('A1048576').value = 'IND-001') },
  { name: 'objectives_cycle', what: 'AP1.1 ligt onder zijn eigen actie AC1.1.1', edit: setCell('Doelstellingen', 'tblDoelstellingen', 'AP1.1', 'Bovenliggend', 'AC1.1.1') },
  { name: 'objective_own_parent', what: 'BD2 is zijn eigen bovenliggende doelstelling', edit: setCell('Doelstellingen', 'tblDoelstellingen', 'BD2', 'Bovenliggend', 'BD2') },
  { name: 'schema_version_newer', what: 'schemaversie 99 (gemaakt met een nieuwere versie)', edit: setting('schemaversie', '99') },
  { name: 'schema_version_1', what: 'schemaversie 1 (gemaakt met een oudere versie)', edit: setting('schemaversie', '1') },
  { name: 'gemeente_setting_text', what: 'de instelling gemeente is Gent in plaats van een NIS-code', edit: setting('gemeente', 'Gent') },
  { name: 'duplicate_indicator_id', what: 'twee indicatoren met ID IND-002', edit: setCell('Indicatoren', 'tblIndicatoren', 'IND-003', 'ID', 'IND-002') },
  { name: 'unknown_norm_indicator', what: 'een norm op een indicator die niet bestaat', edit: setCell('Normen', 'tblNormen', 'NRM-004', 'Indicator', 'IND-099') },
  { name: 'bad_validity_date', what: 'Geldig van als tekst 31-13-2024', edit: setCell('Normen', 'tblNormen', 'NRM-001', 'Geldig van', '31-13-2024') },
  { name: 'formula_error_in_norm', what: 'een formule met resultaat #DEEL/0! als normwaarde', edit: setCell('Normen', 'tblNormen', 'NRM-004', 'Waarde', { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue) },
  { name: 'sheet_metingen_renamed', what: 'het blad Metingen is hernoemd tot Metingen 2025 (de tabel is dezelfde)', edit: (wb) => (sheet(wb, 'Metingen').name = 'Metingen 2025') },
  { name: 'not_a_registry', what: 'een gewone werkmap met een lijstje, geen register', edit: () => undefined, make: plainWorkbook },
];

/** Bytes of the demo registry with `input` done to it. */
export async function registryInput(input: RegistryInput): Promise<Uint8Array> {
  if (input.make) return input.make();
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  input.edit(raw(wb));
  return wb.save();
}

/** A workbook that is no registry: one sheet with a list, as people keep them. */
async function plainWorkbook(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.apply([
    { kind: 'addSheet', sheet: 'Blad1' },
    { kind: 'writeRange', sheet: 'Blad1', at: 'A1', values: [['Indicator', 'Waarde'], ['Geluid', 48]] },
  ]);
  return wb.save();
}
