// The registry's operations on the Office.js adapter: their round trips to Excel must not grow with
// the number of rows (only payload chunks of large transfers may add syncs).
import { checkRegistry } from '../../../src/checks';
import { writeDemo } from '../../../src/registry/demo';
import { initRegistry } from '../../../src/registry/init';
import { tableSpec } from '../../../src/registry/schema';
import { mergeForms, startRound } from '../../../src/rounds';
import { FORM_TABLE_PREFIX } from '../../../src/rounds/form';
import { ExcelWorkbook } from '../../../src/workbook/excel/adapter';
import { FakeExcel } from './fakeExcel';
import { syncsOf as syncs } from './syncsOf';

/** A demo registry on the fake with `extra` more measurement rows. */
async function registry(extra: number) {
  const fake = new FakeExcel();
  const wb = new ExcelWorkbook(fake.run);
  await writeDemo(wb);
  const spec = tableSpec('measurements');
  const row = (i: number) => spec.columns.map((c) => ({ indicator: 'IND-003', area: '44021', period: String(1000 + (i % 1000)), dimension: `d${i}`, value: i / 10, unit: 'km' })[c.key as 'indicator'] ?? null);
  if (extra) await wb.apply([{ kind: 'appendRows', table: spec.table, rows: Array.from({ length: extra }, (_, i) => row(i)) }]);
  return { fake, wb };
}

test('init costs the same syncs on a registry of the demo size and one with 10,000 more measurements', async () => {
  const small = await registry(0);
  const large = await registry(10_000);
  const few = await syncs(small.fake, small.wb, () => initRegistry(small.wb));
  const many = await syncs(large.fake, large.wb, () => initRegistry(large.wb));
  expect(many).toEqual({ fixed: few.fixed, chunks: 0 });
  // info (2), reading the settings (3), one apply (3).
  expect(few.fixed).toBe(8);
});

test('init on an empty workbook skips only the settings read', async () => {
  const fake = new FakeExcel();
  const wb = new ExcelWorkbook(fake.run);
  expect(await syncs(fake, wb, () => initRegistry(wb, { gemeente: '44021' }))).toEqual({ fixed: 5, chunks: 0 });
});

test('a full check of 100 or 10,000 measurements uses the same syncs apart from read chunks', async () => {
  const small = await registry(100);
  const large = await registry(10_000);
  const few = await syncs(small.fake, small.wb, () => checkRegistry(small.wb));
  const many = await syncs(large.fake, large.wb, () => checkRegistry(large.wb));
  expect(many.fixed).toBe(few.fixed);
  expect(few.fixed).toBeLessThanOrEqual(8);
});

describe('the half-year round (issue 7)', () => {
  const now = new Date('2027-01-10T10:00:00');

  /**
   * The demo registry with `history` more measurements in a series that is already there (IND-003 in
   * Gent, one a month back from 1833), so Metingen grows but the forms do not, and `series` more
   * series of IND-003 (one per dimension), each of which Groen is asked again in 2026.
   */
  async function grown(history: number, series: number) {
    const { fake, wb } = await registry(series);
    const spec = tableSpec('measurements');
    const month = (i: number) => `${1000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    const row = (i: number) => spec.columns.map((c) => ({ indicator: 'IND-003', area: '44021', period: month(i), value: 0.4, unit: 'km' })[c.key as 'indicator'] ?? null);
    if (history) await wb.apply([{ kind: 'appendRows', table: spec.table, rows: Array.from({ length: history }, (_, i) => row(i)) }]);
    return { fake, wb };
  }

  /**
   * Types a value into every asked row of every form sheet of the registry: a number, or the first
   * label of the row's scale. A form without measurements keeps its one empty table row empty.
   */
  async function fillForms(wb: ExcelWorkbook, sheets: string[]): Promise<number> {
    const tables = (await wb.info()).tables.filter((t) => sheets.includes(t.sheet) && t.name.startsWith(FORM_TABLE_PREFIX)).map((t) => t.name);
    const read = await wb.readTables(tables);
    const asked = read.map((t) => t.rows.map((r, row) => ({ r, row })).filter(({ r }) => r[t.columns.indexOf('Indicator')] !== null));
    await wb.apply(
      read.map((t, i) => ({
        kind: 'updateCells' as const,
        table: t.table,
        cells: asked[i].map(({ r, row }) => {
          const scale = r[t.columns.indexOf('Schaal')];
          return { row, column: 'Nieuwe waarde', value: scale ? String(scale).split(';')[0] : 1 };
        }),
      })),
    );
    return asked.reduce((n, rows) => n + rows.length, 0);
  }

  /** Syncs of starting a round with the forms as registry sheets, and of merging them back filled in. */
  async function round({ fake, wb }: { fake: FakeExcel; wb: ExcelWorkbook }) {
    let sheets: string[] = [];
    const start = await syncs(fake, wb, async () => {
      sheets = (await startRound(wb, { period: '2026-S2', target: 'sheets', now })).forms.map((f) => f.sheet!);
    });
    const rows = await fillForms(wb, sheets);
    let accepted = 0;
    const merge = await syncs(fake, wb, async () => {
      accepted = (await mergeForms(wb, [{ name: 'register', wb }], { now })).accepted;
    });
    return { start, merge, forms: sheets.length, rows, accepted };
  }

  test('start and merge cost the same syncs on the demo, with 10,000 more measurements, and with 1,000 more form rows', async () => {
    const demo = await round(await grown(0, 0));
    const longer = await round(await grown(10_000, 0));
    const wider = await round(await grown(0, 1_000));
    // Every form row filled in and merged; the extra series each add a row to Groen's form. The fifth
    // form is Mobiliteit's: it owns actions and measures only, so it is asked their progress.
    expect(demo.forms).toBe(5);
    expect([demo, longer, wider].map((r) => [r.forms, r.rows, r.accepted])).toEqual([
      [5, demo.rows, demo.rows],
      [5, demo.rows, demo.rows],
      [5, demo.rows + 1_000, demo.rows + 1_000],
    ]);
    for (const r of [longer, wider]) {
      expect(r.start.fixed).toBe(demo.start.fixed);
      expect(r.merge.fixed).toBe(demo.merge.fixed);
    }
    expect(demo.start.chunks + demo.merge.chunks).toBe(0);
    // start: openRegistry (info 2, tables 3) and one apply (3); Rondes does not exist yet.
    expect(demo.start.fixed).toBe(8);
    // merge: openRegistry with Rondes in the same read (5), readForms (info 2, each form's header 2,
    // the form tables with their progress tables (issue 19) in one read 3)
    // and one apply (3). The headers cost 2 syncs per form sheet: not per row, but per owner. A form
    // with a number in a % row would cost 2 more, for the number formats of those cells; the demo's
    // forms have none, as Slaapverstoorden (Bron Gemeente-Stadsmonitor) comes from the import, not a round.
    expect(demo.merge.fixed).toBe(13 + 2 * demo.forms);
  });

  // The asked measurements are one row each (RondeMetingen), and Ontbreekt is cut short, so no cell
  // passes Excel's 32,767 characters however many an owner is asked.
  test('start fits an owner asked 2,000 measurements within Excel’s cell limit', async () => {
    const { wb } = await grown(0, 2_000);
    const started = await startRound(wb, { period: '2026-S2', target: 'sheets', now });
    expect(started.forms.find((f) => f.owner === 'Groen')?.rows).toBeGreaterThan(2_000);
  });
});
