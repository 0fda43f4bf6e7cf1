// The trend chart of one indicator in the report: its values, the norm or target path that applied
// to each, and the benchmark, as a small PNG (Raster). The legend and the unit go in the caption
// beside the image, where Word sets them in the document's own font.
import type { ChartSeries } from '../norms';
import { formatNumber } from '../norms/text';
import { GLYPH_HEIGHT, GLYPH_WIDTH, Raster } from './png';

export const CHART_SIZE = { width: 640, height: 260 };
/** The colours as the caption names them. */
export const CHART_LEGEND = { values: 'donkerblauw', norm: 'rood, gestreept', benchmark: 'groen' } as const;

const PALETTE = ['#FFFFFF', '#7F7F7F', '#E0E0E0', '#1F4E79', '#C00000', '#548235', '#262626'];
const [AXIS, GRID, VALUES, NORM, BENCHMARK, TEXT] = [1, 2, 3, 4, 5, 6];
const SCALE = 2;
const MARGIN = { left: 92, right: 24, top: 16, bottom: 40 };

/** Round steps for the value axis: 1, 2 or 5 times a power of ten. */
function niceStep(span: number, ticks: number): number {
  const raw = span / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
}

export function chartPng(series: ChartSeries): Uint8Array {
  const { width, height } = CHART_SIZE;
  const image = new Raster(width, height, PALETTE);
  const all = [...series.values, ...series.norm, ...series.benchmark].filter((v): v is number => v !== null);
  let [low, high] = [Math.min(...all), Math.max(...all)];
  if (low === high) [low, high] = [low - 1, high + 1];
  const step = niceStep(high - low, 4);
  // A line on the frame would hide in the axis: the frame keeps a step of room.
  [low, high] = [Math.floor(low / step) * step, Math.ceil(high / step) * step];
  if (all.includes(low)) low -= step;
  if (all.includes(high)) high += step;
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const x = (i: number) => plot.left + (series.periods.length === 1 ? 0 : ((plot.right - plot.left) * i) / (series.periods.length - 1));
  const y = (v: number) => plot.bottom - ((plot.bottom - plot.top) * (v - low)) / (high - low);
  const glyph = { w: GLYPH_WIDTH * SCALE, h: GLYPH_HEIGHT * SCALE };

  // Grid and value labels; decimals as many as the step needs.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let v = low; v <= high + step / 2; v += step) {
    const label = formatNumber(Number(v.toFixed(decimals)));
    image.line(plot.left, y(v), plot.right, y(v), GRID);
    image.text(plot.left - 8 - label.length * glyph.w, Math.round(y(v) - glyph.h / 2), label, TEXT, SCALE);
  }
  image.line(plot.left, plot.top, plot.left, plot.bottom, AXIS);
  image.line(plot.left, plot.bottom, plot.right, plot.bottom, AXIS);
  // Period labels, as many as fit without touching.
  const widest = Math.max(...series.periods.map((p) => p.length)) * glyph.w + 12;
  const every = Math.max(1, Math.ceil(widest / Math.max(1, x(1) - x(0))));
  series.periods.forEach((p, i) => {
    if (i % every && i !== series.periods.length - 1) return;
    const left = Math.min(Math.max(0, x(i) - (p.length * glyph.w) / 2), width - p.length * glyph.w);
    image.line(x(i), plot.bottom, x(i), plot.bottom + 5, AXIS);
    image.text(Math.round(left), plot.bottom + 12, p, TEXT, SCALE);
  });

  const draw = (values: (number | null)[], colour: number, thickness: number, dash = 0, marker = 0) => {
    values.forEach((v, i) => {
      if (v === null) return;
      const next = values[i + 1];
      if (next !== null && next !== undefined) image.line(x(i), y(v), x(i + 1), y(next), colour, thickness, dash);
      if (marker) image.rect(Math.round(x(i)) - (marker >> 1), Math.round(y(v)) - (marker >> 1), marker, marker, colour);
    });
  };
  draw(series.benchmark, BENCHMARK, 2, 0, 5);
  draw(series.norm, NORM, 2, 6);
  draw(series.values, VALUES, 3, 0, 7);
  return image.png();
}
