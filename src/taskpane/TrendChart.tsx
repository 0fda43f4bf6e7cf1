// The trend of one indicator in one area as a small inline SVG line chart: the measured values, the
// bound that applied (norm or target path) and the Vlaams Gewest for comparison. No chart library:
// the add-in's bundle stays small. The same figures are there as a table, for screen readers and for
// anyone who wants the numbers.

import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ChartSeries } from '../norms';
import { useMessages } from './messagesContext';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  svg: { width: '100%', height: 'auto', overflow: 'visible' },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  grid: { stroke: tokens.colorNeutralStroke3, strokeWidth: 1 },
  tick: { fill: tokens.colorNeutralForeground2, fontSize: '10px', fontFamily: tokens.fontFamilyBase },
  values: { stroke: tokens.colorBrandForeground1, strokeWidth: 2.5, fill: 'none' },
  valueDot: { fill: tokens.colorBrandForeground1 },
  norm: { stroke: tokens.colorPaletteDarkOrangeForeground1, strokeWidth: 2, strokeDasharray: '6 3', fill: 'none' },
  benchmark: { stroke: tokens.colorNeutralForeground3, strokeWidth: 2, strokeDasharray: '2 3', fill: 'none' },
  legend: { display: 'flex', flexWrap: 'wrap', gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, margin: 0, padding: 0, listStyle: 'none' },
  key: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  table: { borderCollapse: 'collapse', width: '100%', fontVariantNumeric: 'tabular-nums', '& th, & td': { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: 'right' }, '& th:first-child, & td:first-child': { textAlign: 'left' } },
  details: { '& > summary': { cursor: 'pointer', padding: `${tokens.spacingVerticalXS} 0` } },
});

const WIDTH = 300;
const HEIGHT = 150;
const PAD = { left: 52, right: 8, top: 8, bottom: 22 };

/** A round step for about four grid lines over `range`: 1, 2 or 5 times a power of ten. */
function niceStep(range: number): number {
  const rough = range / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
}

/** The y axis: from a round number under the lowest value to one over the highest. */
export function yScale(numbers: number[]): { min: number; max: number; ticks: number[] } {
  let lo = Math.min(...numbers);
  let hi = Math.max(...numbers);
  if (lo === hi) [lo, hi] = [lo - Math.abs(lo || 1) * 0.1, hi + Math.abs(hi || 1) * 0.1];
  const step = niceStep(hi - lo);
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  return { min, max, ticks };
}

/** Line segments through the points that have a value; a missing period breaks the line. */
function path(points: (readonly [number, number] | null)[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (!p) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${p[0].toFixed(1)},${p[1].toFixed(1)}`;
    pen = true;
  }
  return d;
}

export interface ChartLabels {
  title: string;
  unit: string;
  area: string;
}

export function TrendChart({ series, labels }: { series: ChartSeries; labels: ChartLabels }) {
  const messages = useMessages();
  const styles = useStyles();
  const numbers = [...series.values, ...series.norm, ...series.benchmark].filter((n): n is number => n !== null);
  if (numbers.length === 0) return <Text>{messages.chartNoNumbers}</Text>;

  const y = yScale(numbers);
  const n = series.periods.length;
  const xAt = (i: number) => PAD.left + (n === 1 ? (WIDTH - PAD.left - PAD.right) / 2 : (i * (WIDTH - PAD.left - PAD.right)) / (n - 1));
  const yAt = (v: number) => PAD.top + ((y.max - v) * (HEIGHT - PAD.top - PAD.bottom)) / (y.max - y.min);
  const points = (values: (number | null)[]) => values.map((v, i) => (v === null ? null : ([xAt(i), yAt(v)] as const)));
  const has = (values: (number | null)[]) => values.some((v) => v !== null);
  const shownPeriods = n <= 3 ? series.periods.map((_, i) => i) : [0, Math.floor((n - 1) / 2), n - 1];
  const fmt = messages.number;

  return (
    <figure className={styles.figure} data-testid="trend-chart">
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="trend-title" aria-describedby="trend-desc">
        <title id="trend-title">{messages.chartTitle(labels.title, labels.area)}</title>
        <desc id="trend-desc">{messages.chartDescription(series, labels.unit)}</desc>
        {y.ticks.map((t) => (
          <g key={t}>
            <line className={styles.grid} x1={PAD.left} x2={WIDTH - PAD.right} y1={yAt(t)} y2={yAt(t)} />
            <text className={styles.tick} x={PAD.left - 4} y={yAt(t) + 3} textAnchor="end">
              {fmt(t)}
            </text>
          </g>
        ))}
        <line className={styles.axis} x1={PAD.left} x2={WIDTH - PAD.right} y1={HEIGHT - PAD.bottom} y2={HEIGHT - PAD.bottom} />
        {shownPeriods.map((i) => (
          <text key={i} className={styles.tick} x={xAt(i)} y={HEIGHT - 6} textAnchor={i === 0 && n > 1 ? 'start' : i === n - 1 && n > 1 ? 'end' : 'middle'}>
            {series.periods[i]}
          </text>
        ))}
        {has(series.benchmark) && <path className={styles.benchmark} d={path(points(series.benchmark))} />}
        {has(series.norm) && <path className={styles.norm} d={path(points(series.norm))} />}
        <path className={styles.values} d={path(points(series.values))} />
        {points(series.values).map((p, i) => p && <circle key={i} className={styles.valueDot} cx={p[0]} cy={p[1]} r={2.5} />)}
      </svg>
      <ul className={styles.legend}>
        <li className={styles.key}>
          <Swatch className={styles.values} />
          {labels.area}
        </li>
        {has(series.norm) && (
          <li className={styles.key}>
            <Swatch className={styles.norm} />
            {messages.chartNorm}
          </li>
        )}
        {has(series.benchmark) && (
          <li className={styles.key}>
            <Swatch className={styles.benchmark} />
            {messages.chartBenchmark}
          </li>
        )}
      </ul>
      <details className={styles.details}>
        <summary>{messages.chartTable}</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{messages.chartPeriod}</th>
              <th scope="col">{labels.area}</th>
              <th scope="col">{messages.chartNorm}</th>
              <th scope="col">{messages.chartBenchmark}</th>
            </tr>
          </thead>
          <tbody>
            {series.periods.map((p, i) => (
              <tr key={p}>
                <th scope="row">{p}</th>
                <td>{series.values[i] === null ? '–' : fmt(series.values[i]!)}</td>
                <td>{series.norm[i] === null ? '–' : fmt(series.norm[i]!)}</td>
                <td>{series.benchmark[i] === null ? '–' : fmt(series.benchmark[i]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** A short stretch of the line's own style, for the legend. */
function Swatch({ className }: { className: string }) {
  return (
    <svg width="24" height="8" aria-hidden="true">
      <line className={className} x1="0" x2="24" y1="4" y2="4" />
    </svg>
  );
}
