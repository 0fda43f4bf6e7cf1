// A value about 100 times larger or smaller than the rest of its series (issue 16 §7): most often a
// percentage written as a fraction (0,825 for 82,5 %) or a decimal comma lost. One rule of the
// catalogue, reported by Controleer register on Metingen and by Toets aan normen beside its status.
import type { Finding } from '../findings';
import { measurementKey } from '../registry/keys';
import type { Located, RegistryData } from '../registry/read';
import { parseNumber, periodReader } from '../registry/values';
import { hundredfold, type Hundredfold } from '../norms/outliers';
import { roundExcel } from '../norms/operators';
import { formatNumber, withUnit } from '../norms/text';
import { push } from '../collections';
import { finding } from '../rules';

/** The finding for a value of `indicator` in `where` (area, with its dimension) that jumps by `jump`. */
export function jumpFinding(at: Located, value: number, unit: string, jump: Hundredfold, indicator: string, where: string): Finding {
  const meant = jump.factor === 0.01 && unit.trim() === '%' ? formatNumber(roundExcel(value * 100, 4)) : undefined;
  return finding('meting.honderdvoud', at, {
    value: withUnit(value, unit),
    indicator,
    where,
    typical: withUnit(roundExcel(jump.typical, 4), unit),
    size: jump.factor === 100 ? 'groter' : 'kleiner',
    meant,
  });
}

/** Controleer register: the jumps in every series of Metingen (same indicator, area and dimension), values in period order. */
export function jumpChecks(data: RegistryData): Finding[] {
  const table = data.tables.get('measurements');
  if (!table) return [];
  const units = new Map(data.tables.get('indicators')?.rows.map((r) => [r.text('id').toLowerCase(), r.text('unit')]));
  const areas = new Map(data.tables.get('areas')?.rows.map((r) => [r.text('code').toLowerCase(), r.text('name') || r.text('code')]));
  const readPeriod = periodReader();
  const series = new Map<string, { row: (typeof table.rows)[number]; start: number; end: number; value: number }[]>();
  for (const row of table.rows) {
    const period = readPeriod(row.get('period'));
    const value = parseNumber(row.get('value'));
    if (!period.ok || row.blank('value') || !value.ok) continue;
    push(series, measurementKey(row.get('indicator'), row.get('area'), '', row.get('dimension')), { row, start: period.value.start, end: period.value.end, value: value.value });
  }
  const out: Finding[] = [];
  for (const values of series.values()) {
    values.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const [i, jump] of hundredfold(values.map((v) => v.value))) {
      const { row, value } = values[i];
      const unit = row.text('unit') || units.get(row.text('indicator').toLowerCase()) || '';
      const area = areas.get(row.text('area').toLowerCase()) ?? row.text('area');
      out.push(jumpFinding(row.at('value'), value, unit, jump, row.text('indicator'), `${area}${row.blank('dimension') ? '' : ` (${row.text('dimension')})`}`));
    }
  }
  return out;
}
