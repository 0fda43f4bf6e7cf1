// The statuses Toets aan normen gives, in code and as the Dutch words a user sees in the workbook,
// with the colours the conditional formats give them (distinct from the Controle marks' red and
// yellow, so a flag is never mistaken for an input error).
import type { ConditionalFormat } from '../workbook/port';

/** Per measurement. */
export type MeasurementStatus = 'ok' | 'deviation' | 'on_track' | 'off_track' | 'no_norm' | 'outlier';
/** Per indicator and area. */
export type GapStatus = 'missing' | 'stale';
/** A row that could not be evaluated because of a finding, or an empty value. */
export type RowStatus = MeasurementStatus | 'not_evaluated' | 'missing';

export const STATUS_TEXT: Record<MeasurementStatus | GapStatus | 'not_evaluated', string> = {
  ok: 'OK',
  deviation: 'Afwijking',
  on_track: 'Op koers',
  off_track: 'Niet op koers',
  no_norm: 'Geen norm',
  outlier: 'Opvallend',
  missing: 'Ontbreekt',
  stale: 'Verouderd',
  not_evaluated: 'Niet getoetst',
};

export const LOOK = {
  deviation: { fill: '#F8CBAD', fontColor: '#843C0C' },
  offTrack: { fill: '#FCE4D6', fontColor: '#C65911' },
  good: { fill: '#C6EFCE', fontColor: '#006100' },
  onTrack: { fill: '#E2EFDA', fontColor: '#375623' },
  outlier: { fill: '#E4DFEC', fontColor: '#5B2C6F' },
  gap: { fill: '#EDEDED', fontColor: '#595959' },
} as const;

/** Text as a formula writes it, in double quotes. */
export const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Colours for a column of status words; `cell` is the column's first data cell with an absolute column, e.g. `$I2`. */
export function statusTextFormats(cell: string): ConditionalFormat[] {
  const is = (status: keyof typeof STATUS_TEXT) => `${cell}=${quoted(STATUS_TEXT[status])}`;
  return [
    { formula: is('deviation'), ...LOOK.deviation },
    { formula: is('off_track'), ...LOOK.offTrack },
    { formula: is('outlier'), ...LOOK.outlier },
    { formula: `OR(${is('missing')},${is('stale')},${is('not_evaluated')})`, ...LOOK.gap },
    { formula: is('ok'), ...LOOK.good },
    { formula: is('on_track'), ...LOOK.onTrack },
  ];
}
