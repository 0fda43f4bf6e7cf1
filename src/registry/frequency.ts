// How many months each update frequency (the fixed list Frequentie) allows between two values:
// used to judge update rhythm (checks) and when a value is due or stale (norms).
import { enums } from './schema';

export const frequencyMonths: Record<string, number> = {
  maandelijks: 1,
  driemaandelijks: 3,
  halfjaarlijks: 6,
  jaarlijks: 12,
  tweejaarlijks: 24,
  driejaarlijks: 36,
  zesjaarlijks: 72,
  eenmalig: Number.POSITIVE_INFINITY,
};

/** Months between updates for a frequency as a user typed it, or undefined when it is not on the list. */
export function monthsOf(frequency: string): number | undefined {
  const key = enums.frequency.values.find((v) => v.toLowerCase() === frequency.trim().toLowerCase());
  return key === undefined ? undefined : frequencyMonths[key];
}
