// What every job of Toets aan normen looks things up in: the model indexed once (norms per
// indicator, milestones per target, measurements per series with their outliers), the norms that
// apply to a key, and the findings met on the way, each reported once.
import type { Finding } from '../findings';
import { FLEMISH_REGION } from '../registry/gemeenten';
import { measurementKey } from '../registry/keys';
import { dateToSerial } from '../workbook/address';
import { push } from '../collections';
import { applicable, applies, isBaseline, type Candidate } from './applicability';
import { lower, type Indicator, type Measurement, type Model, type Norm } from './model';
import { hundredfold, outliers, type Hundredfold, type Outlier } from './outliers';
import { formatValidity } from './text';

export interface EvaluateOptions {
  /** Today; Ontbreekt and Verouderd depend on it. */
  now?: Date;
}

/** Today as an Excel serial day. */
export const today = (options: EvaluateOptions) => Math.floor(dateToSerial(options.now ?? new Date()));

/** What identifies a measurement, without its value. */
export type MeasurementKey = Pick<Measurement, 'indicator' | 'area' | 'period' | 'dimension'>;

/** A measurement's series: its natural key (registry/keys) without the period. */
const seriesKey = (indicator: string, area: string, dimension: string) => measurementKey(indicator, area, '', dimension);

export const findingKey = (f: Finding) => `${f.rule}\u0000${f.sheet}\u0000${f.cell}\u0000${f.message}`;

export class Context {
  private readonly byIndicator = new Map<string, Norm[]>();
  private readonly milestoneMap = new Map<string, Norm[]>();
  private readonly series = new Map<string, Measurement[]>();
  /** Series by indicator, area and dimension as spelt: every test asks for one, and the key rule costs more than a lookup. */
  private readonly spelt = new Map<string, Map<string, Map<string, readonly Measurement[]>>>();
  readonly outliers = new Map<Measurement, Outlier>();
  readonly hundredfolds = new Map<Measurement, Hundredfold>();
  private readonly findings: Finding[] = [];
  private readonly reported = new Set<string>();

  constructor(
    readonly model: Model,
    /** Today as an Excel serial day: Ontbreekt and Verouderd depend on it. */
    readonly today: number,
  ) {
    for (const n of model.norms) {
      if (n.kind === 'milestone') {
        if (n.target) push(this.milestoneMap, n.target, n);
      } else push(this.byIndicator, n.indicator, n);
    }
    for (const m of model.measurements) push(this.series, seriesKey(m.indicator, m.area, m.dimension), m);
    for (const values of this.series.values()) {
      values.sort((a, b) => a.period.start - b.period.start || a.period.end - b.period.end);
      const numeric = values.filter((m) => typeof m.value === 'number');
      for (const [i, o] of outliers(numeric.map((m) => m.value as number))) this.outliers.set(numeric[i], o);
      for (const [i, h] of hundredfold(numeric.map((m) => m.value as number))) this.hundredfolds.set(numeric[i], h);
    }
  }

  report(f: Finding): void {
    const key = findingKey(f);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.findings.push(f);
  }

  allFindings(): Finding[] {
    return this.findings;
  }

  indicator(m: { indicator: string }): Indicator {
    return this.model.indicators.get(m.indicator)!;
  }

  areaName(code: string): string {
    return this.model.areas.name(code);
  }

  /** `Gent (blok 3)`: the area of a key, with its dimension. */
  where(m: Pick<MeasurementKey, 'area' | 'dimension'>): string {
    return `${this.areaName(m.area)}${m.dimension ? ` (${m.dimension})` : ''}`;
  }

  /** The milestones (tussentijdse streefwaarden) of a target. */
  milestones(target: Norm): Norm[] {
    return this.milestoneMap.get(lower(target.id)) ?? [];
  }

  /** The measured value of a series in a period (by code), if it is a number. */
  numberAt(indicator: string, area: string, dimension: string, period: string): number | null {
    const value = this.valueAt(indicator, area, dimension, period);
    return typeof value === 'number' ? value : null;
  }

  valueAt(indicator: string, area: string, dimension: string, period: string): number | string | null {
    return this.seriesOf(indicator, area, dimension).find((x) => x.period.code === period && x.value !== null)?.value ?? null;
  }

  seriesOf(indicator: string, area: string, dimension: string): readonly Measurement[] {
    let byArea = this.spelt.get(indicator);
    if (!byArea) this.spelt.set(indicator, (byArea = new Map()));
    let byDimension = byArea.get(area);
    if (!byDimension) byArea.set(area, (byDimension = new Map()));
    let found = byDimension.get(dimension);
    if (!found) byDimension.set(dimension, (found = this.series.get(seriesKey(indicator, area, dimension)) ?? []));
    return found;
  }

  /** The norms and targets that hold for a key, most specific first, and the ones replaced (Vervangt). */
  applicableTo(m: MeasurementKey): { norms: Norm[]; targets: Norm[]; replaced: string[] } {
    const candidates: Candidate[] = [];
    for (const n of this.byIndicator.get(m.indicator) ?? []) {
      const candidate = applies(this.model, n, m);
      if (candidate) candidates.push(candidate);
    }
    const applying = applicable(this.model, candidates);
    const norms: Norm[] = [];
    const targets: Norm[] = [];
    for (const n of applying.norms) {
      if (n.kind === 'norm') norms.push(n);
      else if (n.kind === 'target') targets.push(n);
    }
    return { norms, targets, replaced: applying.replaced };
  }

  /** Norms and targets for this area that do not cover the key's period: when they do hold. */
  otherPeriods(m: MeasurementKey): Norm[] {
    return (this.byIndicator.get(m.indicator) ?? [])
      .filter((n) => applies(this.model, n, { ...m, period: { ...m.period, start: n.validFrom ?? m.period.start, end: n.validTo ?? m.period.end } }))
      .filter((n) => !applies(this.model, n, m));
  }

  /** Change norms that would hold for the key but for their reference period, which is (or follows) the key's period. */
  baselines(m: MeasurementKey): Norm[] {
    return (this.byIndicator.get(m.indicator) ?? []).filter((n) => isBaseline(n, m.period) && applies(this.model, { ...n, referencePeriod: null }, m));
  }

  /** Whether an area belongs to the registry's municipality (benchmarks such as Vlaams Gewest do not). */
  inMunicipality(area: string): boolean {
    if (this.model.gemeente) return this.model.areas.distance(area, this.model.gemeente) >= 0;
    return !['gewest', 'provincie'].includes(this.model.areas.level(area)) && lower(area) !== lower(FLEMISH_REGION.nis);
  }

  /** `(NRM-003, Beleidsplan Geluid 2030, geldig 2024–2030)`: where a norm comes from. */
  source(n: Norm): string {
    return `(${[n.id, n.document, formatValidity(n.validFrom, n.validTo)].filter(Boolean).join(', ')})`;
  }
}
