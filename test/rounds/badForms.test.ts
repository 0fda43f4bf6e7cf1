// Returned forms that must not be trusted, each reported per form and cell: the valid rest of a
// form is merged, and nothing of a rejected form is written.
import { writeDemo } from '../../src/registry/demo';
import { mergeForms, startRound, type MergeResult } from '../../src/rounds';
import type { CellInput, Edit } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { OWN_SURVEY } from '../helpers/ownSurvey';

const now = new Date('2027-01-10T10:00:00');

async function demo(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  await wb.apply([OWN_SURVEY]);
  return wb;
}

/** A started round with Milieu's form as a file (IND-001 S-PARKSTRAAT, IND-001 P-CITADELPARK, IND-002 44021; 2026-S2). */
async function round(owners = ['Milieu']) {
  const registry = await demo();
  const started = await startRound(registry, { period: '2026-S2', owners, target: 'files', now });
  const form = async (i = 0) => {
    const wb = XlsxWorkbook.create();
    await wb.apply(started.forms[i].file!.edits);
    return wb;
  };
  return { registry, started, form };
}

const values = (v: CellInput[]): Edit => ({ kind: 'updateCells', table: 'tblUpdate', cells: v.map((value, row) => ({ row, column: 'Nieuwe waarde', value })) });

async function merged(registry: XlsxWorkbook, form: XlsxWorkbook, name = 'form.xlsx'): Promise<{ result: MergeResult; before: number; after: number }> {
  const count = async () => (await registry.readTables(['tblMetingen']))[0].rows.length;
  const before = await count();
  const result = await mergeForms(registry, [{ name, wb: form }], { now });
  return { result, before, after: await count() };
}

test('a form of another registry is rejected whole', async () => {
  const { registry } = await round();
  const other = await round();
  const form = await other.form();
  await form.apply([values([47, 12])]);
  const { result, before, after } = await merged(registry, form);
  expect(result.rejected).toEqual([expect.objectContaining({ whole: true, cell: 'P2', message: expect.stringContaining('ander register of een kopie') })]);
  expect(after).toBe(before);
  expect(result.accepted).toBe(0);
});

test('a form of another round is rejected whole and says which round runs', async () => {
  const { registry, form } = await round();
  const f = await form();
  await f.apply([values([47, 12]), { kind: 'writeRange', sheet: 'Update', at: 'B2', values: [['2026-S1']] }]);
  const { result, before, after } = await merged(registry, f);
  expect(result.rejected).toEqual([expect.objectContaining({ whole: true, cell: 'B2', message: expect.stringContaining('hoort bij ronde 2026-S1; de lopende ronde is 2026-S2') })]);
  expect(after).toBe(before);
});

test('a late form of the previous round, after the next one started, points to --periode of its own round', async () => {
  const registry = await demo();
  const first = await startRound(registry, { period: '2026-S1', owners: ['Milieu'], target: 'files', now });
  await startRound(registry, { period: '2026-S2', owners: ['Milieu'], target: 'files', now });
  const late = XlsxWorkbook.create();
  await late.apply(first.forms[0].file!.edits);
  await late.apply([values([47])]);
  const { result, before, after } = await merged(registry, late);
  expect(result.rejected).toEqual([
    expect.objectContaining({
      whole: true,
      cell: 'B2',
      message: 'het formulier hoort bij ronde 2026-S1, niet bij de lopende ronde 2026-S2. Voeg het samen in zijn eigen ronde: beleidsregister ronde samenvoegen <register> <formulier> --periode 2026-S1. Er is niets uit dit formulier overgenomen.',
    }),
  ]);
  expect(after).toBe(before);
  // Merged into its own round, it is taken.
  expect((await mergeForms(registry, [{ name: 'form.xlsx', wb: late }], { now, period: '2026-S1' })).accepted).toBe(1);
});

test('a form of an owner that got none in this round is rejected whole', async () => {
  const { registry, form } = await round();
  const f = await form();
  await f.apply([values([47, 12]), { kind: 'writeRange', sheet: 'Update', at: 'B3', values: [['Wonen']] }]);
  const { result, after, before } = await merged(registry, f);
  expect(result.rejected).toEqual([expect.objectContaining({ whole: true, cell: 'B3', message: expect.stringContaining('dienst Wonen kreeg in ronde 2026-S2 geen formulier') })]);
  expect(after).toBe(before);
});

test('a form whose Nieuwe waarde header was edited is rejected whole', async () => {
  const { registry, form } = await round();
  const f = await form();
  await f.apply([values([47, 12])]);
  // Renaming a header: rebuild the table as a user who typed over the caption would leave it.
  const [t] = await f.readTables(['tblUpdate']);
  const edited = XlsxWorkbook.create();
  await edited.apply([
    { kind: 'addSheet', sheet: 'Update' },
    { kind: 'writeRange', sheet: 'Update', at: 'A1', values: await f.readRange('Update', `A1:B${t.firstRow - 2}`) },
    { kind: 'writeRange', sheet: 'Update', at: 'P1', values: await f.readRange('Update', 'P1:P2') }, // the round's ID, in a hidden column
    { kind: 'addTable', sheet: 'Update', table: 'tblUpdate', at: `A${t.firstRow - 1}`, columns: t.columns.map((c) => (c === 'Nieuwe waarde' ? 'Waarde 2026' : c)), rows: t.rows },
  ]);
  const { result, after, before } = await merged(registry, edited);
  expect(result.rejected).toEqual([expect.objectContaining({ whole: true, cell: `A${t.firstRow - 1}`, message: expect.stringContaining('Nieuwe waarde ontbreekt of werd gewijzigd') })]);
  expect(after).toBe(before);
});

test('a deleted row is reported; the rest of the form is merged', async () => {
  const { registry, form } = await round();
  const f = await form();
  const [t] = await f.readTables(['tblUpdate']);
  // Only the IND-002 row is left.
  await f.apply([{ kind: 'replaceRows', table: 'tblUpdate', rows: t.rows.filter((r) => r[0] === 'IND-002') }, values([12.1])]);
  const { result, after, before } = await merged(registry, f);
  expect(result.rejected).toEqual([
    expect.objectContaining({ whole: false, message: expect.stringContaining('de rij voor IND-001 | S-PARKSTRAAT | 2026-S2 ontbreekt in het formulier') }),
    expect.objectContaining({ whole: false, message: expect.stringContaining('de rij voor IND-001 | P-CITADELPARK | 2026-S2 ontbreekt in het formulier') }),
  ]);
  expect(result.accepted).toBe(1);
  expect(after).toBe(before + 1);
});

test('a value in another unit, text in a number cell and a changed unit are reported per cell; the valid rest is merged', async () => {
  const { registry, form } = await round();
  const cases: [CellInput, string][] = [
    ['47 dB', 'is in dB, maar de indicator wordt gemeten in dB(A)'],
    ['hoog', 'hoog is geen getal'],
  ];
  for (const [value, message] of cases) {
    const f = await form();
    await f.apply([values([value, 12.1])]);
    const { result } = await merged(registry, f);
    expect(result.rejected).toEqual([expect.objectContaining({ whole: false, cell: 'K9', message: expect.stringContaining(message) })]);
  }
  // The unit typed with the value is fine when it is the row's own.
  const f = await form();
  await f.apply([values(['47,5 dB(A)', null])]);
  expect((await merged(registry, f)).result).toMatchObject({ accepted: 1, rejected: [] });
  // Changing the row's unit is not a way to report in another unit.
  const g = await form();
  await g.apply([values([null, 0.121]), { kind: 'updateCells', table: 'tblUpdate', cells: [{ row: 1, column: 'Eenheid', value: 'fractie' }] }]);
  expect((await merged(registry, g)).result.rejected).toEqual([expect.objectContaining({ cell: 'K10', message: expect.stringContaining('de eenheid van de rij werd veranderd in fractie') })]);
});

test('a workbook without a form is reported, not merged', async () => {
  const { registry } = await round();
  const { result } = await merged(registry, await demo(), 'register.xlsx');
  expect(result.rejected).toEqual([expect.objectContaining({ whole: true, message: expect.stringContaining('bevat geen updateformulier') })]);
});

test('merging before any round started says to start one', async () => {
  const registry = await demo();
  await expect(mergeForms(registry, [], { now })).rejects.toThrow('er is nog geen ronde gestart');
});
