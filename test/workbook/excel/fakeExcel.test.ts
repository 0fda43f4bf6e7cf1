// The fake must behave like Excel where the adapter could go wrong, or the adapter's tests prove
// nothing: these pin down the rules it enforces.
import { FakeExcel } from './fakeExcel';

const write = (fake: FakeExcel, address: string, value: unknown) =>
  fake.run(async (context) => {
    context.workbook.worksheets.getItem('Sheet1').getRange(address).values = [[value]];
    await context.sync();
  });

describe('fake Excel: values are parsed like typed input', () => {
  test.each<[string, unknown, unknown]>([
    ['a formula', '=1+1', 2],
    ['a formula Excel cannot work out', '@SUM(A1)', '#NAME?'],
    ['a number with leading zeros', '02000', 2000],
    ['a negative number', '-5', -5],
    ['a decimal comma', '1,5', 1.5],
    ['a year and month', '2023-06', 45078],
    ['a boolean', 'TRUE', true],
    ['plain text', '  spaties  ', '  spaties  '],
  ])('%s', async (_, typed, stored) => {
    const fake = new FakeExcel();
    await write(fake, 'A1', typed);
    expect(fake.cell('Sheet1', 'A1').value).toEqual(stored);
  });

  test('a leading apostrophe stores the rest as text, and is not part of the value read', async () => {
    const fake = new FakeExcel();
    await write(fake, 'A1', "'=1+1");
    expect(fake.cell('Sheet1', 'A1')).toMatchObject({ value: '=1+1', quotePrefix: true });
    const values = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([['=1+1']]);
  });

  test('null leaves a cell as it is, an empty string clears it', async () => {
    const fake = new FakeExcel();
    await write(fake, 'A1', 'x');
    await write(fake, 'A1', null);
    expect(fake.cell('Sheet1', 'A1').value).toBe('x');
    await write(fake, 'A1', '');
    expect(fake.cell('Sheet1', 'A1').value).toBeNull();
  });

  test('a Date object is refused: Office.js cannot send one', async () => {
    const fake = new FakeExcel();
    await expect(write(fake, 'A1', new Date())).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('fake Excel: proxy rules', () => {
  test('a property read before load and sync throws PropertyNotLoaded', async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.load('name');
        return sheet.name; // not synced yet
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  test('writes are applied at sync, in order; a failing command stops the batch with earlier ones applied', async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.add('Eerst');
        context.workbook.worksheets.getItem('Nergens').getRange('A1').values = [['x']];
        context.workbook.worksheets.add('Daarna');
        expect(fake.model.sheets).toHaveLength(1); // nothing before the sync
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Eerst']);
  });

  test('getItemOrNullObject gives a null object instead of failing', async () => {
    const fake = new FakeExcel();
    const isNull = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Nergens').load('name');
      await context.sync();
      return sheet.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  test('a batch that ends with commands never synced is an error, and syncs are counted', async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (context) => {
        await context.sync();
        context.workbook.worksheets.add('Vergeten');
      }),
    ).rejects.toThrow(/never synced/);
    expect(fake.syncCount).toBe(1);
    expect(fake.writesQueued).toBe(1);
    expect(fake.model.sheets).toHaveLength(1);
  });

  test('a request over the limit is refused whole', async () => {
    const fake = new FakeExcel();
    fake.requestLimit = 1_000;
    await expect(write(fake, 'A1', 'x'.repeat(2_000))).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.cell('Sheet1', 'A1').value).toBeNull();
  });

  test('table rows added at the end carry validation and grow conditional formats', async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:A2').values = [['Getal'], [1]];
      const table = sheet.tables.add('A1:A2', true);
      table.name = 'tblGetal';
      const body = table.getDataBodyRange();
      body.dataValidation.rule = { wholeNumber: { formula1: 0, formula2: 9, operator: 'Between' } };
      body.conditionalFormats.add('Custom').custom.rule.formula = '=A2>5';
      table.rows.add(undefined, [[2], [3]]);
      await context.sync();
    });
    const rules = await fake.run(async (context) => {
      const body = context.workbook.tables.getItem('tblGetal').getDataBodyRange();
      const validation = body.dataValidation.load('type,rule');
      const formats = body.conditionalFormats.load('items/type');
      const range = body.load('address');
      await context.sync();
      return { type: validation.type, rule: validation.rule, formats: formats.items.length, address: range.address };
    });
    expect(rules).toEqual({ type: 'WholeNumber', rule: { wholeNumber: { formula1: '=0', formula2: '=9', operator: 'Between' } }, formats: 1, address: 'Sheet1!A2:A4' });
  });
});

describe('fake Excel: links', () => {
  const link = (fake: FakeExcel, address: string, hyperlink: Excel.RangeHyperlink) =>
    fake.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange(address).hyperlink = hyperlink;
      await context.sync();
    });

  test('a link keeps the text the cell shows; a value written over it keeps the link', async () => {
    const fake = new FakeExcel();
    await write(fake, 'A1', "'=1+1");
    await link(fake, 'A1', { documentReference: "'Thema''s'!B2", textToDisplay: '=1+1' });
    expect(fake.cell('Sheet1', 'A1')).toMatchObject({ value: '=1+1', quotePrefix: true });
    expect(fake.hyperlink('Sheet1', 'A1')).toEqual({ documentReference: "'Thema''s'!B2", textToDisplay: '=1+1' });
    await write(fake, 'A1', "'ander");
    expect(fake.hyperlink('Sheet1', 'A1')?.documentReference).toBe("'Thema''s'!B2");
  });

  test('textToDisplay sets the text of a cell that shows something else', async () => {
    const fake = new FakeExcel();
    await link(fake, 'B1', { documentReference: 'Sheet1!A1', textToDisplay: 'naar A1' });
    expect(fake.cell('Sheet1', 'B1')).toMatchObject({ value: 'naar A1', quotePrefix: false });
  });

  test('a document reference must be a place in the workbook', async () => {
    const fake = new FakeExcel();
    await expect(link(fake, 'A1', { documentReference: '=Sheet1!A1' })).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test.each<[string, { value: unknown; link: boolean; format: string }]>([
    ['Contents', { value: null, link: false, format: 'dd/mm/yyyy' }],
    ['Hyperlinks', { value: 'x', link: false, format: 'dd/mm/yyyy' }],
    ['RemoveHyperlinks', { value: 'x', link: false, format: 'General' }],
    ['Formats', { value: 'x', link: true, format: 'General' }],
  ])("clear('%s')", async (applyTo, left) => {
    const fake = new FakeExcel();
    await write(fake, 'A1', "'x");
    await link(fake, 'A1', { documentReference: 'Sheet1!B1' });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      range.numberFormat = [['dd/mm/yyyy']];
      range.clear(applyTo as Excel.ClearApplyTo);
      await context.sync();
    });
    expect({ value: fake.cell('Sheet1', 'A1').value, link: fake.hyperlink('Sheet1', 'A1') !== null, format: fake.cell('Sheet1', 'A1').numberFormat }).toEqual(left);
  });
});

describe('fake Excel: deleting cells with shift up', () => {
  /** A table A1:B6 with five data rows, a rule and a format on column B, and cells below it. */
  async function tableWithCellsBelow(): Promise<FakeExcel> {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B6').values = [['ID', 'Getal'], ['a', 1], ['b', 2], ['c', 3], ['d', 4], ['e', 5]];
      sheet.getRange('A8:C8').values = [['onder', 'de', 'tabel']];
      const table = sheet.tables.add('A1:B6', true);
      table.name = 'tblGetal';
      const column = table.columns.getItem('Getal').getDataBodyRange();
      column.dataValidation.rule = { wholeNumber: { formula1: 0, formula2: 9, operator: 'Between' } };
      column.conditionalFormats.add('Custom').custom.rule.formula = '=B2>3';
      await context.sync();
    });
    return fake;
  }

  test('whole data rows of a table: the table shrinks, its rules with it, and cells below move up', async () => {
    const fake = await tableWithCellsBelow();
    const address = await fake.run(async (context) => {
      const table = context.workbook.tables.getItem('tblGetal');
      table.getDataBodyRange().getRow(2).getResizedRange(2, 0).delete('Up');
      const range = table.getRange().load('address');
      await context.sync();
      return range.address;
    });
    expect(address).toBe('Sheet1!A1:B3');
    expect(fake.cell('Sheet1', 'A5').value).toBe('onder');
    expect(fake.cell('Sheet1', 'C8').value).toBe('tabel'); // outside the deleted columns: stays
    expect(fake.cellRules('Sheet1', 'B3')).toEqual({ validation: true, conditionalFormats: 1 });
    expect(fake.cellRules('Sheet1', 'B4')).toEqual({ validation: false, conditionalFormats: 0 });
  });

  test('part of a table row, or a shift that would split another table, is refused', async () => {
    const fake = await tableWithCellsBelow();
    const del = (address: string) =>
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange(address).delete('Up');
        await context.sync();
      });
    await expect(del('B3:B4')).rejects.toMatchObject({ code: 'InvalidOperation' });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').tables.add('B10:C11', true);
      await context.sync();
    });
    await expect(del('A7:B7')).rejects.toMatchObject({ code: 'InvalidOperation' }); // would move column B of B10:C11 only
    await del('A7:C7'); // moves the whole table
    expect(fake.model.tables[1].ref).toEqual({ top: 9, left: 2, bottom: 10, right: 3 });
  });
});

describe('fake Excel: sheet protection', () => {
  const batch = (fake: FakeExcel, queue: (sheet: Excel.Worksheet) => void) =>
    fake.run(async (context) => {
      queue(context.workbook.worksheets.getItem('Sheet1'));
      await context.sync();
    });

  test('locked cells of a protected sheet refuse values; unlocked cells take them', async () => {
    const fake = new FakeExcel();
    await batch(fake, (sheet) => {
      sheet.getRange('B2:B3').format.protection.locked = false;
      sheet.protection.protect({ allowFormatColumns: true });
    });
    expect([fake.locked('Sheet1', 'B3'), fake.locked('Sheet1', 'A1')]).toEqual([false, true]);
    await write(fake, 'B3', 'ja');
    await expect(write(fake, 'A1', 'nee')).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(write(fake, 'A1', null)).rejects.toMatchObject({ code: 'AccessDenied' });
    expect([fake.cell('Sheet1', 'B3').value, fake.cell('Sheet1', 'A1').value]).toEqual(['ja', null]);
  });

  test('what the options allow goes, the rest is refused; locks cannot change while protected', async () => {
    const fake = new FakeExcel();
    await batch(fake, (sheet) => sheet.protection.protect({ allowFormatColumns: true }));
    await batch(fake, (sheet) => void (sheet.getRange('C:C').columnHidden = true));
    expect(fake.columnHidden('Sheet1', 'C')).toBe(true);
    await expect(batch(fake, (sheet) => void (sheet.getRange('A1').format.protection.locked = false))).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(batch(fake, (sheet) => void (sheet.getRange('A1:A3').dataValidation.rule = { custom: { formula: '=A1>0' } }))).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(batch(fake, (sheet) => void sheet.tables.add('A1:B2', true))).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.locked('Sheet1', 'A1')).toBe(true);
  });

  test('a protected sheet cannot be protected again; unprotect lifts it and does nothing on an unprotected sheet', async () => {
    const fake = new FakeExcel();
    await batch(fake, (sheet) => sheet.protection.unprotect());
    await batch(fake, (sheet) => sheet.protection.protect());
    await expect(batch(fake, (sheet) => sheet.protection.protect())).rejects.toMatchObject({ code: 'InvalidOperation' });
    const state = await fake.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/protection/protected');
      await context.sync();
      return sheets.items.map((s) => s.protection.protected);
    });
    expect(state).toEqual([true]);
    expect(fake.protection('Sheet1')).toMatchObject({ allowFormatColumns: false, selectionMode: 'Normal' });
    await batch(fake, (sheet) => {
      sheet.protection.unprotect();
      sheet.getRange('A1').values = [['weer vrij']];
    });
    expect(fake.protection('Sheet1')).toBeNull();
    await expect(batch(fake, (sheet) => sheet.protection.protect({ allowEverything: true } as Excel.WorksheetProtectionOptions))).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('fake Excel: the active sheet, selection and hidden columns', () => {
  test('a hidden sheet cannot be activated; a range can be selected only on the active sheet', async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.add('Verborgen').visibility = 'Hidden';
      context.workbook.worksheets.add('Open');
      await context.sync();
    });
    const run = (queue: (context: Excel.RequestContext) => void) =>
      fake.run(async (context) => {
        queue(context);
        await context.sync();
      });
    await expect(run((c) => c.workbook.worksheets.getItem('Verborgen').activate())).rejects.toMatchObject({ code: 'InvalidOperation' });
    await expect(run((c) => c.workbook.worksheets.getItem('Open').getRange('B2').select())).rejects.toMatchObject({ code: 'InvalidOperation' });
    await run((c) => {
      c.workbook.worksheets.getItem('Open').activate();
      c.workbook.worksheets.getItem('Open').getRange('B2:C3').select();
    });
    expect(fake.selection()).toEqual({ sheet: 'Open', address: 'B2:C3' });
    await run((c) => void (c.workbook.worksheets.getItem('Open').visibility = 'Hidden'));
    expect(fake.selection()).toEqual({ sheet: 'Sheet1', address: 'A1' });
  });

  test('columnHidden reads true, false, or null for a range with both', async () => {
    const fake = new FakeExcel();
    const hidden = await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('B:C').columnHidden = true;
      const ranges = ['B2', 'A1', 'A1:B1'].map((address) => sheet.getRange(address).load('columnHidden'));
      await context.sync();
      return ranges.map((range) => range.columnHidden);
    });
    expect(hidden).toEqual([true, false, null]);
  });

  test('a custom validation formula starts with =', async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:A3').dataValidation.rule = { custom: { formula: 'A1>0' } };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('fake Excel: charts', () => {
  const batch = (fake: FakeExcel, queue: (sheet: Excel.Worksheet) => void) =>
    fake.run(async (context) => {
      queue(context.workbook.worksheets.getItem('Sheet1'));
      await context.sync();
    });
  const addLine = (sheet: Excel.Worksheet, name: string) => {
    const chart = sheet.charts.add('Line', sheet.getRange('B1:C4'), 'Columns');
    chart.name = name;
    return chart;
  };

  test('a chart keeps its type, source, categories, title and the cells it covers', async () => {
    const fake = new FakeExcel();
    await batch(fake, (sheet) => {
      const chart = addLine(sheet, 'grafiek');
      chart.axes.categoryAxis.setCategoryNames(sheet.getRange('A2:A4'));
      chart.title.text = 'Titel';
      chart.setPosition('E2', sheet.getRange('H10:J12'));
    });
    expect(fake.charts('Sheet1')).toEqual([
      { name: 'grafiek', type: 'Line', title: 'Titel', source: 'Sheet1!B1:C4', seriesBy: 'Columns', categories: 'Sheet1!A2:A4', displayBlanksAs: 'NotPlotted', from: 'E2', to: 'J12' },
    ]);
  });

  test('names may repeat: lookups give the first, a missing one a null object, and delete removes only that chart', async () => {
    const fake = new FakeExcel();
    await batch(fake, (sheet) => {
      addLine(sheet, 'dubbel').title.text = 'eerste';
      addLine(sheet, 'dubbel').title.text = 'tweede';
    });
    const found = await fake.run(async (context) => {
      const charts = context.workbook.worksheets.getItem('Sheet1').charts;
      const first = charts.getItemOrNullObject('dubbel').load('name');
      const missing = charts.getItemOrNullObject('Dubbel').load('name');
      const all = charts.load('items/name');
      await context.sync();
      return { first: first.isNullObject, missing: missing.isNullObject, count: all.items.length };
    });
    expect(found).toEqual({ first: false, missing: true, count: 2 });
    await batch(fake, (sheet) => sheet.charts.getItem('dubbel').delete());
    expect(fake.charts('Sheet1').map((c) => c.title)).toEqual(['tweede']);
    await expect(batch(fake, (sheet) => sheet.charts.getItem('weg').delete())).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  test.each<[string, (sheet: Excel.Worksheet) => void]>([
    ['an unknown chart type', (sheet) => void sheet.charts.add('Lijn' as Excel.ChartType, sheet.getRange('A1:B3'))],
    ['the Invalid chart type', (sheet) => void sheet.charts.add('Invalid', sheet.getRange('A1:B3'))],
    ['a source that is no range', (sheet) => void sheet.charts.add('Line', 'A1:B3' as unknown as Excel.Range)],
    ['a bad source address', (sheet) => void sheet.charts.add('Line', sheet.getRange('A0:B3'))],
    ['an end cell above the start', (sheet) => addLine(sheet, 'x').setPosition('E10', 'H2')],
    ['an empty name', (sheet) => addLine(sheet, '')],
    ['a blanks setting Excel does not have', (sheet) => void (addLine(sheet, 'x').displayBlanksAs = 'Gap' as Excel.ChartDisplayBlanksAs)],
  ])('%s is refused as an invalid argument', async (_, queue) => {
    const fake = new FakeExcel();
    await expect(batch(fake, queue)).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('a protected sheet refuses new and changed charts unless its protection allows objects', async () => {
    const fake = new FakeExcel();
    await batch(fake, (sheet) => addLine(sheet, 'bestaand'));
    await batch(fake, (sheet) => sheet.protection.protect());
    await expect(batch(fake, (sheet) => addLine(sheet, 'nieuw'))).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(batch(fake, (sheet) => void (sheet.charts.getItem('bestaand').title.text = 'x'))).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(batch(fake, (sheet) => sheet.charts.getItem('bestaand').delete())).rejects.toMatchObject({ code: 'AccessDenied' });
    await batch(fake, (sheet) => {
      sheet.protection.unprotect();
      sheet.protection.protect({ allowEditObjects: true });
      addLine(sheet, 'nieuw');
    });
    expect(fake.charts('Sheet1').map((c) => c.name)).toEqual(['bestaand', 'nieuw']);
  });
});
