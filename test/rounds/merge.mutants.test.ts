// How a merge reads a typed value (src/rounds/merge.ts, readValue): a number with or without the
// row's unit, written as people write it, and what is reported for another unit, text or a changed
// unit. One started round, copied for each case.
import { writeDemo } from '../../src/registry/demo';
import { mergeForms, startRound } from '../../src/rounds';
import type { CellInput, CellValue, Edit } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { OWN_SURVEY } from '../helpers/ownSurvey';

const now = new Date('2027-01-10T10:00:00');
let registryBytes: Uint8Array;
let formEdits: Edit[];
/** Wonen's form: its rows ask the energy label of IND-004 (scale A++ … F). */
let labelEdits: Edit[];

beforeAll(async () => {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  await wb.apply([OWN_SURVEY]);
  const started = await startRound(wb, { period: '2026-S2', owners: ['Milieu', 'Wonen'], target: 'files', now });
  formEdits = started.forms.find((f) => f.owner === 'Milieu')!.file!.edits;
  labelEdits = started.forms.find((f) => f.owner === 'Wonen')!.file!.edits;
  registryBytes = await wb.save();
});

/** Milieu's form with `value` in its first row (IND-001 S-PARKSTRAAT, in dB(A)) and `unit` as the row's unit, merged. */
async function mergeValue(value: CellInput, unit?: CellInput, edits = formEdits) {
  const registry = await XlsxWorkbook.load(registryBytes);
  const form = XlsxWorkbook.create();
  await form.apply(edits);
  const cells: { row: number; column: string; value: CellInput }[] = [{ row: 0, column: 'Nieuwe waarde', value }];
  if (unit !== undefined) cells.push({ row: 0, column: 'Eenheid', value: unit });
  await form.apply([{ kind: 'updateCells', table: 'tblUpdate', cells }]);
  const result = await mergeForms(registry, [{ name: 'milieu.xlsx', wb: form }], { now });
  const [metingen] = await registry.readTables(['tblMetingen']);
  const col = (name: string) => metingen.columns.indexOf(name);
  const written = metingen.rows.filter((r) => r[col('Bron')] === `update ${edits === formEdits ? 'Milieu' : 'Wonen'} 2026-S2`).map((r): CellValue => r[col('Waarde')]);
  return { result, written, rejected: result.rejected.map((r) => [r.rule, r.cell, r.message]) };
}

test.each([
  ['a plain number', 47, 47],
  ['a number with the unit', '47 dB(A)', 47],
  ['the unit without a space, in other capitals, with spaces around', ' 47,5db(a) ', 47.5],
  ['the unit with a space inside', '47 dB (A)', 47],
  ['a sign and thousands', '-1.234,5 dB(A)', -1234.5],
  ['a plus sign', '+3 dB(A)', 3],
] as [string, CellInput, number][])('%s is taken: %p', async (_, typed, value) => {
  const { written, rejected, result } = await mergeValue(typed);
  expect(rejected).toEqual([]);
  expect(result.accepted).toBe(1);
  expect(written).toEqual([value]);
});

test.each([
  ['another unit', '47 dB', 'ronde.andere-eenheid', 'K9 (IND-001 | S-PARKSTRAAT | 2026-S2): 47 dB is in dB, maar de indicator wordt gemeten in dB(A)'],
  ['another unit in words', '47,5 decibel', 'ronde.andere-eenheid', '47,5 decibel is in decibel, maar'],
  ['a unit alone', 'dB(A)', 'ronde.geen-getal', 'K9 (IND-001 | S-PARKSTRAAT | 2026-S2): dB(A) is geen getal'],
  ['a unit before the number', 'dB(A) 47', 'ronde.geen-getal', 'dB(A) 47 is geen getal'],
  ['a number with more than a unit after it', '47 dB(A) gemeten aan de gevel van nummer 12', 'ronde.geen-getal', 'is geen getal'],
] as [string, CellInput, string, string][])('%s is reported, not taken: %p', async (_, typed, rule, message) => {
  const { written, rejected } = await mergeValue(typed);
  expect(rejected).toEqual([[rule, 'K9', expect.stringContaining(message)]]);
  expect(written).toEqual([]);
});

test('the row’s unit changed: reported; changed only in spacing or capitals, or emptied: the number is taken', async () => {
  expect((await mergeValue(47, 'Pa')).rejected).toEqual([['ronde.eenheid-veranderd', 'K9', expect.stringContaining('de eenheid van de rij werd veranderd in Pa, maar de indicator wordt gemeten in dB(A)')]]);
  for (const unit of ['db (a)', null]) {
    const { rejected, written } = await mergeValue(47, unit);
    expect({ unit, rejected, written }).toEqual({ unit, rejected: [], written: [47] });
  }
});

test('a label is taken as the scale writes it, in any case; a label off the scale is reported with the scale', async () => {
  const taken = await mergeValue(' a+ ', undefined, labelEdits);
  expect({ rejected: taken.rejected, written: taken.written }).toEqual({ rejected: [], written: ['A+'] });
  const off = await mergeValue('G', undefined, labelEdits);
  expect(off.rejected).toEqual([['ronde.schaal', expect.any(String), expect.stringContaining('G staat niet op de schaal van de indicator (A++, A+, A, B, C, D, E, F)')]]);
  expect(off.written).toEqual([]);
});

// A space groups thousands only before three digits: "47 48" and "4 7" are not 4748 and 47.
test('two numbers typed with a space between are reported, not read as one', async () => {
  const { written, rejected } = await mergeValue('47 48');
  expect({ written, rejected }).toEqual({ written: [], rejected: [['ronde.geen-getal', 'K9', expect.stringContaining('47 48 is geen getal')]] });
});
