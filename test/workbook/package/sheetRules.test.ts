// Data validations and conditional formats read from and written to a sheet's XML as Excel,
// openpyxl and LibreOffice write them; what the port does not model is kept as written.
import path from 'node:path';
import type { RangeRef } from '../../../src/workbook/address';
import type { Validation } from '../../../src/workbook/port';
import { formatsXml, parseFormats, parseSqref, parseValidations, sqrefOf, validationsXml } from '../../../src/workbook/xlsx/sheetRules';
import { sofficeConvert } from '../../helpers/soffice';
import { useTempDir } from '../../helpers/tempDir';
import { sheetOf, openpyxlSheet } from './sheetXml';

const range = (top: number, left: number, bottom = top, right = left): RangeRef => ({ top, left, bottom, right });
const B2_B9 = range(2, 2, 9, 2);

/** As Excel 365 saves a sheet's validations (newline in a prompt as a character reference). */
const EXCEL = `<dataValidations count="6">
<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Fout &amp; zo" error="Kies uit &quot;ja&quot; of nee" promptTitle="Kies" prompt="Lijn 1&#10;lijn 2" sqref="A2:A9 C4"><formula1>"ja,nee"</formula1></dataValidation>
<dataValidation type="whole" allowBlank="1" showErrorMessage="1" sqref="B2:B9"><formula1>0</formula1><formula2>10</formula2></dataValidation>
<dataValidation type="custom" allowBlank="1" showErrorMessage="1" sqref="D2:D9"><formula1>=AND(ISNUMBER(D2),D2&lt;5)</formula1></dataValidation>
<dataValidation type="textLength" operator="lessThan" allowBlank="1" showErrorMessage="1" sqref="E2:E9"><formula1>5</formula1></dataValidation>
<dataValidation allowBlank="1" showInputMessage="1" promptTitle="Help" prompt="Vrij in te vullen" sqref="F2:F9"/>
<dataValidation type="list" allowBlank="1" sqref="G2:G9"><formula1>tblThemas[Thema]</formula1></dataValidation>
</dataValidations>`;

describe('parseValidations', () => {
  test('reads each rule the port knows, with its input help and error message, entities decoded', () => {
    const entries = parseValidations(EXCEL);
    expect(entries.map((e) => sqrefOf(e.ranges))).toEqual(['A2:A9 C4', 'B2:B9', 'D2:D9', 'E2:E9', 'F2:F9', 'G2:G9']);
    expect(entries.map((e) => e.validation)).toEqual([
      {
        rule: { type: 'list', source: '"ja,nee"' },
        prompt: { title: 'Kies', message: 'Lijn 1\nlijn 2' },
        error: { title: 'Fout & zo', message: 'Kies uit "ja" of nee', style: 'warning' },
      },
      { rule: { type: 'whole', min: 0, max: 10 }, error: { title: '', message: '', style: 'stop' } },
      { rule: { type: 'custom', formula: 'AND(ISNUMBER(D2),D2<5)' }, error: { title: '', message: '', style: 'stop' } },
      null,
      { rule: { type: 'any' }, prompt: { title: 'Help', message: 'Vrij in te vullen' } },
      { rule: { type: 'list', source: 'tblThemas[Thema]' } },
    ]);
    expect(entries[3].xml).toBe('<dataValidation type="textLength" operator="lessThan" allowBlank="1" showErrorMessage="1" sqref="E2:E9"><formula1>5</formula1></dataValidation>');
  });

  test.each([
    ['a whole number with one bound', '<dataValidation type="whole" operator="greaterThan" sqref="B2"><formula1>0</formula1></dataValidation>'],
    ['a whole number bounded by cells', '<dataValidation type="whole" sqref="B2"><formula1>$X$1</formula1><formula2>$X$2</formula2></dataValidation>'],
    ['a time', '<dataValidation type="time" sqref="B2"><formula1>0.25</formula1><formula2>0.5</formula2></dataValidation>'],
    ['a list without a source', '<dataValidation type="list" sqref="B2"/>'],
  ])('%s is not a port rule: kept as written', (_, xml) => {
    const [entry] = parseValidations(`<dataValidations count="1">${xml}</dataValidations>`);
    expect(entry).toEqual({ ranges: [range(2, 2)], validation: null, xml });
  });

  test('decimals, dates and a list of cells; prefixed elements and single quotes', () => {
    const xml = `<x:dataValidations count="3"><x:dataValidation type='decimal' operator="between" showErrorMessage="1" sqref="H2:H9"><x:formula1>-999999999999</x:formula1><x:formula2>999999999999</x:formula2></x:dataValidation><x:dataValidation type="date" sqref="I2:I9"><x:formula1>2</x:formula1><x:formula2>73415</x:formula2></x:dataValidation><x:dataValidation type="list" sqref="J2:J9"><x:formula1>$Z$1:$Z$9</x:formula1></x:dataValidation></x:dataValidations>`;
    expect(parseValidations(xml).map((e) => e.validation?.rule)).toEqual([{ type: 'decimal' }, { type: 'date' }, { type: 'list', source: '$Z$1:$Z$9' }]);
  });

  test('no element, no entries', () => {
    expect(parseValidations(undefined)).toEqual([]);
    expect(parseValidations('<dataValidations count="0"/>')).toEqual([]);
  });
});

describe('sqref', () => {
  test.each([
    ['A2:A5 C4 A6:A9', 'A2:A9 C4'],
    ['B2 B3 B4', 'B2:B4'],
    ['B2 C2 B3 C3', 'B2:C3'],
    ['A2:A9 A5:A12', 'A2:A12'],
    // Joined, the first cell would be A2 instead of A6, and a custom rule's relative formula would point elsewhere.
    ['A6:A9 A2:A5', 'A6:A9 A2:A5'],
    ['B:B', 'B1:B1048576'],
    ['$C$3', 'C3'],
  ])('%s reads as %s', (sqref, expected) => {
    expect(sqrefOf(parseSqref(sqref))).toBe(expected);
  });
});

describe('validationsXml', () => {
  const list: Validation = {
    rule: { type: 'list', source: '"ja,nee"' },
    prompt: { title: 'Kies', message: 'ja <of> "nee"\nof leeg' },
    error: { title: 'Fout', message: 'Tom & Jerry', style: 'information' },
  };

  test('writes a rule as Excel does: its attribute order, defaults left out, texts escaped (a line break as _x000A_)', () => {
    expect(validationsXml([{ ranges: [B2_B9, range(4, 3)], validation: list }])).toBe(
      '<dataValidations count="1"><dataValidation type="list" errorStyle="information" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="Fout" error="Tom &amp; Jerry" promptTitle="Kies" prompt="ja &lt;of> &quot;nee&quot;_x000A_of leeg" sqref="B2:B9 C4"><formula1>"ja,nee"</formula1></dataValidation></dataValidations>',
    );
    expect(validationsXml([{ ranges: [B2_B9], validation: { rule: { type: 'custom', formula: '=AND(B2<>"",LEN(B2)<5)' } } }])).toBe(
      '<dataValidations count="1"><dataValidation type="custom" allowBlank="1" sqref="B2:B9"><formula1>AND(B2&lt;&gt;"",LEN(B2)&lt;5)</formula1></dataValidation></dataValidations>',
    );
    expect(validationsXml([{ ranges: [B2_B9], validation: { rule: { type: 'any' }, prompt: { title: 'Help', message: 'Vrij' } } }])).toBe(
      '<dataValidations count="1"><dataValidation allowBlank="1" showInputMessage="1" promptTitle="Help" prompt="Vrij" sqref="B2:B9"/></dataValidations>',
    );
  });

  test('the bounds of decimals, whole numbers and dates', () => {
    const formulas = (validation: Validation) => [...(validationsXml([{ ranges: [B2_B9], validation }]) ?? '').matchAll(/<formula\d>([^<]*)</g)].map((m) => m[1]);
    expect(formulas({ rule: { type: 'decimal' } })).toEqual(['-999999999999', '999999999999']);
    expect(formulas({ rule: { type: 'whole', min: 1990, max: 2100 } })).toEqual(['1990', '2100']);
    // 1900-01-01 and 2100-12-31 as the serials the old adapter wrote.
    expect(formulas({ rule: { type: 'date' } })).toEqual(['2', '73415']);
  });

  test.each<Validation>([
    list,
    { rule: { type: 'any' }, prompt: { title: 'Help', message: 'Vrij' } },
    { rule: { type: 'list', source: 'tblThemas[Thema]' }, error: { title: 'Onbekend', message: 'Kies een thema', style: 'stop' } },
    { rule: { type: 'decimal' }, error: { title: 'Getal', message: 'Een getal', style: 'warning' } },
    { rule: { type: 'whole', min: -5, max: 5 } },
    { rule: { type: 'date' }, prompt: { title: 'Datum', message: 'dd/mm/jjjj' } },
    { rule: { type: 'custom', formula: 'OR(B2="",ISNUMBER(B2))' } },
  ])('what it writes reads back the same: %j', (validation) => {
    const [entry] = parseValidations(validationsXml([{ ranges: [B2_B9], validation }]));
    expect(entry.validation).toEqual(validation);
    expect(entry.ranges).toEqual([B2_B9]);
  });

  test('an entry read and given back is written byte for byte; moved, only its sqref changes', () => {
    const entries = parseValidations(EXCEL);
    const again = validationsXml(entries) as string;
    expect(parseValidations(again).map((e) => e.xml)).toEqual(entries.map((e) => e.xml));
    expect(again).toMatch(/^<dataValidations count="6">/);
    const moved = validationsXml([{ ...entries[3], ranges: [range(2, 5, 40, 5)] }]);
    expect(moved).toBe('<dataValidations count="1"><dataValidation type="textLength" operator="lessThan" allowBlank="1" showErrorMessage="1" sqref="E2:E40"><formula1>5</formula1></dataValidation></dataValidations>');
  });

  test('LibreOffice’s extra attributes stay with an unchanged rule and go with a changed one', () => {
    const xml = '<dataValidation allowBlank="true" errorStyle="stop" operator="between" showDropDown="false" showErrorMessage="true" showInputMessage="true" sqref="B2:B9" type="list"><formula1>&quot;a,b&quot;</formula1><formula2>0</formula2></dataValidation>';
    const [entry] = parseValidations(`<dataValidations>${xml}</dataValidations>`);
    expect(entry.validation).toEqual({ rule: { type: 'list', source: '"a,b"' }, error: { title: '', message: '', style: 'stop' } });
    expect(validationsXml([entry])).toBe(`<dataValidations count="1">${xml}</dataValidations>`);
    const changed = validationsXml([{ ...entry, validation: { rule: { type: 'list', source: '"a,b,c"' } } }]);
    expect(changed).toBe('<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B2:B9"><formula1>"a,b,c"</formula1></dataValidation></dataValidations>');
  });

  test('rule none and entries without cells write nothing; an entry whose validation is taken away is dropped', () => {
    const [entry] = parseValidations(EXCEL);
    expect(validationsXml([])).toBeUndefined();
    expect(validationsXml([{ ranges: [B2_B9], validation: { rule: { type: 'none' } } }, { ranges: [], validation: list }])).toBeUndefined();
    expect(validationsXml([{ ...entry, validation: null }])).toBeUndefined();
  });

  test('the container takes the prefix of the entries kept', () => {
    const xml = '<x:dataValidation type="time" sqref="B2"><x:formula1>0.25</x:formula1></x:dataValidation>';
    expect(validationsXml(parseValidations(`<x:dataValidations>${xml}</x:dataValidations>`))).toBe(`<x:dataValidations count="1">${xml}</x:dataValidations>`);
  });
});

describe('conditional formats', () => {
  const EXPRESSION = '<conditionalFormatting sqref="C2:C9"><cfRule type="expression" dxfId="3" priority="2"><formula>AND($C2&lt;&gt;"",$C2&lt;0)</formula></cfRule><cfRule type="expression" dxfId="4" priority="1"><formula>ISBLANK($C2)</formula></cfRule></conditionalFormatting>';
  const SCALE = '<conditionalFormatting sqref="D2:D9"><cfRule type="colorScale" priority="3"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFFF0000"/><color rgb="FF00FF00"/></colorScale></cfRule></conditionalFormatting>';
  const MIXED = '<conditionalFormatting sqref="E2:E9"><cfRule type="expression" dxfId="0" priority="4" stopIfTrue="1"><formula>E2=1</formula></cfRule><cfRule type="cellIs" dxfId="1" priority="5" operator="greaterThan"><formula>5</formula></cfRule></conditionalFormatting>';

  test('expression rules are modelled with their formula decoded; other rule types are not', () => {
    expect(parseFormats([EXPRESSION, SCALE, MIXED])).toEqual([
      {
        ranges: [range(2, 3, 9, 3)],
        rules: [
          { formula: 'AND($C2<>"",$C2<0)', dxfId: 3, priority: 2 },
          { formula: 'ISBLANK($C2)', dxfId: 4, priority: 1 },
        ],
        modelled: true,
        xml: EXPRESSION,
      },
      { ranges: [range(2, 4, 9, 4)], rules: [], modelled: false, xml: SCALE },
      { ranges: [range(2, 5, 9, 5)], rules: [], modelled: false, xml: MIXED },
    ]);
  });

  test('writes expression rules as Excel does, formulas escaped; no rules, no element', () => {
    expect(formatsXml([{ ranges: [B2_B9, range(2, 4, 9, 4)], rules: [{ formula: '=B2<>"x"', dxfId: 7, priority: 1 }] }, { ranges: [B2_B9], rules: [] }])).toEqual([
      '<conditionalFormatting sqref="B2:B9 D2:D9"><cfRule type="expression" dxfId="7" priority="1"><formula>B2&lt;&gt;"x"</formula></cfRule></conditionalFormatting>',
    ]);
  });

  test('entries read and given back stay byte for byte; moved ones change only their sqref; changed rules are written anew', () => {
    const entries = parseFormats([EXPRESSION, SCALE]);
    expect(formatsXml(entries)).toEqual([EXPRESSION, SCALE]);
    expect(formatsXml([{ ...entries[1], ranges: [range(2, 4, 40, 4)] }])).toEqual([SCALE.replace('D2:D9', 'D2:D40')]);
    const [again] = parseFormats(formatsXml([{ ...entries[0], rules: entries[0].rules.slice(1) }]));
    expect(again.rules).toEqual([{ formula: 'ISBLANK($C2)', dxfId: 4, priority: 1 }]);
  });
});

describe('files written by openpyxl and by LibreOffice', () => {
  const dir = useTempDir();
  const made = path.join;
  let openpyxl: Map<string, string[]>;
  let calc: Map<string, string[]>;

  beforeAll(async () => {
    const file = made(dir(), 'rules.xlsx');
    await openpyxlSheet(
      file,
      `
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.formatting.rule import FormulaRule, ColorScaleRule
from openpyxl.styles import PatternFill
def add(dv, *cells):
    for c in cells: dv.add(c)
    ws.add_data_validation(dv)
add(DataValidation(type='list', formula1='"ja,nee"', allow_blank=True, showInputMessage=True, promptTitle='Kies', prompt='ja of nee', showErrorMessage=True, errorStyle='warning', errorTitle='Fout', error='Alleen ja & nee'), 'A2:A9', 'C4')
add(DataValidation(type='whole', operator='between', formula1='0', formula2='10', showErrorMessage=True, errorTitle='Geheel', error='0 tot 10'), 'B2:B9')
add(DataValidation(type='custom', formula1='ISNUMBER(D2)', showErrorMessage=True), 'D2:D9')
add(DataValidation(type='textLength', operator='lessThan', formula1='5'), 'E2:E9')
add(DataValidation(showInputMessage=True, promptTitle='Help', prompt='Vrij'), 'F2:F9')
add(DataValidation(type='decimal', operator='between', formula1='-999999999999', formula2='999999999999', showErrorMessage=True), 'G2:G9')
ws.conditional_formatting.add('A2:A9', FormulaRule(formula=['A2<>"x"'], fill=PatternFill(bgColor='FFC7CE', fill_type='solid')))
ws.conditional_formatting.add('B2:B9', ColorScaleRule(start_type='min', start_color='FF0000', end_type='max', end_color='00FF00'))
`,
    );
    openpyxl = sheetOf(file);
    calc = sheetOf(await sofficeConvert(file, 'xlsx', made(dir(), 'calc')));
  });

  const expected = [
    ['A2:A9 C4', { rule: { type: 'list', source: '"ja,nee"' }, prompt: { title: 'Kies', message: 'ja of nee' }, error: { title: 'Fout', message: 'Alleen ja & nee', style: 'warning' } }],
    ['B2:B9', { rule: { type: 'whole', min: 0, max: 10 }, error: { title: 'Geheel', message: '0 tot 10', style: 'stop' } }],
    ['D2:D9', { rule: { type: 'custom', formula: 'ISNUMBER(D2)' }, error: { title: '', message: '', style: 'stop' } }],
    ['E2:E9', null],
    ['F2:F9', { rule: { type: 'any' }, prompt: { title: 'Help', message: 'Vrij' } }],
    ['G2:G9', { rule: { type: 'decimal' }, error: { title: '', message: '', style: 'stop' } }],
  ];

  test.each([
    ['openpyxl', () => openpyxl],
    ['LibreOffice', () => calc],
  ])('%s: validations as the port knows them, and the expression format beside a colour scale kept as written', (_, sheet) => {
    const entries = parseValidations(sheet().get('dataValidations')?.[0]);
    expect(entries.map((e) => [sqrefOf(e.ranges), e.validation])).toEqual(expected);
    expect(validationsXml(entries)).toBe(`<dataValidations count="6">${entries.map((e) => e.xml).join('')}</dataValidations>`);
    const formats = parseFormats(sheet().get('conditionalFormatting') ?? []);
    expect(formats.map((f) => [sqrefOf(f.ranges), f.modelled, f.rules.map((r) => r.formula)])).toEqual([
      ['A2:A9', true, ['A2<>"x"']],
      ['B2:B9', false, []],
    ]);
    expect(formatsXml(formats)).toEqual(sheet().get('conditionalFormatting'));
  });
});
