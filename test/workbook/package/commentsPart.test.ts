// Notes as Excel, LibreOffice, openpyxl and ExcelJS write them are read alike; the comments part and
// VML drawing written here make a package LibreOffice and ExcelJS open with the notes on their cells.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { commentsXml, notesVml, parseComments, type Notes } from '../../../src/workbook/xlsx/commentsPart';
import { parseTable, tableXml } from '../../../src/workbook/xlsx/tablePart';
import { sofficeConvert } from '../../helpers/soffice';
import { useTempDir } from '../../helpers/tempDir';

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

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
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
  await promisify(execFile)(PYTHON, ['-c', OPENPYXL, openpyxl], { timeout: 120_000 });
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
