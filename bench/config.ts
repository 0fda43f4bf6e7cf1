// Sizes of the benchmark inputs. `full` is what `npm run bench` measures (a few minutes on 2 cores);
// `smoke` is the same suite on tiny inputs, run by the tests so the benchmark cannot rot.
import type { RegistrySize } from './registryData';

/** The day the benchmark pretends it is, so checks of norm validity give the same findings every run. */
export const BENCH_DAY = new Date(Date.UTC(2026, 10, 23));

export interface Sizes {
  /** Size of the generated monitor CSV for import_vs_papaparse. */
  csvBytes: number;
  /** The registry of check_vs_scan, flag_vs_scan and xlsx_write_vs_exceljs. */
  registry: RegistrySize;
  /** Registry sizes (measurements; the import file has as many rows) whose sync() counts must agree. */
  syncRows: [number, number];
  /** How often each timed pair runs; the best time of each side counts. */
  repeat: { import: number; write: number; check: number };
  bundle: boolean;
}

export const sizes: Record<'full' | 'smoke', Sizes> = {
  full: {
    csvBytes: 50_000_000,
    registry: { measurements: 100_000, indicators: 1_000 },
    syncRows: [1_000, 100_000],
    repeat: { import: 1, write: 1, check: 2 },
    bundle: true,
  },
  smoke: {
    csvBytes: 100_000,
    registry: { measurements: 1_000, indicators: 10 },
    syncRows: [100, 1_000],
    repeat: { import: 1, write: 1, check: 1 },
    bundle: false,
  },
};
