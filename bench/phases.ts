// What a benchmark child process runs: one phase each, so the peak memory of one phase does not
// show up in another, and a phase's timings are taken in a fresh process. Modules are loaded inside
// each phase, so a papaparse child does not carry ExcelJS. Timings exclude building the inputs.
import type { CellValue } from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { BENCH_DAY } from './config';
import type { RegistrySize } from './registryData';

export type PhaseResult = Record<string, number | string | boolean>;
export type PhaseArgs = Record<string, unknown>;

const since = (start: number) => performance.now() - start;

/**
 * The xlsx adapter the CLI and the standalone page use, whichever class the module exports under this
 * name (since issue 17 the package-level one): every phase that opens or writes a registry takes it here.
 */
const xlsxAdapter = async () => (await import('../src/workbook/xlsx/adapter')).XlsxWorkbook;

/** papaparse's own streaming parse of a file from disk: the baseline of the import. */
async function papaparse(args: PhaseArgs): Promise<PhaseResult> {
  const { createReadStream } = await import('node:fs');
  const Papa = (await import('papaparse')).default;
  const start = performance.now();
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(createReadStream(String(args.file), 'utf8') as unknown as Papa.LocalFile, {
      delimiter: ';',
      chunk: (results) => {
        rows += results.data.length;
      },
      complete: () => resolve(),
      error: reject,
    });
  });
  return { ms: since(start), rows };
}

/**
 * The monitor import as the CLI runs it, into a new registry in memory (nothing saved): open the
 * file, stream it through the import, apply its edits. With `apply: false` the edit list is built
 * but not applied, which tells the import's own cost from the workbook's. Every area, unless
 * `ownAreas`: then the registry's municipality and its benchmarks, as an import does by default.
 */
async function importCsv(args: PhaseArgs): Promise<PhaseResult> {
  const { importMonitor } = await import('../src/monitor/import');
  const { loadCatalogue } = await import('../src/monitor/catalogue');
  const { openMonitorFile } = await import('../src/monitor/node');
  const { initRegistry } = await import('../src/registry/init');
  const XlsxWorkbook = await xlsxAdapter();
  const wb = XlsxWorkbook.create();
  await initRegistry(wb, { gemeente: '44021' });
  // Loaded once before timing: the catalogue is a one-off module load, not import work.
  await loadCatalogue();
  let edits = 0;
  if (args.apply === false) wb.apply = async (list) => void (edits += list.length);
  const start = performance.now();
  const source = await openMonitorFile(String(args.file));
  const result = await importMonitor(wb, source, { allAreas: !args.ownAreas, now: BENCH_DAY });
  const ms = since(start);
  const { added, updated, skipped, empty } = result.summary;
  return { ms, added, updated, skipped, empty, ...(args.apply === false ? { editsNotApplied: edits } : {}) };
}

/** The registry written through the xlsx adapter (init, rows, validations, the Controle marks) and saved. */
async function writeAdapter(args: PhaseArgs): Promise<PhaseResult> {
  const { registryRows, writeRegistry } = await import('./registryData');
  const { writeControlSheet } = await import('../src/checks/controlSheet');
  const XlsxWorkbook = await xlsxAdapter();
  const rows = registryRows(args.size as RegistrySize);
  const start = performance.now();
  const wb = XlsxWorkbook.create();
  await writeRegistry(wb, rows);
  // An empty Controle table still sets the conditional-format marks on every registry column.
  await writeControlSheet(wb, { findings: [], summary: { errors: 0, warnings: 0 }, accepted: [] });
  const bytes = await wb.save();
  const ms = since(start);
  if (args.out) writeFileSync(String(args.out), bytes);
  return { ms, bytes: bytes.length };
}

/**
 * ExcelJS itself writing the same values into plain sheets (no tables, validations or formats): the
 * baseline of xlsx_write_vs_exceljs, the way the old ExcelJS adapter wrote, so it stays ExcelJS
 * directly and never goes through the adapter.
 */
async function writePlain(args: PhaseArgs): Promise<PhaseResult> {
  const { plainTables, registryRows } = await import('./registryData');
  const ExcelJS = (await import('exceljs')).default;
  const tables = plainTables(registryRows(args.size as RegistrySize));
  const start = performance.now();
  const wb = new ExcelJS.Workbook();
  for (const t of tables) {
    const ws = wb.addWorksheet(t.sheet);
    ws.addRow(t.columns);
    ws.addRows(t.rows as CellValue[][]);
  }
  const bytes = await wb.xlsx.writeBuffer();
  return { ms: since(start), bytes: bytes.byteLength };
}

/** A saved registry opened and saved again through the xlsx adapter, with no operation between. */
async function openSaveAdapter(args: PhaseArgs): Promise<PhaseResult> {
  const XlsxWorkbook = await xlsxAdapter();
  const bytes = readFileSync(String(args.file));
  const start = performance.now();
  const saved = await (await XlsxWorkbook.load(bytes)).save();
  return { ms: since(start), bytes: saved.length };
}

/**
 * The registry opened, every table read and one cell of each written back with the value it has,
 * then saved: every sheet with a table is parsed and written again, where openSaveAdapter copies
 * the untouched parts as they are.
 */
async function openEditSaveAdapter(args: PhaseArgs): Promise<PhaseResult> {
  const XlsxWorkbook = await xlsxAdapter();
  const bytes = readFileSync(String(args.file));
  const start = performance.now();
  const wb = await XlsxWorkbook.load(bytes);
  const { tables } = await wb.info();
  const read = await wb.readTables(tables.map((t) => t.name));
  await wb.apply(read.filter((t) => t.rows.length).map((t) => ({ kind: 'updateCells' as const, table: t.table, cells: [{ row: 0, column: t.columns[0], value: t.rows[0][0] }] })));
  const saved = await wb.save();
  return { ms: since(start), bytes: saved.length, sheets: new Set(read.map((t) => t.sheet)).size };
}

/** The same file read and written as a plain zip: every entry inflated, and deflated again. */
async function openSaveZip(args: PhaseArgs): Promise<PhaseResult> {
  const JSZip = (await import('jszip')).default;
  const bytes = readFileSync(String(args.file));
  const start = performance.now();
  const zip = await JSZip.loadAsync(bytes);
  // Set again, so JSZip compresses each entry instead of copying its compressed bytes.
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) zip.file(name, await entry.async('uint8array'));
  const saved = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { ms: since(start), bytes: saved.length };
}

/**
 * Loads a saved registry once, then times the read-only operations `repeat` times, alternating, and
 * keeps the best of each; an operation that writes runs once, last, after those before it. What an
 * operation prepares (merge: the round and its forms) is made before its clock starts.
 */
async function operationsOnFile(args: PhaseArgs): Promise<PhaseResult> {
  const XlsxWorkbook = await xlsxAdapter();
  const { timedOperations } = await import('./operations');
  const wb = await XlsxWorkbook.load(readFileSync(String(args.file)));
  const names = args.operations as string[];
  const best: PhaseResult = {};
  const time = async (name: string) => {
    const prepared = await timedOperations[name].prepare?.(wb);
    const start = performance.now();
    const detail = await timedOperations[name].run(wb, prepared);
    const ms = since(start);
    best[`${name}_ms`] = Math.min(Number(best[`${name}_ms`] ?? Infinity), ms);
    for (const [k, v] of Object.entries(detail)) best[`${name}_${k}`] = v;
  };
  for (let r = 0; r < Number(args.repeat ?? 1); r++) for (const name of names.filter((n) => !timedOperations[n].writes)) await time(name);
  for (const name of names.filter((n) => timedOperations[n].writes)) await time(name);
  return best;
}

/** Round trips of each operation on the Office.js adapter (recording fake) at one registry size. */
async function syncs(args: PhaseArgs): Promise<PhaseResult> {
  const { syncedOperations } = await import('./operations');
  const { ExcelWorkbook } = await import('../src/workbook/excel/adapter');
  const { FakeExcel } = await import('../test/workbook/excel/fakeExcel');
  const { syncsOf } = await import('../test/workbook/excel/syncsOf');
  const { registryRows, writeRegistry } = await import('./registryData');
  const size = args.size as RegistrySize;
  const fake = new FakeExcel();
  const wb = new ExcelWorkbook(fake.run);
  await writeRegistry(wb, registryRows(size));
  const out: PhaseResult = {};
  const names = (args.operations as string[] | undefined) ?? Object.keys(syncedOperations);
  for (const name of names) {
    const operation = syncedOperations[name];
    await operation.prepare?.(wb);
    const counted = await syncsOf(fake, wb, () => operation.run(wb, { rows: size.measurements, dir: String(args.dir) }));
    out[`${name}_fixed`] = counted.fixed;
    out[`${name}_chunks`] = counted.chunks;
  }
  return out;
}

/**
 * ExcelJS alone holding `rows` rows shaped like those an import adds (texts, numbers, a date) in a
 * plain sheet: what keeping the rows in an ExcelJS workbook costs at the least.
 */
async function exceljsRows(args: PhaseArgs): Promise<PhaseResult> {
  const ExcelJS = (await import('exceljs')).default;
  const start = performance.now();
  const ws = new ExcelJS.Workbook().addWorksheet('Metingen');
  for (let i = 0; i < Number(args.rows); i++) {
    const value = i + 0.5;
    ws.addRow([`IND-${i % 1000}`, String(i % 300), String(2005 + (i % 20)), `Type ${i % 12}`, value, 'euro', 'Gemeente-Stadsmonitor', BENCH_DAY, 'monitor.csv', value]);
  }
  return { ms: since(start), rows: ws.rowCount };
}

/** Nothing: the memory a child takes before any work (Node and ts-node), to read peak RSS against. */
async function idle(): Promise<PhaseResult> {
  return {};
}

export const phases: Record<string, (args: PhaseArgs) => Promise<PhaseResult>> = { papaparse, importCsv, exceljsRows, writeAdapter, writePlain, openSaveAdapter, openEditSaveAdapter, openSaveZip, operationsOnFile, syncs, idle };
