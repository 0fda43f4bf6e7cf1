// The style sheet as ExcelJS, openpyxl and LibreOffice write it: number formats, dates, wrapping,
// locks and the link look read back; derived cell styles and differential formats appended without
// renumbering anything, and read right by ExcelJS and LibreOffice. The files are made here, by the
// tools themselves.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { isDateCode, Styles } from '../../src/ooxml/styles';
import { runOpenpyxl } from '../helpers/openpyxl';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';

jest.setTimeout(240_000);
const dir = useTempDir();
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** One cell per kind of style, A1 to A10, and a conditional format with a fill and a font colour. */
const OPENPYXL = `
import sys, openpyxl, datetime
from openpyxl.styles import Font, Alignment, Protection, PatternFill
from openpyxl.formatting.rule import CellIsRule
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Blad'
ws['A1'] = 'tekst'
ws['A2'] = datetime.date(2024, 1, 2)
ws['A3'] = 0.5; ws['A3'].number_format = '0.0%'
ws['A4'] = 'blauw'; ws['A4'].font = Font(underline='single', color='FF0000FF')
ws['A5'] = 'omloop'; ws['A5'].alignment = Alignment(wrap_text=True)
ws['A6'] = 'open'; ws['A6'].protection = Protection(locked=False)
ws['A7'] = 3; ws['A7'].number_format = '[Red]#,##0.00;"d"0'
ws['A8'] = 'link'; ws['A8'].style = 'Hyperlink'
ws['A9'] = 1.5; ws['A9'].number_format = '[h]:mm'
ws['A10'] = 2; ws['A10'].number_format = '[$-413]d mmmm yyyy'
ws.conditional_formatting.add('B1:B9', CellIsRule(operator='greaterThan', formula=['1'], fill=PatternFill(bgColor='FFC7CE', fill_type='solid'), font=Font(color='9C0006')))
wb.save(sys.argv[1])
`;

const sheets: Record<string, string> = {};
const partOf = async (file: string, part: string) => (await JSZip.loadAsync(readFileSync(file))).file(part)!.async('string');

beforeAll(async () => {
  const made = path.join(dir(), 'openpyxl.xlsx');
  await runOpenpyxl(OPENPYXL, [made]);
  sheets.openpyxl = await partOf(made, 'xl/styles.xml');
  sheets.LibreOffice = await partOf(await sofficeConvert(made, 'xlsx', path.join(dir(), 'calc')), 'xl/styles.xml');
  sheets.ExcelJS = await partOf(path.join(__dirname, '../fixtures/registries/schema-4-demo.xlsx'), 'xl/styles.xml');
});

const row = (s: Styles, xf: number) => [s.numberFormat(xf), s.isDate(xf), s.wraps(xf), s.locked(xf), s.isLink(xf)];

describe.each(['openpyxl', 'LibreOffice'])('a style sheet written by %s', (writer) => {
  test('reads each cell style as the writer meant it', () => {
    const s = Styles.parse(sheets[writer]);
    const calc = writer === 'LibreOffice';
    expect([...Array(10).keys()].map((xf) => row(s, xf))).toEqual([
      [null, false, false, true, false],
      [calc ? 'yyyy\\-mm\\-dd' : 'yyyy-mm-dd', true, false, true, false],
      ['0.0%', false, false, true, false],
      [null, false, false, true, false],
      [null, false, true, true, false],
      [null, false, false, false, false],
      [calc ? '[RED]#,##0.00;\\d0' : '[Red]#,##0.00;"d"0', false, false, true, false],
      [null, false, false, true, true],
      ['[h]:mm', false, false, true, false],
      [calc ? '[$-413]d\\ mmmm\\ yyyy' : '[$-413]d mmmm yyyy', true, false, true, false],
    ]);
    expect(s.dxf(0)).toEqual({ fill: '#FFC7CE', fontColor: '#9C0006' });
    expect(s.dxf(1)).toEqual({});
  });
});

describe.each(['ExcelJS', 'openpyxl', 'LibreOffice'])('deriving from a style sheet written by %s', (writer) => {
  const read = (xml: string) => [...(/<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1].matchAll(/<xf\b[\s\S]*?(?:\/>|<\/xf>)/g) ?? [])].map((m) => m[0]);

  test('unchanged, the part is written back as it was read', () => {
    const s = Styles.parse(sheets[writer]);
    s.numberFormat(0);
    expect([s.changed, s.toXml() === sheets[writer]]).toEqual([false, true]);
  });

  test('new styles are appended, equal ones reused, and no existing style is renumbered', () => {
    const s = Styles.parse(sheets[writer]);
    const before = read(sheets[writer]);
    const date = s.derive(0, { numberFormat: 'dd/mm/yyyy' });
    const link = s.derive(0, { link: true });
    const wrapped = s.derive(date, { wrap: true, locked: false });
    const percent = s.derive(0, { numberFormat: '0%' });
    expect(s.derive(0, { numberFormat: 'dd/mm/yyyy' })).toBe(date);
    expect(s.derive(0, {})).toBe(0);
    expect(
      s.derive(0, {
        numberFormat: 'General',
        wrap: false,
        locked: true,
        link: false,
      }),
    ).toBe(0);
    expect(s.derive(link, { link: false })).toBe(0);
    expect(s.changed).toBe(true);

    const again = Styles.parse(s.toXml());
    expect(read(s.toXml()).slice(0, before.length)).toEqual(before);
    expect(row(again, date)).toEqual(['dd/mm/yyyy', true, false, true, false]);
    expect(row(again, link)).toEqual([row(again, 0)[0], false, false, true, true]);
    expect(row(again, wrapped)).toEqual(['dd/mm/yyyy', true, true, false, false]);
    expect(row(again, percent)).toEqual(['0%', false, false, true, false]);
    expect(/numFmtId="(\d+)"/.exec(read(s.toXml())[percent])![1]).toBe('9');
    const custom = Number(/numFmtId="(\d+)"/.exec(read(s.toXml())[date])![1]);
    expect(custom).toBeGreaterThanOrEqual(164);
    // Counts say what the lists hold.
    for (const [list, item] of [
      ['cellXfs', 'xf'],
      ['fonts', 'font'],
      ['numFmts', 'numFmt'],
      ['dxfs', 'dxf'],
    ]) {
      const element = new RegExp(`<${list}\\b[^>]*count="(\\d+)"[^>]*>([\\s\\S]*?)</${list}>`).exec(s.toXml());
      if (element) expect([list, Number(element[1])]).toEqual([list, element[2].split(`<${item}`).filter((x) => /^[\s/>]/.test(x)).length]);
    }
  });

  test('a style sheet derived from is derived from again with the same result (a second session)', () => {
    const first = Styles.parse(sheets[writer]);
    const date = first.derive(0, { numberFormat: 'dd/mm/yyyy' });
    const second = Styles.parse(first.toXml());
    expect(second.derive(0, { numberFormat: 'dd/mm/yyyy' })).toBe(date);
    expect(second.changed).toBe(false);
  });

  test('differential formats: appended once, read back as given', () => {
    const s = Styles.parse(sheets[writer]);
    const red = s.addDxf('#FFC7CE', '#9C0006');
    const green = s.addDxf('#c6efce');
    expect(s.addDxf('#FFC7CE', '#9C0006')).toBe(red);
    expect(s.addDxf('#C6EFCE')).toBe(green);
    const again = Styles.parse(s.toXml());
    expect([again.dxf(red), again.dxf(green)]).toEqual([{ fill: '#FFC7CE', fontColor: '#9C0006' }, { fill: '#C6EFCE' }]);
    if (writer !== 'ExcelJS') expect(red).toBe(0);
  });

  test('ExcelJS reads the cells of the derived styles with their format, font, alignment and lock', async () => {
    const s = Styles.parse(sheets[writer]);
    const xfs = [s.derive(0, { numberFormat: 'dd/mm/yyyy' }), s.derive(0, { link: true }), s.derive(0, { wrap: true }), s.derive(0, { locked: false })];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await tinyWorkbook(s.toXml(), xfs)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Blad')!;
    const [date, link, wrap, open] = ['A1', 'A2', 'A3', 'A4'].map((a) => ws.getCell(a));
    expect(date.numFmt).toBe('dd/mm/yyyy');
    expect([link.font.underline, link.font.color]).toEqual([true, { theme: 10 }]);
    expect([wrap.alignment.wrapText, wrap.alignment.vertical]).toEqual([true, 'top']);
    expect(open.protection.locked).toBe(false);
  });
});

test('LibreOffice reads the derived styles of its own style sheet and keeps them when it saves', async () => {
  const s = Styles.parse(sheets.LibreOffice);
  const xfs = [s.derive(0, { numberFormat: 'dd/mm/yyyy' }), s.derive(0, { link: true }), s.derive(0, { wrap: true }), s.derive(0, { locked: false })];
  const file = path.join(dir(), 'derived.xlsx');
  writeFileSync(file, await tinyWorkbook(s.toXml(), xfs));
  const saved = await sofficeConvert(file, 'xlsx', path.join(dir(), 'again'));
  const styles = Styles.parse(await partOf(saved, 'xl/styles.xml'));
  const sheet = await partOf(saved, 'xl/worksheets/sheet1.xml');
  const [date, link, wrap, open] = [1, 2, 3, 4].map((r) => Number(new RegExp(`<c r="A${r}" s="(\\d+)"`).exec(sheet)![1]));
  expect([styles.numberFormat(date), styles.isDate(date)]).toEqual(['dd/mm/yyyy', true]);
  expect(styles.wraps(wrap)).toBe(true);
  expect(styles.locked(open)).toBe(false);
  expect(fontOf(await partOf(saved, 'xl/styles.xml'), link)).toMatch(/<u val="single"\/>/);
});

/** The font of cell style `xf`, as written (`<font>` without attributes, as LibreOffice writes it). */
function fontOf(styles: string, xf: number): string {
  const items = (list: string, item: string) =>
    new RegExp(`<${list}[\\s\\S]*</${list}>`)
      .exec(styles)![0]
      .split(`<${item}`)
      .slice(1)
      .filter((x) => /^[\s>]/.test(x));
  const cellXf = items('cellXfs', 'xf')[xf];
  return items('fonts', 'font')[Number(/fontId="(\d+)"/.exec(cellXf)![1])];
}

/** A one-sheet package around a style sheet: A1… hold a number each, in the cell styles `xfs`. */
async function tinyWorkbook(styles: string, xfs: number[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const rels = (body: string) => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  const type = (part: string, kind: string) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml"/>`;
  zip.file(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${type('xl/workbook.xml', 'sheet.main')}${type('xl/worksheets/sheet1.xml', 'worksheet')}${type('xl/styles.xml', 'styles')}</Types>`,
  );
  zip.file('_rels/.rels', rels(rel('rId1', 'officeDocument', 'xl/workbook.xml')));
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file('xl/_rels/workbook.xml.rels', rels(rel('rId1', 'worksheet', 'worksheets/sheet1.xml') + rel('rId2', 'styles', 'styles.xml')));
  const cells = xfs.map((xf, i) => `<row r="${i + 1}"><c r="A${i + 1}" s="${xf}"><v>${45000 + i}</v></c></row>`).join('');
  zip.file('xl/worksheets/sheet1.xml', `<worksheet xmlns="${MAIN}"><sheetData>${cells}</sheetData></worksheet>`);
  zip.file('xl/styles.xml', styles);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('style sheets others may write', () => {
  test('a package without one behaves as the default sheet, and gets a whole part when styles are derived', () => {
    const s = Styles.parse(undefined);
    expect([s.missing, s.changed, row(s, 0)]).toEqual([true, false, [null, false, false, true, false]]);
    const date = s.derive(0, { numberFormat: 'dd/mm/yyyy' });
    expect([date, s.addDxf('#FF0000')]).toEqual([1, 0]);
    const xml = s.toXml();
    expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<styleSheet xmlns="[^"]+"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\/mm\/yyyy"\/><\/numFmts><fonts count="1">/);
    expect(xml).toContain('<dxfs count="1"><dxf><fill><patternFill patternType="solid"><bgColor rgb="FFFF0000"/></patternFill></fill></dxf></dxfs>');
    expect(row(Styles.parse(xml), date)).toEqual(['dd/mm/yyyy', true, false, true, false]);
  });

  test('missing lists are made in the order the schema wants, and counts that lie are set right', () => {
    const xml = `<x:styleSheet xmlns:x="${MAIN}"><x:fonts count="7"><x:font><x:sz val="10"/></x:font></x:fonts><x:cellXfs count="0"><x:xf numFmtId="0" fontId="0"/></x:cellXfs><x:cellStyles count="1"><x:cellStyle name="Normal" xfId="0" builtinId="0"/></x:cellStyles><x:extLst/></x:styleSheet>`;
    const s = Styles.parse(xml);
    expect(s.derive(0, { numberFormat: 'd/m/yyyy', link: true })).toBe(1);
    s.addDxf('#00FF00', '#000000');
    const out = s.toXml();
    expect(out.match(/<x:(numFmts|fonts|cellXfs|cellStyles|dxfs|extLst)(?=[\s/>])/g)).toEqual(['<x:numFmts', '<x:fonts', '<x:cellXfs', '<x:cellStyles', '<x:dxfs', '<x:extLst']);
    expect(out).toContain('<x:fonts count="2"><x:font><x:sz val="10"/></x:font><x:font><x:u/><x:sz val="10"/><x:color theme="10"/></x:font></x:fonts>');
    expect(out).toContain('<x:cellXfs count="2"><x:xf numFmtId="0" fontId="0"/><x:xf numFmtId="164" fontId="1" applyNumberFormat="1" applyFont="1"/></x:cellXfs>');
    expect(out).toContain('<x:dxfs count="1"><x:dxf><x:font><x:color rgb="FF000000"/></x:font><x:fill>');
    expect(row(Styles.parse(out), 1)).toEqual(['d/m/yyyy', true, false, true, true]);
  });

  test('a sheet without fonts or cell styles gets the default ones first, so index 0 stays the default', () => {
    const s = Styles.parse(`<x:styleSheet xmlns:x="${MAIN}"><x:cellStyles count="1"><x:cellStyle name="Normal" xfId="0" builtinId="0"/></x:cellStyles></x:styleSheet>`);
    expect(row(s, 0)).toEqual([null, false, false, true, false]);
    expect(s.derive(0, { link: true })).toBe(1);
    const out = s.toXml();
    expect(out).toMatch(/^<x:styleSheet [^>]*><x:fonts count="2"><x:font><x:sz val="11"\/>.*<\/x:font><x:font><x:u\/><x:sz val="11"\/><x:color theme="10"\/>.*<\/x:fonts><x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"\/><x:xf [^>]*fontId="1"[^>]*\/><\/x:cellXfs><x:cellStyles /);
    expect(row(Styles.parse(out), 1)).toEqual([null, false, false, true, true]);
  });

  test('a custom format that exists is reused, a new one gets the next free id', () => {
    const xml = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="170" formatCode="dd/mm/yyyy"/><numFmt numFmtId="164" formatCode="&quot;ja&quot;;&quot;ja&quot;;&quot;nee&quot;"/></numFmts><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;
    const s = Styles.parse(xml);
    expect(s.numberFormat(s.derive(0, { numberFormat: '"ja";"ja";"nee"' }))).toBe('"ja";"ja";"nee"');
    expect(s.toXml()).toContain('<xf numFmtId="164" ');
    s.derive(0, { numberFormat: 'dd/mm/yyyy' });
    s.derive(0, { numberFormat: '#,##0.000' });
    expect(s.toXml()).toContain('<numFmt numFmtId="171" formatCode="#,##0.000"/></numFmts>');
    expect(s.toXml()).toContain('<xf numFmtId="170" ');
  });

  test('the Hyperlink cell style is a link; back to no link is the plain font of the sheet', () => {
    const s = Styles.parse(sheets.openpyxl);
    expect(s.isLink(7)).toBe(true);
    const plain = s.derive(7, { link: false });
    expect([s.isLink(plain), s.numberFormat(plain)]).toEqual([false, null]);
  });
});

test.each([
  ['dd/mm/yyyy', true],
  ['[$-413]d mmmm yyyy', true],
  ['yyyy\\-mm\\-dd', true],
  ['h:mm AM/PM', true],
  ['mm:ss.0', true],
  ['[h]:mm:ss', false],
  ['[mm]:ss', false],
  ['0.00%', false],
  ['#,##0 "dagen"', false],
  ['[Red]#,##0.00;\\d0', false],
  ['_-* #,##0.00\\ "€"_-;\\-* #,##0.00\\ "€"_-', false],
  ['General', false],
  ['@', false],
])('the code %s shows a date: %s', (code, date) => {
  expect(isDateCode(code)).toBe(date);
});
