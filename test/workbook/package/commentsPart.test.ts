// Notes as Excel, LibreOffice, openpyxl and ExcelJS write them are read alike; the comments part and
// VML drawing written here make a package LibreOffice and ExcelJS open with the notes on their cells.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { commentsXml, hasOtherShapes, notesVml, parseComments, type Notes } from '../../../src/workbook/xlsx/commentsPart';
import { parseTable, tableXml } from '../../../src/workbook/xlsx/tablePart';
import { sofficeConvert } from '../../helpers/soffice';
import { useTempDir } from '../../helpers/tempDir';
import { runOpenpyxl } from '../../helpers/openpyxl';

jest.setTimeout(180_000);
const dir = useTempDir();

/** Throws unless `xml` is well-formed and every prefix it uses is declared. */
function wellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
}

/** Excel's part: authors, the author's name as a bold run, a phonetic run, an absolute ref, a carriage return escaped. */
const EXCEL =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
  '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">' +
  '<authors><author>Jan Peeters</author><author>tc={0A1B}</author></authors><commentList>' +
  '<comment ref="C3" authorId="0" shapeId="0" xr:uid="{00000000-0006-0000-0000-000001000000}"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t>Jan Peeters:</t></r>' +
  '<r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">\nNagekeken &amp; goed_x000D_\nbevonden</t></r><rPh sb="0" eb="1"><t>ヤ</t></rPh><phoneticPr fontId="1"/></text></comment>' +
  '<comment ref="$A$1" authorId="1"><text><t>Eerste cel</t></text></comment>' +
  '</commentList></comments>';

const OPENPYXL = `
import sys, openpyxl
from openpyxl.comments import Comment
wb = openpyxl.Workbook(); ws = wb.active
ws['B2'] = 1
ws['B2'].comment = Comment('Eerste <noot> & "meer"\\ntweede regel', 'Jan')
ws['E5'].comment = Comment('Op een lege cel', 'Piet')
wb.save(sys.argv[1])
`;

/** The notes the package below carries: markup characters, a line break, an accent, a cell with nothing else, one in row 1. */
const NOTES: Notes = new Map([
  ['C3', 'Vervalt in 2030 & <niet> eerder\nzie "plan" Ré'],
  ['A1', 'Kop'],
  ['E7', 'Op een lege cel'],
]);

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const HEADER = ['Code', 'R&D kost', 'Thema'];

/** One sheet with a table of two rows, the table part written by tableXml, and the notes written by commentsXml and notesVml. */
async function notesPackage(): Promise<Uint8Array> {
  const zip = new JSZip();
  const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text.replace(/&/g, '&amp;')}</t></is></c>`;
  const rows = [HEADER, ['a1', 'x', 'Geluid'], ['a2', 'y', 'Lucht']].map((row, i) => `<row r="${i + 1}">${row.map((v, j) => cell(`${'ABC'[j]}${i + 1}`, v)).join('')}</row>`);
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  const rels = (...list: string[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.join('')}</Relationships>`;
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      override('xl/workbook.xml', 'spreadsheetml.sheet.main+xml') +
      override('xl/worksheets/sheet1.xml', 'spreadsheetml.worksheet+xml') +
      override('xl/tables/table1.xml', 'spreadsheetml.table+xml') +
      override('xl/comments1.xml', 'spreadsheetml.comments+xml') +
      '</Types>',
  );
  zip.file('_rels/.rels', rels(rel('rId1', 'officeDocument', 'xl/workbook.xml')));
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', rels(rel('rId1', 'worksheet', 'worksheets/sheet1.xml')));
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:C3"/><sheetData>${rows.join('')}</sheetData>` +
      '<legacyDrawing r:id="rId3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>',
  );
  zip.file('xl/worksheets/_rels/sheet1.xml.rels', rels(rel('rId1', 'table', '../tables/table1.xml'), rel('rId2', 'comments', '../comments1.xml'), rel('rId3', 'vmlDrawing', '../drawings/vmlDrawing1.vml')));
  const table = { id: 1, name: 'tblData', displayName: 'tblData', ref: 'A1:C3', headerRowCount: 1, totalsRowCount: 0, columns: HEADER.map((name, i) => ({ id: i + 1, name })), filters: [], style: null };
  zip.file('xl/tables/table1.xml', tableXml(table));
  zip.file('xl/comments1.xml', commentsXml(NOTES));
  zip.file('xl/drawings/vmlDrawing1.vml', notesVml(NOTES));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const written: Record<'openpyxl' | 'libreoffice' | 'exceljs', string> = { openpyxl: '', libreoffice: '', exceljs: '' };
let libreOfficeTable = '';
let ours: Uint8Array;

beforeAll(async () => {
  const openpyxl = path.join(dir(), 'openpyxl.xlsx');
  await runOpenpyxl(OPENPYXL, [openpyxl]);
  written.openpyxl = await (await JSZip.loadAsync(readFileSync(openpyxl))).file('xl/comments/comment1.xml')!.async('string');

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.getCell('B2').value = 1;
  ws.getCell('B2').note = { texts: [{ text: 'Vet: ', font: { bold: true } }, { text: 'en gewoon & <zo>' }] };
  written.exceljs = await (await JSZip.loadAsync(await wb.xlsx.writeBuffer())).file('xl/comments1.xml')!.async('string');

  ours = await notesPackage();
  const file = path.join(dir(), 'notes.xlsx');
  writeFileSync(file, ours);
  const calc = await JSZip.loadAsync(readFileSync(await sofficeConvert(file, 'xlsx', path.join(dir(), 'calc'))));
  written.libreoffice = await calc.file(/comments\d*\.xml$/)[0].async('string');
  libreOfficeTable = await calc.file(/tables\/table\d+\.xml$/)[0].async('string');
});

describe('parseComments', () => {
  test("reads Excel's part: the runs joined, the phonetic run left out, the ref without $, escapes decoded", () => {
    expect(parseComments(EXCEL)).toEqual(
      new Map([
        ['C3', 'Jan Peeters:\nNagekeken & goed\r\nbevonden'],
        ['A1', 'Eerste cel'],
      ]),
    );
  });

  test("reads openpyxl's part (xl/comments/comment1.xml), a note on an empty cell included", () => {
    expect(parseComments(written.openpyxl)).toEqual(
      new Map([
        ['B2', 'Eerste <noot> & "meer"\ntweede regel'],
        ['E5', 'Op een lege cel'],
      ]),
    );
  });

  test("reads ExcelJS's rich text note as one text", () => {
    expect(parseComments(written.exceljs)).toEqual(new Map([['B2', 'Vet: en gewoon & <zo>']]));
  });

  test("reads LibreOffice's part (character references, its own extension after the text): LibreOffice read every note we wrote", () => {
    expect(written.libreoffice).toContain('&#10;');
    expect(written.libreoffice).toContain('mc:AlternateContent');
    expect(parseComments(written.libreoffice)).toEqual(NOTES);
  });

  test('matches local names whatever the prefix', () => {
    const xml = `<s:comments xmlns:s="${MAIN}"><s:commentList><s:comment ref="b$12" authorId="0"><s:text><s:r><s:t>A</s:t></s:r><s:r><s:t xml:space="preserve"> B</s:t></s:r></s:text></s:comment></s:commentList></s:comments>`;
    expect(parseComments(xml)).toEqual(new Map([['B12', 'A B']]));
  });
});

describe('commentsXml', () => {
  test('writes one author and the notes row by row, then column by column, each as one plain run', () => {
    const xml = commentsXml(new Map([['B2', 'b'], ['A2', 'a'], ['C1', 'c']]));
    wellFormed(xml);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<comments xmlns="${MAIN}"><authors><author></author></authors><commentList>` +
        '<comment ref="C1" authorId="0"><text><r><t xml:space="preserve">c</t></r></text></comment>' +
        '<comment ref="A2" authorId="0"><text><r><t xml:space="preserve">a</t></r></text></comment>' +
        '<comment ref="B2" authorId="0"><text><r><t xml:space="preserve">b</t></r></text></comment>' +
        '</commentList></comments>',
    );
  });

  test.each([
    ['Excel', () => EXCEL],
    ['openpyxl', () => written.openpyxl],
    ['LibreOffice', () => written.libreoffice],
    ['ExcelJS', () => written.exceljs],
  ])("%s's notes come back the same from parse → xml → parse", (_writer, part) => {
    const notes = parseComments(part());
    const xml = commentsXml(notes);
    wellFormed(xml);
    expect(parseComments(xml)).toEqual(notes);
  });

  test("texts XML cannot hold, or would change, come back as they were (Excel's escapes)", () => {
    const notes: Notes = new Map([['A1', 'tab\there\r\nbell\u0007 literal _x0041_ & <b> ]]>']]);
    const xml = commentsXml(notes);
    wellFormed(xml);
    expect(xml).toContain('bell_x0007_ literal _x005F_x0041_ &amp; &lt;b&gt; ]]&gt;');
    expect(parseComments(xml)).toEqual(notes);
  });
});

describe('notesVml', () => {
  test('one hidden note shape per cell, anchored beside it, with 0-based row and column, as Excel writes them', () => {
    const vml = notesVml(NOTES, 2);
    wellFormed(vml);
    expect(vml).toContain('<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="2"/></o:shapelayout>');
    expect(vml).toContain('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">');
    const shapes = [...vml.matchAll(/<v:shape (id="[^"]+") type="#_x0000_t202" style="([^"]*)"[\s\S]*?<\/v:shape>/g)];
    expect(shapes.map((s) => s[1])).toEqual(['id="_x0000_s2049"', 'id="_x0000_s2050"', 'id="_x0000_s2051"']);
    expect(shapes.every((s) => s[2].endsWith('visibility:hidden'))).toBe(true);
    const data = shapes.map((s) => {
      const [, anchor, row, column] = /<x:ClientData ObjectType="Note"><x:MoveWithCells\/><x:SizeWithCells\/><x:Anchor>([^<]*)<\/x:Anchor><x:AutoFill>False<\/x:AutoFill><x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column><\/x:ClientData>/.exec(s[0])!;
      return [anchor, Number(row), Number(column)];
    });
    // A1, C3, E7: row by row; each note from one column right of its cell, starting a row above it.
    expect(data).toEqual([
      ['1, 15, 0, 2, 3, 15, 4, 4', 0, 0],
      ['3, 15, 1, 10, 5, 15, 5, 4', 2, 2],
      ['5, 15, 5, 10, 7, 15, 9, 4', 6, 4],
    ]);
  });

  test('the first drawing numbers its shapes from 1025', () => {
    expect(notesVml(new Map([['B2', 'x']]))).toContain('<o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype');
    expect(notesVml(new Map([['B2', 'x']]))).toContain('<v:shape id="_x0000_s1025"');
  });
});

/** Excel's drawing of a sheet with a check box (a form control) and a note on E5, laid out as Excel does, single-quoted styles included. */
const CHECKBOX =
  '<v:shape id="_x0000_s1025" type="#_x0000_t201" style=\'position:absolute;\r\n  margin-left:48pt;margin-top:15pt;width:96pt;height:15pt;z-index:1;\r\n  mso-wrap-style:tight\' filled="f" fillcolor="window [65]" stroked="f"\r\n  strokecolor="windowText [64]" o:insetmode="auto">\r\n' +
  '  <v:path shadowok="t" strokeok="t" fillok="t"/>\r\n  <o:lock v:ext="edit" rotation="t"/>\r\n  <v:textbox style=\'mso-direction-alt:auto\' o:singleclick="f">\r\n' +
  '   <div style=\'text-align:left\'><font face="Segoe UI" size="160" color="#000000">Akkoord</font></div>\r\n  </v:textbox>\r\n' +
  '  <x:ClientData ObjectType="Checkbox">\r\n   <x:Anchor>\r\n    1, 0, 1, 0, 3, 0, 2, 0</x:Anchor>\r\n   <x:AutoFill>False</x:AutoFill>\r\n   <x:NoThreeD/>\r\n  </x:ClientData>\r\n </v:shape>';
const EXCEL_VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n' +
  ' <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path shadowok="f" o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/>\r\n  <o:lock v:ext="edit" shapetype="t"/>\r\n </v:shapetype>' +
  CHECKBOX +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>' +
  '<v:shape id="_x0000_s1026" type="#_x0000_t202" style=\'position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:2;visibility:hidden\' fillcolor="#ffffe1" o:insetmode="auto">\r\n' +
  '  <v:fill color2="#ffffe1"/>\r\n  <v:textbox style=\'mso-direction-alt:auto\'>\r\n   <div style=\'text-align:left\'></div>\r\n  </v:textbox>\r\n' +
  '  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n   <x:Anchor>\r\n    5, 15, 3, 10, 7, 15, 7, 4</x:Anchor>\r\n   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>4</x:Row>\r\n   <x:Column>4</x:Column>\r\n  </x:ClientData>\r\n </v:shape></xml>';

describe('notesVml on the drawing a sheet has', () => {
  test("keeps a form control and everything else as it was, replaces the notes, and gives them ids the drawing does not use", () => {
    const vml = notesVml(new Map([['B2', 'x'], ['C9', 'y']]), 1, EXCEL_VML);
    wellFormed(vml);
    expect(vml).toContain(CHECKBOX);
    expect(vml.startsWith(EXCEL_VML.slice(0, EXCEL_VML.indexOf('<v:shape id="_x0000_s1026"')))).toBe(true);
    expect(vml).not.toContain('<x:Row>4</x:Row>');
    expect([...vml.matchAll(/<v:shape id="(\w+)"/g)].map((m) => m[1])).toEqual(['_x0000_s1025', '_x0000_s1026', '_x0000_s1027']);
    expect([...vml.matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)].map((m) => `${m[1]},${m[2]}`)).toEqual(['1,1', '8,2']);
    expect(vml.match(/id="_x0000_t202"/g)).toHaveLength(1);
  });

  test('a drawing that keeps other shapes must stay when the notes go; one of notes only need not', () => {
    expect(hasOtherShapes(EXCEL_VML)).toBe(true);
    expect(hasOtherShapes(notesVml(new Map(), 1, EXCEL_VML))).toBe(true);
    expect(notesVml(new Map(), 1, EXCEL_VML)).not.toContain('ObjectType="Note"');
    expect(hasOtherShapes(notesVml(NOTES))).toBe(false);
  });

  test("a drawing of notes only (LibreOffice's, without shape layout) gets ours in their place, with the shape type it lacks", () => {
    const libreOffice =
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      '<v:shape id="shape_0" type="#_x0000_t202" style="visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>';
    const vml = notesVml(new Map([['D4', 'z']]), 1, libreOffice);
    wellFormed(vml);
    expect(vml).not.toContain('shape_0');
    expect(vml).toContain('<v:shapetype id="_x0000_t202"');
    expect(vml).toContain('<x:Row>3</x:Row><x:Column>3</x:Column>');
  });
});

describe('a package with our table, comments and VML parts', () => {
  test('LibreOffice opens it and writes back the table with its header as columns', () => {
    const t = parseTable(libreOfficeTable);
    expect(t).toMatchObject({ name: 'tblData', ref: 'A1:C3', headerRowCount: 1, totalsRowCount: 0 });
    expect(t.columns.map((c) => c.name)).toEqual(HEADER);
  });

  // ExcelJS drops a note on a cell with no value (E7; src/workbook/xlsx/looseNotes.ts); LibreOffice read it above.
  test('ExcelJS reads the notes back on their cells, and the table', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(ours as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Data')!;
    const noteOf = (ref: string) => {
      const note = ws.getCell(ref).note;
      return typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('');
    };
    expect(['C3', 'A1'].map(noteOf)).toEqual([NOTES.get('C3'), NOTES.get('A1')]);
    expect(ws.getTable('tblData')).toBeDefined();
  });
});
