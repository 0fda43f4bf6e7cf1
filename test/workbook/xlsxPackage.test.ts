// The package-level editing of the xlsx adapter: relationship targets as any writer gives them, and
// the parts the adapter does not own kept in what it saves, with the elements that refer to them.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { dateToSerial } from '../../src/workbook/address';
import type { Edit } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { childrenOfRoot, relativeTarget, resolveTarget } from '../../src/ooxml/opc';
import { SHEET_ORDER } from '../../src/ooxml/sheetPart';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';

describe('part names', () => {
  test.each([
    ['xl/worksheets/sheet1.xml', '../tables/table1.xml', 'xl/tables/table1.xml'],
    ['xl/worksheets/sheet1.xml', '/xl/tables/table1.xml', 'xl/tables/table1.xml'],
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/drawings/drawing1.xml', './../charts/chart1.xml', 'xl/charts/chart1.xml'],
  ])('from %s, %s is %s', (source, target, part) => {
    expect(resolveTarget(source, target)).toBe(part);
    expect(resolveTarget(source, relativeTarget(source, part))).toBe(part);
  });

  test('the children of a root, also from the middle of a sheet', () => {
    const xml = '<worksheet a="1"><sheetData><row r="1"/></sheetData><!-- <drawing/> --><drawing r:id="x"/><extLst><ext uri="u"><a/></ext></extLst></worksheet>';
    expect(childrenOfRoot(xml, false).map((c) => xml.slice(c.start, c.end))).toEqual(['<sheetData><row r="1"/></sheetData>', '<drawing r:id="x"/>', '<extLst><ext uri="u"><a/></ext></extLst>']);
    const tail = xml.slice(xml.indexOf('</sheetData>') + '</sheetData>'.length);
    expect(childrenOfRoot(tail, true).map((c) => c.name)).toEqual(['drawing', 'extLst']);
  });
});

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';

/** A registry-like workbook saved by the adapter, then given what Excel adds and the adapter does not own. */
async function withExtras(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.apply([
    { kind: 'addSheet', sheet: 'Data' },
    { kind: 'addTable', sheet: 'Data', table: 'tblData', at: 'A1', columns: ['Naam', 'Getal'], rows: [['a', 1], ['b', 2]] },
  ]);
  const zip = await JSZip.loadAsync(await wb.save());
  const edit = async (name: string, change: (xml: string) => string) => zip.file(name, change((await zip.file(name)?.async('string')) ?? ''));
  const sheet = 'xl/worksheets/sheet1.xml';
  // Printer settings (binary, by extension), referred to from <pageSetup> (which comes right after
  // <pageMargins>); a slicer list in the sheet's extensions.
  zip.file('xl/printerSettings/printerSettings1.bin', new Uint8Array([1, 2, 3, 250]));
  zip.file('xl/slicers/slicer1.xml', `<slicers xmlns="${X14}"><slicer name="Naam" cache="Slicer_Naam" caption="Naam" rowHeight="241300"/></slicers>`);
  await edit('xl/worksheets/_rels/sheet1.xml.rels', (xml) =>
    xml.replace('</Relationships>', `<Relationship Id="rId7" Type="${REL}/printerSettings" Target="../printerSettings/printerSettings1.bin"/><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2007/relationships/slicer" Target="../slicers/slicer1.xml"/></Relationships>`),
  );
  await edit(sheet, (xml) =>
    xml
      .replace(/<pageSetup [^>]*\/>/, '')
      .replace(/(<pageMargins [^>]*\/>)/, '$1<pageSetup paperSize="9" orientation="landscape" r:id="rId7"/>')
      .replace('</worksheet>', `<extLst><ext uri="{3A4CF648-6AED-40f4-86FF-DC5316D8AED3}" xmlns:x14="${X14}"><x14:slicerList><x14:slicer r:id="rId9"/></x14:slicerList></ext></extLst></worksheet>`),
  );
  // Custom XML of the package, and a custom XML item of the workbook with its properties.
  zip.file('docProps/custom.xml', '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"/>');
  await edit('_rels/.rels', (xml) => xml.replace('</Relationships>', `<Relationship Id="rIdC" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`));
  zip.file('customXml/item1.xml', '<gemeente>44021</gemeente>');
  zip.file('customXml/itemProps1.xml', '<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" ds:itemID="{1}"/>');
  zip.file('customXml/_rels/item1.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`);
  await edit('xl/_rels/workbook.xml.rels', (xml) => xml.replace('</Relationships>', `<Relationship Id="rIdX" Type="${REL}/customXml" Target="../customXml/item1.xml"/></Relationships>`));
  await edit('[Content_Types].xml', (xml) =>
    xml.replace(
      '</Types>',
      '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/><Override PartName="/xl/slicers/slicer1.xml" ContentType="application/vnd.ms-excel.slicer+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/><Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'uint8array' });
}

const CARRIED = ['xl/printerSettings/printerSettings1.bin', 'xl/slicers/slicer1.xml', 'docProps/custom.xml', 'customXml/item1.xml', 'customXml/itemProps1.xml'];

async function edited(bytes: Uint8Array, edits: Edit[]): Promise<JSZip> {
  const wb = await XlsxWorkbook.load(bytes);
  await wb.apply(edits);
  return JSZip.loadAsync(await wb.save());
}

test('parts the adapter does not own come back byte for byte, with their relationships, content types and references', async () => {
  const bytes = await withExtras();
  const before = await JSZip.loadAsync(bytes);
  let zip = await edited(bytes, [{ kind: 'appendRows', table: 'tblData', rows: [['c', 3]] }]);
  // And again from what was saved: nothing is carried twice.
  zip = await edited(await zip.generateAsync({ type: 'uint8array' }), [{ kind: 'writeRange', sheet: 'Data', at: 'E1', values: [['x']] }]);
  for (const part of CARRIED) expect([part, await zip.file(part)?.async('base64')]).toEqual([part, await before.file(part)!.async('base64')]);
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const sheet = await text('xl/worksheets/sheet1.xml');
  const sheetRels = await text('xl/worksheets/_rels/sheet1.xml.rels');
  const idOf = (rels: string, target: string) => new RegExp(`Id="([^"]+)"[^>]*Target="${target}"`).exec(rels)?.[1] ?? new RegExp(`Target="${target}"[^>]*Id="([^"]+)"`).exec(rels)?.[1];
  const printer = idOf(sheetRels, '../printerSettings/printerSettings1.bin');
  const slicer = idOf(sheetRels, '../slicers/slicer1.xml');
  expect(sheet).toMatch(new RegExp(`<pageSetup [^>]*r:id="${printer}"`));
  expect(sheet).toMatch(new RegExp(`<extLst>.*<x14:slicer r:id="${slicer}"/>.*</extLst></worksheet>$`));
  expect(sheet.match(/<x14:slicer /g)).toHaveLength(1);
  expect(sheetRels.match(/slicer1/g)).toHaveLength(1);
  expect(await text('_rels/.rels')).toContain('Target="docProps/custom.xml"');
  expect(await text('xl/_rels/workbook.xml.rels')).toContain('Target="../customXml/item1.xml"');
  expect(await text('customXml/_rels/item1.xml.rels')).toContain('Target="itemProps1.xml"');
  const types = await text('[Content_Types].xml');
  for (const part of ['xl/slicers/slicer1.xml', 'docProps/custom.xml', 'customXml/itemProps1.xml']) expect(types.match(new RegExp(`PartName="/${part}"`, 'g'))).toHaveLength(1);
  expect(types).toContain('<Default Extension="bin"');
  // The table and its rows are the adapter's, and were edited.
  const back = await XlsxWorkbook.load(await zip.generateAsync({ type: 'uint8array' }));
  expect((await back.readTables(['tblData']))[0].rows).toEqual([['a', 1], ['b', 2], ['c', 3]]);
});

test('elements the adapter adds go where the sheet schema puts them, around the ones it keeps', async () => {
  const zip = await edited(await withExtras(), [
    { kind: 'setValidation', table: 'tblData', column: 'Getal', validation: { rule: { type: 'whole', min: 0, max: 9 } } },
    { kind: 'setConditionalFormats', table: 'tblData', column: 'Getal', formats: [{ formula: 'B2>5', fill: '#FFC7CE' }] },
    { kind: 'setSheetLayout', sheet: 'Data', freezeRows: 1, hidden: ['C'] },
    { kind: 'protectSheet', sheet: 'Data', unlocked: ['B2:B3'] },
    { kind: 'writeRange', sheet: 'Data', at: 'E1', values: [[{ text: 'naar A1', link: 'Data!A1' }]] },
  ]);
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  const names = childrenOfRoot(sheet, false).map((c) => c.name);
  expect(names).toEqual(expect.arrayContaining(['cols', 'sheetProtection', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'pageSetup', 'tableParts', 'extLst']));
  expect(names.map((name) => SHEET_ORDER.indexOf(name))).toEqual(names.map((name) => SHEET_ORDER.indexOf(name)).sort((a, b) => a - b));
  expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*r:id="[^"]+"/);
});

test('a load and save without edits gives back the same parts with the same contents', async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply([{ kind: 'addSheet', sheet: 'Data' }]);
  const bytes = await wb.save();
  const again = await (await XlsxWorkbook.load(bytes)).save();
  const parts = async (b: Uint8Array) => {
    const zip = await JSZip.loadAsync(b);
    return Object.fromEntries(await Promise.all(Object.keys(zip.files).sort().map(async (name) => [name, await zip.file(name)?.async('base64')])));
  };
  expect(await parts(again)).toEqual(await parts(bytes));
});

describe('what other writers put in a package', () => {
  const dir = useTempDir();
  const day = (d: number) => dateToSerial(new Date(Date.UTC(2024, 5, d)));

  /**
   * Inline strings and a date as ISO text (openpyxl), the 1904 date system (old Mac Excel) and no
   * theme: a table of two rows written by the adapter, then edited as those writers write.
   */
  async function othersFile(): Promise<Uint8Array> {
    const wb = XlsxWorkbook.create();
    await wb.apply([
      { kind: 'addSheet', sheet: 'Data' },
      { kind: 'addTable', sheet: 'Data', table: 'tblData', at: 'A1', columns: ['Tekst', 'Datum'], rows: [['a', new Date(Date.UTC(2024, 5, 1))], ['b', new Date(Date.UTC(2024, 5, 2))]] },
    ]);
    const zip = await JSZip.loadAsync(await wb.save());
    const edit = async (name: string, change: (xml: string) => string) => zip.file(name, change(await zip.file(name)!.async('string')));
    await edit('xl/worksheets/sheet1.xml', (xml) =>
      xml
        .replace(/<c r="A3"[^>]*>.*?<\/c>/, '<c r="A3" t="inlineStr"><is><t>b inline</t></is></c>')
        .replace(/<c r="B2"( s="\d+")>.*?<\/c>/, '<c r="B2"$1><v>43982</v></c>') // 1 June 2024 counted from 1904
        .replace(/<c r="B3"( s="\d+")>.*?<\/c>/, '<c r="B3"$1 t="d"><v>2024-06-02T00:00:00</v></c>'),
    );
    await edit('xl/workbook.xml', (xml) => xml.replace(/<workbookPr[^>]*\/>/, '<workbookPr date1904="1"/>'));
    zip.remove('xl/theme/theme1.xml');
    await edit('xl/_rels/workbook.xml.rels', (xml) => xml.replace(/<Relationship [^>]*relationships\/theme"[^>]*\/>/, ''));
    await edit('[Content_Types].xml', (xml) => xml.replace(/<Override [^>]*theme1.xml"[^>]*\/>/, ''));
    return zip.generateAsync({ type: 'uint8array' });
  }

  test('inline strings, ISO dates, the 1904 date system and no theme read as they mean, and survive a save', async () => {
    const wb = await XlsxWorkbook.load(await othersFile());
    expect((await wb.readTables(['tblData']))[0].rows).toEqual([['a', day(1)], ['b inline', day(2)]]);
    await wb.apply([{ kind: 'appendRows', table: 'tblData', rows: [['c', new Date(Date.UTC(2024, 5, 3))]] }]);
    const saved = await wb.save();
    expect((await (await XlsxWorkbook.load(saved)).readTables(['tblData']))[0].rows).toEqual([['a', day(1)], ['b inline', day(2)], ['c', day(3)]]);
    const file = path.join(dir(), 'anderen.xlsx');
    writeFileSync(file, saved);
    const csv = readFileSync(await sofficeConvert(file, 'csv', path.join(dir(), 'csv')), 'utf8');
    expect(csv).toMatch(/b inline,0?6\/0?2\/(20)?24/);
    expect(csv).toMatch(/c,0?6\/0?3\/(20)?24/);
  });
});
