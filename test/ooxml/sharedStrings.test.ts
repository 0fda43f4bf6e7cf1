// The shared string table as Excel, LibreOffice, openpyxl and ExcelJS write it: texts read the way
// Excel shows them, new texts appended once each, and the entries read written back untouched.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SharedStrings } from '../../src/ooxml/sharedStrings';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sst = (body: string, attrs = ' count="9" uniqueCount="7"', prefix = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}sst xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="${MAIN}"${attrs}>${body}</${prefix}sst>`;

/** What Excel writes: plain, rich (runs with properties), phonetic, preserved spaces, its escapes. */
const EXCEL = sst(
  '<si><t>Dossiers</t></si>' +
    '<si><r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr><t>Vet</t></r><r><t xml:space="preserve"> en gewoon</t></r></si>' +
    '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
    '<si><t xml:space="preserve">  ruimte  </t></si>' +
    '<si><t>A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;&#10;regel&#x9;tab</t></si>' +
    '<si><t>eerste_x000D_\ntweede _x005F_x0041_ en _x0041_</t></si>' +
    '<si><t/></si>',
);

describe('reading', () => {
  const strings = SharedStrings.parse(EXCEL);

  test('texts as Excel shows them: runs joined, phonetic runs left out, entities and _xHHHH_ decoded', () => {
    expect(strings.length).toBe(7);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => strings.text(i))).toEqual([
      'Dossiers',
      'Vet en gewoon',
      '東京',
      '  ruimte  ',
      `A & B <c> "d" 'e'\nregel\ttab`,
      'eerste\r\ntweede _x0041_ en A',
      '',
    ]);
  });

  test('rich and phonetic entries are told apart from plain ones', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => strings.isRich(i))).toEqual([false, true, true, false, false, false, false]);
  });

  test('an index past the table is an error naming the part', () => {
    expect(() => strings.text(7)).toThrow(/xl\/sharedStrings\.xml/);
  });

  test('element prefixes of other writers are read by local name', () => {
    const prefixed = SharedStrings.parse(sst('<x:si><x:t>een</x:t></x:si><x:si><x:r><x:t>t</x:t></x:r><x:r><x:t>wee</x:t></x:r></x:si>', '', 'x:'));
    expect([prefixed.text(0), prefixed.text(1), prefixed.isRich(1)]).toEqual(['een', 'twee', true]);
    prefixed.indexOf('drie');
    const again = SharedStrings.parse(prefixed.toXml());
    expect(again.text(2)).toBe('drie');
    expect(prefixed.toXml()).toContain('<x:si><x:t>drie</x:t></x:si></x:sst>');
  });
});

describe('appending', () => {
  test('a plain text read is reused, a rich one is not, a new one is appended once', () => {
    const strings = SharedStrings.parse(EXCEL);
    expect(strings.changed).toBe(false);
    expect(strings.indexOf('Dossiers')).toBe(0);
    expect(strings.indexOf('  ruimte  ')).toBe(3);
    expect(strings.indexOf('')).toBe(6);
    expect(strings.changed).toBe(false);
    expect(strings.indexOf('Vet en gewoon')).toBe(7);
    expect(strings.indexOf('nieuw')).toBe(8);
    expect(strings.indexOf('Vet en gewoon')).toBe(7);
    expect(strings.changed).toBe(true);
    expect([strings.length, strings.text(8)]).toEqual([9, 'nieuw']);
  });

  test('the part keeps every entry read as written and appends the new ones with their counts', () => {
    const strings = SharedStrings.parse(EXCEL);
    const texts = ['nieuw', ' voor', 'na ', 'twee\nregels', 'A & B < C > D', 'bel\u0007 en nul\u0000', 'letterlijk _x0041_', 'cr\r'];
    const indexes = texts.map((t) => strings.indexOf(t));
    expect(indexes).toEqual([7, 8, 9, 10, 11, 12, 13, 14]);
    const xml = strings.toXml(30);
    const body = (x: string) => x.slice(x.indexOf('<si>'), x.indexOf('</sst>'));
    expect(body(xml).startsWith(body(EXCEL))).toBe(true);
    expect(xml).toMatch(/<sst xmlns="[^"]+" count="30" uniqueCount="15">/);
    expect(xml).toContain('<si><t>nieuw</t></si><si><t xml:space="preserve"> voor</t></si><si><t xml:space="preserve">na </t></si>');
    expect(xml).toContain('<si><t xml:space="preserve">twee\nregels</t></si><si><t>A &amp; B &lt; C &gt; D</t></si><si><t>bel_x0007_ en nul_x0000_</t></si>');
    expect(xml).toContain('<si><t>letterlijk _x005F_x0041_</t></si>');
    const again = SharedStrings.parse(xml);
    expect(texts.map((_, i) => again.text(7 + i))).toEqual(texts);
    expect(again.text(1)).toBe('Vet en gewoon');
    expect(again.isRich(1)).toBe(true);
  });

  test('without a reference count the stale count attribute is left out, not left wrong', () => {
    const strings = SharedStrings.parse(EXCEL);
    strings.indexOf('nieuw');
    expect(strings.toXml()).toMatch(/<sst xmlns="[^"]+" uniqueCount="8">/);
  });

  test('a package without a table gets a whole part', () => {
    const strings = SharedStrings.parse(undefined);
    expect([strings.length, strings.changed]).toEqual([0, false]);
    expect([strings.indexOf('a'), strings.indexOf('b'), strings.indexOf('a')]).toEqual([0, 1, 0]);
    const xml = strings.toXml(3);
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="3" uniqueCount="2"><si><t>a</t></si><si><t>b</t></si></sst>`);
  });

  test('an empty table written as one tag gets its entries inside it', () => {
    const strings = SharedStrings.parse(`<sst xmlns="${MAIN}" count="0" uniqueCount="0"/>`);
    strings.indexOf('eerste');
    expect(SharedStrings.parse(strings.toXml(1)).text(0)).toBe('eerste');
  });
});

test('a big table: 200,000 entries read, looked up and written back', () => {
  const n = 200_000;
  const body = Array.from({ length: n }, (_, i) => (i % 10 === 0 ? `<si><r><rPr><b/></rPr><t>r${i}</t></r></si>` : `<si><t>tekst ${i} &amp; meer</t></si>`)).join('');
  const strings = SharedStrings.parse(sst(body, ` count="${n}" uniqueCount="${n}"`));
  expect(strings.length).toBe(n);
  expect([strings.text(123_457), strings.text(100_000), strings.isRich(100_000)]).toEqual(['tekst 123457 & meer', 'r100000', true]);
  expect(strings.indexOf('tekst 199999 & meer')).toBe(199_999);
  expect(strings.indexOf('r100000')).toBe(n);
  expect(SharedStrings.parse(strings.toXml()).length).toBe(n + 1);
});

test('a registry written by ExcelJS: every entry read, written back byte for byte before the new ones, which ExcelJS reads', async () => {
  const zip = await JSZip.loadAsync(readFileSync(path.join(__dirname, '../fixtures/registries/schema-4-demo.xlsx')));
  const xml = await zip.file('xl/sharedStrings.xml')!.async('string');
  const strings = SharedStrings.parse(xml);
  expect(strings.length).toBe(Number(/uniqueCount="(\d+)"/.exec(xml)![1]));
  expect(strings.text(0)).toBe('Beleidsregister: waar begint u?');
  expect(strings.text(12)).toBe("Thema's, Werkingsgebieden, Diensten");
  const texts = ['Nieuw', ' A & B <c>\ntweede regel '];
  const indexes = texts.map((t) => strings.indexOf(t));
  const written = strings.toXml();
  expect(written.slice(0, written.indexOf('<si><t>Nieuw</t></si>'))).toBe(xml.slice(0, xml.indexOf('</sst>')).replace(/ count="\d+" uniqueCount="\d+"/, ` uniqueCount="${indexes[1] + 1}"`));

  zip.file('xl/sharedStrings.xml', written);
  const sheet = 'xl/worksheets/sheet1.xml';
  const cells = indexes.map((i, n) => `<c r="${['A1', 'C2'][n]}" t="s"><v>${i}</v></c>`);
  zip.file(sheet, (await zip.file(sheet)!.async('string')).replace(/<c r="A1"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, cells[0]).replace(/<c r="C2"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/, cells[1]));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await zip.generateAsync({ type: 'uint8array' })) as unknown as ArrayBuffer);
  expect(['A1', 'C2', 'A4'].map((a) => wb.worksheets[0].getCell(a).value)).toEqual([...texts, 'Stap']);
});
