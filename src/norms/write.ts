// Writes a flag result into the workbook through the port, in one edit list: the test, status and
// explanation (Toelichting toets, shown by every Excel) of every Metingen row (only rows whose cells
// change), the notes on flagged values where the host has notes (an extra), the live conditional
// formats on Waarde and Status (together with the Controle marks, see columnFormats.ts) with the
// Toetsen table they read (every norm of a row), the measured effects, and the Overzicht sheet.
// Values are never touched.
import { naturalKey } from '../registry/keys';
import type { RegistryData, RowView, TableView } from '../registry/read';
import { columnFormatEdits, hasMarks } from '../columnFormats';
import { municipalityOf } from '../registry/ownedLayout';
import type { CellInput, CellValue, Edit } from '../workbook/port';
import type { Evaluation, WrittenTest } from './evaluate';
import { testsEdits } from './liveTests';
import { flagNote, mergeNote } from './notes';
import { overviewEdits } from './overviewSheet';


const sameCell = (a: CellValue, b: CellInput) => (a ?? null) === (b ?? null) || (typeof a === 'string' && typeof b === 'string' && a.trim() === b.trim());

type CellUpdate = { row: number; column: string; value: CellInput };
type CellExpected = { row: number; column: string; value: CellValue };

/**
 * Collects the updates of `keys` on rows of a table; the columns are looked up once, not per row.
 * Each updated row's natural key (schema), as read, goes with them: Excel refuses the write when a
 * co-author sorted the table since (the values would land on other rows).
 */
function rowUpdates(
  table: TableView,
  keys: readonly string[],
): { cells: CellUpdate[]; expect: CellExpected[]; update(row: RowView, wanted: Record<string, CellInput>): void } {
  const captions = (list: readonly string[]) => list.filter((k) => table.columns.has(k)).map((k) => [k, table.columns.get(k)!.caption] as const);
  const columns = captions(keys);
  const identityColumns = captions(naturalKey(table.spec));
  const cells: CellUpdate[] = [];
  const expect: CellExpected[] = [];
  return {
    cells,
    expect,
    update(row, wanted) {
      if (columns.every(([k]) => sameCell(row.get(k), wanted[k]))) return;
      // The whole set, not only the changed cells: neighbouring rows then form one block for Excel.
      for (const [k, column] of columns) cells.push({ row: row.row - table.firstRow, column, value: wanted[k] });
      for (const [k, column] of identityColumns) expect.push({ row: row.row - table.firstRow, column, value: row.get(k) ?? null });
    },
  };
}

/** The edit list of a flag, given the notes the Waarde cells of `noteRows` have now. */
export function flagEdits(data: RegistryData, evaluation: Evaluation, notes: Map<RowView, string | null>): Edit[] {
  const edits: Edit[] = [];
  const measurements = data.tables.get('measurements')!;
  const flagged = new Map(evaluation.rows.map((r) => [r.row, r]));
  const empty: WrittenTest = { normId: null, normOperator: null, normValue: null, normUpper: null, normReference: null, normScale: null };
  const tests = rowUpdates(measurements, ['status', 'flagExplanation', ...Object.keys(empty)]);
  for (const row of measurements.rows) {
    const flag = flagged.get(row);
    // A row the evaluation did not reach keeps no flag of an earlier run.
    tests.update(row, { status: flag?.status ?? null, flagExplanation: flag?.explanation ?? null, ...(flag?.test ?? empty) });
  }
  if (tests.cells.length) edits.push({ kind: 'updateCells', table: measurements.table, cells: tests.cells, expect: tests.expect });

  for (const [row, existing] of notes) {
    const flag = flagged.get(row);
    const wanted = mergeNote(existing, flag?.note && flag.status ? flagNote(flag.status, flag.note) : null);
    if (wanted !== existing) edits.push({ kind: 'setNote', sheet: measurements.sheet, cell: row.at('value').cell, text: wanted });
  }

  const caption = (key: 'value' | 'status') => measurements.columns.get(key)?.caption;
  const live = [caption('value'), caption('status')].filter((c): c is string => c !== undefined);
  // The other norms of each row first, so the formats that look them up find them.
  edits.push(...testsEdits(data.info, evaluation.live));
  edits.push(...columnFormatEdits(data.info, { marks: hasMarks(data.info), tests: true }, { table: measurements.table, columns: live }));

  const effects = data.tables.get('intendedEffects');
  if (effects && effects.columns.has('measuredEffect') && effects.columns.has('measuredComparison')) {
    const updates = rowUpdates(effects, ['measuredEffect', 'measuredComparison']);
    for (const e of evaluation.effects) updates.update(e.row, { measuredEffect: e.measured, measuredComparison: e.comparison });
    if (updates.cells.length) edits.push({ kind: 'updateCells', table: effects.table, cells: updates.cells, expect: updates.expect });
  }

  edits.push(...overviewEdits(data.info, evaluation.result.overview, municipalityOf(data.settings.raw)));
  return edits;
}
