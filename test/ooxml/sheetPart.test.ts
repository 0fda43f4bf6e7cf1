// The worksheet part: cells of every type as Excel, openpyxl and LibreOffice write them, read in
// chunks into the row store and written back; everything around the cells kept byte for byte.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { concatBytes } from '../../src/bytes';
import { isoToSerial, SHEET_ORDER, SheetPart, type SheetReadContext, type SheetWriteContext } from '../../src/ooxml/sheetPart';
import { childrenOfRoot } from '../../src/ooxml/opc';
import { ZipPackage } from '../../src/ooxml/zipPackage';
import { escapeText, richText } from '../../src/ooxml/xmlText';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';
import { runOpenpyxl } from '../helpers/openpyxl';

jest.setTimeout(180_000);
const dir = useTempDir();

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const encode = (xml: string) => new TextEncoder().encode(xml);

/** Shared strings as a package holds them, and the contexts the part reads and writes with. */
function sharedStrings(xml: string) {
  const entries = [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => ({
    text: richText(m[1]),
    rich: /<r>/.test(m[1]),
  }));
  const read: SheetReadContext & { calls: number } = {
    calls: 0,
    // A fresh string on every call: the part must still hold one string per entry.
    text: (i) => (read.calls++, `${entries[i].text}`.split('').join('')),
    rich: (i) => entries[i]?.rich ?? false,
    date1904: false,
  };
  const texts = entries.map((e) => e.text);
  const write: SheetWriteContext = {
    indexOf: (text) => {
      const at = texts.findIndex((t, i) => t === text && !entries[i]?.rich);
      return at >= 0 ? at : texts.push(text) - 1;
    },
  };
  return { read, write, texts };
}

/** The part written, as one string. */
const xmlOf = (part: SheetPart, write: SheetWriteContext) => new TextDecoder().decode(concatBytes([...part.xmlBytes(write)]));

const SST = '<sst><si><t>Geluid</t></si><si><r><rPr><b/></rPr><t>Vet</t></r><r><t> en gewoon</t></r></si><si><t>Één € 😀</t></si></sst>';

/** A sheet as Excel writes one, with every kind of cell and the elements around sheetData. */
const EXCEL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}"><sheetPr><tabColor rgb="FF00B050"/></sheetPr><dimension ref="A1:Z99"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B3" sqref="B3"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="20.7109375" customWidth="1"/></cols><sheetData><row r="1" spans="1:9" ht="20.25" customHeight="1" x14ac:dyDescent="0.3"><c r="A1" s="3" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" s="4"><v>45123.5</v></c><c r="E1"><v>-0.1</v></c><c r="F1"><v>1.2345678901234567E-7</v></c><c r="G1" t="b"><v>1</v></c><c r="H1" t="e"><v>#N/A</v></c><c r="I1" s="5"/></row><row r="3" spans="1:4" hidden="1"><c r="A3"><f>SUM(D1:E1)</f><v>45123.4</v></c><c r="B3" t="str"><f>A1&amp;"x"</f><v>Geluid&amp;x &lt;ok&gt;</v></c><c r="C3" t="b"><f>TRUE()</f><v>0</v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3" cm="1"><f t="array" ref="E3:E4">SEQUENCE(2)</f><v>1</v></c></row><row r="4" spans="5:5"><c r="E4" t="inlineStr"><is><t xml:space="preserve"> a&amp;b_x000D_&#10;c </t></is></c><c r="F4" t="inlineStr"><is><r><rPr><i/></rPr><t>schuin</t></r><r><t>recht</t></r><rPh sb="0" eb="1"><t>X</t></rPh></is></c><c r="G4" t="d"><v>2024-02-29</v></c><c r="H4" t="d"><v>2024-02-29T18:00:00.000</v></c><c r="I4" t="d"><v>06:30:00</v></c><c r="J4" s="0"/></row><row r="7" s="6" customFormat="1" ht="30" customHeight="1"/></sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/><conditionalFormatting sqref="A1:A9"><cfRule type="expression" dxfId="0" priority="1"><formula>A1="x"</formula></cfRule></conditionalFormatting><conditionalFormatting sqref="B1:B9"><cfRule type="expression" dxfId="1" priority="2"><formula>B1&gt;1</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A2:A9"><formula1>"ja,nee"</formula1></dataValidation></dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" r:id="rId2"/><drawing r:id="rId3"/><legacyDrawing r:id="rId4"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts><extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="0" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/></ext></extLst></worksheet>`;

/** Every cell as [address, value, style, extra] for comparing whole sheets. */
function cells(part: SheetPart) {
  const out: unknown[] = [];
  for (const r of part.rows.rowNumbers()) for (const c of part.rows.columnsOf(r)) out.push([r, c, part.rows.value(r, c), part.rows.style(r, c), part.rows.extra(r, c)]);
  return out;
}

describe('reading cells of every type', () => {
  const { read } = sharedStrings(SST);
  const part = SheetPart.parse(encode(EXCEL), read);
  const { rows } = part;

  test('shared strings, numbers, booleans, errors and empty styled cells', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => rows.value(1, c))).toEqual(['Geluid', 'Vet en gewoon', 'Één € 😀', 45123.5, -0.1, 1.2345678901234567e-7, true, '#N/A', null]);
    expect(rows.extra(1, 2)).toEqual({ rich: 1 });
    expect(rows.extra(1, 8)).toEqual({ error: true });
    expect([rows.style(1, 1), rows.style(1, 2), rows.style(1, 4), rows.style(1, 9), rows.style(1, 10)]).toEqual([3, 0, 4, 5, undefined]);
    expect([rows.has(1, 9), rows.has(4, 10), rows.has(4, 11), rows.has(2, 1)]).toEqual([true, true, false, false]);
  });

  test('formulas keep their <f> as written, with the cached value typed by t', () => {
    expect([1, 2, 3, 4, 5].map((c) => [rows.value(3, c), rows.extra(3, c)])).toEqual([
      [45123.4, { formula: '<f>SUM(D1:E1)</f>' }],
      ['Geluid&x <ok>', { formula: '<f>A1&amp;"x"</f>' }],
      [false, { formula: '<f>TRUE()</f>' }],
      ['#DIV/0!', { formula: '<f>1/0</f>', error: true }],
      [
        1,
        {
          formula: '<f t="array" ref="E3:E4">SEQUENCE(2)</f>',
          attributes: ' cm="1"',
        },
      ],
    ]);
  });

  test('inline strings with entities, _xHHHH_ escapes and runs; ISO dates as serials with their time', () => {
    expect(rows.value(4, 5)).toBe(' a&b\r\nc ');
    expect(rows.value(4, 6)).toBe('schuinrecht');
    expect(rows.extra(4, 6)?.inline).toContain('<rPr><i/></rPr>');
    expect([rows.value(4, 7), rows.value(4, 8), rows.value(4, 9)]).toEqual([45351, 45351.75, 0.2708333333333333]);
    expect(isoToSerial('2024-02-29', true)).toBe(45351 - 1462);
    expect(isoToSerial('1899-12-30T00:00:00Z', false)).toBe(0);
    // Excel's 1900 system counts 29 February 1900: the days before March are one lower than a plain count.
    expect(['1900-01-01', '1900-02-28', '1900-02-28T12:00', '1900-03-01', '1904-01-01'].map((d) => isoToSerial(d, false))).toEqual([1, 59, 59.5, 61, 1462]);
    expect(['1904-01-01', '1904-01-02'].map((d) => isoToSerial(d, true))).toEqual([0, 1]);
    expect(isoToSerial('geen datum', false)).toBe('geen datum');
  });

  test('rows: attributes, hidden, row styles, rows without cells', () => {
    expect(rows.rowNumbers()).toEqual([1, 3, 4, 7]);
    expect([1, 3, 4, 7].map((r) => rows.hidden(r))).toEqual([false, true, false, false]);
    expect([rows.rowStyle(7), rows.rowStyle(1)]).toEqual([6, undefined]);
    expect(rows.columnsOf(7)).toEqual([]);
    expect(rows.columnsOf(4)).toEqual([5, 6, 7, 8, 9, 10]);
  });

  test('the same shared string is one string, asked for once', () => {
    const many = EXCEL.replace('<row r="3"', `${'<row><c t="s"><v>0</v></c></row>'.repeat(50)}<row r="3"`);
    const { read: counted } = sharedStrings(SST);
    const p = SheetPart.parse(encode(many), counted);
    expect(counted.calls).toBe(3);
    expect(p.rows.value(2, 1)).toBe('Geluid');
  });

  test('the elements around sheetData, by local name and as written', () => {
    expect(part.element('sheetPr')).toBe('<sheetPr><tabColor rgb="FF00B050"/></sheetPr>');
    expect(part.elements('conditionalFormatting')).toHaveLength(2);
    expect(part.element('extLst')).toMatch(/^<extLst>.*<\/extLst>$/);
    expect(part.element('hyperlinks')).toBeUndefined();
  });
});

describe('rows and cells without r, as openpyxl and LibreOffice may write them', () => {
  const { read } = sharedStrings(SST);
  const xml = `<worksheet xmlns="${MAIN}"><sheetData><row><c t="s"><v>0</v></c><c/><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row><row r="5"><c><v>5</v></c></row><row><c><v>6</v></c></row></sheetData></worksheet>`;
  const { rows } = SheetPart.parse(encode(xml), read);
  test('the next row, the next column', () => {
    expect(rows.rowNumbers()).toEqual([1, 2, 5, 6]);
    expect([rows.value(1, 1), rows.has(1, 2), rows.value(1, 2), rows.value(1, 3), rows.value(2, 2), rows.value(2, 3), rows.value(5, 1), rows.value(6, 1)]).toEqual([
      'Geluid',
      true,
      null,
      2,
      3,
      4,
      5,
      6,
    ]);
  });
});

describe('unusual but valid sheets', () => {
  const { read } = sharedStrings(SST);
  test('an empty <sheetData/>, comments and a row extLst inside sheetData, the 1904 date system', () => {
    const empty = SheetPart.parse(encode(`<worksheet xmlns="${MAIN}"><sheetViews/><sheetData/><pageMargins/></worksheet>`), read);
    expect([empty.rows.rowNumbers(), empty.element('pageMargins')]).toEqual([[], '<pageMargins/>']);
    const odd = `<worksheet xmlns="${MAIN}"><sheetData><!-- <row r="9"> --><row r="2"><extLst><ext uri="x"><c r="Z1"><v>9</v></c></ext></extLst><c r="A2" t="d"><v>1904-01-02</v></c></row></sheetData></worksheet>`;
    const part = SheetPart.parse(encode(odd), { ...read, date1904: true }, 4);
    expect(cells(part)).toEqual([[2, 1, 1, 0, undefined]]);
  });

  test('a number cell whose value is no number keeps its text, not NaN (that would be written back empty)', () => {
    const { read, write } = sharedStrings(SST);
    const odd = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>abc</v></c><c r="B1"><v>1e999</v></c><c r="C1"><v>1.5E3</v></c></row></sheetData></worksheet>`;
    const part = SheetPart.parse(encode(odd), read);
    expect([1, 2, 3].map((c) => part.rows.value(1, c))).toEqual(['abc', '1e999', 1500]);
    expect(xmlOf(part, write)).toContain('<c r="C1"><v>1500</v></c>');
  });

  test('a part cut off inside sheetData is refused, not read as fewer rows', () => {
    const cut = encode(EXCEL).subarray(0, EXCEL.indexOf('<row r="4"'));
    expect(() => SheetPart.parse(cut, read)).toThrow('worksheet ends inside <sheetData>');
  });
});

describe('chunks', () => {
  const { read } = sharedStrings(SST);
  const whole = SheetPart.parse(encode(EXCEL), read);

  test.each([1, 2, 3, 5, 7, 13, 64])('read %i bytes at a time: the same cells and elements (boundaries inside tags, entities and UTF-8 characters)', (size) => {
    const bytes = encode(EXCEL.replace('</sheetData>', '<row r="8"><c r="A8" t="inlineStr"><is><t>€ &amp; 😀 &#233;</t></is></c></row></sheetData>'));
    const part = SheetPart.parse(bytes, read, size);
    expect(part.rows.value(8, 1)).toBe('€ & 😀 é');
    expect(cells(part)).toEqual([...cells(whole), [8, 1, '€ & 😀 é', 0, undefined]]);
    for (const name of SHEET_ORDER) expect(part.elements(name)).toEqual(whole.elements(name));
  });

  test('parseChunks reads the part straight from the package as it is inflated: the same cells and elements', () => {
    const pkg = ZipPackage.empty();
    const big = EXCEL.replace('</sheetData>', `${Array.from({ length: 100_000 }, (_, i) => `<row r="${i + 10}"><c r="A${i + 10}" t="inlineStr"><is><t>Één € ${i}</t></is></c><c r="B${i + 10}"><v>${i / 8}</v></c></row>`).join('')}</sheetData>`);
    pkg.set('xl/worksheets/sheet1.xml', big);
    const read2 = ZipPackage.read(pkg.write());
    expect([...read2.chunks('xl/worksheets/sheet1.xml')!].length).toBeGreaterThan(1);
    const part = SheetPart.parseChunks(read2.chunks('xl/worksheets/sheet1.xml')!, read);
    const whole2 = SheetPart.parse(encode(big), read);
    expect(cells(part)).toEqual(cells(whole2));
    expect(part.rows.value(100_009, 1)).toBe('Één € 99999');
    for (const name of SHEET_ORDER) expect(part.elements(name)).toEqual(whole.elements(name));
  });

  test('a prefixed worksheet, in chunks', () => {
    const prefixed = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2"><x:c r="C2" t="inlineStr"><x:is><x:t>hé</x:t></x:is></x:c><x:c r="D2"><x:v>7</x:v></x:c></x:row></x:sheetData><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></x:worksheet>`;
    const part = SheetPart.parse(encode(prefixed), read, 3);
    expect(cells(part)).toEqual([
      [2, 3, 'hé', 0, undefined],
      [2, 4, 7, 0, undefined],
    ]);
    const out = xmlOf(part, sharedStrings(SST).write);
    expect(out).toContain(`<x:worksheet xmlns:x="${MAIN}" xmlns="${MAIN}">`);
    expect(out).toContain('<x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/></x:worksheet>');
  });

  test('written in chunks of about the size asked, whole rows each', () => {
    const { write } = sharedStrings(SST);
    const part = SheetPart.parse(encode(EXCEL), read);
    for (let r = 10; r < 2010; r++) part.rows.set(r, 1, r % 2 ? r : 'één');
    const decoder = new TextDecoder();
    const bytes = [...part.xmlBytes(write, 1000)];
    const chunks = bytes.map((c) => decoder.decode(c));
    expect(chunks.length).toBeGreaterThan(20);
    expect(bytes.slice(1, -2).every((c) => c.length >= 1000 && c.length < 1100)).toBe(true);
    expect(chunks.slice(1, -1).every((c) => c.startsWith('<row') && c.endsWith('</row>'))).toBe(true);
    expect(chunks.join('')).toBe(xmlOf(part, write));
  });
});

describe('writing', () => {
  test('a round trip keeps every element around sheetData byte for byte, the cells, and the row attributes', () => {
    const { read, write, texts } = sharedStrings(SST);
    const part = SheetPart.parse(encode(EXCEL), read);
    const xml = xmlOf(part, write);
    const children = (x: string) => childrenOfRoot(x, false).map((c) => x.slice(c.start, c.end));
    const kept = (x: string) => children(x).filter((c) => !/^<(sheetData|dimension)\b/.test(c));
    expect(kept(xml)).toEqual(kept(EXCEL));
    expect(xml.slice(0, xml.indexOf('<sheetPr>'))).toBe(EXCEL.slice(0, EXCEL.indexOf('<sheetPr>')));
    expect(xml).toContain('<dimension ref="A1:J4"/>');
    expect(xml).toContain('<row r="1" ht="20.25" customHeight="1" x14ac:dyDescent="0.3"><c r="A1" s="3" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>');
    expect(xml).toContain('<row r="3" hidden="1">');
    expect(xml).toContain('<row r="7" s="6" customFormat="1" ht="30" customHeight="1"/>');
    expect(xml).toContain('<c r="B3" t="str"><f>A1&amp;"x"</f><v>Geluid&amp;x &lt;ok&gt;</v></c>');
    expect(xml).toContain('<c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c>');
    expect(xml).toContain('<c r="E3" cm="1"><f t="array" ref="E3:E4">SEQUENCE(2)</f><v>1</v></c>');
    expect(xml).toContain(`<c r="F1"><v>${String(1.2345678901234567e-7)}</v></c><c r="G1" t="b"><v>1</v></c><c r="H1" t="e"><v>#N/A</v></c><c r="I1" s="5"/>`);
    // The plain inline string becomes a shared string; the one with runs stays inline.
    expect(xml).toContain(`<c r="E4" t="s"><v>${texts.indexOf(' a&b\r\nc ')}</v></c><c r="F4" t="inlineStr"><is><r>`);
    const again = SheetPart.parse(encode(xml), {
      ...read,
      text: (i) => texts[i],
    });
    expect(cells(again)).toEqual(cells(part));
    expect(xmlOf(again, write)).toBe(xml);
  });

  test('values set: shortest numbers, strings by index, extras dropped, styles kept; NaN and Infinity refused, the cell left as it was', () => {
    const { read, write, texts } = sharedStrings(SST);
    const part = SheetPart.parse(encode(EXCEL), read);
    const { rows } = part;
    rows.set(1, 2, 'Vet en gewoon');
    rows.set(1, 4, 0.1 + 0.2);
    expect(() => rows.set(1, 5, NaN)).toThrow(new RangeError('E1: NaN is no number a cell can hold'));
    expect(() => rows.set(1, 6, -Infinity, 9)).toThrow(RangeError);
    expect(() => rows.setCells(9, 1, [1, Infinity])).toThrow(new RangeError('B9: Infinity is no number a cell can hold'));
    expect(() => rows.setCells(1, 4, [7, NaN])).toThrow(RangeError);
    expect([rows.value(1, 4), rows.value(1, 5), rows.value(1, 6), rows.style(1, 6), rows.value(9, 1)]).toEqual([0.30000000000000004, -0.1, 1.2345678901234567e-7, 0, null]);
    rows.setStyle(1, 6, 9);
    rows.set(3, 1, 'nieuw');
    rows.set(3, 4, false);
    rows.set(9, 3, 12);
    rows.delete(1, 9);
    const xml = xmlOf(part, write);
    expect(rows.extra(1, 2)).toBeUndefined();
    // The rich entry's text set as a plain value is a plain shared string of its own.
    expect(texts.lastIndexOf('Vet en gewoon')).toBe(3);
    expect(xml).toContain('<c r="B1" t="s"><v>3</v></c>');
    expect(xml).toContain('<c r="D1" s="4"><v>0.30000000000000004</v></c><c r="E1"><v>-0.1</v></c><c r="F1" s="9"><v>1.2345678901234566e-7</v></c>');
    expect(xml).toContain(`<c r="A3" t="s"><v>${texts.indexOf('nieuw')}</v></c>`);
    expect(xml).toContain('<c r="D3" t="b"><v>0</v></c>');
    expect(xml).toContain('<c r="H1" t="e"><v>#N/A</v></c></row>');
    expect(xml).toContain('<row r="9"><c r="C9"><v>12</v></c></row>');
    expect(xml).toContain('<dimension ref="A1:J9"/>');
  });

  test('rows read with the same styles share them until one changes', () => {
    const { read } = sharedStrings(SST);
    const xml = `<worksheet xmlns="${MAIN}"><sheetData>${[1, 2, 3].map((r) => `<row r="${r}"><c r="A${r}" s="2"><v>${r}</v></c><c r="B${r}" s="3"/></row>`).join('')}</sheetData></worksheet>`;
    const { rows } = SheetPart.parse(encode(xml), read);
    rows.setStyle(2, 2, 7);
    rows.set(3, 1, 'x', 8);
    rows.delete(1, 2);
    expect([1, 2, 3].map((r) => [rows.style(r, 1), rows.style(r, 2)])).toEqual([
      [2, undefined],
      [2, 7],
      [8, 3],
    ]);
    expect(rows.columnsOf(1)).toEqual([1]);
  });

  test('setCells: a table row at once; a row with cells already gets them one by one', () => {
    const { read } = sharedStrings(SST);
    const { rows } = SheetPart.parse(encode(EXCEL), read);
    rows.setCells(10, 2, ['a', 1, null], [4, undefined, 0]);
    rows.setCells(11, 2, ['b', 2, true], [4, undefined, 0]);
    rows.setCells(1, 9, ['x', 'y']);
    rows.setStyle(11, 2, 5);
    expect([10, 11].map((r) => [1, 2, 3, 4, 5].map((c) => [rows.value(r, c), rows.style(r, c)]))).toEqual([
      [
        [null, undefined],
        ['a', 4],
        [1, 0],
        [null, 0],
        [null, undefined],
      ],
      [
        [null, undefined],
        ['b', 5],
        [2, 0],
        [true, 0],
        [null, undefined],
      ],
    ]);
    expect([rows.value(1, 8), rows.style(1, 8), rows.value(1, 9), rows.style(1, 9), rows.value(1, 10), rows.style(1, 10)]).toEqual(['#N/A', 0, 'x', 5, 'y', 0]);
    expect(rows.extra(1, 8)).toEqual({ error: true });
  });

  test('setCells: an empty value without a style makes no cell, in a new row and in one with cells', () => {
    const { read, write } = sharedStrings(SST);
    const part = SheetPart.parse(encode(EXCEL), read);
    const { rows } = part;
    rows.setCells(10, 1, [null, 'a', null, 2, null, null], [undefined, undefined, undefined, undefined, 3, undefined]);
    rows.setCells(11, 1, [null, null], [undefined, undefined]);
    // Row 1 has cells: B1 is cleared (it exists), K1 and L1 stay away, M1 is new.
    rows.setCells(1, 2, [null], [undefined]);
    rows.setCells(1, 11, [null, null, 5]);
    expect(rows.columnsOf(10)).toEqual([2, 4, 5]);
    expect(rows.rowNumbers()).not.toContain(11);
    expect([rows.has(1, 2), rows.value(1, 2), rows.has(1, 11), rows.has(1, 12), rows.value(1, 13)]).toEqual([true, null, false, false, 5]);
    const xml = xmlOf(part, write);
    expect(xml).toContain(`<row r="10"><c r="B10" t="s"><v>${write.indexOf('a')}</v></c><c r="D10"><v>2</v></c><c r="E10" s="3"/></row>`);
  });

  test('row styles and hidden flags follow the row attributes as they change', () => {
    const { read } = sharedStrings(SST);
    const { rows } = SheetPart.parse(encode(EXCEL), read);
    expect([rows.rowStyle(7), rows.hidden(7), rows.rowStyle(3), rows.hidden(3)]).toEqual([6, false, undefined, true]);
    rows.setHidden(7, true);
    rows.setHidden(3, false);
    expect([rows.rowStyle(7), rows.hidden(7), rows.rowStyle(3), rows.hidden(3)]).toEqual([6, true, undefined, false]);
  });

  test('hidden rows: set and cleared; a row with nothing left goes', () => {
    const { read, write } = sharedStrings(SST);
    const part = SheetPart.parse(encode(EXCEL), read);
    part.rows.setHidden(3, false);
    part.rows.setHidden(4, true);
    part.rows.setHidden(20, true);
    expect([3, 4, 20].map((r) => part.rows.hidden(r))).toEqual([false, true, true]);
    const xml = xmlOf(part, write);
    expect(xml).toContain('<row r="3">');
    expect(xml).toContain('<row r="4" hidden="1">');
    expect(xml).toContain('<row r="20" hidden="1"/>');
    part.rows.setHidden(20, false);
    part.rows.set(30, 2, 1);
    part.rows.delete(30, 2);
    expect(part.rows.rowNumbers()).toEqual([1, 3, 4, 7]);
  });

  test('setElements replaces by local name and places new elements in SHEET_ORDER; unknown ones keep their place', () => {
    const { read, write } = sharedStrings(SST);
    const controls = '<mc:AlternateContent><mc:Choice Requires="x14"><controls><control shapeId="1025" r:id="rId5" name="Vak"/></controls></mc:Choice></mc:AlternateContent>';
    const source = EXCEL.replace('<drawing', '<userElement/><drawing').replace('<tableParts', `${controls}<tableParts`);
    const part = SheetPart.parse(encode(source), read);
    part.setElements('hyperlinks', ['<hyperlinks><hyperlink ref="A1" location="\'Blad\'!A1"/></hyperlinks>']);
    part.setElements('conditionalFormatting', ['<conditionalFormatting sqref="C1"/>']);
    part.setElements('sheetProtection', []);
    part.setElements('legacyDrawing', ['<legacyDrawing r:id="rId9"/>']);
    part.setElements('rowBreaks', ['<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks>']);
    const xml = xmlOf(part, write);
    const names = childrenOfRoot(xml, false).map((c) => c.name);
    expect(names).toEqual([
      'sheetPr',
      'dimension',
      'sheetViews',
      'sheetFormatPr',
      'cols',
      'sheetData',
      'conditionalFormatting',
      'dataValidations',
      'hyperlinks',
      'pageMargins',
      'pageSetup',
      'userElement',
      'rowBreaks',
      'drawing',
      'legacyDrawing',
      'AlternateContent',
      'tableParts',
      'extLst',
    ]);
    expect(xml).toContain(`<legacyDrawing r:id="rId9"/>${controls}<tableParts`);
    expect(part.element('sheetProtection')).toBeUndefined();
  });

  test('an empty sheet, as Excel expects its elements', () => {
    const xml = xmlOf(SheetPart.empty(), { indexOf: () => 0 });
    expect(xml).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    );
  });
});

/** The first sheet and the shared strings of an xlsx file. */
function firstSheet(file: string) {
  const files = unzipSync(new Uint8Array(readFileSync(file)));
  return {
    sheet: files['xl/worksheets/sheet1.xml'],
    strings: files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '<sst/>',
  };
}

/** A sheet written by openpyxl: every type it writes, a hidden row, a formula, and ISO dates. */
const OPENPYXL = `
import sys, datetime, openpyxl
wb = openpyxl.Workbook(iso_dates=True)
ws = wb.active
ws.append(['Tekst é€', 42, 2.5, True, datetime.datetime(2024, 2, 29, 18, 0), datetime.date(2023, 1, 1), '=SUM(B1:C1)', None, '#N/A'])
ws.append(['regel\\nnieuw', -7, 1e-9, False])
ws.row_dimensions[2].hidden = True
ws['A4'] = 'vier'
wb.save(sys.argv[1])
`;

describe('files written by openpyxl and LibreOffice', () => {
  let openpyxl: string;
  let calc: string;
  beforeAll(async () => {
    openpyxl = path.join(dir(), 'openpyxl.xlsx');
    await runOpenpyxl(OPENPYXL, [openpyxl]);
    calc = await sofficeConvert(openpyxl, 'xlsx', path.join(dir(), 'calc'));
  });

  test('openpyxl: values, types, the hidden row, ISO dates', () => {
    const { sheet, strings } = firstSheet(openpyxl);
    const { read } = sharedStrings(strings);
    const part = SheetPart.parse(sheet, read, 100);
    const { rows } = part;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => rows.value(1, c))).toEqual(['Tekst é€', 42, 2.5, true, 45351.75, 44927, null, null, '#N/A']);
    expect(rows.extra(1, 7)?.formula).toBe('<f>SUM(B1:C1)</f>');
    expect(rows.extra(1, 9)).toEqual({ error: true });
    expect([1, 2, 3, 4].map((c) => rows.value(2, c))).toEqual(['regel\nnieuw', -7, 1e-9, false]);
    expect([rows.hidden(1), rows.hidden(2), rows.value(4, 1)]).toEqual([false, true, 'vier']);
  });

  test('LibreOffice: the same values after Calc saved the file', async () => {
    const { sheet, strings } = firstSheet(calc);
    const { read, write, texts } = sharedStrings(strings);
    const part = SheetPart.parse(sheet, read, 64);
    const { rows } = part;
    expect([1, 2, 3, 4, 5, 6, 9].map((c) => rows.value(1, c))).toEqual(['Tekst é€', 42, 2.5, true, 45351.75, 44927, '#N/A']);
    expect(rows.extra(1, 7)?.formula).toMatch(/^<f[^>]*>SUM\(B1:C1\)<\/f>$/);
    expect(rows.value(1, 7)).toBe(44.5);
    expect([1, 2, 3, 4].map((c) => rows.value(2, c))).toEqual(['regel\nnieuw', -7, 1e-9, false]);
    expect([rows.hidden(1), rows.hidden(2), rows.value(4, 1)]).toEqual([false, true, 'vier']);
    // And back: the cells read again are the same, the elements around them as LibreOffice wrote them.
    const again = SheetPart.parse(encode(xmlOf(part, write)), {
      ...read,
      text: (i) => texts[i],
    });
    expect(cells(again)).toEqual(cells(part));
    for (const name of SHEET_ORDER.filter((n) => n !== 'dimension')) expect(again.elements(name)).toEqual(part.elements(name));
  });

  test('LibreOffice reads the sheet as written: the same text when the part is put back in the package', async () => {
    const { sheet, strings } = firstSheet(calc);
    const { read, write, texts } = sharedStrings(strings);
    const part = SheetPart.parse(sheet, read);
    part.rows.set(6, 2, 'nieuw & <anders>');
    part.rows.setCells(7, 1, [1.5, 'één', false]);
    expect(texts).toHaveLength(3);
    const files: Record<string, Uint8Array> = unzipSync(new Uint8Array(readFileSync(calc)));
    files['xl/worksheets/sheet1.xml'] = concatBytes([...part.xmlBytes(write, 64)]);
    files['xl/sharedStrings.xml'] = encode(`<sst xmlns="${MAIN}">${texts.map((t) => `<si><t xml:space="preserve">${escapeText(t)}</t></si>`).join('')}</sst>`);
    const written = path.join(dir(), 'written.xlsx');
    writeFileSync(written, zipSync(files));
    const csv = readFileSync(await sofficeConvert(written, 'csv:Text - txt - csv (StarCalc):44,34,76', path.join(dir(), 'csv')), 'utf8');
    expect(texts).toHaveLength(5);
    expect(csv.trim().split('\n').slice(0, 3)).toEqual(['Tekst é€,42,2.5,TRUE,2024-02-29 18:00:00,2023-01-01,44.5,,#N/A', '"regel', 'nieuw",-7,0.000000001,FALSE,,,,,']);
    expect(csv).toContain('\nvier,,,,,,,,\n,,,,,,,,\n,nieuw & <anders>,,,,,,,\n1.5,één,FALSE,,,,,,');
  });
});
