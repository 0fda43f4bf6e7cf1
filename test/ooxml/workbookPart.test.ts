// xl/workbook.xml as Excel, openpyxl, LibreOffice and prefix-writing tools give it: sheets, names,
// date system and active tab read; on save only what changed is rewritten, in the schema's order,
// and everything else (extensions, revision pointers, pivot caches) stays as written.
import { WorkbookPart } from '../../src/ooxml/workbookPart';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** As Excel 365 writes it, with the extras a user's workbook carries. */
const EXCEL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr date1904="true" defaultThemeVersion="166925"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac" url="C:\\Users\\"/></mc:Choice></mc:AlternateContent><xr:revisionPtr revIDLastSave="0" documentId="8_{1}" xr6:coauthVersionLast="47" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="2" xr2:uid="{A}" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"/><workbookView activeTab="0"/></bookViews><sheets><sheet name="Thema&apos;s &amp; doelen" sheetId="1" r:id="rId1"/><sheet name="Caf&#233; &#x2014; &lt;2&gt;" sheetId="4" state="hidden" r:id="rId2"/><sheet name="Verborgen" sheetId="7" state="veryHidden" r:id="rId5"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Thema''s &amp; doelen'!$A$1:$C$9</definedName><definedName name="Mijn_selectie" comment="a &quot;b&quot;">'Thema''s &amp; doelen'!$A$2,Blad2!$B$1</definedName><definedName name="Leeg"/></definedNames><calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="1" r:id="rId9"/></pivotCaches><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`;

describe('reading', () => {
  test('an Excel workbook: sheets, names, date system, the first view\'s tab', () => {
    const wb = WorkbookPart.parse(EXCEL);
    expect(wb.sheets).toEqual([
      { name: "Thema's & doelen", sheetId: 1, rId: 'rId1', state: 'visible' },
      { name: 'Café — <2>', sheetId: 4, rId: 'rId2', state: 'hidden' },
      { name: 'Verborgen', sheetId: 7, rId: 'rId5', state: 'veryHidden' },
    ]);
    expect(wb.names).toEqual([
      { name: '_xlnm._FilterDatabase', formula: "'Thema''s & doelen'!$A$1:$C$9", localSheetId: 0, rest: { hidden: '1' } },
      { name: 'Mijn_selectie', formula: "'Thema''s & doelen'!$A$2,Blad2!$B$1", rest: { comment: 'a "b"' } },
      { name: 'Leeg', formula: '', rest: {} },
    ]);
    expect([wb.date1904, wb.activeTab]).toEqual([true, 2]);
  });

  test('prefixed elements, the relationships namespace under another prefix, declared on the sheet as openpyxl does', () => {
    const xml = `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}" xmlns:r="urn:other"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="A" sheetId="1" r:id="wrong" rel:id="rId3"/><x:sheet xmlns:q="${REL}" name="B" sheetId="2" q:id="rId4"/></x:sheets></x:workbook>`;
    const wb = WorkbookPart.parse(xml);
    expect(wb.sheets.map((s) => [s.name, s.rId])).toEqual([
      ['A', 'rId3'],
      ['B', 'rId4'],
    ]);
    expect([wb.date1904, wb.activeTab, wb.names]).toEqual([true, 0, []]);
    wb.sheets.reverse();
    expect(wb.toXml()).toContain(`<x:sheets><x:sheet name="B" sheetId="2" rel:id="rId4"/><x:sheet name="A" sheetId="1" rel:id="rId3"/></x:sheets>`);
  });

  test.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['false', false],
  ])('date1904="%s" is %s', (value, expected) => {
    expect(WorkbookPart.parse(`<workbook xmlns="${MAIN}"><workbookPr date1904="${value}"/><sheets/></workbook>`).date1904).toBe(expected);
  });
});

describe('writing', () => {
  test('unchanged, the part comes back as it was read', () => {
    expect(WorkbookPart.parse(EXCEL).toXml()).toBe(EXCEL);
  });

  test('only sheets, names and the active tab are rewritten; the rest stays as written', () => {
    const wb = WorkbookPart.parse(EXCEL);
    wb.sheets.push({ name: 'Nieuw "blad" & <meer>', sheetId: 8, rId: 'rId10', state: 'visible' });
    wb.names[1].formula = "'Thema''s & doelen'!$A$2:$A$5";
    wb.names.push({ name: 'Lijst', formula: 'tblThemas[Thema]', localSheetId: 1, rest: {} });
    wb.activeTab = 3;
    const xml = wb.toXml();
    const sheets = xml.slice(xml.indexOf('<sheets>'), xml.indexOf('</sheets>') + 9);
    const names = xml.slice(xml.indexOf('<definedNames>'), xml.indexOf('</definedNames>') + 15);
    expect(sheets).toContain('<sheet name="Nieuw &quot;blad&quot; &amp; &lt;meer&gt;" sheetId="8" r:id="rId10"/>');
    expect(sheets).toContain('<sheet name="Café — &lt;2&gt;" sheetId="4" state="hidden" r:id="rId2"/>');
    expect(names).toContain(`<definedName name="Mijn_selectie" comment="a &quot;b&quot;">'Thema''s &amp; doelen'!$A$2:$A$5</definedName>`);
    expect(names).toContain('<definedName name="Lijst" localSheetId="1">tblThemas[Thema]</definedName>');
    expect(xml).toContain('activeTab="3" xr2:uid="{A}"');
    expect(xml).toContain('<workbookView activeTab="0"/>');
    // Outside those three, nothing moved.
    const strip = (text: string) => text.replace(/<sheets>[\s\S]*<\/sheets>|<definedNames>[\s\S]*<\/definedNames>|activeTab="\d"/g, '');
    expect(strip(xml)).toBe(strip(EXCEL));
    const again = WorkbookPart.parse(xml);
    expect([again.sheets, again.names, again.activeTab]).toEqual([wb.sheets, wb.names, 3]);
  });

  test('missing elements are inserted in the schema order; names none left are dropped', () => {
    const xml = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><fileVersion appName="Calc"/><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets><calcPr iterateCount="100"/><extLst/></workbook>`;
    const wb = WorkbookPart.parse(xml);
    wb.names.push({ name: 'Lijst', formula: 'A!$A$1', rest: {} });
    wb.activeTab = 1;
    wb.date1904 = true;
    const out = wb.toXml();
    expect(out).toBe(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><fileVersion appName="Calc"/><workbookPr date1904="1"/><bookViews><workbookView activeTab="1"/></bookViews><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="Lijst">A!$A$1</definedName></definedNames><calcPr iterateCount="100"/><extLst/></workbook>`,
    );
    const back = WorkbookPart.parse(out);
    back.names = [];
    back.date1904 = false;
    expect(back.toXml()).toBe(`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><fileVersion appName="Calc"/><workbookPr/><bookViews><workbookView activeTab="1"/></bookViews><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets><calcPr iterateCount="100"/><extLst/></workbook>`);
  });

  test('sheets into an empty <sheets/> without a relationships prefix; control characters escaped', () => {
    const wb = WorkbookPart.parse(`<workbook xmlns="${MAIN}"><sheets/></workbook>`);
    wb.sheets.push({ name: 'Blad1', sheetId: 1, rId: 'rId1', state: 'visible' });
    wb.names.push({ name: 'X', formula: 'A\u0001"<\n', rest: { comment: 'regel 1\nregel 2\t' } });
    expect(wb.toXml()).toBe(
      `<workbook xmlns="${MAIN}"><sheets xmlns:r="${REL}"><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="X" comment="regel 1&#10;regel 2&#9;">A_x0001_"&lt;\n</definedName></definedNames></workbook>`,
    );
    expect(WorkbookPart.parse(wb.toXml()).names[0].rest.comment).toBe('regel 1\nregel 2\t');
  });
});
