// The intended effects of measures (BeoogdeEffecten) beside the change measured in their area since
// the measure started: context for the report, not the measure's effect (issue 16 §6).
import type { RegistryData, RowView } from '../registry/read';
import { parseDate, parseNumber } from '../registry/values';
import type { Context } from './context';
import { lower } from './model';
import { decimalsOf, roundExcel } from './operators';
import { formatChange, formatDate, withUnit } from './text';
import type { EffectFlag } from './types';

/** One BeoogdeEffecten row: what is written beside it, and the flag for the result. */
export interface EffectRow {
  row: RowView;
  measured: number | null;
  comparison: string;
  flag: EffectFlag;
}

export function effects(ctx: Context, data: RegistryData): EffectRow[] {
  const { model } = ctx;
  const rows = (key: 'measures' | 'norms' | 'intendedEffects') => data.tables.get(key)?.rows ?? [];
  const measures = new Map(rows('measures').map((r) => [lower(r.text('id')), r]));
  const norms = new Map(rows('norms').map((r) => [lower(r.text('id')), r]));
  const out: EffectRow[] = [];
  for (const r of rows('intendedEffects')) {
    const measure = measures.get(lower(r.text('measure')));
    const normRow = norms.get(lower(r.text('norm')));
    const indicator = normRow ? model.indicators.get(lower(normRow.text('indicator'))) : undefined;
    const area = r.text('area') || measure?.text('area') || normRow?.text('area') || model.gemeente || '';
    const unit = r.text('unit') || normRow?.text('unit') || indicator?.unit || '';
    const intended = parseNumber(r.get('effect'));
    const beoogd = intended.ok && !r.blank('effect') ? intended.value : null;
    const start = measure && !measure.blank('start') ? parseDate(measure.get('start')) : null;
    const flag: EffectFlag = {
      sheet: r.at('id').sheet,
      row: r.row,
      effect: r.text('id'),
      maatregel: r.text('measure'),
      norm: r.text('norm'),
      indicator: indicator?.id ?? null,
      gebied: area,
      eenheid: unit,
      beoogd,
      gemeten: null,
      voor: null,
      na: null,
      message: '',
    };
    const intendedText = `beoogd ${beoogd === null ? 'onbekend' : `${formatChange(beoogd)}${unit ? ` ${unit}` : ''}`}`;
    const where = ctx.areaName(area);
    let measuredText: string;
    if (!indicator || !normRow) measuredText = 'niet te meten: de norm of haar indicator staat niet in het register';
    else if (indicator.scale) measuredText = 'niet als getal te meten: de indicator heeft een schaal met labels';
    else if (!start?.ok) measuredText = 'niet te meten: de maatregel heeft geen startdatum';
    else {
      const dimension = normRow.text('dimension');
      const series = ctx.seriesOf(lower(indicator.id), area, dimension).filter((m) => typeof m.value === 'number');
      const before = series.filter((m) => m.period.end < start.value).at(-1);
      const after = series.filter((m) => m.period.start >= start.value).at(-1);
      if (before) flag.voor = { periode: before.period.code, waarde: before.value as number };
      if (after) flag.na = { periode: after.period.code, waarde: after.value as number };
      if (!before) measuredText = `nog niet te meten: geen meting van ${indicator.id} in ${where} vóór de start van de maatregel (${formatDate(start.value)})`;
      else if (!after) measuredText = `nog niet te vergelijken: geen meting van ${indicator.id} in ${where} na de start van de maatregel (${formatDate(start.value)})`;
      else {
        const [a, b] = [before.value as number, after.value as number];
        flag.gemeten = roundExcel(b - a, Math.max(decimalsOf(a), decimalsOf(b)));
        measuredText = `verandering in het gebied sinds de start ${formatChange(flag.gemeten)}${unit ? ` ${unit}` : ''} (${where}: ${withUnit(a, unit)} in ${before.period.code}, ${withUnit(b, unit)} in ${after.period.code})`;
      }
    }
    flag.message = `${intendedText}; ${measuredText}`;
    out.push({ row: r, measured: flag.gemeten, comparison: flag.message, flag });
  }
  return out;
}
