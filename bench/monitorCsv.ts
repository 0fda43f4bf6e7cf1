// A monitor-style CSV (FORMATS.md §1) of a given size, the same for every run: Gemeente;NIS-code;
// Indicator;Jaar;Type;<measure with its unit>, semicolons, decimal comma, some empty values. Every
// row is a different measurement (indicator, area, year, type), so an import adds each one.
import { closeSync, openSync, writeSync } from 'node:fs';
import { FLEMISH_REGION, municipalities, provinces } from '../src/registry/gemeenten';
import { pick, seeded } from './random';

export const MONITOR_HEADER = 'Gemeente;NIS-code;Indicator;Jaar;Type;Waarde (in euro)';

const areas: [string, string][] = [[FLEMISH_REGION.name, FLEMISH_REGION.nis], ...Object.entries(provinces).map(([nis, name]): [string, string] => [name, nis]), ...municipalities.map((m): [string, string] => [m.name, m.nis])];
const YEARS = Array.from({ length: 20 }, (_, i) => 2005 + i);
const TYPES = Array.from({ length: 12 }, (_, i) => `Type ${String(i + 1).padStart(2, '0')}`);

export interface MonitorCsvInfo {
  bytes: number;
  /** Data rows (the header not counted). */
  rows: number;
  /** Rows whose value is empty. */
  empty: number;
}

/** Writes the file until it holds `bytes` bytes (whole lines) or `rows` data rows; fixed seed. */
export function writeMonitorCsv(file: string, limit: { bytes?: number; rows?: number }, seed = 20261123): MonitorCsvInfo {
  const bytes = limit.bytes ?? Number.POSITIVE_INFINITY;
  const maxRows = limit.rows ?? Number.POSITIVE_INFINITY;
  const random = seeded(seed);
  const fd = openSync(file, 'w');
  let written = 0;
  let rows = 0;
  let empty = 0;
  let buffer = MONITOR_HEADER + '\n';
  const flush = () => {
    written += writeSync(fd, buffer);
    buffer = '';
  };
  try {
    // Indicator outermost, so the file reads like monitor downloads put one after the other.
    outer: for (let indicator = 1; ; indicator++) {
      const name = `Benchmarkindicator ${String(indicator).padStart(3, '0')}`;
      for (const [area, nis] of areas) {
        for (const year of YEARS) {
          for (const type of TYPES) {
            if (written + buffer.length >= bytes || rows >= maxRows) break outer;
            let value = '';
            if (pick(random, 25) === 0) empty++;
            else value = `${pick(random, 1_000_000)},${pick(random, 10)}`;
            buffer += `${area};${nis};${name};${year};${type};${value}\n`;
            rows++;
            if (buffer.length >= 1 << 20) flush();
          }
        }
      }
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return { bytes: written, rows, empty };
}
