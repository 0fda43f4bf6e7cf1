// Which norm applies to a measurement (issue 5 §1): the same indicator; the measurement's area lies
// within the norm's werkingsgebied (empty = the whole municipality); the period lies wholly within
// the norm's validity, first and last day included; and a sector, object, material or dimension the
// norm names matches the measurement's dimension (a hoofdtype also covers its subtypes). Several
// norms can hold at once (issue 16: "Voor een beleidsindicator kunnen meerdere beleidsnormen worden
// gesteld"), and all of them are tested; a norm drops out only where one that applies replaces it
// (Vervangt), e.g. a wijk's own maximum instead of the municipal one. A change (toename, afname) is
// judged only after its reference period: that period is the baseline, and earlier ones precede it.
import type { Measurement, Model, Norm, Qualifier } from './model';
import { lower } from './model';
import { RELATIVE } from './operators';
import { normalText } from '../registry/keys';

export interface Candidate {
  norm: Norm;
  /** Steps from the measurement's area up to the norm's (0 = the same area). */
  distance: number;
  /** 2 per qualifier matched exactly, 1 per qualifier matched through its hoofdtype. */
  specificity: number;
}

export interface Applicable {
  /** The norms that hold, most specific first: all of them are tested. */
  norms: Norm[];
  /** One sentence per norm left out because another that applies replaces it (Vervangt). */
  replaced: string[];
}

/** A norm without area and a registry without municipality: applies anywhere, as the least specific. */
const ANYWHERE = 1_000;

function qualifierScore(model: Model, q: Qualifier, dimension: string): number | null {
  // Dimensie is compared as every operation compares it (registry/keys): Open-bebouwing = Open bebouwing.
  if (normalText(dimension) === normalText(q.value)) return 2;
  if (q.list && model.parents[q.list].get(normalText(dimension)) === normalText(q.value)) return 1;
  return null;
}

/** Whether `period` is a change norm's reference period or lies before it: its baseline, not a value to judge. */
export function isBaseline(norm: Norm, period: Pick<Measurement['period'], 'start'>): boolean {
  return norm.referencePeriod !== null && RELATIVE.includes(norm.operator) && period.start <= norm.referencePeriod.end;
}

/** How `norm` applies to `m`, or null when it does not. */
export function applies(model: Model, norm: Norm, m: Pick<Measurement, 'indicator' | 'area' | 'period' | 'dimension'>): Candidate | null {
  if (norm.indicator !== m.indicator) return null;
  if (norm.validFrom !== null && m.period.start < norm.validFrom) return null;
  if (norm.validTo !== null && m.period.end > norm.validTo) return null;
  if (isBaseline(norm, m.period)) return null;
  const area = norm.area ?? model.gemeente;
  const distance = area === null ? ANYWHERE : model.areas.distance(m.area, area);
  if (distance < 0) return null;
  let specificity = 0;
  for (const q of norm.qualifiers) {
    const score = qualifierScore(model, q, m.dimension);
    if (score === null) return null;
    specificity += score;
  }
  return { norm, distance, specificity };
}

const newest = (c: Candidate) => c.norm.validFrom ?? Number.NEGATIVE_INFINITY;

/** Most specific first: the nearest area, the most specific dimension, the newest, the first row. */
function compare(a: Candidate, b: Candidate): number {
  return a.distance - b.distance || b.specificity - a.specificity || newest(b) - newest(a) || a.norm.row.row - b.norm.row.row;
}

/** Every candidate holds, except one that another candidate replaces (Vervangt). */
export function applicable(model: Model, candidates: Candidate[]): Applicable {
  // Asked once per measurement: one norm or none is the usual answer, and needs no sorting or replacing.
  if (candidates.length < 2) return { norms: candidates.map((c) => c.norm), replaced: [] };
  const replacing = new Map<string, Norm>();
  for (const c of candidates) if (c.norm.replaces && c.norm.replaces !== lower(c.norm.id)) replacing.set(c.norm.replaces, c.norm);
  const where = (n: Norm) => model.areas.name(n.area ?? model.gemeente ?? '') || 'de hele gemeente';
  const norms: Norm[] = [];
  const replaced: string[] = [];
  for (const c of [...candidates].sort(compare)) {
    const by = replacing.get(lower(c.norm.id));
    if (by) replaced.push(`${by.id} vervangt ${c.norm.id} in ${where(by)}.`);
    else norms.push(c.norm);
  }
  return { norms, replaced };
}
