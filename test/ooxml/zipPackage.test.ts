// The zip package below the xlsx adapter: files of Excel's, openpyxl's and LibreOffice's writing
// read part by part; what was not touched is written back with the same compressed bytes; changed
// and long parts deflated in chunks; relationships and content types edited as OPC says.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as fflate from 'fflate';
import JSZip from 'jszip';
import { concatBytes, crc32 } from '../../src/bytes';
import { zipFiles } from '../../src/export/zip';
import { blankPackage, CONTENT_TYPES, RELATIONSHIP_TYPES, WORKBOOK_PART } from '../../src/workbook/xlsx/blank';
import { WorkbookPart } from '../../src/ooxml/workbookPart';
import { contentTypeOf, parseContentTypes } from '../../src/ooxml/opc';
import { CONTENT_TYPES_PART, useDeflate, ZipPackage, ZipPackageError } from '../../src/ooxml/zipPackage';
import { zlibDeflate } from '../../src/ooxml/zlibDeflate';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';
import { runOpenpyxl } from '../helpers/openpyxl';

// Counted: an untouched package is written without inflating or deflating anything.
jest.mock('fflate', () => {
  const actual = jest.requireActual('fflate');
  return { ...actual, inflateSync: jest.fn(actual.inflateSync), Deflate: jest.fn((...args: unknown[]) => new actual.Deflate(...args)) };
});
jest.setTimeout(180_000);
const dir = useTempDir();
const file = (name: string) => path.join(dir(), name);

/** A workbook as openpyxl writes it: a table (absolute target), a comment, a chart, a name of two ranges, two sheets. */
const OPENPYXL = `
import sys, openpyxl
from openpyxl.worksheet.table import Table
from openpyxl.comments import Comment
from openpyxl.chart import BarChart, Reference
from openpyxl.workbook.defined_name import DefinedName
wb = openpyxl.Workbook()
ws = wb.active; ws.title = "Thema's"
for row in [('Code', 'Naam', 'Waarde'), ('T1', 'Geluid', 4), ('T2', 'Lucht & water', 7)]: ws.append(row)
ws.add_table(Table(displayName='tblThemas', ref='A1:C3'))
ws['B2'].comment = Comment('Opmerking', 'Coordinator')
chart = BarChart(); chart.add_data(Reference(ws, min_col=3, min_row=1, max_row=3), titles_from_data=True); ws.add_chart(chart, 'E2')
wb.create_sheet('Blad2')['A1'] = 'x'
wb.defined_names.append(DefinedName('Mijn_selectie', attr_text="'Thema''s'!$A$2,Blad2!$A$1"))
wb.save(sys.argv[1])
`;

/** The entries of a zip as stored (name, method, CRC, compressed bytes), read independently of ZipPackage. */
function storedEntries(zip: Uint8Array): Map<string, { flags: number; method: number; crc: number; compressed: Buffer }> {
  const buf = Buffer.from(zip);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const out = new Map<string, { flags: number; method: number; crc: number; compressed: Buffer }>();
  for (let at = buf.readUInt32LE(end + 16), i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const nameLength = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    out.set(buf.toString('utf8', at + 46, at + 46 + nameLength), { flags: buf.readUInt16LE(at + 8), method: buf.readUInt16LE(at + 10), crc: buf.readUInt32LE(at + 16), compressed: buf.subarray(start, start + buf.readUInt32LE(at + 20)) });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}

/** A part's content type as [Content_Types].xml says. */
const contentType = (pkg: ZipPackage, part: string) => contentTypeOf(parseContentTypes(pkg.text(CONTENT_TYPES_PART) ?? ''), part);

async function sameAsJsZip(pkg: ZipPackage, zip: Uint8Array): Promise<void> {
  const other = await JSZip.loadAsync(zip, { checkCRC32: true });
  const names = Object.keys(other.files).filter((n) => !other.files[n].dir);
  expect(pkg.names().sort()).toEqual(names.sort());
  for (const name of names) expect(Buffer.from(pkg.bytes(name)!).equals(Buffer.from(await other.file(name)!.async('uint8array')))).toBe(true);
}

let openpyxl: Uint8Array;
beforeAll(async () => {
  await runOpenpyxl(OPENPYXL, [file('openpyxl.xlsx')]);
  openpyxl = readFileSync(file('openpyxl.xlsx'));
});

describe('reading', () => {
  test('every part of an openpyxl file reads as JSZip reads it', async () => {
    const pkg = ZipPackage.read(openpyxl);
    await sameAsJsZip(pkg, openpyxl);
    expect(pkg.text('xl/workbook.xml')).toContain(`name="Thema's"`);
    expect(pkg.has('/XL/Workbook.xml')).toBe(true);
    expect(pkg.bytes('xl/nothing.xml')).toBeUndefined();
  });

  test.each(['schema-1-demo', 'schema-4-demo'])('the registry fixture %s (ExcelJS: folder entries) reads and comes back entry for entry', async (name) => {
    const bytes = readFileSync(path.join(__dirname, `../fixtures/registries/${name}.xlsx`));
    const pkg = ZipPackage.read(bytes);
    await sameAsJsZip(pkg, bytes);
    const again = storedEntries(pkg.write());
    const folders = [...storedEntries(bytes).keys()].filter((part) => part.endsWith('/'));
    expect([...again.keys()].filter((part) => part.endsWith('/'))).toEqual([]); // folders are no parts: left out
    for (const [part, entry] of storedEntries(bytes)) if (!folders.includes(part)) expect([part, again.get(part)!.compressed.equals(entry.compressed), again.get(part)!.crc]).toEqual([part, true, entry.crc]);
  });

  test.each([
    ['empty', 'not-zip'],
    ['html_download', 'not-zip'],
    ['text_named', 'not-zip'],
  ])('the corpus file %s.xlsx is no zip', (name, fault) => {
    expect(() => ZipPackage.read(readFileSync(path.join(__dirname, `../corpus/cli/${name}.xlsx`)))).toThrow(expect.objectContaining({ fault }));
  });

  test('a zip without a workbook reads; it has no office document to point to', () => {
    const pkg = ZipPackage.read(readFileSync(path.join(__dirname, '../corpus/cli/zip_not_workbook.xlsx')));
    expect([pkg.names(), pkg.relationships('')]).toEqual([['notities.txt'], []]);
  });

  test('stored entries, data descriptors, UTF-8 names and folders', async () => {
    const zip = new JSZip();
    zip.folder('xl');
    zip.file('xl/één.xml', '<a>één</a>', { compression: 'STORE' });
    zip.file('xl/big.xml', '<b>' + 'x'.repeat(100_000) + '</b>', { compression: 'DEFLATE' });
    const bytes = await zip.generateAsync({ type: 'uint8array', streamFiles: true });
    expect(storedEntries(bytes).get('xl/big.xml')!.flags & 8).toBe(8); // the sizes come after the data
    const pkg = ZipPackage.read(bytes);
    expect(pkg.names()).toEqual(['xl/één.xml', 'xl/big.xml']);
    await sameAsJsZip(pkg, bytes);
    expect(pkg.text('xl/één.xml')).toBe('<a>één</a>');
  });

  test('a BOM is dropped, UTF-16 is decoded', () => {
    const pkg = ZipPackage.empty();
    pkg.set('a.xml', Uint8Array.from([0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e]));
    pkg.set('b.xml', Uint8Array.from([0xff, 0xfe, 0x3c, 0, 0x62, 0, 0x2f, 0, 0x3e, 0]));
    expect([pkg.text('a.xml'), pkg.text('b.xml')]).toEqual(['<a/>', '<b/>']);
  });

  test.each([
    ['no zip at all', () => new TextEncoder().encode('Naam;Waarde\nA;1\n'), 'not-zip'],
    ['encrypted', (z: Buffer) => central(z, 8, (v) => v | 1), 'encrypted'],
    ['zip64 sizes', (z: Buffer) => central(z, 20, () => 0xffffffff, 4), 'zip64'],
    ['bzip2', (z: Buffer) => central(z, 10, () => 12), 'method'],
    ['cut off', (z: Buffer) => z.subarray(0, z.length - 30), 'not-zip'],
  ])('%s is refused with a reason the adapter can name', (_case, spoil, fault) => {
    const zip = spoil(Buffer.from(zipFiles([{ path: 'xl/workbook.xml', data: new TextEncoder().encode('<workbook/>') }])));
    expect(() => ZipPackage.read(zip)).toThrow(ZipPackageError);
    try {
      ZipPackage.read(zip);
    } catch (e) {
      expect((e as ZipPackageError).fault).toBe(fault);
    }
  });
});

describe('a damaged part is refused when it is read, as bytes and in chunks', () => {
  const TEXT = 'hello world, '.repeat(200);
  const deflated = () => {
    const pkg = ZipPackage.empty();
    pkg.set('x.xml', TEXT);
    return Buffer.from(pkg.write());
  };
  const stored = () => Buffer.from(zipFiles([{ path: 'x.xml', data: new TextEncoder().encode(TEXT) }]));
  const faults = (zip: Buffer) => {
    const pkg = ZipPackage.read(zip); // reading the directory inflates nothing
    const fault = (read: () => unknown) => {
      try {
        read();
        return 'read';
      } catch (e) {
        return e instanceof ZipPackageError ? `${e.fault} ${e.part}` : String(e);
      }
    };
    return [fault(() => pkg.text('x.xml')), fault(() => [...pkg.chunks('x.xml')!])];
  };

  test('a part that inflates to more than its directory size is not cut to that size', () => {
    expect(faults(central(deflated(), 24, () => 5, 4))).toEqual(['damaged x.xml', 'damaged x.xml']);
  });

  test.each([
    ['deflated', deflated],
    ['stored', stored],
  ])('a %s part whose CRC differs is damaged', (_case, zip) => {
    expect(faults(zip())).toEqual(['read', 'read']);
    expect(faults(central(zip(), 16, (crc) => (crc ^ 1) >>> 0, 4))).toEqual(['damaged x.xml', 'damaged x.xml']);
  });

  test('a stored part with a changed byte fails its CRC', () => {
    const zip = stored();
    zip[zip.indexOf('hello') + 3] ^= 0x20;
    expect(faults(zip)).toEqual(['damaged x.xml', 'damaged x.xml']);
  });
});

/** A zip with one field of its (first) central directory entry changed. */
function central(zip: Buffer, offset: number, change: (v: number) => number, bytes = 2): Buffer {
  const out = Buffer.from(zip);
  const at = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + offset;
  if (bytes === 2) out.writeUInt16LE(change(out.readUInt16LE(at)), at);
  else out.writeUInt32LE(change(out.readUInt32LE(at)), at);
  return out;
}

describe('writing', () => {
  test('an untouched package comes back with every entry compressed as it was, in its order, nothing inflated or deflated', async () => {
    const [inflate, deflate] = [fflate.inflateSync as jest.Mock, fflate.Deflate as unknown as jest.Mock];
    inflate.mockClear();
    deflate.mockClear();
    const written = ZipPackage.read(openpyxl).write();
    expect([inflate.mock.calls.length, deflate.mock.calls.length]).toEqual([0, 0]);
    const before = storedEntries(openpyxl);
    const after = storedEntries(written);
    expect([...after.keys()]).toEqual(['[Content_Types].xml', ...[...before.keys()].filter((n) => n !== '[Content_Types].xml')]);
    for (const [name, entry] of before) expect([name, after.get(name)!.compressed.equals(entry.compressed), after.get(name)!.crc]).toEqual([name, true, entry.crc]);
    await sameAsJsZip(ZipPackage.read(written), written);
  });

  test('a changed part is deflated, the others keep their bytes, and openpyxl reads the result', async () => {
    (fflate.inflateSync as jest.Mock).mockClear();
    (fflate.Deflate as unknown as jest.Mock).mockClear();
    const pkg = ZipPackage.read(openpyxl);
    const sheet = 'xl/worksheets/sheet2.xml';
    pkg.set(sheet, pkg.text(sheet)!.replace('<t>x</t>', '<t>Gewijzigd</t>'));
    // openpyxl binds the relationships prefix on each <sheet>; rewritten, <sheets> declares it.
    const workbook = WorkbookPart.parse(pkg.text('xl/workbook.xml')!);
    workbook.sheets[1].name = 'Blad 2 & meer';
    pkg.set('xl/workbook.xml', workbook.toXml());
    const written = pkg.write();
    expect([(fflate.inflateSync as jest.Mock).mock.calls.length, (fflate.Deflate as unknown as jest.Mock).mock.calls.length]).toEqual([2, 2]);
    const before = storedEntries(openpyxl);
    const after = storedEntries(written);
    const changed = [...before].filter(([name, entry]) => !after.get(name)!.compressed.equals(entry.compressed)).map(([name]) => name);
    expect(changed.sort()).toEqual(['xl/workbook.xml', sheet]);
    expect(after.get(sheet)!.method).toBe(8);
    writeFileSync(file('changed.xlsx'), written);
    const stdout = await runOpenpyxl("import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nprint(wb['Blad 2 & meer']['A1'].value, wb[\"Thema's\"]['B3'].value, wb.defined_names['Mijn_selectie'].attr_text)", [file('changed.xlsx')]);
    expect(stdout.trim()).toBe("Gewijzigd Lucht & water 'Thema''s'!$A$2,Blad2!$A$1");
  });

  test('a part of 50 MB in chunks is deflated chunk by chunk and reads back whole', () => {
    // Chunks with characters of two, three and four bytes, one chunk longer than the encoding buffer.
    const row = (r: number) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Geluid é ${r} 😀 €</t></is></c><c r="B${r}"><v>${r * 1.5}</v></c></row>`;
    const chunks: (string | Uint8Array)[] = ['<worksheet><sheetData>', '€😀'.repeat(40_000)];
    let crc = crc32(new TextEncoder().encode(chunks.join('')));
    let size = new TextEncoder().encode(chunks.join('')).length;
    for (let r = 1; size < 50_000_000; r++) {
      const bytes = new TextEncoder().encode(row(r));
      chunks.push(r % 1000 === 0 ? bytes : row(r));
      crc = crc32(bytes, crc);
      size += bytes.length;
    }
    const pkg = ZipPackage.empty();
    pkg.set('xl/worksheets/sheet1.xml', chunks);
    const zip = pkg.write();
    expect(zip.length).toBeLessThan(size / 4);
    const entry = storedEntries(zip).get('xl/worksheets/sheet1.xml')!;
    expect(entry.crc).toBe(crc);
    const back = ZipPackage.read(zip).bytes('xl/worksheets/sheet1.xml')!;
    expect(back.length).toBe(size);
    expect(crc32(back)).toBe(crc);
    expect(new TextDecoder().decode(back.subarray(back.length - 200))).toContain('😀 €</t></is></c>');
    // Read again a slice at a time: pieces of a few MB, the same bytes.
    const pieces = [...ZipPackage.read(zip).chunks('xl/worksheets/sheet1.xml')!];
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(size / 5);
    expect(pieces.reduce((n, p) => n + p.length, 0)).toBe(size);
    expect(pieces.reduce((c, p) => crc32(p, c), 0)).toBe(crc);
  });

  test('chunks of a part: stored, deflated and edited parts read as bytes() reads them; a damaged part throws as it is read', () => {
    const xml = `<a>${'<b>Geluid é</b>'.repeat(5000)}</a>`;
    const zip = fflate.zipSync({ 'stored.xml': [fflate.strToU8(xml), { level: 0 }], 'deflated.xml': [fflate.strToU8(xml), { level: 6 }] });
    const pkg = ZipPackage.read(zip);
    pkg.addRelationship('deflated.xml', 'urn:x', 'stored.xml');
    const joined = (part: string) => new TextDecoder().decode(concatBytes([...pkg.chunks(part)!]));
    for (const part of ['stored.xml', 'deflated.xml']) expect(joined(part)).toBe(xml);
    expect(joined('_rels/deflated.xml.rels')).toBe(pkg.text('_rels/deflated.xml.rels'));
    expect(pkg.chunks('missing.xml')).toBeUndefined();
    // The deflated entry with its last bytes cut: the central directory's sizes stay, the stream ends early.
    const entry = storedEntries(zip).get('deflated.xml')!;
    const damaged = Uint8Array.from(zip);
    const at = Buffer.from(zip).indexOf(entry.compressed);
    damaged.fill(0, at + entry.compressed.length - 40, at + entry.compressed.length);
    const chunks = ZipPackage.read(damaged).chunks('deflated.xml')!;
    let fault: unknown;
    try {
      for (const chunk of chunks) expect(chunk.length).toBeGreaterThan(0);
    } catch (e) {
      fault = e;
    }
    expect(fault).toBeInstanceOf(ZipPackageError);
    expect([(fault as ZipPackageError).fault, (fault as ZipPackageError).part]).toEqual(['damaged', 'deflated.xml']);
  });

  test('a generator of chunks is deflated as it yields', () => {
    let yielded = 0;
    function* rows() {
      yield '<sheetData>';
      for (let r = 1; r <= 1000; r++, yielded++) yield `<row r="${r}"/>`;
      yield new TextEncoder().encode('</sheetData>');
    }
    const pkg = ZipPackage.empty();
    pkg.set('a.xml', rows());
    expect(yielded).toBe(1000);
    expect(ZipPackage.read(pkg.write()).text('a.xml')).toBe(`<sheetData>${Array.from({ length: 1000 }, (_, i) => `<row r="${i + 1}"/>`).join('')}</sheetData>`);
  });

  test('with zlibDeflate injected (as the CLI may) the pieces make one stream that JSZip and openpyxl read, about as small as fflate\'s', async () => {
    const rows = Array.from({ length: 60_000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r % 977}</v></c><c r="B${r + 1}"><v>${(r * 1.37).toFixed(2)}</v></c></row>`);
    const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const chunks = [xml.slice(0, 1000), ...Array.from({ length: 40 }, (_, i) => new TextEncoder().encode(xml.slice(1000 + i * 100_000, 1000 + (i + 1) * 100_000))), xml.slice(4_001_000)];
    const sizeWith = (deflate: Parameters<typeof useDeflate>[0]) => {
      useDeflate(deflate);
      try {
        const pkg = ZipPackage.read(openpyxl);
        pkg.set('xl/worksheets/sheet2.xml', chunks);
        const zip = pkg.write();
        return { zip, compressed: storedEntries(zip).get('xl/worksheets/sheet2.xml')!.compressed.length };
      } finally {
        useDeflate(undefined);
      }
    };
    const calls: [number, boolean][] = [];
    const zlib = (bytes: Uint8Array, final: boolean) => (calls.push([bytes.length, final]), zlibDeflate(bytes, final));
    const fflateMade = (fflate.Deflate as unknown as jest.Mock).mock.calls.length;
    const injected = sizeWith(zlib);
    expect((fflate.Deflate as unknown as jest.Mock).mock.calls.length).toBe(fflateMade);
    // Pieces of 1 MB and a little more (whole pushes), the last one final.
    expect(calls.length).toBeGreaterThan(3);
    expect(calls.slice(0, -1).every(([n, final]) => n >= 1 << 20 && n < (1 << 20) + 100_000 && !final)).toBe(true);
    expect(calls[calls.length - 1][1]).toBe(true);
    expect(calls.reduce((n, [bytes]) => n + bytes, 0)).toBe(xml.length);
    expect(injected.compressed).toBeLessThan(sizeWith(undefined).compressed * 1.1);
    const back = await JSZip.loadAsync(injected.zip, { checkCRC32: true });
    expect(await back.file('xl/worksheets/sheet2.xml')!.async('string')).toBe(xml);
    writeFileSync(file('zlib.xlsx'), injected.zip);
    const stdout = await runOpenpyxl("import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1])['Blad2']\nprint(ws.max_row, ws['B60000'].value)", [file('zlib.xlsx')]);
    expect(stdout.trim()).toBe(`60000 ${(59_999 * 1.37).toFixed(2)}`);
  });

  test('the export zip stays as it was: stored entries with their CRC', async () => {
    const files = [{ path: 'a.csv', data: new TextEncoder().encode('a;b\n1;2\n') }, { path: 'map/b.json', data: new TextEncoder().encode('{}') }];
    const zip = zipFiles(files);
    const entries = storedEntries(zip);
    expect([...entries.values()].map((e) => [e.method, e.crc])).toEqual(files.map((f) => [0, crc32(f.data)]));
    expect(await (await JSZip.loadAsync(zip, { checkCRC32: true })).file('map/b.json')!.async('string')).toBe('{}');
  });
});

describe('relationships and content types', () => {
  test('openpyxl\'s absolute targets resolve like relative ones', () => {
    const pkg = ZipPackage.read(openpyxl);
    const sheet = 'xl/worksheets/sheet1.xml';
    const table = pkg.relationships(sheet).find((r) => r.type === 'table')!;
    expect(table.target.startsWith('/')).toBe(true);
    expect(pkg.target(sheet, table)).toBe('xl/tables/table1.xml');
    expect(contentType(pkg, pkg.target(sheet, table))).toBe(CONTENT_TYPES.table);
    expect(pkg.relationships('').find((r) => r.type === 'officeDocument')?.target.replace(/^\//, '')).toBe('xl/workbook.xml');
    expect(pkg.relationships('xl/styles.xml')).toEqual([]);
  });

  test('a new relationship is relative with the lowest free id; the last one removed takes its part along', () => {
    const pkg = ZipPackage.read(openpyxl);
    const sheet = 'xl/worksheets/sheet2.xml';
    expect(pkg.relationships(sheet)).toEqual([]);
    const table = pkg.freeName((n) => `xl/tables/Table${n}.xml`);
    expect(table).toBe('xl/tables/Table2.xml');
    pkg.set(table, '<table/>');
    pkg.setContentType(table, CONTENT_TYPES.table);
    expect(pkg.addRelationship(sheet, RELATIONSHIP_TYPES.table, table)).toBe('rId1');
    expect(pkg.addRelationship(sheet, RELATIONSHIP_TYPES.comments, '/xl/comments/comment9.xml')).toBe('rId2');
    expect(pkg.relationships(sheet).map((r) => [r.id, r.type, r.target])).toEqual([
      ['rId1', 'table', '../tables/Table2.xml'],
      ['rId2', 'comments', '../comments/comment9.xml'],
    ]);
    pkg.removeRelationship(sheet, 'rId1');
    expect(pkg.addRelationship(sheet, RELATIONSHIP_TYPES.table, table)).toBe('rId1');
    pkg.removeRelationship(sheet, 'rId1');
    pkg.removeRelationship(sheet, 'rId2');
    expect(pkg.has('xl/worksheets/_rels/sheet2.xml.rels')).toBe(false);
    expect(pkg.relationships(sheet)).toEqual([]);
  });

  test('content types: an Override unless the Default says it, dropped with its part', () => {
    const pkg = ZipPackage.read(openpyxl);
    const types = () => pkg.text('[Content_Types].xml')!;
    pkg.set('xl/extra.xml', '<a/>');
    pkg.setContentType('xl/extra.xml', 'application/xml');
    expect(types()).not.toContain('/xl/extra.xml');
    pkg.setContentType('xl/extra.xml', CONTENT_TYPES.worksheet);
    pkg.setContentType('/xl/extra.xml', CONTENT_TYPES.table);
    expect(types().match(/extra\.xml/g)).toHaveLength(1);
    expect(contentType(pkg, 'xl/extra.xml')).toBe(CONTENT_TYPES.table);
    pkg.remove('xl/extra.xml');
    expect(types()).not.toContain('extra.xml');
    expect(contentType(pkg, 'xl/worksheets/sheet1.xml')).toBe(CONTENT_TYPES.worksheet);
  });
});

describe('a blank package', () => {
  test('with one sheet opens in openpyxl and LibreOffice, and LibreOffice\'s own file comes back byte for byte', async () => {
    const pkg = blankPackage();
    expect(pkg.text('docProps/core.xml')).not.toMatch(/\d{4}-\d\d-\d\d/);
    const sheet = pkg.freeName((n) => `xl/worksheets/sheet${n}.xml`);
    pkg.set(sheet, ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>', '<row r="1"><c r="A1" t="inlineStr"><is><t>Beleidsplan Geluid</t></is></c><c r="B1"><v>42</v></c></row>', '</sheetData></worksheet>']);
    pkg.setContentType(sheet, CONTENT_TYPES.worksheet);
    const workbook = WorkbookPart.parse(pkg.text(WORKBOOK_PART)!);
    workbook.sheets.push({ name: 'Thema’s & doelen', sheetId: 1, rId: pkg.addRelationship(WORKBOOK_PART, RELATIONSHIP_TYPES.worksheet, sheet), state: 'visible' });
    pkg.set(WORKBOOK_PART, workbook.toXml());
    writeFileSync(file('blank.xlsx'), pkg.write());
    const stdout = await runOpenpyxl("import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]\nprint(ws.title, ws['A1'].value, ws['B1'].value)", [file('blank.xlsx')]);
    expect(stdout.trim()).toBe('Thema’s & doelen Beleidsplan Geluid 42');

    const calc = readFileSync(await sofficeConvert(file('blank.xlsx'), 'xlsx', file('calc')));
    const fromCalc = ZipPackage.read(calc);
    const calcWorkbook = fromCalc.target('', fromCalc.relationships('').find((r) => r.type === 'officeDocument')!);
    const calcSheets = WorkbookPart.parse(fromCalc.text(calcWorkbook)!).sheets;
    expect(calcSheets.map((s) => s.name)).toEqual(['Thema’s & doelen']);
    const calcSheet = fromCalc.target(calcWorkbook, fromCalc.relationships(calcWorkbook).find((r) => r.id === calcSheets[0].rId)!);
    expect(fromCalc.text(calcSheet)).toContain('<v>42</v>');
    expect([...fromCalc.names()].some((n) => /Beleidsplan Geluid/.test(fromCalc.text(n) ?? ''))).toBe(true);
    const again = storedEntries(fromCalc.write());
    for (const [name, entry] of storedEntries(calc)) expect([name, again.get(name)!.compressed.equals(entry.compressed)]).toEqual([name, true]);
  });
});
