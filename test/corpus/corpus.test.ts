// Walks the bad-input corpus (issue 9): every input gets its expected Dutch message or finding, no
// input crashes the process (exit 3 is the CLI's "unexpected error"), and no failed operation leaves
// the workbook changed: the file on disk byte for byte, and the workbook in memory (the task pane's
// case) through a snapshot, on the xlsx adapter and, for monitor files, on the Office.js adapter.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { UserError } from '../../src/errors';
import { exportRegistry } from '../../src/export';
import { importMonitor } from '../../src/monitor/import';
import { flagRegistry } from '../../src/norms';
import { closeMonitorSource, openMonitorFile } from '../../src/monitor/node';
import { initRegistry } from '../../src/registry/init';
import { LOGBOOK_TABLE } from '../../src/registry/logbook';
import { mergeForms } from '../../src/rounds';
import { ExcelWorkbook } from '../../src/workbook/excel/adapter';
import type { WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { snapshot } from '../helpers/snapshot';
import { useTempDir } from '../helpers/tempDir';
import { FakeExcel } from '../workbook/excel/fakeExcel';
import { cases, type Case } from './expected';
import { generated } from './generate';
import { ROUND_DAY, formInputs, startRounds, type Round } from './forms/inputs';
import { registryInput, registryInputs } from './registry/inputs';

const dir = useTempDir();
const MONITOR_OK = path.join(__dirname, 'registry/monitor_ok.csv');
let newRegistry: Uint8Array;
let demoRegistry: Uint8Array;
const registries = new Map<string, Uint8Array>();
let serial = 0;
/** The demo registry with the corpus's rounds (forms/inputs.ts), as bytes, and the rounds the forms are made from. */
let roundRegistry: Uint8Array;
let round: Round;

beforeAll(async () => {
  const wb = XlsxWorkbook.create();
  await initRegistry(wb, { gemeente: '44021' });
  newRegistry = await wb.save();
  demoRegistry = await registryInput({ name: 'demo', what: 'het demoregister' });
  round = await startRounds(XlsxWorkbook.create());
  roundRegistry = await (round.registry as XlsxWorkbook).save();
});

function formInput(name: string) {
  const input = formInputs.find((i) => i.name === name);
  if (!input) throw new Error(`corpus: onbekend formulier ${name}`);
  return input;
}

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['node', 'beleidsregister', ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A new folder of its own in the temp folder, so every file keeps its name (messages name it). */
function freshDir(): string {
  const folder = path.join(dir(), String(serial++));
  mkdirSync(folder);
  return folder;
}

/** A fresh copy of the registry bytes in the temp folder. */
function registryFile(bytes: Uint8Array, name: string): string {
  const file = path.join(freshDir(), name);
  writeFileSync(file, bytes);
  return file;
}

async function registryBytes(name: string): Promise<Uint8Array> {
  if (!registries.has(name)) {
    const input = registryInputs.find((i) => i.name === name);
    if (!input) throw new Error(`corpus: onbekende registerinvoer ${name}`);
    registries.set(name, await registryInput(input));
  }
  return registries.get(name)!;
}

/** The input as a file or folder of its own in the temp folder (commands may write where they read). */
async function inputPath(input: string): Promise<string> {
  const target = path.join(freshDir(), path.basename(input));
  if (generated[input]) await generated[input](target);
  else cpSync(path.join(__dirname, input), target, { recursive: true });
  return target;
}

interface Prepared {
  args: string[];
  /** The workbook a failed operation must leave as it was. */
  registry: string;
  /** The same operation through the API, for the in-memory check. */
  api?: (wb: WorkbookPort) => Promise<unknown>;
}

async function prepare(c: Case): Promise<Prepared> {
  const isRegistry = c.input.startsWith('registry:');
  if (c.operation === 'merge') {
    const registry = registryFile(roundRegistry, 'register.xlsx');
    if (!c.input.startsWith('form:')) return { args: ['round', 'merge', registry, await inputPath(c.input)], registry };
    const form = await formInput(c.input.slice(5)).make(round);
    const file = path.join(freshDir(), `${c.input.slice(5)}.xlsx`);
    writeFileSync(file, await form.save());
    return { args: ['round', 'merge', registry, file], registry, api: (wb) => mergeForms(wb, [{ name: path.basename(file), wb: form }], { now: ROUND_DAY }) };
  }
  if (c.operation === 'import') {
    const registry = isRegistry ? registryFile(await registryBytes(c.input.slice(9)), 'register.xlsx') : registryFile(newRegistry, 'register.xlsx');
    const file = isRegistry ? MONITOR_OK : await inputPath(c.input);
    const api = async (wb: WorkbookPort) => {
      const source = await openMonitorFile(file);
      try {
        return await importMonitor(wb, source, { allAreas: true });
      } finally {
        closeMonitorSource(source);
      }
    };
    return { args: ['import', registry, file, '--alle-gebieden'], registry, api };
  }
  if (c.operation === 'export' && !isRegistry && statSync(path.join(__dirname, c.input)).isDirectory()) {
    const registry = registryFile(demoRegistry, 'demo.xlsx');
    return { args: ['export', registry, await inputPath(c.input)], registry };
  }
  const registry = isRegistry ? registryFile(await registryBytes(c.input.slice(9)), `${c.input.slice(9)}.xlsx`) : await inputPath(c.input);
  if (c.operation === 'check') return { args: ['check', registry, '--json'], registry };
  if (c.operation === 'init') return { args: ['init', registry], registry, api: (wb) => initRegistry(wb) };
  if (c.operation === 'flag') return { args: ['flag', registry], registry, api: (wb) => flagRegistry(wb) };
  return { args: ['export', registry, path.join(freshDir(), 'export')], registry, api: (wb) => exportRegistry(wb) };
}

/** What the user reads: the text printed, or for `check --json` the findings' messages. */
function readable(out: string, err: string, c: Case): string {
  if (c.operation !== 'check' || !out.trim().startsWith('{')) return out + err;
  return [err, ...(JSON.parse(out) as { findings: { message: string }[] }).findings.map((f) => f.message)].join('\n');
}

/** Snapshots compared as JSON first: a table down to row 1,048,576 is too big for a deep comparison. */
function expectSame(after: unknown, before: unknown): void {
  if (JSON.stringify(after) !== JSON.stringify(before)) expect(after).toEqual(before);
}

const keyOf = (r: Record<string, unknown>) => [r.Indicator, r.Gebied, r.Periode, ...(r.Dimensie ? [r.Dimensie] : [])].join(' | ');

async function rowsOf(wb: WorkbookPort, table: string): Promise<Record<string, unknown>[]> {
  if (!(await wb.info()).tables.some((t) => t.name === table)) return [];
  const [t] = await wb.readTables([table]);
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])));
}

/**
 * What a merge may have written: the `merged` measurements (in Metingen, from the form's owner, each
 * with one new Logboek line) and nothing else of Metingen or the Logboek. When nothing is merged,
 * nothing in the workbook changes at all (Rondes included: a rejected form is not "returned").
 */
async function expectMerged(was: XlsxWorkbook, now: XlsxWorkbook, merged: string[]): Promise<void> {
  const [before, after] = await Promise.all([was, now].map((wb) => rowsOf(wb, 'tblMetingen')));
  const others = (rows: Record<string, unknown>[]) => rows.filter((r) => !merged.includes(keyOf(r)));
  expectSame(others(after), others(before));
  expect(after.filter((r) => merged.includes(keyOf(r))).map((r) => [keyOf(r), r.Bron])).toEqual(merged.map((k) => [k, 'update Milieu 2026-S2']));
  const [logBefore, logAfter] = await Promise.all([was, now].map((wb) => rowsOf(wb, LOGBOOK_TABLE)));
  expect(logAfter.slice(0, logBefore.length)).toEqual(logBefore);
  expect(logAfter.slice(logBefore.length).map(keyOf)).toEqual(merged);
  if (!merged.length) expectSame(await snapshot(now), await snapshot(was));
}

const title = (c: Case) => `${c.input} · ${c.operation} → ${c.exit}${c.wrong ? ` (bekende fout, wacht op ${c.wrong.issue}: ${c.wrong.today})` : ''}`;

describe('bad-input corpus', () => {
  const right = cases.filter((c) => !c.wrong);
  const wrong = cases.filter((c) => c.wrong);
  test.each(right.map((c) => [title(c), c] as const))('%s', (_, c) => expectRight(c));
  // Known failures: green while the product is still wrong, red once it is fixed (then the row's `wrong` goes).
  test.failing.each(wrong.map((c) => [title(c), c] as const))('%s', (_, c) => expectRight(c));
});

/** Runs one row and asserts what the product must do with the input. */
async function expectRight(c: Case): Promise<void> {
  const prepared = await prepare(c);
  const before = readFileSync(prepared.registry);
  const { code, out, err } = await run(prepared.args);

  expect(err).not.toContain('Onverwachte fout');
  expect({ code, text: (out + err).slice(0, 2000) }).toEqual({ code: c.exit, text: expect.any(String) });
  const text = readable(out, err, c);
  if (c.message) expect(text).toContain(c.message);
  if (c.absent) expect(text).not.toContain(c.absent);
  if (c.finding) {
    const { findings } = JSON.parse(out) as { findings: { rule: string; sheet: string; cell: string | null }[] };
    expect(findings).toContainEqual(expect.objectContaining({ rule: c.finding.rule, sheet: c.finding.sheet, ...(c.finding.cell ? { cell: c.finding.cell } : {}) }));
  }
  // A message is for reading: no stack traces, no 10 MB lines.
  for (const line of text.split('\n')) expect(line.length).toBeLessThan(2000);

  const refused = code === 2 || c.operation === 'check' || c.operation === 'export' || out.includes('het register is niet gewijzigd');
  if (refused && existsSync(prepared.registry) && statSync(prepared.registry).isFile()) expect(readFileSync(prepared.registry).equals(before)).toBe(true);

  if (c.operation === 'merge') {
    const [was, now] = await Promise.all([before, readFileSync(prepared.registry)].map((b) => XlsxWorkbook.load(b)));
    await expectMerged(was, now, c.merged ?? []);
    // The same merge on the registry in memory, as in the task pane.
    if (prepared.api) {
      const wb = await XlsxWorkbook.load(before);
      await prepared.api(wb);
      await expectMerged(was, wb, c.merged ?? []);
    }
  }

  // The same refusal on a workbook in memory, as in the task pane: nothing in it may change.
  if (code === 2 && prepared.api) {
    let wb: XlsxWorkbook;
    try {
      wb = await XlsxWorkbook.load(before);
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      return;
    }
    const was = await snapshot(wb);
    await expect(prepared.api(wb)).rejects.toBeInstanceOf(UserError);
    expectSame(await snapshot(wb), was);
  }
}

describe('bad-input corpus: the Office.js adapter, and the whole corpus used', () => {
  test.each(cases.filter((c) => c.operation === 'import' && c.exit === 2 && !c.input.startsWith('registry:')).map((c) => [c.input] as const))(
    '%s leaves a registry in Excel (Office.js adapter) untouched',
    async (input) => {
      const fake = new FakeExcel();
      const wb = new ExcelWorkbook(fake.run);
      await initRegistry(wb, { gemeente: '44021' });
      const was = fake.dump();
      const file = await inputPath(input);
      const attempt = async () => {
        const source = await openMonitorFile(file);
        try {
          await importMonitor(wb, source, { allAreas: true });
        } finally {
          closeMonitorSource(source);
        }
      };
      await expect(attempt()).rejects.toBeInstanceOf(UserError);
      expect(fake.dump()).toEqual(was);
    },
  );

  test.each(cases.filter((c) => c.operation === 'merge' && c.input.startsWith('form:') && !c.merged?.length).map((c) => [c.input] as const))(
    '%s writes nothing into a registry in Excel (Office.js adapter)',
    async (input) => {
      const fake = new FakeExcel();
      const wb = new ExcelWorkbook(fake.run);
      const inExcel = await startRounds(wb);
      const form = await formInput(input.slice(5)).make(inExcel);
      const was = fake.dump();
      const result = await mergeForms(wb, [{ name: `${input.slice(5)}.xlsx`, wb: form }], { now: ROUND_DAY });
      expect(result).toMatchObject({ accepted: 0, unchanged: 0, conflicts: 0 });
      expect(result.rejected.length).toBeGreaterThan(0);
      expect(fake.dump()).toEqual(was);
    },
  );

  test('the corpus has at least 40 inputs, and every file in it is used', () => {
    const inputs = new Set(cases.map((c) => c.input));
    expect(inputs.size).toBeGreaterThanOrEqual(40);
    const files = ['monitor', 'cli'].flatMap((folder) => readdirSync(path.join(__dirname, folder)).map((f) => `${folder}/${f}`));
    expect(files.filter((f) => !inputs.has(f))).toEqual([]);
    expect(registryInputs.map((i) => `registry:${i.name}`).filter((i) => !inputs.has(i))).toEqual([]);
    expect(formInputs.map((i) => `form:${i.name}`).filter((i) => !inputs.has(i))).toEqual([]);
    expect(Object.keys(generated).filter((g) => !inputs.has(g))).toEqual([]);
  });
});
