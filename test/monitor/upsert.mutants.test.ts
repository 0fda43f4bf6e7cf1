// The import's side of the one upsert (src/monitor/upsert.ts) on a registry read once: outcomes,
// duplicates within a file, conflict messages and Logboek lines. Fast enough to run for every mutant.
import { MeasurementUpsert, dutchNumber, type IncomingValue } from '../../src/monitor/upsert';
import type { Row } from '../../src/registry/defaults';
import { rowCells } from '../../src/registry/layout';
import { openRegistry, type TableView } from '../../src/registry/read';
import { tableSpec } from '../../src/registry/schema';
import { newRegistry } from './helpers';

const RETRIEVED = new Date(Date.UTC(2026, 2, 14));

/** Metingen of a new Gent registry holding `rows` (by column key). */
async function metingen(rows: Row[]): Promise<TableView> {
  const wb = await newRegistry('44021');
  const spec = tableSpec('measurements');
  if (rows.length) await wb.apply([{ kind: 'appendRows', table: spec.table, rows: rows.map((r) => rowCells(spec, spec.columns.map((c) => c.caption), r)) }]);
  return (await openRegistry(wb, { tables: ['measurements'] })).tables.get('measurements')!;
}

const incoming = (v: Partial<IncomingValue>): IncomingValue => ({
  indicator: 'IND-001', area: '44021', period: '2023', dimension: '', value: 1, unit: 'euro', source: 'Gemeente-Stadsmonitor', file: 'WO_07.csv', line: 2, ...v,
});
const stored = (v: Row): Row => ({ indicator: 'IND-001', area: '44021', period: '2023', unit: 'euro', ...v });

test('a number reads with a decimal comma; text stays as it is', () => {
  expect([dutchNumber(1234.5), dutchNumber(-0.25), dutchNumber(7), dutchNumber('12.5'), dutchNumber(null), dutchNumber(Number.NaN)]).toEqual(['1234,5', '-0,25', '7', '12.5', '', '']);
});

test('a key met twice in a file is a duplicate of the first line, or of the first line on its sheet', async () => {
  const upsert = new MeasurementUpsert(await metingen([]), RETRIEVED);
  expect(upsert.put(incoming({ line: 2 }))).toEqual({ kind: 'added' });
  // 02000 and 2000 are one area; the same Dimensie in other capitals is one.
  expect(upsert.put(incoming({ line: 5, area: '044021' }))).toEqual({ kind: 'duplicate', line: 2 });
  expect(upsert.put(incoming({ line: 3, sheet: 'Blad1', dimension: 'Alle huizen' }))).toEqual({ kind: 'added' });
  expect(upsert.put(incoming({ line: 9, sheet: 'Blad2', dimension: 'alle  HUIZEN' }))).toEqual({ kind: 'duplicate', line: 3, sheet: 'Blad1' });
  // Another Dimensie is another measurement.
  expect(upsert.put(incoming({ line: 4, dimension: 'Open bebouwing' }))).toEqual({ kind: 'added' });
});

test('has() knows the measurements of the registry, not those only added', async () => {
  const upsert = new MeasurementUpsert(await metingen([stored({ value: 5, sourceValue: 5 })]), RETRIEVED);
  expect(upsert.has({ indicator: 'ind-001', area: '044021', period: '2023', dimension: '' })).toBe(true);
  expect(upsert.has({ indicator: 'IND-001', area: '44021', period: '2022', dimension: '' })).toBe(false);
  upsert.put(incoming({ period: '2022' }));
  expect(upsert.has({ indicator: 'IND-001', area: '44021', period: '2022', dimension: '' })).toBe(false);
});

test('new values: one Logboek line per indicator, with its periods and areas', async () => {
  const upsert = new MeasurementUpsert(await metingen([]), RETRIEVED);
  for (const [period, area] of [['2021', '44021'], ['2019', '2000'], ['2023', '44021'], ['2020', '44021']]) upsert.put(incoming({ period, area }));
  upsert.put(incoming({ indicator: 'IND-002', period: '2022' }));
  expect(upsert.logEntries('WO_07.csv')).toEqual([
    { operation: 'import', source: 'WO_07.csv', indicator: 'IND-001', area: '2 gebieden', period: '2019 tot 2023', dimension: '', old: null, new: '4 nieuwe metingen' },
    { operation: 'import', source: 'WO_07.csv', indicator: 'IND-002', area: '44021', period: '2022', dimension: '', old: null, new: '1 nieuwe meting' },
  ]);
  const [append] = upsert.edits();
  expect(append).toMatchObject({ kind: 'appendRows', table: 'tblMetingen' });
  expect(append.kind === 'appendRows' && append.rows).toHaveLength(5);
});

test('the first and last period of a series come from all its values, whatever their order', async () => {
  const upsert = new MeasurementUpsert(await metingen([]), RETRIEVED);
  for (const period of ['2021', '2023', '2019', '2022']) upsert.put(incoming({ period }));
  expect(upsert.logEntries('x')[0]).toMatchObject({ area: '44021', period: '2019 tot 2023' });
});

test('a value an import wrote is replaced and logged with its old value; the same value is unchanged', async () => {
  const table = await metingen([stored({ value: 300000, sourceValue: 300000 }), stored({ period: '2022', value: 7, sourceValue: 7 })]);
  const upsert = new MeasurementUpsert(table, RETRIEVED);
  expect(upsert.put(incoming({ value: 315000, dimension: '' }))).toEqual({ kind: 'updated' });
  expect(upsert.put(incoming({ period: '2022', value: 7 }))).toEqual({ kind: 'unchanged' });
  expect(upsert.logEntries('b.csv')).toEqual([{ operation: 'import', source: 'b.csv', indicator: 'IND-001', area: '44021', period: '2023', dimension: '', old: 300000, new: 315000 }]);
  const edits = upsert.edits();
  expect(edits).toHaveLength(1);
  expect(edits[0]).toMatchObject({ kind: 'updateCells', table: 'tblMetingen' });
});

test('a value typed by hand is a conflict, with the cell and both values in the message', async () => {
  const upsert = new MeasurementUpsert(await metingen([stored({ dimension: 'Alle huizen', value: 299999.5 })]), RETRIEVED);
  const outcome = upsert.put(incoming({ dimension: 'Alle huizen', value: 300000.25, line: 7 }));
  expect(outcome).toEqual({
    kind: 'conflict',
    conflict: expect.objectContaining({ indicator: 'IND-001', area: '44021', period: '2023', dimension: 'Alle huizen', cell: 'Metingen!E2', workbookValue: 299999.5, fileValue: 300000.25, line: 7, rule: 'import.conflict' }),
  });
  if (outcome.kind !== 'conflict') throw new Error('no conflict');
  expect(outcome.conflict).not.toHaveProperty('sheet');
  expect(outcome.conflict.message).toMatch(/^Metingen!E2 \(IND-001, 44021, 2023, Alle huizen\): in het register staat 299999,5, met de hand ingevuld; het bestand geeft 300000,25\. /);
  expect(upsert.edits()).toEqual([]);
  expect(upsert.logEntries('x')).toEqual([]);
});

test('a value the user deleted is a conflict naming what the import read, on the sheet of the file', async () => {
  const upsert = new MeasurementUpsert(await metingen([stored({ value: null, sourceValue: 310000 })]), RETRIEVED);
  const outcome = upsert.put(incoming({ value: 315000, line: 4, sheet: 'Data' }));
  if (outcome.kind !== 'conflict') throw new Error(`expected a conflict, got ${outcome.kind}`);
  expect(outcome.conflict).toMatchObject({ workbookValue: null, fileValue: 315000, line: 4, sheet: 'Data' });
  // Without a Dimensie the key has three parts.
  expect(outcome.conflict.message).toMatch(/^Metingen!E2 \(IND-001, 44021, 2023\): in het register staat niets, met de hand aangepast \(de vorige import las 310000\); het bestand geeft 315000\./);
  // The same download again leaves it deleted.
  expect(new MeasurementUpsert(await metingen([stored({ value: null, sourceValue: 310000 })]), RETRIEVED).put(incoming({ value: 310000 }))).toEqual({ kind: 'unchanged' });
});

test('a value changed by hand to text shows as typed', async () => {
  const upsert = new MeasurementUpsert(await metingen([stored({ value: 'n.b.', sourceValue: 12.5 })]), RETRIEVED);
  const outcome = upsert.put(incoming({ value: 13 }));
  if (outcome.kind !== 'conflict') throw new Error(`expected a conflict, got ${outcome.kind}`);
  expect(outcome.conflict.message).toContain('in het register staat n.b., met de hand aangepast (de vorige import las 12,5); het bestand geeft 13.');
});

test('a new value is written with its unit, source, file and retrieval date; a hand value it confirms gets Bronwaarde and the file', async () => {
  const wb = await newRegistry('44021');
  const spec = tableSpec('measurements');
  const captions = spec.columns.map((c) => c.caption);
  await wb.apply([{ kind: 'appendRows', table: spec.table, rows: [rowCells(spec, captions, stored({ period: '2022', value: 12, source: 'eigen telling' }))] }]);
  const upsert = new MeasurementUpsert((await openRegistry(wb, { tables: ['measurements'] })).tables.get('measurements')!, RETRIEVED);
  expect(upsert.put(incoming({ period: '2022', value: 12, file: 'WO_07 (2).csv' }))).toEqual({ kind: 'unchanged' });
  expect(upsert.put(incoming({ value: 14, unit: '%', source: 'Statbel', file: 'WO_07 (2).csv' }))).toEqual({ kind: 'added' });
  await wb.apply(upsert.edits());
  const [t] = await wb.readTables([spec.table]);
  const rows = t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])));
  expect(rows.map((r) => [r.Periode, r.Waarde, r.Bronwaarde, r.Eenheid, r.Bron, r.Bestand, typeof r['Opgehaald op']])).toEqual([
    ['2022', 12, 12, 'euro', 'eigen telling', 'WO_07 (2).csv', 'object'],
    ['2023', 14, 14, '%', 'Statbel', 'WO_07 (2).csv', 'number'],
  ]);
});
