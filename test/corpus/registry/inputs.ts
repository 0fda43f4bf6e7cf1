// The registry part of the bad-input corpus: each input is the demo registry with one thing done to
// it that users do in Excel (a sheet deleted, a header renamed, a table converted to a range, cells
// merged …), made at test time so it follows the current schema. A value typed in a cell goes in
// through the workbook port; what the port does not do (and the product never does) is done to the
// saved file, part by part, as Excel writes it (excelFile.ts).
import { writeDemo } from '../../../src/registry/demo';
import { SETTINGS_TABLE } from '../../../src/registry/schema';
import type { CellInput } from '../../../src/workbook/port';
import { cellAddress, columnIndex } from '../../../src/workbook/address';
import { XlsxWorkbook } from '../../../src/workbook/xlsx/adapter';
import { ExcelFile } from '../excelFile';

/** Makes the input's bytes from the demo registry, held unsaved in the xlsx adapter. */
type Edit = (wb: XlsxWorkbook) => Promise<Uint8Array>;

/** Edits made through the port, then saved. */
const typed =
  (edit: (wb: XlsxWorkbook) => Promise<unknown>): Edit =>
  async (wb) => {
    await edit(wb);
    return wb.save();
  };

/** Edits made to the saved file. */
const inFile =
  (edit: (file: ExcelFile) => void): Edit =>
  async (wb) => {
    const file = ExcelFile.read(await wb.save());
    edit(file);
    return file.write();
  };

/** The row of `table` whose first cell is `key`: its index among the data rows, and where its cell in column `caption` is. */
async function rowOf(wb: XlsxWorkbook, table: string, key: string, caption: string): Promise<{ row: number; sheet: string; address: string }> {
  const [t] = await wb.readTables([table]);
  const row = t.rows.findIndex((r) => r[0] === key);
  const column = t.columns.indexOf(caption);
  if (row < 0 || column < 0) throw new Error(`corpus: geen rij ${key} of kolom ${caption} in ${table}`);
  return { row, sheet: t.sheet, address: cellAddress(t.firstRow + row, columnIndex(t.firstColumn) + column) };
}

/** Types `value` into column `caption` of the row of `table` whose first cell is `key`. */
const setCell = (table: string, key: string, caption: string, value: CellInput): Edit =>
  typed(async (wb) => wb.apply([{ kind: 'updateCells', table, cells: [{ row: (await rowOf(wb, table, key, caption)).row, column: caption, value }] }]));

const setting = (key: string, value: string): Edit => setCell(SETTINGS_TABLE, key, 'Waarde', value);

/** A formula typed into that cell whose result is an error. */
const setErrorFormula =
  (table: string, key: string, caption: string, formula: string, error: string): Edit =>
  async (wb) => {
    const { sheet, address } = await rowOf(wb, table, key, caption);
    return inFile((f) => f.setErrorFormula(sheet, address, formula, error))(wb);
  };

/** A table whose range reaches the last row of the sheet (made by selecting whole columns). */
const fullHeight = (table: string): Edit =>
  inFile((file) => {
    const { part, model } = file.table(table);
    file.setTable(part, { ...model, ref: model.ref.replace(/\d+$/, '1048576') });
  });

export interface RegistryInput {
  name: string;
  /** What the input is, in a user's words. */
  what: string;
  /** What was done to the demo registry … */
  edit?: Edit;
  /** … or a registry not made from the demo. */
  make?: () => Promise<Uint8Array>;
}

export const registryInputs: RegistryInput[] = [
  { name: 'sheet_normen_deleted', what: 'het blad Normen is verwijderd', edit: inFile((f) => f.removeSheet('Normen')) },
  { name: 'sheet_metingen_deleted', what: 'het blad Metingen is verwijderd', edit: inFile((f) => f.removeSheet('Metingen')) },
  { name: 'sheet_systeem_deleted', what: 'het verborgen blad Systeem is verwijderd', edit: inFile((f) => f.removeSheet('Systeem')) },
  { name: 'header_waarde_renamed', what: 'de kolomkop Waarde in Metingen is hernoemd tot Meetwaarde', edit: inFile((f) => f.renameHeader('tblMetingen', 'Waarde', 'Meetwaarde')) },
  { name: 'header_id_renamed', what: 'de kolomkop ID in Indicatoren is hernoemd tot Code', edit: inFile((f) => f.renameHeader('tblIndicatoren', 'ID', 'Code')) },
  { name: 'table_indicatoren_to_range', what: 'de tabel Indicatoren is omgezet naar een gewoon bereik', edit: inFile((f) => f.toRange('tblIndicatoren')) },
  { name: 'table_metingen_to_range', what: 'de tabel Metingen is omgezet naar een gewoon bereik', edit: inFile((f) => f.toRange('tblMetingen')) },
  { name: 'merged_cells_in_metingen', what: 'twee cellen van een meting zijn samengevoegd (Dimensie en Waarde)', edit: inFile((f) => f.merge('Metingen', 'D3:E3')) },
  { name: 'merged_header_in_normen', what: 'twee kolomkoppen van Normen zijn samengevoegd', edit: inFile((f) => f.merge('Normen', 'F1:G1')) },
  { name: 'table_metingen_full_height', what: 'de tabel Metingen loopt tot de laatste rij van het blad (1.048.576)', edit: fullHeight('tblMetingen') },
  { name: 'value_in_last_row', what: 'een waarde in de allerlaatste rij (1.048.576) van het blad Metingen, onder de tabel', edit: typed((wb) => wb.apply([{ kind: 'writeRange', sheet: 'Metingen', at: 'A1048576', values: [['IND-001']] }])) },
  { name: 'objectives_cycle', what: 'AP1.1 ligt onder zijn eigen actie AC1.1.1', edit: setCell('tblDoelstellingen', 'AP1.1', 'Bovenliggend', 'AC1.1.1') },
  { name: 'objective_own_parent', what: 'BD2 is zijn eigen bovenliggende doelstelling', edit: setCell('tblDoelstellingen', 'BD2', 'Bovenliggend', 'BD2') },
  { name: 'schema_version_newer', what: 'schemaversie 99 (gemaakt met een nieuwere versie)', edit: setting('schemaversie', '99') },
  { name: 'schema_version_1', what: 'schemaversie 1 (gemaakt met een oudere versie)', edit: setting('schemaversie', '1') },
  { name: 'gemeente_setting_text', what: 'de instelling gemeente is Gent in plaats van een NIS-code', edit: setting('gemeente', 'Gent') },
  { name: 'duplicate_indicator_id', what: 'twee indicatoren met ID IND-002', edit: setCell('tblIndicatoren', 'IND-003', 'ID', 'IND-002') },
  { name: 'unknown_norm_indicator', what: 'een norm op een indicator die niet bestaat', edit: setCell('tblNormen', 'NRM-004', 'Indicator', 'IND-099') },
  { name: 'bad_validity_date', what: 'Geldig van als tekst 31-13-2024', edit: setCell('tblNormen', 'NRM-001', 'Geldig van', '31-13-2024') },
  { name: 'formula_error_in_norm', what: 'een formule met resultaat #DEEL/0! als normwaarde', edit: setErrorFormula('tblNormen', 'NRM-004', 'Waarde', '1/0', '#DIV/0!') },
  { name: 'sheet_metingen_renamed', what: 'het blad Metingen is hernoemd tot Metingen 2025 (de tabel is dezelfde)', edit: inFile((f) => f.renameSheet('Metingen', 'Metingen 2025')) },
  { name: 'not_a_registry', what: 'een gewone werkmap met een lijstje, geen register', make: plainWorkbook },
];

/** Bytes of the demo registry with `input` done to it. */
export async function registryInput(input: RegistryInput): Promise<Uint8Array> {
  if (input.make) return input.make();
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  return input.edit ? input.edit(wb) : wb.save();
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
