// Table parts as Excel, LibreOffice, openpyxl and ExcelJS write them are read alike, and written
// back as Excel writes them, keeping what the model does not hold. The parts of openpyxl,
// LibreOffice and ExcelJS are made here by the tools themselves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { parseTable, tableXml, type TablePart } from '../../../src/workbook/xlsx/tablePart';
import { sofficeConvert } from '../../helpers/soffice';
import { useTempDir } from '../../helpers/tempDir';
import { runOpenpyxl } from '../../helpers/openpyxl';

jest.setTimeout(180_000);
const dir = useTempDir();

/** Excel 365's table part: revision ids in namespaces it declares on the root, a user's filter and sort, a calculated column. */
const EXCEL =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" ' +
  'id="3" xr:uid="{5B5B0F4F-0C5E-4B8E-9E0B-7A1D8A0C1E21}" name="tblMetingen" displayName="tblMetingen" ref="A1:D5" totalsRowShown="0" headerRowDxfId="2">' +
  '<autoFilter ref="A1:D5" xr:uid="{0D7E8E36-7E0B-4C1E-8F0B-1B3C9A7F2E10}"><filterColumn colId="1"><filters><filter val="Geluid"/></filters></filterColumn></autoFilter>' +
  '<sortState xmlns:xlrd2="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata2" ref="A2:D5"><sortCondition descending="1" ref="C2:C5"/></sortState>' +
  '<tableColumns count="4"><tableColumn id="1" xr3:uid="{1A0E4F5B-2C3D-4E5F-8A9B-0C1D2E3F4A5B}" name="Code"/><tableColumn id="2" xr3:uid="{2A0E4F5B-2C3D-4E5F-8A9B-0C1D2E3F4A5B}" name="Thema"/>' +
  '<tableColumn id="3" xr3:uid="{3A0E4F5B-2C3D-4E5F-8A9B-0C1D2E3F4A5B}" name="Waarde &amp; eenheid"/>' +
  '<tableColumn id="4" xr3:uid="{4A0E4F5B-2C3D-4E5F-8A9B-0C1D2E3F4A5B}" name="Dubbel" dataDxfId="0"><calculatedColumnFormula>tblMetingen[[#This Row],[Waarde &amp; eenheid]]*2</calculatedColumnFormula></tableColumn></tableColumns>' +
  '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';

/** Throws unless `xml` is well-formed and every prefix it uses is declared. */
function wellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

/** A table with a caption holding `&` and a newline, a filter on one column and a sort, as openpyxl writes it. */
const OPENPYXL = `
import sys, openpyxl
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.filters import AutoFilter
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Data'
for row in [['Naam', 'R&D\\nkost', 'Thema'], ['a', 1, 'Geluid'], ['b', 2, 'Lucht'], ['c', 3, 'Geluid']]: ws.append(row)
t = Table(displayName='tblData', ref='A1:C4')
t.tableStyleInfo = TableStyleInfo(name='TableStyleLight9', showRowStripes=True)
t._initialise_columns()
for column, cell in zip(t.tableColumns, ws[1]): column.name = cell.value
t.autoFilter = AutoFilter(ref='A1:C4')
t.autoFilter.add_filter_column(2, ['Geluid'])
t.autoFilter.add_sort_condition('B2:B4', descending=True)
ws.add_table(t)
wb.save(sys.argv[1])
`;

const parts: Record<'openpyxl' | 'libreoffice' | 'exceljs', string> = {
  openpyxl: '',
  libreoffice: '',
  exceljs: '',
};
const tablePartOf = async (file: string) => (await JSZip.loadAsync(readFileSync(file))).file(/tables\/table1\.xml$/)[0].async('string');

beforeAll(async () => {
  const openpyxl = path.join(dir(), 'openpyxl.xlsx');
  await runOpenpyxl(OPENPYXL, [openpyxl]);
  parts.openpyxl = await tablePartOf(openpyxl);
  parts.libreoffice = await tablePartOf(await sofficeConvert(openpyxl, 'xlsx', path.join(dir(), 'calc')));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Data').addTable({
    name: 'tblTotaal',
    ref: 'B2',
    totalsRow: true,
    style: {
      theme: 'TableStyleMedium9',
      showRowStripes: true,
      showFirstColumn: true,
    },
    columns: [
      { name: 'Thema', totalsRowLabel: 'Totaal' },
      { name: 'Bedrag', totalsRowFunction: 'sum' },
    ],
    rows: [
      ['Geluid', 4],
      ['Lucht', 7],
    ],
  });
  const exceljs = path.join(dir(), 'exceljs.xlsx');
  await wb.xlsx.writeFile(exceljs);
  parts.exceljs = await tablePartOf(exceljs);
});

describe('parseTable', () => {
  test("reads Excel's part: names, extent, raw filter, sort and columns, and no revision prefix left undeclared", () => {
    const t = parseTable(EXCEL);
    expect(t).toMatchObject({
      id: 3,
      name: 'tblMetingen',
      displayName: 'tblMetingen',
      ref: 'A1:D5',
      headerRowCount: 1,
      totalsRowCount: 0,
    });
    expect(t.columns.map((c) => [c.id, c.name])).toEqual([
      [1, 'Code'],
      [2, 'Thema'],
      [3, 'Waarde & eenheid'],
      [4, 'Dubbel'],
    ]);
    expect(t.columns[3].xml).toContain('<calculatedColumnFormula>tblMetingen[[#This Row],[Waarde &amp; eenheid]]*2</calculatedColumnFormula>');
    expect(t.filters).toEqual(['<filterColumn colId="1"><filters><filter val="Geluid"/></filters></filterColumn>']);
    expect(t.sortState).toContain('<sortCondition descending="1" ref="C2:C5"/>');
    expect(t.style).toEqual({
      name: 'TableStyleMedium2',
      showFirstColumn: false,
      showLastColumn: false,
      showRowStripes: true,
      showColumnStripes: false,
    });
    expect(t.otherAttributes).toBe('totalsRowShown="0" headerRowDxfId="2"');
    // The revision id's prefix travels with the column, still marked ignorable.
    expect(t.columns[0].xml).toBe(
      '<tableColumn id="1" xr3:uid="{1A0E4F5B-2C3D-4E5F-8A9B-0C1D2E3F4A5B}" name="Code" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr3"/>',
    );
  });

  test("reads openpyxl's part: the caption's & and newline decoded, the filter and sort kept raw", () => {
    const t = parseTable(parts.openpyxl);
    expect(parts.openpyxl).toContain('_x000a_');
    expect(t).toMatchObject({
      name: 'tblData',
      displayName: 'tblData',
      ref: 'A1:C4',
      headerRowCount: 1,
      totalsRowCount: 0,
    });
    expect(t.columns.map((c) => c.name)).toEqual(['Naam', 'R&D\nkost', 'Thema']);
    expect(t.filters).toHaveLength(2);
    expect(t.filters[0]).toMatch(/^<filterColumn colId="2"[^>]*>.*Geluid.*<\/filterColumn>$/);
    expect(t.filters[1]).toMatch(/^<sortState\b.*ref="B2:B4".*<\/sortState>$/);
    expect(t.style?.name).toBe('TableStyleLight9');
  });

  test("reads LibreOffice's part: no tableStyleInfo, the caption's newline as a character reference", () => {
    const t = parseTable(parts.libreoffice);
    expect(parts.libreoffice).not.toContain('tableStyleInfo');
    expect(parts.libreoffice).toContain('R&amp;D&#10;kost');
    expect(t).toMatchObject({
      name: 'tblData',
      ref: 'A1:C4',
      headerRowCount: 1,
      totalsRowCount: 0,
      style: null,
    });
    expect(t.columns.map((c) => c.name)).toEqual(['Naam', 'R&D\nkost', 'Thema']);
  });

  test("reads ExcelJS's part: a totals row, its labels and functions kept in the columns", () => {
    const t = parseTable(parts.exceljs);
    expect(t).toMatchObject({
      name: 'tblTotaal',
      ref: 'B2:C5',
      headerRowCount: 1,
      totalsRowCount: 1,
    });
    expect(t.columns.map((c) => c.xml)).toEqual(['<tableColumn id="1" name="Thema" totalsRowLabel="Totaal"/>', '<tableColumn id="2" name="Bedrag" totalsRowFunction="sum"/>']);
    expect(t.style).toEqual({
      name: 'TableStyleMedium9',
      showFirstColumn: true,
      showLastColumn: false,
      showRowStripes: true,
      showColumnStripes: false,
    });
  });

  test('matches local names whatever the prefix, and defaults the header and totals rows', () => {
    const t = parseTable(
      '<x:table xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="2" name="T&#233;" displayName="T&#xE9;" ref="$b$2:$c$3"><x:tableColumns count="2"><x:tableColumn id="1" name="A_x005F_x0041_"/><x:tableColumn id="2" name="&quot;B&quot;"/></x:tableColumns></x:table>',
    );
    expect(t).toMatchObject({
      id: 2,
      name: 'Té',
      displayName: 'Té',
      ref: 'B2:C3',
      headerRowCount: 1,
      totalsRowCount: 0,
      filters: [],
      style: null,
      autoFilter: false,
    });
    expect(t.columns.map((c) => c.name)).toEqual(['A_x0041_', '"B"']);
    const back = tableXml(t);
    wellFormed(back);
    expect(back).not.toContain('<autoFilter');
    expect(parseTable(back)).toEqual(t);
  });
});

describe('tableXml', () => {
  test.each(['excel', 'openpyxl', 'libreoffice', 'exceljs'])("%s's part comes back the same from parse → xml → parse, as well-formed XML", (writer) => {
    const t = parseTable(writer === 'excel' ? EXCEL : parts[writer as keyof typeof parts]);
    const xml = tableXml(t);
    wellFormed(xml);
    expect(parseTable(xml)).toEqual(t);
  });

  test('writes a new table as Excel does: header row implied, filter over the rows, escaped names', () => {
    const t: TablePart = {
      id: 5,
      name: 'tblNieuw',
      displayName: 'tblNieuw',
      ref: 'A1:B3',
      headerRowCount: 1,
      totalsRowCount: 0,
      columns: [
        { id: 1, name: 'R&D <kost>' },
        { id: 2, name: 'Twee\nregels' },
      ],
      filters: [],
      style: {
        name: 'TableStyleMedium2',
        showFirstColumn: false,
        showLastColumn: false,
        showRowStripes: true,
        showColumnStripes: false,
      },
    };
    expect(tableXml(t)).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="5" name="tblNieuw" displayName="tblNieuw" ref="A1:B3"><autoFilter ref="A1:B3"/>' +
        '<tableColumns count="2"><tableColumn id="1" name="R&amp;D &lt;kost>"/><tableColumn id="2" name="Twee_x000A_regels"/></tableColumns>' +
        '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
    );
    expect(parseTable(tableXml(t)).columns.map((c) => c.name)).toEqual(['R&D <kost>', 'Twee\nregels']);
  });

  test('a grown table keeps its filter and its sort over the new rows; a renamed column is written anew; a gone column loses its criteria', () => {
    const t = parseTable(EXCEL);
    const changed: TablePart = {
      ...t,
      ref: 'A1:C9',
      columns: [t.columns[0], { ...t.columns[1], name: 'Domein' }, t.columns[2]],
    };
    const xml = tableXml(changed);
    wellFormed(xml);
    expect(xml).toContain('<autoFilter ref="A1:C9"><filterColumn colId="1">');
    expect(xml).toContain('ref="A2:C9"><sortCondition descending="1" ref="C2:C9"/></sortState>');
    expect(xml).toContain('<tableColumn id="2" name="Domein"/>');
    expect(xml).toContain(t.columns[0].xml);
    expect(xml).toContain('<tableColumns count="3">');
    const narrow = tableXml({
      ...changed,
      ref: 'A1:A9',
      columns: [t.columns[0]],
    });
    expect(narrow).toContain('<autoFilter ref="A1:A9"/><tableColumns');
    expect(narrow).not.toContain('sortState');
  });

  test('a totals row stays out of the filter; a table without a header row gets none', () => {
    const t = parseTable(parts.exceljs);
    expect(tableXml(t)).toContain('ref="B2:C5" totalsRowCount="1"><autoFilter ref="B2:C4">');
    const headless = tableXml({ ...t, headerRowCount: 0 });
    expect(headless).toContain('headerRowCount="0" totalsRowCount="1">');
    expect(headless).not.toContain('<autoFilter');
  });

  test('refuses, in Dutch, columns Excel would repair the table for: too few, a name twice (in any case), no name, an id twice', () => {
    const t = parseTable(parts.exceljs);
    const [a, b] = t.columns;
    expect(() => tableXml({ ...t, columns: [a] })).toThrow('Tabel tblTotaal kan niet bewaard worden: ze heeft 1 kolomnamen voor 2 kolommen (B2:C5); Excel vraagt er één per kolom.');
    expect(() => tableXml({ ...t, columns: [a, { ...b, name: 'THEMA' }] })).toThrow('de kolomnaam "THEMA" komt twee keer voor');
    expect(() => tableXml({ ...t, columns: [a, { ...b, name: '' }] })).toThrow('een kolom heeft geen naam');
    expect(() => tableXml({ ...t, columns: [a, { ...b, id: 1 }] })).toThrow('kolom "Bedrag" heeft geen eigen nummer (1)');
  });
});
