// Toets aan normen: evaluates every measurement against the norms that apply and marks the result
// in the workbook (issue 5). `flagRegistry` is the operation the CLI and the task pane call;
// `evaluateNorms` the same without writing; `chartSeries` the data for one indicator's chart.
import { openRegistry, type RegistryData } from '../registry/read';
import { SCHEMA_VERSION } from '../registry/schema';
import type { WorkbookPort } from '../workbook/port';
import { evaluateRegistry, isNoted, type EvaluateOptions } from './evaluate';
import type { FlagResult } from './types';
import { FLAG_KEYS } from './model';
import { flagEdits } from './write';

export { chartSeries, type ChartSeries } from './chart';
export { chartSheetName, insertTrendChart } from './excelChart';
export { expectedTests, type ExpectedTest, type WrittenTest } from './evaluate';
export type { EffectFlag, FlagCounts, FlagResult, GapFlag, MeasurementFlag, OverviewRow } from './types';
export { STATUS_TEXT, type GapStatus, type MeasurementStatus } from './status';

export type FlagOptions = EvaluateOptions;

/** What flagRegistry would find, without writing anything (e.g. for a preview in the task pane). */
export async function evaluateNorms(wb: WorkbookPort, options: FlagOptions = {}): Promise<FlagResult> {
  return evaluateRegistry(await readFlaggable(wb), options).result;
}

/** Evaluates the registry and writes the flags into it; returns what was found. */
export async function flagRegistry(wb: WorkbookPort, options: FlagOptions = {}): Promise<FlagResult> {
  const data = await readFlaggable(wb);
  const measurements = data.tables.get('measurements')!;
  const evaluation = evaluateRegistry(data, options);
  // Notes are read only where this run or the previous one (its Status) put one, and only in an
  // Excel that has notes (ExcelApi 1.18); without them the flags stand in the columns beside Waarde.
  const flagged = new Map(evaluation.rows.map((r) => [r.row, r]));
  const noted = !data.info.capabilities.notes ? [] : measurements.rows.filter((row) => (flagged.get(row)?.note ?? null) !== null || isNoted(row.text('status')));
  const texts = noted.length ? await wb.readNotes(measurements.sheet, noted.map((r) => r.at('value').cell)) : [];
  await wb.apply(flagEdits(data, evaluation, new Map(noted.map((row, i) => [row, texts[i]]))));
  return evaluation.result;
}

/** Reads the registry, or refuses a workbook that is none, or whose Metingen lacks the flag columns. */
function readFlaggable(wb: WorkbookPort): Promise<RegistryData> {
  return openRegistry(wb, { need: ['measurements'], minVersion: SCHEMA_VERSION, columns: { measurements: ['value', ...FLAG_KEYS] } });
}
