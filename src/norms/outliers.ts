// Opvallend (issue 5 §4): a value far outside its own series (same indicator, area and dimension),
// most likely an entry error such as 481 for 48,1. Robust statistics, so the error itself does not
// hide in the spread it causes: the modified z-score of Iglewicz and Hoaglin,
//   z = 0,6745 · (x − mediaan) / MAD   (MAD = median of the absolute deviations from the median),
// flagged above 3,5. When more than half the values are equal (MAD 0), the mean absolute deviation
// takes its place (z = (x − mediaan) / (1,2533 · gemiddelde afwijking)). A trend does not count:
// a steady rise or fall stays within about two MADs of the median. Series of fewer than five values
// are not judged.
export const MIN_SERIES = 5;
export const THRESHOLD = 3.5;

export interface Outlier {
  median: number;
  /** The robust spread used: MAD scaled to a standard deviation (×1,4826), or the mean-deviation substitute. */
  spread: number;
  z: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The outliers of a series, by index. */
export function outliers(values: number[]): Map<number, Outlier> {
  const out = new Map<number, Outlier>();
  if (values.length < MIN_SERIES) return out;
  const med = median(values);
  const deviations = values.map((v) => Math.abs(v - med));
  const mad = median(deviations);
  const meanAd = deviations.reduce((a, b) => a + b, 0) / deviations.length;
  const spread = mad > 0 ? mad / 0.6745 : meanAd * 1.2533;
  if (!(spread > 0)) return out;
  values.forEach((v, i) => {
    const z = Math.abs(v - med) / spread;
    if (z > THRESHOLD) out.set(i, { median: med, spread, z });
  });
  return out;
}

/** How far a value may be from exactly 100 times (or a hundredth of) its series and still count as such a jump. */
const HUNDRED = { low: 70, high: 140 };

export interface Hundredfold {
  /** The value the rest of the series has: its median, or the one other value. */
  typical: number;
  /** 100: the value is about a hundred times too large; 0,01: a hundred times too small. */
  factor: 100 | 0.01;
}

/**
 * Values about 100 times larger or smaller than the rest of their series (issue 16 §7): 82,5 typed
 * as 82,5 % in a cell with percent format is stored as 0,825. Unlike `outliers`, two values are
 * enough: the later one of a pair is the one reported. Values in period order.
 */
export function hundredfold(values: number[]): Map<number, Hundredfold> {
  const out = new Map<number, Hundredfold>();
  if (values.length < 2) return out;
  // The median is the same for every value of the series: worked out once, not once per value.
  const med = values.length === 2 ? null : median(values);
  const typicalOf = (i: number) => med ?? values[1 - i];
  values.forEach((v, i) => {
    if (values.length === 2 && i === 0) return;
    const typical = typicalOf(i);
    if (v === 0 || typical === 0) return;
    const ratio = v / typical;
    if (ratio >= HUNDRED.low && ratio <= HUNDRED.high) out.set(i, { typical, factor: 100 });
    else if (ratio >= 1 / HUNDRED.high && ratio <= 1 / HUNDRED.low) out.set(i, { typical, factor: 0.01 });
  });
  return out;
}
