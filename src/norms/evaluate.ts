// Toets aan normen without the workbook: composes its jobs on a read registry. Every measurement is
// tested (measurementTests), gaps are found (gaps), intended effects put beside the measured change
// (effects) and the Overzicht made (overview). Pure (the day is given), so the task pane and the CLI
// share it and tests need no file. The expected tests of the update forms are in expected.ts.
import type { Finding } from '../findings';
import type { RegistryData, RowView } from '../registry/read';
import { Context, findingKey, today, type EvaluateOptions } from './context';
import { effects } from './effects';
import { emptyValue, gaps as findGaps } from './gaps';
import { limitsOf, testKey, type Limit } from './liveTests';
import { MeasurementTests, NO_TEST, type KeyTest, type WrittenTest } from './measurementTests';
import { buildModel } from './model';
import { overview } from './overview';
import { STATUS_TEXT } from './status';
import type { FlagCounts, FlagResult, MeasurementFlag } from './types';

export type { EvaluateOptions } from './context';
export { expectedTests, type ExpectedTest } from './expected';
export type { WrittenTest } from './measurementTests';

/** What is written on one Metingen row. */
export interface RowFlag {
  row: RowView;
  /** The Dutch status word, or null to leave Status empty. */
  status: string | null;
  test: WrittenTest;
  /** The explanation for Toelichting toets; null to leave it empty. */
  explanation: string | null;
  /** The explanation for the note on Waarde, for rows that get one; null otherwise. */
  note: string | null;
}

export interface Evaluation {
  result: FlagResult;
  rows: RowFlag[];
  effects: { row: RowView; measured: number | null; comparison: string }[];
  /** Per Metingen row whose test columns do not hold every norm that applies: the limits of all of them, for the live colours. */
  live: { key: string; limits: Limit[] }[];
}

/** The limits of every norm on a row, unless its test columns already hold its only norm. */
function liveLimits(row: RowView, norms: KeyTest[], written: WrittenTest): { key: string; limits: Limit[] } | null {
  if (!norms.length || (norms.length === 1 && norms[0].written.normId === written.normId)) return null;
  const limits = norms.flatMap((n) => limitsOf(n.test) ?? []);
  return { key: testKey({ indicator: row.get('indicator'), area: row.get('area'), dimension: row.get('dimension'), period: row.get('period') }), limits };
}

/** Statuses whose explanation goes into a note on the value. */
const NOTED: readonly string[] = [STATUS_TEXT.deviation, STATUS_TEXT.off_track, STATUS_TEXT.outlier, STATUS_TEXT.not_evaluated];
export const isNoted = (status: string | null) => status !== null && NOTED.includes(status);

const sheetOrder = ['Normen', 'Metingen'];

/** Evaluates a registry as read by openRegistry. */
export function evaluateRegistry(data: RegistryData, options: EvaluateOptions = {}): Evaluation {
  const model = buildModel(data);
  const ctx = new Context(model, today(options));
  const tester = new MeasurementTests(ctx);
  const rows: RowFlag[] = [];
  const measurements: MeasurementFlag[] = [];
  const flags = new Map<RowView, MeasurementFlag>();
  const blockedByFlag = new Map<RowView, Finding[]>();
  const live: Evaluation['live'] = [];
  const addLive = (row: RowView, norms: KeyTest[], written: WrittenTest) => {
    const found = liveLimits(row, norms, written);
    if (found) live.push(found);
  };

  for (const m of model.measurements) {
    if (m.value === null) {
      const { missing, explanation } = emptyValue(ctx, m);
      rows.push({ row: m.row, status: missing ? STATUS_TEXT.missing : null, test: NO_TEST, explanation, note: null });
      addLive(m.row, tester.normTests(m), NO_TEST);
      continue;
    }
    const outcome = tester.measurement(m);
    if ('finding' in outcome) {
      blockedByFlag.set(m.row, [outcome.finding]);
      continue;
    }
    addLive(m.row, outcome.norms, outcome.written);
    measurements.push(outcome.flag);
    flags.set(m.row, outcome.flag);
    const status = STATUS_TEXT[outcome.flag.status];
    rows.push({ row: m.row, status, test: outcome.written, explanation: outcome.flag.message, note: isNoted(status) ? outcome.flag.message : null });
  }
  const findings: Finding[] = [...model.findings];
  for (const [row, found] of [...model.blocked, ...blockedByFlag]) {
    findings.push(...(blockedByFlag.has(row) ? found : []));
    const explanation = `Deze meting is niet getoetst: ${found.map((f) => f.message).join(' ')}`;
    rows.push({ row, status: STATUS_TEXT.not_evaluated, test: NO_TEST, explanation, note: explanation });
  }
  findings.push(...ctx.allFindings());
  const unique = new Map(findings.map((f) => [findingKey(f), f]));
  const sorted = [...unique.values()].sort((a, b) => sheetOrder.indexOf(a.sheet) - sheetOrder.indexOf(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || (a.cell ?? '').localeCompare(b.cell ?? ''));
  // The rows not tested were added last; the measurements tested are in sheet order already (the model's).
  rows.sort((a, b) => a.row.row - b.row.row);

  const gaps = findGaps(ctx);
  const effectRows = effects(ctx, data);
  const counts: FlagCounts = { ok: 0, deviation: 0, on_track: 0, off_track: 0, no_norm: 0, missing: 0, stale: 0, outlier: 0 };
  for (const m of measurements) counts[m.status]++;
  for (const g of gaps) counts[g.status]++;
  return {
    result: {
      evaluated: measurements.length,
      counts,
      measurements,
      gaps,
      effects: effectRows.map((e) => e.flag),
      overview: overview(ctx, flags, gaps),
      findings: sorted,
    },
    rows,
    effects: effectRows.map(({ row, measured, comparison }) => ({ row, measured, comparison })),
    live,
  };
}
