// The Overzicht: per indicator and area of the municipality its latest value, the test that applied
// to it, its status and timeliness, and the Vlaams Gewest beside it.
import type { RowView } from '../registry/read';
import { FLEMISH_REGION } from '../registry/gemeenten';
import { push } from '../collections';
import type { Context } from './context';
import { lower, type Indicator, type Measurement } from './model';
import { describeTest, rank, type Test } from './operators';
import { STATUS_TEXT } from './status';
import { formatStart } from './text';
import type { GapFlag, MeasurementFlag, OverviewRow } from './types';

function betterOrWorse(indicator: Indicator, ours: number | string, theirs: number | string): OverviewRow['vergelijking'] {
  if (indicator.scale) {
    const [a, b] = [rank(indicator.scale, String(ours)), rank(indicator.scale, String(theirs))];
    if (a < 0 || b < 0) return null;
    return a === b ? 'gelijk' : a < b ? 'beter' : 'slechter';
  }
  if (typeof ours !== 'number' || typeof theirs !== 'number' || !indicator.direction) return null;
  if (ours === theirs) return 'gelijk';
  return (ours < theirs) === (indicator.direction === 'lower') ? 'beter' : 'slechter';
}

export function overview(ctx: Context, flags: Map<RowView, MeasurementFlag>, gaps: GapFlag[]): OverviewRow[] {
  const { model } = ctx;
  // Per indicator its areas, each with its measurements, in the order they first occur.
  const pairs = new Map<string, Measurement[]>();
  const areasOf = new Map<string, Measurement[][]>();
  for (const m of model.measurements) {
    if (!ctx.inMunicipality(m.area)) continue;
    const key = `${m.indicator}\u0000${lower(m.area)}`;
    let pair = pairs.get(key);
    if (!pair) {
      pairs.set(key, (pair = []));
      push(areasOf, m.indicator, pair);
    }
    pair.push(m);
  }
  const gapAt = new Map<string, GapFlag>();
  for (const g of gaps) {
    const key = `${g.indicator}\u0000${lower(g.gebied)}`;
    if (!gapAt.has(key)) gapAt.set(key, g);
  }
  const rows: OverviewRow[] = [];
  const gapText = (indicator: Indicator, area: string) => {
    if (indicator.inactive) return 'Niet meer opgevolgd';
    const gap = gapAt.get(`${indicator.id}\u0000${lower(area)}`);
    if (gap) return gap.status === 'missing' ? `${STATUS_TEXT.missing}: ${gap.periode}` : `${STATUS_TEXT.stale}: laatste waarde ${gap.periode}`;
    return indicator.months === undefined ? '' : 'Actueel';
  };
  for (const [key, indicator] of model.indicators) {
    const areas = areasOf.get(key) ?? [];
    if (!areas.length && model.gemeente) areas.push([]);
    for (const ms of areas) {
      const area = ms[0]?.area ?? model.gemeente ?? '';
      const valued = ms.filter((m) => m.value !== null);
      // The total (no dimension) when there is one, else every dimension.
      const pool = valued.some((m) => !m.dimension) ? valued.filter((m) => !m.dimension) : valued;
      const latest = pool.reduce<Measurement | null>((a, m) => (!a || m.period.end > a.period.end ? m : a), null);
      const flag = latest ? flags.get(latest.row) : undefined;
      const benchmark = latest ? ctx.valueAt(key, FLEMISH_REGION.nis, latest.dimension, latest.period.code) : null;
      let norm: string | null = null;
      let status = flag ? STATUS_TEXT[flag.status] : latest ? STATUS_TEXT.not_evaluated : null;
      if (flag?.operator && flag.normwaarde !== null) {
        const test = { operator: flag.operator as Test['operator'], value: flag.normwaarde, upper: flag.bovengrens };
        norm = `${flag.getoetst === 'streefpad' ? 'streefpad ' : ''}${describeTest(test, indicator.unit)} (${flag.norm})`;
      } else if (flag && latest && flag.getoetst === null) {
        // No norm yet for the latest value, but one that starts later: say when, not "Geen norm".
        const later = ctx.otherPeriods(latest).filter((n) => n.validFrom !== null && n.validFrom > latest.period.start).sort((a, b) => a.validFrom! - b.validFrom!)[0];
        if (later && flag.status === 'no_norm') status = `${later.kind === 'norm' ? 'norm' : 'streefwaarde'} ${formatStart(later.validFrom!)}`;
        if (later) norm = `${later.kind === 'norm' ? '' : 'streefwaarde '}${describeTest(later, later.unit || indicator.unit)} (${later.id})`;
      }
      rows.push({
        indicator: indicator.id,
        naam: indicator.name,
        context: indicator.context,
        gebied: area,
        gebiednaam: ctx.areaName(area),
        dimensie: latest?.dimension ?? '',
        periode: latest?.period.code ?? null,
        waarde: latest?.value ?? null,
        eenheid: latest?.unit ?? indicator.unit,
        norm,
        status,
        tijdigheid: gapText(indicator, area),
        vlaamsGewest: benchmark,
        vergelijking: latest && benchmark !== null ? betterOrWorse(indicator, latest.value!, benchmark) : null,
      });
    }
  }
  return rows;
}
