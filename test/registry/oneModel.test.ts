// Issue 18: one registry model. Every operation reads the registry once (one readTables call), and
// gives the same answer for the same cell: `12%` in Waarde is no number for check, flag, import and
// export alike; `2023S1` is the period 2023-S1 for all of them; `Open bebouwing` and `Open-bebouwing`
// are one measurement everywhere.
import { checkRegistry } from '../../src/checks';
import { exportRegistry } from '../../src/export';
import { importMonitor, type MonitorSource } from '../../src/monitor/import';
import { evaluateNorms, flagRegistry } from '../../src/norms';
import { writeDemo } from '../../src/registry/demo';
import { initRegistry } from '../../src/registry/init';
import { keyPart, measurementKey } from '../../src/registry/keys';
import { tableSpec } from '../../src/registry/schema';
import { sameValue } from '../../src/registry/upsert';
import { parseNumber, parsePeriod } from '../../src/registry/values';
import { mergeForms, startRound } from '../../src/rounds';
import type { CellInput, WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { OWN_SURVEY } from '../helpers/ownSurvey';

const NOW = new Date('2027-01-10T10:00:00');

/** The workbook with its readTables calls counted. */
function counted(wb: XlsxWorkbook): { wb: WorkbookPort; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(wb, {
    get(target, property) {
      if (property === 'readTables') return (names: string[]) => (reads++, target.readTables(names));
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { wb: proxy, reads: () => reads };
}

async function demo(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  await wb.apply([OWN_SURVEY]);
  return XlsxWorkbook.load(await wb.save());
}

const csv = (rows: string[]): MonitorSource => ({ kind: 'csv', name: 'WO_07.csv', input: ['Gemeente;NIS-code;Indicator;Jaar;Type;Mediaanprijs (in euro)', ...rows].join('\n') });

describe('each operation reads the registry in one readTables call', () => {
  test.each([
    ['check', (wb: WorkbookPort) => checkRegistry(wb, { now: NOW })],
    ['flag', (wb: WorkbookPort) => flagRegistry(wb, { now: NOW })],
    ['flag without writing', (wb: WorkbookPort) => evaluateNorms(wb, { now: NOW })],
    ['export with its check', (wb: WorkbookPort) => exportRegistry(wb, { now: NOW, checks: true })],
    ['import', (wb: WorkbookPort) => importMonitor(wb, csv(['Gent;44021;Mediaanprijs huizen;2023;Open bebouwing;300000,0']), { now: NOW })],
  ])('%s', async (_, operation) => {
    const { wb, reads } = counted(await demo());
    await operation(wb);
    expect(reads()).toBe(1);
  });

  test('round merge: the registry and Rondes in one call (the form is another workbook)', async () => {
    const registry = await demo();
    const started = await startRound(registry, { period: '2026-S2', owners: ['Milieu'], target: 'files', now: NOW });
    const form = XlsxWorkbook.create();
    await form.apply(started.forms[0].file!.edits);
    const { wb, reads } = counted(registry);
    await mergeForms(wb, [{ name: 'milieu.xlsx', wb: form }], { now: NOW });
    expect(reads()).toBe(1);
  });
});

describe('the same cell gets the same answer from every operation', () => {
  /** A registry with one imported measurement of Mediaanprijs huizen for Gent, 2023-S1, Open bebouwing. */
  async function registry(): Promise<XlsxWorkbook> {
    const wb = XlsxWorkbook.create();
    await initRegistry(wb, { gemeente: '44021' });
    const result = await importMonitor(wb, csv(['Gent;44021;Mediaanprijs huizen;2023S1;Open bebouwing;12']), { now: NOW });
    expect(result.summary).toMatchObject({ added: 1 });
    return wb;
  }
  const set = (wb: XlsxWorkbook, cells: Record<string, CellInput>) =>
    wb.apply([{ kind: 'updateCells', table: 'tblMetingen', cells: Object.entries(cells).map(([column, value]) => ({ row: 0, column, value })) }]);
  const reimport = (wb: XlsxWorkbook, value = '12') => importMonitor(wb, csv([`Gent;44021;Mediaanprijs huizen;2023-S1;Open bebouwing;${value}`]), { now: NOW });
  const exported = async (wb: XlsxWorkbook) => {
    const { files } = await exportRegistry(wb, { format: 'json', now: NOW });
    return JSON.parse(new TextDecoder().decode(files.find((f) => f.path === 'measurements.json')!.data)) as Record<string, unknown>[];
  };

  test('12% in Waarde is no number: check and flag report it at the cell, import does not take it for 12, export keeps it as text', async () => {
    const wb = await registry();
    await set(wb, { Waarde: '12%', Bronwaarde: null });
    const check = (await checkRegistry(wb, { now: NOW })).findings.filter((f) => f.cell === 'E2');
    expect(check.map((f) => f.rule)).toEqual(['waarde.geen-getal']);
    const flag = (await evaluateNorms(wb, { now: NOW })).findings.filter((f) => f.cell === 'E2');
    expect(flag).toEqual(check);
    expect(parseNumber('12%').ok).toBe(false);
    expect(sameValue('12%', 12)).toBe(false);
    // A value typed by hand that is no number is not the file's 12: a conflict, never overwritten.
    expect((await reimport(wb)).summary).toMatchObject({ added: 0, unchanged: 0, conflicts: 1 });
    expect((await exported(wb))[0]).toMatchObject({ value: null, value_label: '12%' });
  });

  test('2023S1 in Periode is the period 2023-S1 for check, flag, import and export', async () => {
    const wb = await registry();
    await set(wb, { Periode: '2023S1' });
    expect(parsePeriod('2023S1')).toMatchObject({ ok: true, value: { code: '2023-S1' } });
    expect((await checkRegistry(wb, { now: NOW })).findings.filter((f) => f.cell === 'C2')).toEqual([]);
    const flag = await evaluateNorms(wb, { now: NOW });
    expect(flag.findings.filter((f) => f.row === 2 && f.sheet === 'Metingen')).toEqual([]);
    expect((await reimport(wb)).summary).toMatchObject({ added: 0, unchanged: 1 });
    expect((await exported(wb))[0]).toMatchObject({ period: '2023-S1' });
  });

  test('Open bebouwing and Open-bebouwing are one measurement for check, import, merge and flag', async () => {
    const wb = await registry();
    await set(wb, { Dimensie: 'Open-bebouwing' });
    const spec = tableSpec('measurements');
    const dimension = spec.columns.find((c) => c.key === 'dimension')!;
    expect(keyPart(dimension, 'Open bebouwing')).toBe(keyPart(dimension, 'Open-bebouwing'));
    expect(measurementKey('IND-001', '44021', '2023S1', 'Open bebouwing')).toBe(measurementKey('ind-001', '044021', '2023-S1', 'open-bebouwing'));
    // Import: the file's Open bebouwing is the row that is there.
    expect((await reimport(wb)).summary).toMatchObject({ added: 0, unchanged: 1 });
    // Check: a second row spelled the other way is the same measurement twice.
    const [metingen] = await wb.readTables(['tblMetingen']);
    const again = metingen.rows[0].map((v, i) => (metingen.columns[i] === 'Dimensie' ? 'Open bebouwing' : v));
    await wb.apply([{ kind: 'appendRows', table: 'tblMetingen', rows: [again] }]);
    expect((await checkRegistry(wb, { now: NOW })).findings.filter((f) => f.rule === 'meting.dubbel').map((f) => f.row)).toEqual([3]);
  });
});
