// The expected tests: for a measurement not yet made, the tests its value will face, as the update
// forms of a half-year round show them beside the empty input cell and colour it by.
import type { RegistryData } from '../registry/read';
import { parsePeriod } from '../registry/values';
import { Context, today, type EvaluateOptions, type MeasurementKey } from './context';
import { limitsOf, type Limit } from './liveTests';
import { MeasurementTests, type WrittenTest } from './measurementTests';
import { buildModel, lower } from './model';
import { describeTest } from './operators';

/** The test a value for a measurement not yet made will face, and how to say it. */
export interface ExpectedTest {
  /** Whether the value faces norms, or (without a norm that can be tested) a target's path. */
  kind: 'norm' | 'streefpad';
  /** The test written for the form's colour: the most specific norm, or the point on the path. */
  written: WrittenTest;
  /** The limits of every norm that applies (none for a path): the form colours a breach of any of them. */
  limits: Limit[];
  /** Dutch, e.g. `norm max. 48 dB(A) (NRM-003, Beleidsplan Geluid 2030, geldig 2024–2030)`. */
  text: string;
}

/**
 * The tests a value for this key will face before it is known: every norm that applies (the most
 * specific one is written), else the point on a target's path; null when none can be made.
 */
function expected(ctx: Context, tests: MeasurementTests, m: MeasurementKey): ExpectedTest | null {
  const indicator = ctx.indicator(m);
  const { norms, targets } = ctx.applicableTo(m);
  const texts: string[] = [];
  const made: WrittenTest[] = [];
  const limits: Limit[] = [];
  for (const n of norms) {
    const norm = tests.normTest(m, n);
    if ('reason' in norm) continue;
    made.push(norm.written);
    limits.push(...(limitsOf(norm.test) ?? []));
    texts.push(`norm ${describeTest(norm.test, n.unit || indicator.unit)} ${ctx.source(n)}`);
  }
  if (made.length) return { kind: 'norm', written: made[0], limits, text: texts.join('; ') };
  for (const t of targets) {
    const path = tests.pathTest(m, t);
    if (path && !('reason' in path)) return { kind: 'streefpad', written: path.written, limits: [], text: `streefpad: ${path.asks()} (${path.route})` };
  }
  return null;
}

/**
 * For each key, the test its value will face (null when no norm or target applies): what the update
 * forms of a half-year round show next to the empty input cell and colour it by.
 */
export function expectedTests(data: RegistryData, keys: { indicator: string; area: string; period: string; dimension: string }[], options: EvaluateOptions = {}): (ExpectedTest | null)[] {
  const ctx = new Context(buildModel(data), today(options));
  const tests = new MeasurementTests(ctx);
  return keys.map((k) => {
    const period = parsePeriod(k.period);
    if (!period.ok || !ctx.model.indicators.has(lower(k.indicator))) return null;
    return expected(ctx, tests, { indicator: lower(k.indicator), area: k.area, dimension: k.dimension, period: period.value });
  });
}
