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
