// A sheet's columns, view, print set-up, protection and links, read from and written to its XML as
// Excel, openpyxl and LibreOffice write them; what the port does not know is kept as written.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SHEET_ORDER } from '../../../src/ooxml/sheetPart';
import {
  columnsXml,
  headerFooterXml,
  hyperlinksXml,
  isProtected,
  oddHeader,
  pageSetupXml,
  parseColumns,
  parseHyperlinks,
  parsePageSetup,
  parseRowBreaks,
  parseView,
  protectionXml,
  rowBreaksXml,
  sheetPrXml,
  viewXml,
} from '../../../src/workbook/xlsx/sheetLayout';
import { formatsXml, parseFormats, parseValidations, sqrefOf, validationsXml } from '../../../src/workbook/xlsx/sheetRules';
import { sofficeConvert } from '../../helpers/soffice';
import { useTempDir } from '../../helpers/tempDir';
import { openpyxlSheet, sheetElements, sheetOf } from './sheetXml';

describe('columns', () => {
  const EXCEL = '<cols><col min="1" max="3" width="20.7109375" customWidth="1"/><col min="4" max="4" width="9.140625" hidden="1" customWidth="1"/><col min="5" max="5" width="30" style="3" customWidth="1" outlineLevel="1"/></cols>';

  test('reads width, hidden and style per column; other attributes kept with the column', () => {
    const columns = parseColumns(EXCEL);
    expect([...columns]).toEqual([
      [1, { width: 20.7109375 }],
      [2, { width: 20.7109375 }],
      [3, { width: 20.7109375 }],
      [4, { width: 9.140625, hidden: true }],
      [5, { width: 30, style: 3, rest: ' outlineLevel="1"' }],
    ]);
    expect(parseColumns(undefined).size).toBe(0);
  });

  test('writes them back joined as read; a change in a range splits it; equal neighbours join', () => {
    const columns = parseColumns(EXCEL);
    expect(columnsXml(columns)).toBe('<cols><col min="1" max="3" width="20.7109375" customWidth="1"/><col min="4" max="4" width="9.140625" customWidth="1" hidden="1"/><col min="5" max="5" width="30" customWidth="1" style="3" outlineLevel="1"/></cols>');
    (columns.get(2) as { width: number }).width = 12;
    columns.set(6, { width: 9.140625, hidden: true });
    columns.set(8, {});
    expect(columnsXml(columns)).toBe(
      '<cols><col min="1" max="1" width="20.7109375" customWidth="1"/><col min="2" max="2" width="12" customWidth="1"/><col min="3" max="3" width="20.7109375" customWidth="1"/><col min="4" max="4" width="9.140625" customWidth="1" hidden="1"/><col min="5" max="5" width="30" customWidth="1" style="3" outlineLevel="1"/><col min="6" max="6" width="9.140625" customWidth="1" hidden="1"/></cols>',
    );
    expect(columnsXml(new Map([[3, {}]]))).toBeUndefined();
    // Widths as given, in characters, as ExcelJS wrote them.
    expect(columnsXml(new Map([[2, { width: 45 }], [3, { width: 45 }]]))).toBe('<cols><col min="2" max="3" width="45" customWidth="1"/></cols>');
  });

  test('a column without a width gets the default one, not customised: Excel would hide it', () => {
    expect(columnsXml(new Map([[4, { style: 7 }], [5, { hidden: true }]]))).toBe('<cols><col min="4" max="4" width="9.140625" style="7"/><col min="5" max="5" width="9.140625" hidden="1"/></cols>');
    expect(columnsXml(new Map([[4, { style: 7 }]]), 12)).toBe('<cols><col min="4" max="4" width="12" style="7"/></cols>');
  });

  test('LibreOffice’s words for booleans and its style 0 on every column', () => {
    const columns = parseColumns('<cols><col collapsed="false" customWidth="true" hidden="false" outlineLevel="0" max="2" min="1" style="0" width="20"/><col collapsed="false" customWidth="true" hidden="true" outlineLevel="0" max="3" min="3" style="0" width="13"/></cols>');
    expect([...columns].map(([c, look]) => [c, look.width, look.hidden ?? false, look.style])).toEqual([
      [1, 20, false, undefined],
      [2, 20, false, undefined],
      [3, 13, true, undefined],
    ]);
  });
});

describe('sheet view', () => {
  const EXCEL = '<sheetViews><sheetView showGridLines="0" tabSelected="1" zoomScale="85" zoomScaleNormal="85" workbookViewId="0"><pane ySplit="7" topLeftCell="A8" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="C12" sqref="C12"/></sheetView></sheetViews>';

  test('reads frozen rows, the active cell of the active pane and the selected tab', () => {
    expect(parseView(EXCEL)).toEqual({ frozenRows: 7, activeCell: 'C12', tabSelected: true });
    expect(parseView('<sheetViews><sheetView workbookViewId="0"><selection activeCell="B3" sqref="B3:D4"/></sheetView></sheetViews>')).toEqual({ activeCell: 'B3' });
    // A split a user dragged is not a freeze.
    expect(parseView('<sheetViews><sheetView workbookViewId="0"><pane ySplit="2400" topLeftCell="A5" activePane="bottomLeft"/><selection pane="bottomLeft" activeCell="A6" sqref="A6"/></sheetView></sheetViews>')).toEqual({ activeCell: 'A6' });
    expect(parseView(undefined)).toEqual({});
  });

  test('a freeze: pane and selection as Excel writes them, the view’s other attributes kept', () => {
    const plain = '<sheetViews><sheetView showGridLines="0" zoomScale="85" workbookViewId="0"/></sheetViews>';
    expect(viewXml(plain, { frozenRows: 1 })).toBe('<sheetViews><sheetView showGridLines="0" zoomScale="85" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>');
    expect(viewXml(EXCEL, { frozenRows: 1 })).toBe(
      '<sheetViews><sheetView showGridLines="0" tabSelected="1" zoomScale="85" zoomScaleNormal="85" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="C12" sqref="C12"/></sheetView></sheetViews>',
    );
  });

  test('an active cell without a freeze, the selected tab set and removed', () => {
    expect(viewXml('<sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>', { activeCell: 'D5', tabSelected: true })).toBe(
      '<sheetViews><sheetView workbookViewId="0" tabSelected="1"><selection activeCell="D5" sqref="D5"/></sheetView></sheetViews>',
    );
    expect(viewXml(EXCEL, { tabSelected: false })).toBe(EXCEL.replace(' tabSelected="1"', ''));
    const removed = viewXml(EXCEL, { frozenRows: 0 });
    expect(removed).toBe('<sheetViews><sheetView showGridLines="0" tabSelected="1" zoomScale="85" zoomScaleNormal="85" workbookViewId="0"><selection activeCell="C12" sqref="C12"/></sheetView></sheetViews>');
  });

  test('what it writes reads back; a view given back as read is left as it is, a user’s split included', () => {
    for (const view of [{ frozenRows: 3, activeCell: 'B9', tabSelected: true }, { activeCell: 'A1' }, { frozenRows: 8 }]) expect(parseView(viewXml(undefined, view))).toEqual(view);
    const split = '<sheetViews><sheetView workbookViewId="0"><pane xSplit="2" ySplit="3" topLeftCell="C4" activePane="bottomRight" state="frozen"/><selection pane="topRight" activeCell="C1" sqref="C1"/><selection pane="bottomRight" activeCell="D7" sqref="D7"/></sheetView></sheetViews>';
    expect(viewXml(split, parseView(split))).toBe(split);
    expect(viewXml(split, { activeCell: 'E9' })).toBe('<sheetViews><sheetView workbookViewId="0"><pane xSplit="2" ySplit="3" topLeftCell="C4" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="E9" sqref="E9"/></sheetView></sheetViews>');
    expect(viewXml(EXCEL, parseView(EXCEL))).toBe(EXCEL);
  });

  test('made when missing; a second view and a prefix kept', () => {
    expect(viewXml(undefined, { tabSelected: true })).toBe('<sheetViews><sheetView workbookViewId="0" tabSelected="1"/></sheetViews>');
    const two = '<x:sheetViews><x:sheetView workbookViewId="0"/><x:sheetView workbookViewId="1" zoomScale="50"/></x:sheetViews>';
    expect(viewXml(two, { activeCell: 'B2' })).toBe('<x:sheetViews><x:sheetView workbookViewId="0"><x:selection activeCell="B2" sqref="B2"/></x:sheetView><x:sheetView workbookViewId="1" zoomScale="50"/></x:sheetViews>');
  });
});

describe('sheetPr', () => {
  test('a tab colour and fit to page, children in the schema’s order, the rest kept', () => {
    expect(sheetPrXml(undefined, { tabColor: '#1072ba' })).toBe('<sheetPr><tabColor rgb="FF1072BA"/></sheetPr>');
    const lo = '<sheetPr filterMode="false" codeName="Blad1"><outlinePr summaryBelow="0"/><pageSetUpPr autoPageBreaks="0"/></sheetPr>';
    expect(sheetPrXml(lo, { fitToPage: true, tabColor: '#00FF00' })).toBe('<sheetPr filterMode="false" codeName="Blad1"><tabColor rgb="FF00FF00"/><outlinePr summaryBelow="0"/><pageSetUpPr autoPageBreaks="0" fitToPage="1"/></sheetPr>');
    expect(sheetPrXml('<sheetPr><tabColor theme="4"/><pageSetUpPr fitToPage="1"/></sheetPr>', { fitToPage: false })).toBe('<sheetPr><tabColor theme="4"/></sheetPr>');
  });
});

describe('print set-up', () => {
  const LANDSCAPE = { orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0 } as const;

  test('pageSetup made, or changed with the printer settings and other attributes kept; read back', () => {
    expect(pageSetupXml(undefined, LANDSCAPE)).toBe('<pageSetup paperSize="9" fitToWidth="1" fitToHeight="0" orientation="landscape"/>');
    const excel = '<pageSetup paperSize="1" orientation="portrait" horizontalDpi="600" verticalDpi="600" r:id="rId1"/>';
    const changed = pageSetupXml(excel, LANDSCAPE);
    expect(changed).toBe('<pageSetup paperSize="9" orientation="landscape" horizontalDpi="600" verticalDpi="600" r:id="rId1" fitToWidth="1" fitToHeight="0"/>');
    expect(parsePageSetup(changed)).toEqual(LANDSCAPE);
    expect(parsePageSetup(excel)).toEqual({ paperSize: 1, orientation: 'portrait' });
    expect(parsePageSetup('<pageSetup orientation="default"/>')).toEqual({});
  });

  test('the odd header, escaped, beside the footers; read back; empty removes it', () => {
    expect(headerFooterXml(undefined, '&CRapport <2026> && co')).toBe('<headerFooter><oddHeader>&amp;CRapport &lt;2026&gt; &amp;&amp; co</oddHeader></headerFooter>');
    const lo = '<headerFooter differentFirst="false" differentOddEven="false"><oddHeader>&amp;Coud</oddHeader><oddFooter>&amp;P</oddFooter></headerFooter>';
    const changed = headerFooterXml('<headerFooter differentFirst="false"><oddFooter>&amp;P</oddFooter></headerFooter>', '&CNieuw');
    expect(changed).toBe('<headerFooter differentFirst="false"><oddHeader>&amp;CNieuw</oddHeader><oddFooter>&amp;P</oddFooter></headerFooter>');
    expect(oddHeader(changed)).toBe('&CNieuw');
    expect(oddHeader(lo)).toBe('&Coud');
    expect(headerFooterXml(lo, '')).toBe('<headerFooter differentFirst="false" differentOddEven="false"><oddFooter>&amp;P</oddFooter></headerFooter>');
    expect(oddHeader(undefined)).toBeUndefined();
  });

  test('manual row breaks after the rows listed; automatic ones are not read', () => {
    expect(rowBreaksXml([20, 8, 8])).toBe('<rowBreaks count="2" manualBreakCount="2"><brk id="8" max="16383" man="1"/><brk id="20" max="16383" man="1"/></rowBreaks>');
    expect(rowBreaksXml([])).toBeUndefined();
    expect(parseRowBreaks(rowBreaksXml([20, 8]))).toEqual([8, 20]);
    expect(parseRowBreaks('<rowBreaks count="3" manualBreakCount="2"><brk id="5" man="true" max="16383" min="0"/><brk id="9" max="16383"/><brk id="12" man="1"/></rowBreaks>')).toEqual([5, 12]);
    expect(parseRowBreaks(undefined)).toEqual([]);
  });
});

describe('protection', () => {
  test('without a password; formatting columns and rows allowed ("0": not protected)', () => {
    expect(protectionXml()).toBe('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>');
    expect(isProtected(protectionXml())).toBe(true);
    expect(isProtected('<sheetProtection algorithmName="SHA-512" hashValue="x" saltValue="y" spinCount="100000" sheet="1"/>')).toBe(true);
    expect(isProtected('<sheetProtection sheet="true" formatColumns="false"/>')).toBe(true);
    expect(isProtected('<sheetProtection sheet="0" objects="1"/>')).toBe(false);
    expect(isProtected(undefined)).toBe(false);
  });
});

describe('hyperlinks', () => {
  const EXCEL = `<hyperlinks><hyperlink ref="A3" location="'Thema''s'!B2" display="Naar thema"/><hyperlink ref="A4" r:id="rId1"/><hyperlink ref="A5" location="Normen!A1" tooltip="uitleg"/></hyperlinks>`;

  test('internal links by cell; links with a relationship kept as written', () => {
    const links = parseHyperlinks(EXCEL);
    expect(links.internal).toEqual(
      new Map([
        ['A3', "'Thema''s'!B2"],
        ['A5', 'Normen!A1'],
      ]),
    );
    expect(links.other).toEqual(['<hyperlink ref="A4" r:id="rId1"/>']);
    expect(links.display).toEqual(new Map([['A3', 'Naar thema']]));
    expect(parseHyperlinks(undefined)).toEqual({ internal: new Map(), other: [], display: new Map() });
  });

  test('written back; a new internal link replaces an external one on its cell; none, no element', () => {
    const links = parseHyperlinks(EXCEL);
    links.internal.set('A4', 'Data!A1');
    links.internal.set('B1', 'Data!"x"&<');
    expect(hyperlinksXml(links)).toBe(`<hyperlinks><hyperlink ref="A3" location="'Thema''s'!B2" display="Naar thema"/><hyperlink ref="A5" location="Normen!A1"/><hyperlink ref="A4" location="Data!A1"/><hyperlink ref="B1" location="Data!&quot;x&quot;&amp;&lt;"/></hyperlinks>`);
    expect(parseHyperlinks(hyperlinksXml(links)).internal).toEqual(links.internal);
    expect(hyperlinksXml({ internal: new Map(), other: [] })).toBeUndefined();
  });
});

/** What the port asks of a sheet, as these functions and sheetRules write it. */
const OURS: Record<string, string[]> = {
  sheetPr: [sheetPrXml(undefined, { tabColor: '#1072BA', fitToPage: true })],
  sheetViews: [viewXml(undefined, { frozenRows: 1, activeCell: 'B3' })],
  cols: [columnsXml(new Map([[1, { width: 30 }], [2, { width: 30 }], [3, { hidden: true, width: 9 }], [4, { style: 0 }]])) as string],
  sheetProtection: [protectionXml()],
  conditionalFormatting: formatsXml([{ ranges: [{ top: 2, left: 1, bottom: 12, right: 1 }], rules: [{ formula: 'A2>5', dxfId: 0, priority: 1 }] }]),
  dataValidations: [
    validationsXml([
      {
        ranges: [{ top: 2, left: 2, bottom: 12, right: 2 }],
        validation: { rule: { type: 'list', source: '"ja,nee"' }, prompt: { title: 'Kies', message: 'ja of nee' }, error: { title: 'Fout', message: 'Alleen ja of nee', style: 'warning' } },
      },
      { ranges: [{ top: 2, left: 3, bottom: 12, right: 3 }], validation: { rule: { type: 'any' }, prompt: { title: 'Help', message: 'Vrij' } } },
      { ranges: [{ top: 2, left: 4, bottom: 12, right: 4 }], validation: { rule: { type: 'whole', min: 0, max: 10 }, error: { title: 'Geheel', message: '0 tot 10', style: 'stop' } } },
    ]) as string,
  ],
  pageSetup: [pageSetupXml(undefined, { orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0 })],
  headerFooter: [headerFooterXml(undefined, '&CRapport && co')],
  rowBreaks: [rowBreaksXml([4]) as string],
};

/** The file with the elements of sheet `n` replaced by `elements`, the others kept, in the schema's order. */
async function withElements(file: string, n: number, elements: Record<string, string[]>, to: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = `xl/worksheets/sheet${n}.xml`;
  const xml = await zip.file(part)!.async('string');
  const kept = sheetElements(xml);
  for (const [name, value] of Object.entries(elements)) kept.set(name, value);
  const root = /<(?:\w+:)?worksheet\b[^>]*>/.exec(xml)![0];
  zip.file(part, `${root}${SHEET_ORDER.flatMap((name) => kept.get(name) ?? []).join('')}</worksheet>`);
  writeFileSync(to, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  return to;
}

describe('files written by openpyxl and by LibreOffice', () => {
  const dir = useTempDir();
  /** Sheet Data as openpyxl wrote it; sheet Ons with our elements. */
  let file: string;
  let openpyxl: Map<string, string[]>;
  let calc: string;

  beforeAll(async () => {
    const written = path.join(dir(), 'openpyxl.xlsx');
    await openpyxlSheet(
      written,
      `
from openpyxl.worksheet.pagebreak import Break
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill
ws['A1'] = 'Naam'
ws.column_dimensions['A'].width = 20
ws.column_dimensions['B'].hidden = True
ws.column_dimensions['C'].width = 12.5
ws.freeze_panes = 'A8'
ws.sheet_properties.tabColor = '1072BA'
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = 9; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.oddHeader.center.text = 'Rapport'
ws.row_breaks.append(Break(id=5)); ws.row_breaks.append(Break(id=10))
ws.protection.sheet = True; ws.protection.formatColumns = False; ws.protection.formatRows = False
ws['A3'].hyperlink = 'https://example.org'; ws['A3'].value = 'extern'
ons = wb.create_sheet('Ons')
for row in range(1, 13): ons.cell(row, 1, row)
# A differential format 0 for our conditional format to point at.
ons.conditional_formatting.add('Z1', FormulaRule(formula=['TRUE'], fill=PatternFill(bgColor='FFC7CE', fill_type='solid')))
`,
    );
    file = await withElements(written, 2, OURS, path.join(dir(), 'ours.xlsx'));
    openpyxl = sheetOf(file, 1);
    calc = await sofficeConvert(file, 'xlsx', path.join(dir(), 'calc'));
  });

  test.each([
    ['openpyxl', () => openpyxl],
    ['LibreOffice', () => sheetOf(calc, 1)],
  ])('%s: columns, print set-up, protection and links as written', (_, sheet) => {
    const one = (name: string) => sheet().get(name)?.[0];
    const columns = parseColumns(one('cols'));
    expect([1, 2, 3].map((c) => [columns.get(c)?.width, columns.get(c)?.hidden ?? false])).toEqual([
      [20, false],
      [13, true],
      [12.5, false],
    ]);
    expect(parsePageSetup(one('pageSetup'))).toEqual({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    expect(one('sheetPr')).toMatch(/fitToPage="(1|true)"/);
    expect(oddHeader(one('headerFooter'))).toBe('&CRapport');
    expect(parseRowBreaks(one('rowBreaks'))).toEqual([5, 10]);
    expect(isProtected(one('sheetProtection'))).toBe(true);
    const links = parseHyperlinks(one('hyperlinks'));
    expect([links.internal.size, links.other.length]).toEqual([0, 1]);
    // Given back unchanged, each element is written as it was (LibreOffice's extra attributes included).
    expect(columnsXml(columns)).toBe(columnsXml(parseColumns(columnsXml(columns))));
    expect(viewXml(one('sheetViews'), parseView(one('sheetViews')))).toBe(one('sheetViews'));
    expect(sheetPrXml(one('sheetPr'), {})).toBe(one('sheetPr'));
  });

  test('openpyxl’s freeze and tab colour', () => {
    expect(parseView(openpyxl.get('sheetViews')?.[0])).toEqual({ frozenRows: 7, activeCell: 'A1' });
    expect(openpyxl.get('sheetPr')?.[0]).toContain('<tabColor rgb="001072BA"/>');
  });

  test('LibreOffice reads what we write (the view and tab colour aside) and saves it back the same', () => {
    const ons = sheetOf(calc, 2);
    const one = (name: string) => ons.get(name)?.[0];
    // No view: a headless conversion writes default views for every file (ExcelJS's own freeze is dropped the same way).
    const columns = parseColumns(one('cols'));
    expect([1, 2, 3, 4].map((c) => [columns.get(c)?.width, columns.get(c)?.hidden ?? false])).toEqual([
      [30, false],
      [30, false],
      [9, true],
      [expect.closeTo(9.14, 1), false],
    ]);
    // No tab colour: LibreOffice drops it on a protected sheet, whoever wrote the file (ExcelJS's read below sees it).
    expect(one('sheetPr')).toMatch(/fitToPage="(1|true)"/);
    expect(parsePageSetup(one('pageSetup'))).toEqual({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    expect(oddHeader(one('headerFooter'))).toBe('&CRapport && co');
    expect(parseRowBreaks(one('rowBreaks'))).toEqual([4]);
    expect(isProtected(one('sheetProtection'))).toBe(true);
    expect(parseValidations(one('dataValidations')).map((e) => [sqrefOf(e.ranges), e.validation])).toEqual([
      ['B2:B12', { rule: { type: 'list', source: '"ja,nee"' }, prompt: { title: 'Kies', message: 'ja of nee' }, error: { title: 'Fout', message: 'Alleen ja of nee', style: 'warning' } }],
      ['C2:C12', { rule: { type: 'any' }, prompt: { title: 'Help', message: 'Vrij' } }],
      ['D2:D12', { rule: { type: 'whole', min: 0, max: 10 }, error: { title: 'Geheel', message: '0 tot 10', style: 'stop' } }],
    ]);
    const formats = parseFormats(ons.get('conditionalFormatting') ?? []).filter((f) => sqrefOf(f.ranges) === 'A2:A12');
    expect(formats.map((f) => [f.modelled, f.rules.map((r) => r.formula)])).toEqual([[true, ['A2>5']]]);
  });

  test('ExcelJS reads what we write', async () => {
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const ws = read.getWorksheet('Ons') as ExcelJS.Worksheet;
    expect([1, 2, 3, 4].map((c) => [ws.getColumn(c).width, ws.getColumn(c).hidden])).toEqual([
      [30, false],
      [30, false],
      [9, true],
      [9.140625, false],
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'B3' });
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1072BA' });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.headerFooter.oddHeader).toBe('&CRapport && co');
    expect((ws as unknown as { sheetProtection: object }).sheetProtection).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
    expect(ws.getCell('B5').dataValidation).toMatchObject({ type: 'list', formulae: ['"ja,nee"'], showInputMessage: true, promptTitle: 'Kies', errorStyle: 'warning', error: 'Alleen ja of nee' });
    expect(ws.getCell('C5').dataValidation).toMatchObject({ type: 'any', showInputMessage: true, prompt: 'Vrij' });
    expect(ws.getCell('D5').dataValidation).toMatchObject({ type: 'whole', formulae: [0, 10] });
    const formats = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] }).conditionalFormattings;
    expect(formats.map((f) => [f.ref, f.rules[0].type, f.rules[0].formulae])).toEqual([['A2:A12', 'expression', ['A2>5']]]);
  });
});
