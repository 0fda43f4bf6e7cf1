// Rapport (issue 19): the half-year report along the multi-year plan. `readReport` reads the
// registry through the port and builds the model, or refuses with a Dutch reason before anything
// is written; the Rapport sheet (sheet.ts) and the Word document (docx.ts) are drawn from it.
import { refuse } from '../rules';
import { openRegistry } from '../registry/read';
import { parsePeriod } from '../registry/values';
import { ROUND_TABLES, readRoundSheet } from '../rounds/roundSheet';
import type { WorkbookPort } from '../workbook/port';
import { buildReport, isEmpty, type Report } from './model';

export type { FollowUp, IndicatorLine, ObjectiveNode, Report, ReportSummary } from './model';
export { reportDocx } from './docx';
export { reportSheetEdits, REPORT_SHEET } from './sheet';

export interface ReadReportOptions {
  /** A half-year: 2026-S1 or 2026-S2. */
  period: string;
  council?: boolean;
}

/** The half-year a report is about, or a Dutch reason why the text is none. */
export function reportPeriod(text: string) {
  const p = parsePeriod(text);
  if (!p.ok || p.value.kind !== 'semester') throw refuse('rapport.geen-halfjaar', { period: text });
  return p.value;
}

export async function readReport(wb: WorkbookPort, options: ReadReportOptions): Promise<Report> {
  const period = reportPeriod(options.period);
  const data = await openRegistry(wb, { need: ['indicators', 'measurements'], also: ROUND_TABLES });
  const indicators = data.tables.get('indicators')!;
  if (!indicators.rows.some((r) => !r.blank('id'))) throw refuse('rapport.geen-indicatoren');
  if (options.council && !indicators.columns.has('council')) {
    throw refuse('rapport.kolom-naar-raad');
  }
  // The values the round of this period still waits for.
  const rounds = readRoundSheet(data);
  const roundIds = new Set(rounds.rows.filter((r) => r.period === period.code).map((r) => r.roundId));
  const asked = rounds.asked.rows.filter((r) => roundIds.has(r.roundId));
  const report = buildReport(data, { period, council: options.council, asked });
  if (options.council && isEmpty(report)) {
    throw refuse('rapport.niets-naar-raad');
  }
  return report;
}
