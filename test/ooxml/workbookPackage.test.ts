// Opening an .xlsx package as the adapter and the theme reader do: a package our adapter wrote and
// one openpyxl wrote (absolute targets, a chart sheet) open alike, and each fault names its part.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SheetPart } from '../../src/ooxml/sheetPart';
import { openWorkbookPackage, WorkbookPackageError } from '../../src/ooxml/workbookPackage';
import { ZipPackage } from '../../src/ooxml/zipPackage';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { runOpenpyxl } from '../helpers/openpyxl';

async function adapterPackage(): Promise<ZipPackage> {
  const wb = XlsxWorkbook.create();
  await wb.apply([
    { kind: 'addSheet', sheet: 'Gegevens' },
    { kind: 'addTable', sheet: 'Gegevens', table: 'Metingen', at: 'A1', columns: ['Naam', 'Waarde'], rows: [['Gent', 3]] },
  ]);
  return ZipPackage.read(await wb.save());
}

/** The error `open` throws on the package with `change` made to it. */
async function faultOf(change: (pkg: ZipPackage) => void): Promise<WorkbookPackageError> {
  const pkg = await adapterPackage();
  change(pkg);
  try {
    openWorkbookPackage(ZipPackage.read(pkg.write()));
  } catch (e) {
    if (e instanceof WorkbookPackageError) return e;
    throw e;
  }
  throw new Error('the package opened');
}

test('a package the adapter wrote: workbook, strings, styles and the sheet part', async () => {
  const pkg = await adapterPackage();
  const opened = openWorkbookPackage(pkg);
  expect(opened.workbookName).toBe('xl/workbook.xml');
  expect(opened.workbook.sheets.map((s) => s.name)).toEqual(['Gegevens']);
  const part = opened.sheetPart(opened.workbook.sheets[0]);
  expect(part).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
  expect(pkg.has(part!)).toBe(true);
  const sheet = SheetPart.parse(pkg.bytes(part!)!, { text: (i) => opened.strings.text(i), rich: (i) => opened.strings.isRich(i), date1904: false });
  expect([sheet.rows.value(1, 1), sheet.rows.value(2, 1), sheet.rows.value(2, 2)]).toEqual(['Naam', 'Gent', 3]);
});

describe('a package openpyxl wrote', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'workbookPackage-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('absolute targets, a date style, a chart sheet that has no worksheet part', async () => {
    const file = join(dir, 'openpyxl.xlsx');
    await runOpenpyxl(
      `
import sys, datetime, openpyxl
from openpyxl.chart import BarChart, Reference
wb = openpyxl.Workbook()
ws = wb.active; ws.title = 'Data'
ws.append(['Naam', 'Datum']); ws.append(['Gent', datetime.date(2024, 3, 1)])
ws['B2'].number_format = 'yyyy-mm-dd'
cs = wb.create_chartsheet('Grafiek')
chart = BarChart(); chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=2)); cs.add_chart(chart)
wb.save(sys.argv[1])
`,
      [file],
    );
    const pkg = ZipPackage.read(readFileSync(file));
    const opened = openWorkbookPackage(pkg);
    expect(opened.workbook.sheets.map((s) => s.name)).toEqual(['Data', 'Grafiek']);
    expect(opened.sheetPart(opened.workbook.sheets[1])).toBeUndefined();
    const part = opened.sheetPart(opened.workbook.sheets[0])!;
    const sheet = SheetPart.parse(pkg.bytes(part)!, { text: (i) => opened.strings.text(i), rich: (i) => opened.strings.isRich(i), date1904: false });
    expect(sheet.rows.value(2, 1)).toBe('Gent');
    expect(opened.styles.isDate(sheet.rows.style(2, 2)!)).toBe(true);
    expect(opened.styles.isDate(sheet.rows.style(2, 1) ?? 0)).toBe(false);
  }, 60_000);
});

describe('faults name the part, for the caller to put in its own words', () => {
  test('no officeDocument relationship, or no workbook part behind it', async () => {
    expect((await faultOf((pkg) => pkg.set('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'))).fault).toBe('no-workbook');
    expect(await faultOf((pkg) => pkg.remove('xl/workbook.xml'))).toMatchObject({ fault: 'no-workbook', part: 'xl/workbook.xml' });
  });

  test('a missing styles part: which part, the relationship type and the relationships part that names it', async () => {
    expect(await faultOf((pkg) => pkg.remove('xl/styles.xml'))).toMatchObject({
      fault: 'missing',
      part: 'xl/styles.xml',
      missing: { type: 'styles', rels: 'xl/_rels/workbook.xml.rels' },
    });
  });

  test('a workbook part that is no XML: unreadable, with the parser failure kept as the cause', async () => {
    const fault = await faultOf((pkg) => pkg.set('xl/workbook.xml', 'geen xml'));
    expect(fault).toMatchObject({ fault: 'unreadable', part: 'xl/workbook.xml' });
    expect(fault.cause).toBeInstanceOf(Error);
  });

  test('a sheet whose relationship is gone; a sheet whose part is gone', async () => {
    const pkg = await adapterPackage();
    const opened = openWorkbookPackage(pkg);
    const entry = opened.workbook.sheets[0];
    expect(() => opened.sheetPart({ ...entry, rId: 'rId999' })).toThrow(expect.objectContaining({ fault: 'unreadable', part: 'xl/_rels/workbook.xml.rels' }));
    const part = opened.sheetPart(entry)!;
    pkg.remove(part);
    expect(() => opened.sheetPart(entry)).toThrow(expect.objectContaining({ fault: 'missing', part, missing: { type: 'worksheet', rels: 'xl/_rels/workbook.xml.rels' } }));
  });
});
