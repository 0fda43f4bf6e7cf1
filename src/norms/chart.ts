// The data of one indicator's line chart (issue 5 §7): its series in an area, the bound that
// applied to each value, and the Vlaams Gewest benchmark, period by period. The task pane draws it,
// and in Excel excelChart.ts puts it on a sheet with a line chart.
import { FLEMISH_REGION } from '../registry/gemeenten';
import { codeKey } from '../registry/keys';
import { parsePeriod } from '../registry/values';
import type { FlagResult } from './types';

export interface ChartSeries {
  indicator: string;
  gebied: string;
  dimensie: string;
  /** Period codes in time order: every period with a value in the area or the benchmark. */
  periods: string[];
  values: (number | null)[];
  /** Normwaarde that applied (a norm or the target's path), where numeric. */
  norm: (number | null)[];
  benchmark: (number | null)[];
}

const order = (code: string) => {
  const p = parsePeriod(code);
  return p.ok ? p.value.end : Number.POSITIVE_INFINITY;
};

/** Numeric series only: an ordinal indicator has labels, which a line chart cannot draw. */
export function chartSeries(result: FlagResult, indicator: string, gebied: string, dimensie = ''): ChartSeries {
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  // Areas by the registry's key rule, as the norms match them: a Vlaams Gewest value typed 02000 is the benchmark.
  const of = (area: string) => result.measurements.filter((m) => same(m.indicator, indicator) && codeKey(m.gebied) === codeKey(area) && same(m.dimensie, dimensie));
  const [own, bench] = [of(gebied), of(FLEMISH_REGION.nis)];
  const periods = [...new Set([...own, ...bench].map((m) => m.periode))].sort((a, b) => order(a) - order(b));
  const num = (x: unknown) => (typeof x === 'number' ? x : null);
  return {
    indicator,
    gebied,
    dimensie,
    periods,
    values: periods.map((p) => num(own.find((m) => m.periode === p)?.waarde)),
    norm: periods.map((p) => num(own.find((m) => m.periode === p)?.normwaarde)),
    benchmark: periods.map((p) => num(bench.find((m) => m.periode === p)?.waarde)),
  };
}
