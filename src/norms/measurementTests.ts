// The measurement tests of Toets aan normen: every norm and target path that applies to a value,
// each tested, the worst outcome deciding the status (issue 16 §1), an outlier overriding it, and
// the sentences of Toelichting toets. The tests for a key without its value are shared with the
// expected tests of the update forms.
import { jumpFinding } from '../checks/jumps';
import { finding } from '../rules';
import type { Finding } from '../findings';
import type { Context, MeasurementKey } from './context';
import { lower, type Measurement, type Norm } from './model';
import { RELATIVE, breaches, changePercent, describeTest, roundExcel, type Test } from './operators';
import type { MeasurementStatus } from './status';
import { pathAt, pathPoints, type PathPoint, type PathValue } from './targets';
import { formatDate, formatNumber, formatValidity, withUnit } from './text';
import type { MeasurementFlag, TestOutcome } from './types';

/** The cells Toets aan normen writes on a Metingen row, by schema key. */
export interface WrittenTest {
  normId: string | null;
  normOperator: string | null;
  normValue: number | string | null;
  normUpper: number | string | null;
  normReference: number | null;
  normScale: string | null;
}

export const NO_TEST: WrittenTest = { normId: null, normOperator: null, normValue: null, normUpper: null, normReference: null, normScale: null };

/** A test on a key, ready to be made on a value. */
export interface KeyTest {
  test: Test;
  written: WrittenTest;
}

/** A target's path at a key's period: the test, and its words. */
export interface PathTest extends KeyTest {
  path: PathValue;
  /** `max. 48 dB(A) voor 2026`, worded when asked for. */
  asks: () => string;
  /** `van 52 dB(A) in 2020 naar 45 dB(A) tegen 31/12/2030; STR-001, Beleidsplan` */
  route: string;
}

/** A test that cannot be made, and why, for Toelichting toets. */
export interface Untestable {
  reason: string;
}

/**
 * One test made on a value, with its sentences: in full when it decides or breaches, short otherwise.
 * Only one of the two is used, so each is worded when asked for.
 */
interface Tested {
  outcome: TestOutcome;
  written: WrittenTest;
  full: () => string;
  short: () => string;
  /** A norm's test on the key (a path has none): the live colours need every norm. */
  made?: KeyTest;
}

/** Which outcome decides a value's status: a breach first, then a path behind, on track, a norm met. */
const SEVERITY: Record<TestOutcome['uitkomst'], number> = { deviation: 3, off_track: 2, on_track: 1, ok: 0 };

const writtenScale = (scale: string[] | null) => (scale ? scale.join(';') : null);

export class MeasurementTests {
  private readonly paths = new Map<Norm, Map<number | string, PathPoint[]>>();
  private readonly routes = new Map<PathPoint, string>();
  private readonly words = new Map<Norm, { rule: string; source: string }>();

  /** The sheet of every measurement (Metingen as it is named in the workbook). */
  private readonly sheet: string;

  constructor(private readonly ctx: Context) {
    this.sheet = ctx.model.data.tables.get('measurements')?.sheet ?? '';
  }

  /** The test of a norm on a measurement's key, or why it cannot be made (no reference value, reported unless `quiet`). */
  normTest(m: MeasurementKey, n: Norm, quiet = false): KeyTest | Untestable {
    const { ctx } = this;
    const scale = ctx.indicator(m).scale;
    let reference: number | null = null;
    if (RELATIVE.includes(n.operator)) {
      const period = n.referencePeriod!.code;
      reference = ctx.numberAt(m.indicator, m.area, m.dimension, period);
      if (reference === null || reference === 0) {
        const where = ctx.where(m);
        if (!quiet) ctx.report(finding('toets.geen-referentiewaarde', n.row.at('referencePeriod'), { id: n.id, period, indicator: ctx.indicator(m).id, area: where, ...(reference === 0 ? { zero: 1 } : {}) }));
        return { reason: `Norm ${n.id} kan niet getoetst worden: ${reference === 0 ? `de meting van ${period} is 0` : `er is geen meting in ${period}`} voor ${where}.` };
      }
    }
    const test: Test = { operator: n.operator, value: n.value, upper: n.upper, reference, scale };
    const written: WrittenTest = { normId: n.id, normOperator: n.operator, normValue: n.value, normUpper: n.upper, normReference: reference, normScale: writtenScale(scale) };
    return { test, written };
  }

  /** A target's path from a baseline, made once per target and baseline value: a series shares its baseline. */
  private pathOf(target: Norm, baseline: number | string): PathPoint[] {
    let byBaseline = this.paths.get(target);
    if (!byBaseline) this.paths.set(target, (byBaseline = new Map()));
    let points = byBaseline.get(baseline);
    if (!points) byBaseline.set(baseline, (points = pathPoints(target, this.ctx.milestones(target), { date: target.referencePeriod!.end, value: baseline, norm: null })));
    return points;
  }

  /** The point on a target's path for a key's period, why there is no path, or null past its end. */
  pathTest(m: MeasurementKey, target: Norm): PathTest | Untestable | null {
    const { ctx } = this;
    const indicator = ctx.indicator(m);
    const period = target.referencePeriod!.code;
    const baseline = ctx.valueAt(m.indicator, m.area, m.dimension, period);
    if (baseline === null) {
      const where = ctx.where(m);
      ctx.report(finding('toets.geen-nulmeting', target.row.at('referencePeriod'), { id: target.id, period, indicator: indicator.id, area: where }));
      return { reason: `Streefwaarde ${target.id} heeft geen nulmeting in ${period} voor ${where}: er is geen streefpad.` };
    }
    const path = pathAt(this.pathOf(target, baseline), indicator, m.period.end);
    if (!path) return null;
    const unit = target.unit || indicator.unit;
    const test: Test = { operator: path.operator, value: path.value, upper: null, reference: null, scale: indicator.scale };
    const next = path.next.norm!;
    const asks = () => `${describeTest(test, unit)} voor ${m.period.code}`;
    // A point belongs to one path (one target and baseline), so the route to it is worded once.
    let route = this.routes.get(path.next);
    if (route === undefined) this.routes.set(path.next, (route = `van ${withUnit(baseline, unit)} in ${period} naar ${withUnit(path.next.value, unit)} tegen ${formatDate(path.next.date)}; ${[next.id, next.document].filter(Boolean).join(', ')}`));
    const written: WrittenTest = { ...NO_TEST, normId: next.id, normOperator: path.operator, normValue: path.value, normScale: writtenScale(indicator.scale) };
    return { path, test, written, asks, route };
  }

  /** Every norm test that can be made on a key, without reporting the ones that cannot: for a value not yet typed. */
  normTests(m: MeasurementKey): KeyTest[] {
    return this.ctx.applicableTo(m).norms.flatMap((n) => {
      const tested = this.normTest(m, n, true);
      return 'reason' in tested ? [] : [tested];
    });
  }

  /** A norm's rule and source as its sentences say them: the same for every value it tests, so worded once per norm. */
  private wordsOf(n: Norm, test: Test): { rule: string; source: string } {
    let words = this.words.get(n);
    if (!words) this.words.set(n, (words = { rule: describeTest(test, n.unit || this.ctx.indicator(n).unit), source: this.ctx.source(n) }));
    return words;
  }

  /** A norm tested on a value. */
  private norm(m: Measurement, n: Norm): Tested | Untestable {
    const indicator = this.ctx.indicator(m);
    const tested = this.normTest(m, n);
    if ('reason' in tested) return tested;
    const { test, written } = tested;
    const breached = breaches(test, m.value!);
    if (breached === null) return { reason: `Norm ${n.id} kan niet getoetst worden op ${withUnit(m.value!, m.unit)}.` };
    const full = () => {
      const value = withUnit(m.value!, m.unit);
      const { rule, source } = this.wordsOf(n, test);
      const reference = test.reference;
      if (reference !== null) {
        const change = changePercent(m.value as number, reference);
        const what = `${value} is een ${change >= 0 ? 'toename' : 'afname'} van ${formatNumber(roundExcel(Math.abs(change), 1))} % tegenover ${n.referencePeriod!.code} (${withUnit(reference, m.unit)})`;
        return breached ? `${what}; de norm is ${rule} ${source}.` : `${what}: dat voldoet aan de norm ${rule} ${source}.`;
      }
      if (!breached) return `${value} voldoet aan de norm ${rule} ${source}.`;
      const verdicts = indicator.scale
        ? { max: 'is beter dan', min: 'is slechter dan', tussen: 'ligt buiten', gelijk: 'wijkt af van' }
        : { max: 'ligt boven', min: 'ligt onder', tussen: 'ligt buiten', gelijk: 'wijkt af van' };
      return `${value} ${verdicts[n.operator as 'max']} de norm ${rule} ${source}.`;
    };
    return {
      outcome: { soort: 'norm', norm: n.id, streefwaarde: null, operator: test.operator, normwaarde: test.value, bovengrens: test.upper, referentiewaarde: test.reference, uitkomst: breached ? 'deviation' : 'ok' },
      written,
      full,
      short: () => `De norm ${describeTest(test, n.unit || m.unit)} (${n.id}) is gehaald.`,
      made: tested,
    };
  }

  /** A target's path tested on a value; null when there is no point on it for the value's period. */
  private path(m: Measurement, target: Norm): Tested | Untestable | null {
    const tested = this.pathTest(m, target);
    if (tested === null || 'reason' in tested) return tested;
    const { path, test, written, asks, route } = tested;
    const behind = breaches(test, m.value!);
    if (behind === null) return null;
    return {
      outcome: { soort: 'streefpad', norm: written.normId!, streefwaarde: target.id, operator: path.operator, normwaarde: path.value, bovengrens: null, referentiewaarde: null, uitkomst: behind ? 'off_track' : 'on_track' },
      written,
      full: () => {
        const value = withUnit(m.value!, m.unit);
        return behind ? `${value} loopt achter op het streefpad: dat vraagt ${asks()} (${route}).` : `${value} is op koers: het streefpad vraagt ${asks()} (${route}).`;
      },
      short: () => `Streefpad: ${behind ? 'niet op koers' : 'op koers'} (${describeTest({ operator: path.operator, value: path.value, upper: null }, m.unit)}, ${written.normId}).`,
    };
  }

  /** A unit the checks could not compare (the indicator has none) that differs between measurement and norm. */
  private unitMismatch(m: Measurement, n: Norm): Finding | null {
    if (this.ctx.indicator(m).unit || RELATIVE.includes(n.operator) || !m.unit || !n.unit || lower(m.unit) === lower(n.unit)) return null;
    return finding('eenheid.verschilt', m.row.at('unit'), { unit: m.unit, other: 'norm', otherId: n.id, otherUnit: n.unit });
  }

  /**
   * A measured value tested on every norm and target path that applies (`norms`: the norm tests
   * made), or the finding that blocks it.
   */
  measurement(m: Measurement): { flag: MeasurementFlag; written: WrittenTest; norms: KeyTest[] } | { finding: Finding } {
    const { ctx } = this;
    const { norms, targets, replaced } = ctx.applicableTo(m);
    for (const n of [...norms, ...targets]) {
      const problem = this.unitMismatch(m, n);
      if (problem) return { finding: problem };
    }
    const notes: string[] = [];
    const tests: Tested[] = [];
    const made: KeyTest[] = [];
    for (const o of [...norms.map((n) => this.norm(m, n)), ...targets.map((t) => this.path(m, t))]) {
      if (o === null) continue;
      if ('reason' in o) {
        notes.push(o.reason);
        continue;
      }
      tests.push(o);
      if (o.made) made.push(o.made);
    }
    // The worst outcome decides; of equally bad ones the most specific norm, then the first path.
    const decider = tests.reduce<Tested | null>((a, t) => (!a || SEVERITY[t.outcome.uitkomst] > SEVERITY[a.outcome.uitkomst] ? t : a), null);

    let status: MeasurementStatus;
    const parts: string[] = [];
    if (decider) {
      status = decider.outcome.uitkomst;
      // The deciding test and every other breach in full; the rest in a short sentence each.
      parts.push(decider.full());
      for (const t of tests) if (t !== decider) parts.push(t.outcome.uitkomst === 'deviation' ? t.full() : t.short());
    } else {
      status = 'no_norm';
      parts.push(`Geen norm of streefwaarde van toepassing op ${ctx.indicator(m).id} in ${ctx.areaName(m.area)} voor ${m.period.code}.`);
      const elsewhere = ctx.otherPeriods(m);
      if (elsewhere.length) parts.push(`${elsewhere.map((n) => `${n.id} is ${formatValidity(n.validFrom, n.validTo)}`).join('; ')}.`);
      for (const n of ctx.baselines(m)) parts.push(`${n.id} meet de verandering tegenover ${n.referencePeriod!.code}; een meting van ${n.referencePeriod!.code} of eerder wordt er niet aan getoetst.`);
    }
    parts.push(...notes, ...replaced);
    const written = decider?.written ?? NO_TEST;

    const outlier = ctx.outliers.get(m);
    const jump = ctx.hundredfolds.get(m);
    const where = () => `${ctx.indicator(m).id} in ${ctx.where(m)}`;
    if (jump) {
      status = 'outlier';
      const found = jumpFinding(m.row.at('value'), m.value as number, m.unit, jump, ctx.indicator(m).id, ctx.where(m));
      ctx.report(found);
      parts.unshift(found.message);
    } else if (outlier) {
      status = 'outlier';
      parts.unshift(
        `${withUnit(m.value!, m.unit)} valt ver buiten de eigen reeks van ${where()}: de mediaan is ${withUnit(roundExcel(outlier.median, 4), m.unit)} en de gewone spreiding ${withUnit(roundExcel(outlier.spread, 4), m.unit)}; deze waarde ligt ${formatNumber(roundExcel(outlier.z, 1))} keer die spreiding van de mediaan (meer dan 3,5 is opvallend). Kijk na of de waarde juist is ingevoerd.`,
      );
    }
    const flag: MeasurementFlag = {
      sheet: this.sheet,
      row: m.row.row,
      indicator: ctx.indicator(m).id,
      gebied: m.area,
      periode: m.period.code,
      dimensie: m.dimension,
      waarde: m.value!,
      norm: written.normId,
      operator: written.normOperator,
      normwaarde: written.normValue,
      bovengrens: written.normUpper,
      referentiewaarde: written.normReference,
      status,
      getoetst: decider?.outcome.soort ?? null,
      toetsen: tests.map((t) => t.outcome),
      message: parts.join(' '),
    };
    return { flag, written, norms: made };
  }
}
