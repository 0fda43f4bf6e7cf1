// The monitor work of the pane, in a chunk of its own (loaded through loadMonitor): reading a theme
// workbook needs the package reader (src/ooxml) and the catalogue is 320 kB, and the add-in downloads neither before use.

import { importMonitor, type ImportOptions, type ImportResult, type MonitorSource } from '../monitor';
import type { WorkbookPort } from '../workbook/port';
import { csvInWorker } from './csvWorkerSource';

export { addFromCatalogue, describeThemeWorkbook, fetchSwing, loadCatalogue, monitorSourceFromFile, resolveConflicts } from '../monitor';

/** importMonitor, with a CSV parsed in a Web Worker where the browser has them. */
export function importSource(wb: WorkbookPort, source: MonitorSource, options: ImportOptions & Required<Pick<ImportOptions, 'onProgress'>>): Promise<ImportResult> {
  const rows = source.kind === 'csv' ? csvInWorker(source, options.onProgress) : null;
  return importMonitor(wb, rows ?? source, options);
}
