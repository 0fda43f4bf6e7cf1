// When a value is due (issue 5 §4, issue 16 §3). Staff fill in values in the semester rhythm, at
// the end of June and the end of December (DESIGN.md §3): a period's value is due on the first
// semester end on or after the day it can exist, its last day plus the indicator's Beschikbaar na
// (S1 ends 30 June, S2 31 December; a quarter or month is due with the semester it ends in; a
// yearly monitor figure published four months later is due the June after). Per indicator and area:
// - Ontbreekt: the last due period, on the indicator's frequency, has no value (yet);
// - Verouderd: the last value is older than that: the due period before the last one has no value
//   either, so the series missed more than one update.
// Frequencies of several years are counted from the last value (driejaarlijks after 2023: 2026).
import { periodReader, type Period } from '../registry/values';
import { dateToSerial, serialToDate } from '../workbook/address';
import type { GapStatus } from './status';

const day = (y: number, m: number, d: number) => dateToSerial(new Date(Date.UTC(y, m - 1, d)));

// Every indicator and area asks for the same few periods: each is parsed once.
const parsePeriod = periodReader();

function period(code: string): Period {
  const p = parsePeriod(code);
  if (!p.ok) throw new Error(`Interne fout: ongeldige periode ${code}`);
  return p.value;
}

/** Months since year 0 of the month a day falls in (0 = January of year 0). */
const monthOf = (serial: number) => {
  const date = serialToDate(serial);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};

/**
 * The first semester end (30 June or 31 December) on or after the period's last day plus `lag`
 * months (Beschikbaar na): the round in which the value can first be reported.
 */
export function dueDate(p: Period, lag = 0): number {
  const ready = monthOf(p.end) + lag;
  const end = ready + ((5 - (ready % 6) + 6) % 6);
  const [y, m] = [Math.floor(end / 12), end % 12];
  return day(y, m + 1, m === 5 ? 30 : 31);
}

/** The last semester end on or before `today` (an Excel serial). */
export function lastSemesterEnd(today: number): number {
  const y = serialToDate(today).getUTCFullYear();
  if (today >= day(y, 12, 31)) return day(y, 12, 31);
  if (today >= day(y, 6, 30)) return day(y, 6, 30);
  return day(y - 1, 12, 31);
}

/** The periods of a frequency: the kind and how many of them make one step. */
function grid(months: number): { kind: Period['kind']; step: number } {
  if (months < 3) return { kind: 'maand', step: months };
  if (months < 6) return { kind: 'kwartaal', step: Math.round(months / 3) };
  if (months < 12) return { kind: 'semester', step: Math.round(months / 6) };
  return { kind: 'jaar', step: Math.round(months / 12) };
}

const MONTHS: Record<Period['kind'], number> = { maand: 1, kwartaal: 3, semester: 6, jaar: 12 };

/** The last period of `kind` that ends in or before month `month` (months since year 0). */
function lastEndingBy(kind: Period['kind'], month: number): Period {
  const size = MONTHS[kind];
  const last = Math.floor((month + 1) / size) * size - 1;
  const [y, i] = [Math.floor(last / 12), ((last % 12) + 1) / size];
  return period({ maand: `${y}-${String(i).padStart(2, '0')}`, kwartaal: `${y}-Q${i}`, semester: `${y}-S${i}`, jaar: String(y) }[kind]);
}

/** The period `n` steps of its own kind before `p`. */
function before(p: Period, n: number): Period {
  const per = { maand: 12, kwartaal: 4, semester: 2, jaar: 1 }[p.kind];
  const index = p.kind === 'jaar' ? 0 : Number(/(\d+)$/.exec(p.code)![1]) - 1;
  const total = p.year * per + index - n;
  const [y, i] = [Math.floor(total / per), (total % per) + 1];
  const code = { maand: `${y}-${String(i).padStart(2, '0')}`, kwartaal: `${y}-Q${i}`, semester: `${y}-S${i}`, jaar: String(y) }[p.kind];
  return period(code);
}

/**
 * The last period whose value is due on `today`, for an indicator updated every `months` months
 * whose values exist `lag` months after their period; `latest` is the last period with a value (it
 * anchors frequencies of several years). Null when nothing is due (one-off indicators, or a
 * multi-year series whose next value is not due yet).
 */
export function lastDuePeriod(months: number, today: number, latest: Period | null, lag = 0): Period | null {
  if (!Number.isFinite(months) || months <= 0) return null;
  const { kind, step } = grid(months);
  const due = lastEndingBy(kind, monthOf(lastSemesterEnd(today)) - lag);
  if (kind !== 'jaar' || step === 1 || !latest) return due;
  // Every `step` years counted from the last value's year: after 2023, driejaarlijks is due in 2026.
  if (due.year < latest.year) return null;
  return period(String(latest.year + step * Math.floor((due.year - latest.year) / step)));
}

export interface Gap {
  status: GapStatus;
  /** Ontbreekt: the period without a value; Verouderd: the last period with one. */
  period: Period;
}

/** Whether a series (periods that have a value) is missing its last due value, or is stale. */
export function gapOf(months: number | undefined, periods: Period[], today: number, lag = 0): Gap | null {
  if (months === undefined) return null;
  const latest = periods.reduce<Period | null>((a, p) => (!a || p.end > a.end ? p : a), null);
  const due = lastDuePeriod(months, today, latest, lag);
  if (!due) return null;
  if (!latest) return { status: 'missing', period: due };
  if (latest.end >= due.end) return null;
  const { step } = grid(months);
  return latest.end < before(due, step).end ? { status: 'stale', period: latest } : { status: 'missing', period: due };
}
