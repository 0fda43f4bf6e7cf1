// Targets (issue 5 §3): a streefwaarde with its target date and its tussentijdse streefwaarden
// define a path from the baseline, the measured value in the target's reference period. Between
// two points the path is a straight line in time; after the target date it stays at the target.
// A measurement behind the path in the desired direction is Niet op koers, on it or ahead Op koers.
// On an ordinal scale the path runs over the labels' ranks and asks, at each moment, for the label
// the line has reached, rounded towards the baseline (the less demanding label).
import type { Indicator, Norm } from './model';
import { decimalsOf, rank, roundExcel } from './operators';

export interface PathPoint {
  /** Excel serial of the day the value is due: the end of the reference period, or a target date. */
  date: number;
  value: number | string;
  /** The (tussentijdse) streefwaarde of this point; null for the baseline. */
  norm: Norm | null;
}

export interface PathValue {
  /** What the path asks at that moment: an upper bound (max) when lower is better, else a lower bound (min). */
  operator: 'max' | 'min';
  value: number | string;
  /** The next point on the path: the (tussentijdse) streefwaarde the measurement is heading for. */
  next: PathPoint;
  previous: PathPoint;
}

/** The path of `target`: baseline, then its milestones in date order up to the target itself. */
export function pathPoints(target: Norm, milestones: Norm[], baseline: PathPoint): PathPoint[] {
  const end = target.targetDate ?? Number.POSITIVE_INFINITY;
  const steps = milestones
    .filter((m) => m.targetDate !== null && m.targetDate > baseline.date && m.targetDate < end)
    .sort((a, b) => a.targetDate! - b.targetDate!)
    .map((m) => ({ date: m.targetDate!, value: m.value, norm: m }));
  return [baseline, ...steps, { date: end, value: target.value, norm: target }];
}

/** Whether lower values are better for this target: the indicator says so, or else the target lies below the baseline. */
function lowerIsBetter(indicator: Indicator, baseline: number, goal: number): boolean {
  return indicator.direction ? indicator.direction === 'lower' : goal < baseline;
}

const digits = new WeakMap<PathPoint[], number>();

/** Decimals of the path's values: one more than its most precise point (at most 4). Worked out once per path. */
function digitsOf(points: PathPoint[]): number {
  let n = digits.get(points);
  if (n === undefined) digits.set(points, (n = Math.min(4, Math.max(...points.map((p) => decimalsOf(Number(p.value)))) + 1)));
  return n;
}

/** The path's value on day `t` (an Excel serial), or null on or before the baseline. */
export function pathAt(points: PathPoint[], indicator: Indicator, t: number): PathValue | null {
  const [baseline] = points;
  const goal = points[points.length - 1];
  if (t <= baseline.date) return null;
  let i = points.findIndex((p) => p.date >= t);
  if (i < 0) i = points.length - 1;
  const [previous, next] = [points[i - 1] ?? baseline, points[i]];
  const fraction = next.date <= t || next.date === previous.date ? 1 : (t - previous.date) / (next.date - previous.date);

  if (indicator.scale) {
    const [from, to] = [rank(indicator.scale, String(previous.value)), rank(indicator.scale, String(next.value))];
    if (from < 0 || to < 0) return null;
    const reached = from + (to - from) * fraction;
    // Towards the baseline: when ranks fall (labels improve), the higher rank is the lenient one.
    // A hundredth of a rank is slack for leap days, so a whole number of years lands on its label.
    const required = to <= from ? Math.ceil(reached - 0.01) : Math.floor(reached + 0.01);
    return { operator: 'min', value: indicator.scale[required], next, previous };
  }
  const [a, b] = [Number(previous.value), Number(next.value)];
  const value = roundExcel(a + (b - a) * fraction, digitsOf(points));
  return { operator: lowerIsBetter(indicator, Number(baseline.value), Number(goal.value)) ? 'max' : 'min', value, next, previous };
}
