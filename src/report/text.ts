// The words the Rapport sheet and the Word document share, so both say the same.
import { formatNumber, withUnit } from '../norms/text';
import type { FollowUp, IndicatorLine, Progress, Report } from './model';

/** `Halfjaarrapport 2026-S1, Gent (44021)`, with `voor de gemeenteraad` for --raad. */
export function reportTitle(report: Report): string {
  return `Halfjaarrapport ${report.period}${report.council ? ' voor de gemeenteraad' : ''}${report.municipality ? `, ${report.municipality}` : ''}`;
}

/** `48,7 dB(A) in 2025-S2`, or that there is no value yet. */
export function valueText(l: IndicatorLine): string {
  return l.latest ? `${withUnit(l.latest.value, l.unit)} in ${l.latest.period}` : 'nog geen waarde';
}

/** `Open (2025): De twee pocketparken … (door Groen, tegen 31/12/2026). Afwijking: …` */
export function followUpText(f: FollowUp): string {
  const who = [f.by && `door ${f.by}`, f.due && `tegen ${f.due}`].filter(Boolean).join(', ');
  return `${f.status === 'open' ? 'Open' : 'Afgerond'} (${f.period}): ${f.decision}${who ? ` (${who})` : ''}${f.deviation ? `. Afwijking: ${f.deviation}` : ''}`;
}

/** `in uitvoering, 40 % gerealiseerd (gemeld voor 2026-S2): Twee van de vijf speelplaatsen zijn klaar` */
export function progressText(p: Progress): string {
  const state = [p.status, p.realisation !== null && `${formatNumber(p.realisation)} % gerealiseerd`].filter(Boolean).join(', ') || 'geen status';
  return `${state}${p.period ? ` (gemeld voor ${p.period})` : ''}${p.comment ? `: ${p.comment}` : ''}`;
}
