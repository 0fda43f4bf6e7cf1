// The result of Toets aan normen: one plain data type, printed by `flag --json` and shown by the
// task pane. Field names of measurements and gaps are the Dutch ones of the CLI contract (issue 5).
import type { Finding } from '../findings';
import type { GapStatus, MeasurementStatus } from './status';

export interface MeasurementFlag {
  sheet: string;
  /** Worksheet row. */
  row: number;
  indicator: string;
  gebied: string;
  periode: string;
  dimensie: string;
  waarde: number | string;
  /** ID of the norm or (tussentijdse) streefwaarde the value was tested against, or null. */
  norm: string | null;
  operator: string | null;
  /** The bound that applied: the norm's value, or the value on the target's path for this period. */
  normwaarde: number | string | null;
  bovengrens: number | string | null;
  /** toename/afname: the measured value in the norm's reference period. */
  referentiewaarde: number | null;
  status: MeasurementStatus;
  /** What decided the status: a norm, a target's path, or neither (no norm, or none could be tested). */
  getoetst: 'norm' | 'streefpad' | null;
  /** Every test made on the value (issue 16: all norms and targets that apply), norms first, most specific first. */
  toetsen: TestOutcome[];
  /** Dutch explanation, as in Toelichting toets and the note on the cell. */
  message: string;
}

/** One norm, or one target's path, tested on a value. */
export interface TestOutcome {
  soort: 'norm' | 'streefpad';
  /** The norm's ID; for a path, the (tussentijdse) streefwaarde it runs to next. */
  norm: string;
  /** For a path: the streefwaarde whose path it is. */
  streefwaarde: string | null;
  operator: string;
  normwaarde: number | string;
  bovengrens: number | string | null;
  referentiewaarde: number | null;
  uitkomst: 'ok' | 'deviation' | 'on_track' | 'off_track';
}

export interface GapFlag {
  indicator: string;
  gebied: string;
  periode: string;
  status: GapStatus;
  message: string;
}

/**
 * A beoogd effect next to the change measured in its area since the measure started (issue 5 §6).
 * That change is context, not the measure's effect: whether the effect occurs is for research (issue 16 §6).
 */
export interface EffectFlag {
  sheet: string;
  row: number;
  effect: string;
  maatregel: string;
  norm: string;
  indicator: string | null;
  gebied: string;
  eenheid: string;
  beoogd: number | null;
  /** Last value after the measure started minus the last value before; null when one is missing. */
  gemeten: number | null;
  voor: { periode: string; waarde: number } | null;
  na: { periode: string; waarde: number } | null;
  message: string;
}

/** One row of the Overzicht sheet: an indicator in an area of the municipality. */
export interface OverviewRow {
  indicator: string;
  naam: string;
  /** A context indicator: listed after the policy indicators. */
  context?: boolean;
  gebied: string;
  gebiednaam: string;
  dimensie: string;
  periode: string | null;
  waarde: number | string | null;
  eenheid: string;
  /** The test that applied to the latest value, in words, e.g. "max. 48 dB(A) (NRM-001)". */
  norm: string | null;
  /** Dutch status of the latest value (OK, Afwijking …), or null without value. */
  status: string | null;
  /** Actueel, Ontbreekt: 2026-S1, Verouderd: laatste waarde 2025-S1; empty when the frequency is unknown. */
  tijdigheid: string;
  /** The Vlaams Gewest value for the same period and dimension, where present. */
  vlaamsGewest: number | string | null;
  vergelijking: 'beter' | 'slechter' | 'gelijk' | null;
}

export interface FlagCounts {
  ok: number;
  deviation: number;
  on_track: number;
  off_track: number;
  no_norm: number;
  missing: number;
  stale: number;
  outlier: number;
}

export interface FlagResult {
  /** Measurements evaluated (rows with a value and no blocking finding). */
  evaluated: number;
  counts: FlagCounts;
  measurements: MeasurementFlag[];
  gaps: GapFlag[];
  effects: EffectFlag[];
  overview: OverviewRow[];
  /** Norms and measurements that were not evaluated, and why, and values about 100 times off their series: findings of the rule catalogue. */
  findings: Finding[];
}
