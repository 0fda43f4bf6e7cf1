// Which norm applies to a measurement (issue 5 §1): the same indicator; the measurement's area lies
// within the norm's werkingsgebied (empty = the whole municipality); the period lies wholly within
// the norm's validity, first and last day included; and a sector, object, material or dimension the
// norm names matches the measurement's dimension (a hoofdtype also covers its subtypes). Of several,
// the most specific wins: the nearest area, then the most specific dimension; between norms that
// are equally specific the newest (latest Geldig van) wins, then the first row. The choice is
// explained in the message.
import type { Measurement, Model, Norm, Qualifier } from './model';
import { lower } from './model';
import { formatDate } from './text';

export interface Candidate {
  norm: Norm;
  /** Steps from the measurement's area up to the norm's (0 = the same area). */
  distance: number;
  /** 2 per qualifier matched exactly, 1 per qualifier matched through its hoofdtype. */
  specificity: number;
}

export interface Choice {
  norm: Norm;
  /** Why this norm and not the others that also apply; null when it was the only one. */
  explanation: string | null;
}

/** A norm without area and a registry without municipality: applies anywhere, as the least specific. */
const ANYWHERE = 1_000;

function qualifierScore(model: Model, q: Qualifier, dimension: string): number | null {
  if (lower(dimension) === lower(q.value)) return 2;
  if (q.list && model.parents[q.list].get(lower(dimension)) === lower(q.value)) return 1;
  return null;
}

/** How `norm` applies to `m`, or null when it does not. */
export function applies(model: Model, norm: Norm, m: Pick<Measurement, 'indicator' | 'area' | 'period' | 'dimension'>): Candidate | null {
  if (norm.indicator !== m.indicator) return null;
  if (norm.validFrom !== null && m.period.start < norm.validFrom) return null;
  if (norm.validTo !== null && m.period.end > norm.validTo) return null;
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

function compare(a: Candidate, b: Candidate): number {
  return a.distance - b.distance || b.specificity - a.specificity || newest(b) - newest(a) || a.norm.row.row - b.norm.row.row;
}

/** The most specific of the candidates, with the reason it beats the runner-up. */
export function mostSpecific(model: Model, candidates: Candidate[]): Choice | null {
  if (candidates.length < 2) return candidates.length ? { norm: candidates[0].norm, explanation: null } : null;
  const [winner, runnerUp, ...rest] = [...candidates].sort(compare);
  const where = (c: Candidate) => model.areas.name(c.norm.area ?? model.gemeente ?? '') || 'de hele gemeente';
  const others = [runnerUp, ...rest].map((c) => c.norm.id).join(', ');
  let reason: string;
  if (winner.distance !== runnerUp.distance) {
    reason = `${winner.norm.id} geldt voor ${where(winner)}, een kleiner gebied dan dat van ${others} (${where(runnerUp)})`;
  } else if (winner.specificity !== runnerUp.specificity) {
    const what = winner.norm.qualifiers.map((q) => q.value).join(', ');
    reason = `${winner.norm.id} geldt specifiek voor ${what}, ${others} ${rest.length ? 'zijn' : 'is'} algemener`;
  } else if (newest(winner) !== newest(runnerUp)) {
    reason = `${winner.norm.id} en ${others} gelden even specifiek; de jongste telt (${winner.norm.id} geldt vanaf ${formatDate(winner.norm.validFrom!)})`;
  } else {
    reason = `${winner.norm.id} en ${others} gelden even specifiek en even lang; de eerste in Normen telt (rij ${winner.norm.row.row})`;
  }
  return { norm: winner.norm, explanation: `Getoetst aan ${winner.norm.id}: ${reason}.` };
}
