// A registry of hundreds of thousands of rows: the sheet is written in chunks of whole rows and read
// in chunks (sheetPart.ts), and a validation over a whole column stays one range.
import JSZip from 'jszip';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

test('the adapter writes a sheet longer than one chunk, and reads it back', async () => {
  const rows = 20_000 * 2 + 7;
  const wb = XlsxWorkbook.create();
  await wb.apply([
    { kind: 'addSheet', sheet: 'Lang' },
    { kind: 'addTable', sheet: 'Lang', table: 'tblLang', at: 'A1', columns: ['Nr', 'Tekst'], rows: [] },
    { kind: 'appendRows', table: 'tblLang', rows: Array.from({ length: rows }, (_, i) => [i, `rij ${i}`]) },
  ]);
  const back = await XlsxWorkbook.load(await wb.save());
  const [table] = await back.readTables(['tblLang']);
  expect(table.rows).toHaveLength(rows);
  expect([table.rows[0], table.rows[20_000], table.rows[rows - 1]]).toEqual([[0, 'rij 0'], [20_000, 'rij 20000'], [rows - 1, `rij ${rows - 1}`]]);
});

describe('validation ranges are read whole', () => {
  const withRule = async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply([
      { kind: 'addSheet', sheet: 'Blad' },
      { kind: 'addTable', sheet: 'Blad', table: 'tblBlad', at: 'A1', columns: ['Getal'], rows: [[1], [2], [3]] },
      { kind: 'setValidation', table: 'tblBlad', column: 'Getal', validation: { rule: { type: 'whole', min: 0, max: 9 } } },
    ]);
    const zip = await JSZip.loadAsync(await wb.save());
    return { zip, sheet: Object.keys(zip.files).find((n) => /worksheets\/sheet\d+\.xml$/.test(n))! };
  };

  test('the rule of a column is read back after a load', async () => {
    const { zip } = await withRule();
    const loaded = await XlsxWorkbook.load(await zip.generateAsync({ type: 'uint8array' }));
    expect((await loaded.readColumnRules('tblBlad', ['Getal']))[0].validation).toEqual({ rule: { type: 'whole', min: 0, max: 9 } });
  });

  test('a rule on a whole column (a million cells) is saved again as it was', async () => {
    const { zip, sheet } = await withRule();
    zip.file(sheet, (await zip.file(sheet)!.async('string')).replace('sqref="A2:A4"', 'sqref="A2:A1048576"'));
    const loaded = await XlsxWorkbook.load(await zip.generateAsync({ type: 'uint8array' }));
    const again = await JSZip.loadAsync(await loaded.save());
    expect(await again.file(sheet)!.async('string')).toMatch(/<dataValidation [^>]*sqref="A2:A1048576"/);
  });
});
