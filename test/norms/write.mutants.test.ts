// The edit list of Toets aan normen (src/norms/write.ts) on a new Gent registry with three values and
// an intended effect: the test columns of every row that changes (the whole set, with the row's key
// for Excel to check), nothing for rows already right, a row the evaluation did not reach cleared,
// the notes on flagged values beside the user's own, the live colours on Waarde and Status, the
// measured effects, and a registry without some of those columns. Fast enough for every mutant.
import { evaluateRegistry } from '../../src/norms/evaluate';
import { flagEdits } from '../../src/norms/write';
import type { Row } from '../../src/registry/defaults';
import { openRegistry, type RegistryData, type RowView } from '../../src/registry/read';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { NOW } from './helpers';
import type { Edit } from '../../src/workbook/port';
import { day, registry } from './small';

const planted = {
  indicators: [{ id: 'IND-001', name: 'Geluidsdruk gevel', unit: 'dB(A)', direction: 'lager is beter', frequency: 'jaarlijks' }] as Row[],
  norms: [{ id: 'NRM-001', indicator: 'IND-001', kind: 'norm', operator: 'max', value: 48, area: '44021', validFrom: day('2024-01-01') }] as Row[],
  measurements: [
    { indicator: 'IND-001', area: '44021', period: '2024', value: 50 },
    { indicator: 'IND-001', area: '44021', period: '2025', value: 47 },
    { indicator: 'IND-001', area: '44021', period: '2023', value: 52 },
  ] as Row[],
  measures: [{ id: 'MAA-001', name: 'Stil asfalt', area: '44021', start: day('2025-01-01') }] as Row[],
  intendedEffects: [{ id: 'EFF-001', measure: 'MAA-001', norm: 'NRM-001', effect: -3 }] as Row[],
};

async function edits(wb: XlsxWorkbook, notes: (data: RegistryData) => Map<RowView, string | null> = () => new Map()) {
  const data = await openRegistry(wb);
  return { data, edits: flagEdits(data, evaluateRegistry(data, { now: NOW }), notes(data)) };
}


const EXPLAINED = [
  '50 dB(A) ligt boven de norm max. 48 dB(A) (NRM-001, geldig vanaf 2024).',
  '47 dB(A) voldoet aan de norm max. 48 dB(A) (NRM-001, geldig vanaf 2024).',
  'Geen norm of streefwaarde van toepassing op IND-001 in Gent voor 2023. NRM-001 is geldig vanaf 2024.',
];
const tested = (row: number, status: string, explanation: string) => [
  { row, column: 'Status', value: status }, { row, column: 'Toelichting toets', value: explanation }, { row, column: 'Norm (ID)', value: 'NRM-001' },
  { row, column: 'Operator', value: 'max' }, { row, column: 'Normwaarde', value: 48 }, { row, column: 'Bovengrens', value: null },
  { row, column: 'Referentiewaarde', value: null }, { row, column: 'Schaal', value: null },
];
const untested = (row: number, status: string | null, explanation: string | null) => [
  { row, column: 'Status', value: status }, { row, column: 'Toelichting toets', value: explanation },
  ...['Norm (ID)', 'Operator', 'Normwaarde', 'Bovengrens', 'Referentiewaarde', 'Schaal'].map((column) => ({ row, column, value: null })),
];
const key = (row: number, period: string) => [
  { row, column: 'Indicator', value: 'IND-001' }, { row, column: 'Gebied', value: '44021' }, { row, column: 'Periode', value: period }, { row, column: 'Dimensie', value: null },
];
const MEASURED = 'beoogd -3 dB(A); verandering in het gebied sinds de start -3 dB(A) (Gent: 50 dB(A) in 2024, 47 dB(A) in 2025)';
const kinds = (list: { kind: string }[]) => list.map((e) => e.kind);
const updates = (list: ({ kind: string } & Record<string, unknown>)[]) => list.filter((e) => e.kind === 'updateCells');

/** A registry flagged once, as the user finds it the next time. */
async function flagged(): Promise<XlsxWorkbook> {
  const wb = await registry(planted);
  await wb.apply((await edits(wb)).edits);
  return XlsxWorkbook.load(await wb.save());
}

test('the first run: every row’s test, its key, the live colours, the effect, the Overzicht', async () => {
  const { edits: list } = await edits(await registry(planted));
  expect(kinds(list)).toEqual([
    'updateCells', 'addSheet', 'addTable', 'setName', 'setName', 'setName', 'setName', 'setName', 'setConditionalFormats', 'setConditionalFormats',
    'updateCells', 'addSheet', 'addTable', 'setSheetLayout', 'setPrintLayout', 'setConditionalFormats', 'setConditionalFormats',
  ]);
  expect(list[0]).toEqual({
    kind: 'updateCells', table: 'tblMetingen',
    cells: [...tested(0, 'Afwijking', EXPLAINED[0]), ...tested(1, 'OK', EXPLAINED[1]), ...untested(2, 'Geen norm', EXPLAINED[2])],
    expect: [...key(0, '2024'), ...key(1, '2025'), ...key(2, '2023')],
  });
  expect(list.slice(8, 10).map((e) => [e.kind, 'table' in e && e.table, 'column' in e && e.column])).toEqual([['setConditionalFormats', 'tblMetingen', 'Waarde'], ['setConditionalFormats', 'tblMetingen', 'Status']]);
  // Waarde's colours look up every norm of its row in the Toetsen table: max, min, gelijk and label.
  const waarde = list[8] as Extract<Edit, { kind: 'setConditionalFormats' }>;
  expect(waarde.formats.filter((f) => f.formula.includes('COUNTIFS(lst_ToetsSleutel') || f.formula.includes('(lst_ToetsSleutel=')).length).toBe(4);
  expect(list[10]).toEqual({
    kind: 'updateCells', table: 'tblBeoogdeEffecten',
    cells: [{ row: 0, column: 'Verandering in het gebied sinds de start', value: -3 }, { row: 0, column: 'Beoogd effect en verandering', value: MEASURED }],
    expect: [{ row: 0, column: 'ID', value: 'EFF-001' }],
  });
  expect(list[14]).toMatchObject({ kind: 'setPrintLayout', header: 'Gent – Overzicht' });
});

test('the next run writes no cell that is already right (spaces around a text do not count)', async () => {
  const wb = await flagged();
  expect(kinds((await edits(wb)).edits)).toEqual(['replaceRows', 'setConditionalFormats', 'setConditionalFormats', 'replaceRows', 'setPrintLayout', 'setConditionalFormats', 'setConditionalFormats']);
  await wb.apply([{ kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 1, column: 'Status', value: ' OK ' }] }]);
  expect(updates((await edits(wb)).edits)).toEqual([]);
});

test('a row with one cell changed gets its whole set again; an effect likewise', async () => {
  const wb = await flagged();
  await wb.apply([
    { kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 0, column: 'Schaal', value: 'A;B' }] },
    { kind: 'updateCells', table: 'tblBeoogdeEffecten', cells: [{ row: 0, column: 'Beoogd effect en verandering', value: 'oud' }] },
  ]);
  expect(updates((await edits(wb)).edits)).toEqual([
    { kind: 'updateCells', table: 'tblMetingen', cells: tested(0, 'Afwijking', EXPLAINED[0]), expect: key(0, '2024') },
    {
      kind: 'updateCells', table: 'tblBeoogdeEffecten',
      cells: [{ row: 0, column: 'Verandering in het gebied sinds de start', value: -3 }, { row: 0, column: 'Beoogd effect en verandering', value: MEASURED }],
      expect: [{ row: 0, column: 'ID', value: 'EFF-001' }],
    },
  ]);
});

test('a row the evaluation did not reach keeps no flag of an earlier run', async () => {
  const data = await openRegistry(await flagged());
  const evaluation = evaluateRegistry(data, { now: NOW });
  const unreached = data.tables.get('measurements')!.rows[1];
  const list = flagEdits(data, { ...evaluation, rows: evaluation.rows.filter((r) => r.row !== unreached) }, new Map([[unreached, 'Mijn notitie\n\nToets aan normen – Afwijking\noud']]));
  expect(updates(list)).toEqual([{ kind: 'updateCells', table: 'tblMetingen', cells: untested(1, null, null), expect: key(1, '2025') }]);
  // Its note loses the flag's block, not the user's words.
  expect(list.filter((e) => e.kind === 'setNote')).toEqual([{ kind: 'setNote', sheet: 'Metingen', cell: 'E3', text: 'Mijn notitie' }]);
});

test('notes: the flag’s block on a noted value, the user’s own part kept, no edit where the note is right', async () => {
  const wb = await flagged();
  const rows = (data: RegistryData) => data.tables.get('measurements')!.rows;
  const { edits: list } = await edits(wb, (data) => {
    const [deviation, ok, noNorm] = rows(data);
    return new Map([[deviation, 'Mijn notitie'], [ok, 'Mijn notitie\n\nToets aan normen – Afwijking\noud'], [noNorm, null]]);
  });
  expect(list.filter((e) => e.kind === 'setNote')).toEqual([
    { kind: 'setNote', sheet: 'Metingen', cell: 'E2', text: `Mijn notitie\n\nToets aan normen – Afwijking\n${EXPLAINED[0]}` },
    { kind: 'setNote', sheet: 'Metingen', cell: 'E3', text: 'Mijn notitie' },
  ]);
  const again = await edits(wb, (data) => new Map([[rows(data)[0], `Toets aan normen – Afwijking\n${EXPLAINED[0]}`], [rows(data)[1], null]]));
  expect(again.edits.filter((e) => e.kind === 'setNote')).toEqual([]);
});

/** The registry as read, without some columns of a table (as an older or edited workbook has it). */
function without(data: RegistryData, table: 'measurements' | 'intendedEffects', ...keys: string[]): RegistryData {
  const view = data.tables.get(table)!;
  const tables = new Map(data.tables);
  tables.set(table, { ...view, columns: new Map([...view.columns].filter(([k]) => !keys.includes(k))) });
  return { ...data, tables } as RegistryData;
}

test('a registry without the measured-effect columns gets no effect written; without Status, no Status', async () => {
  const data = await openRegistry(await registry(planted));
  const evaluation = evaluateRegistry(data, { now: NOW });
  const tables = (list: { kind: string; table?: string }[]) => updates(list).map((e) => e.table);
  expect(tables(flagEdits(without(data, 'intendedEffects', 'measuredEffect'), evaluation, new Map()))).toEqual(['tblMetingen']);
  expect(tables(flagEdits(without(data, 'intendedEffects', 'measuredComparison'), evaluation, new Map()))).toEqual(['tblMetingen']);
  const noStatus = flagEdits(without(data, 'measurements', 'status'), evaluation, new Map());
  expect((noStatus[0] as { cells: { column: string }[] }).cells.filter((c) => c.column === 'Status')).toEqual([]);
  expect(noStatus.filter((e) => e.kind === 'setConditionalFormats' && e.table === 'tblMetingen').map((e) => 'column' in e && e.column)).toEqual(['Waarde']);
});
