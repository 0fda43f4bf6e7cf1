// What the task pane and other callers use of the monitor import. Everything here runs in a
// browser; the Node entry (reading files from disk) is node.ts and is not exported from here.
export { monitorSourceFromFile, type PickedFile } from './browser';
export { loadCatalogue, makeCatalogue, type Catalogue, type CatalogueEntry } from './catalogue';
export { readMonitorCsv, type CsvInput, type CsvReadOptions } from './csv';
export { describeThemeWorkbook, importMonitor, type ImportOptions, type MonitorSource, type SheetOverview } from './import';
export { addFromCatalogue, type PickResult } from './pick';
export { resolveConflicts, type Decision, type ResolveOptions, type ResolveResult } from './resolve';
export { sniff } from './sniff';
export { fetchSwing, type SwingFetchOptions } from './swingFetch';
export type { Conflict, ImportError, ImportProgress, ImportResult, ImportSummary, MonitorRow, RowSink } from './types';
