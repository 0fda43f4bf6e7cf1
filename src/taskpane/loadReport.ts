// Fetches the report chunk on first use (src/report, with the docx writer); webpack keeps it out of the add-in's bundle.
import { defaultRoundPeriod } from './loadRounds';

export const loadReport = () => import(/* webpackChunkName: "report" */ '../report');

/** The half-year a report is usually about: the one the last round asked (two months back, so January reports on S2). */
export function defaultReportPeriod(today: Date = new Date()): string {
  return defaultRoundPeriod(new Date(today.getFullYear(), today.getMonth() - 2, today.getDate()));
}
