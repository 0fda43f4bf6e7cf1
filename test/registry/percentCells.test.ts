// Issue 16 §7: a user types 12,5 % in Waarde of a Metingen row in %; Excel stores 0,125 with a
// percent number format. Every operation reads the 12,5 the user typed (registry/read through
// values.percentTyped), on a real .xlsx written by openpyxl and on the Office.js fake.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRegistry } from '../../src/checks';
import { exportRegistry } from '../../src/export';
import { flagRegistry } from '../../src/norms';
import { writeDemo } from '../../src/registry/demo';
import { mergeForms, startRound } from '../../src/rounds';
import { ExcelWorkbook } from '../../src/workbook/excel/adapter';
import type { WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { readAll } from '../export/load';
import { setPercentCell } from '../helpers/openpyxl';
import { FIRST_NEW_MEASUREMENT as NEW, NOW, add, demo, set, sheetRow } from '../norms/helpers';
import { FakeExcel } from '../workbook/excel/fakeExcel';

// Slaapverstoorden (IND-002, %) was 11,8 % in 2020; its norm NRM-006 allows no rise (toename max. 0 %).
const typed = add('measurements', { indicator: 'IND-002', area: '44021', period: '2026', value: 0.125, unit: '%' });
const cell = `E${sheetRow(NEW)}`;

/** What every operation makes of the typed row: the check's jump findings, the flag, the export. */
async function operations(wb: WorkbookPort) {
  const check = await checkRegistry(wb, { now: NOW });
  const flag = await flagRegistry(wb, { now: NOW });
  const exported = await readAll((await exportRegistry(wb, { format: 'json', now: NOW })).files);
  return {
    jumps: check.findings.filter((f) => f.rule === 'meting.honderdvoud').map((f) => f.cell),
    errors: check.findings.filter((f) => f.cell === cell && f.severity === 'error').map((f) => f.rule),
    flag: flag.measurements.filter((m) => m.row === sheetRow(NEW)).map((m) => ({ waarde: m.waarde, status: m.status, norm: m.norm })),
    message: flag.measurements.find((m) => m.row === sheetRow(NEW))?.message,
    exported: exported.measurements.filter((r) => r.indicator === 'IND-002' && r.period === '2026').map((r) => r.value),
  };
}

const asTyped = {
  jumps: [],
  errors: [],
  flag: [{ waarde: 12.5, status: 'deviation', norm: 'NRM-006' }],
  exported: [12.5],
};

test('a real .xlsx: 0,125 in a cell formatted 0.0% (written by openpyxl) is 12,5 % for check, flag and export', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'procent-'));
  const wb = await demo();
  await wb.apply([typed]);
  writeFileSync(join(dir, 'demo.xlsx'), await wb.save());
  await setPercentCell(join(dir, 'demo.xlsx'), join(dir, 'getypt.xlsx'), 'Metingen', cell, 0.125, '0.0%');
  const result = await operations(await XlsxWorkbook.load(readFileSync(join(dir, 'getypt.xlsx'))));
  expect(result).toMatchObject(asTyped);
  expect(result.message).toMatch(/^12,5 % is een toename van 5,9 % tegenover 2020 \(11,8 %\)/);
});

test('the same value without percent format is 0,125 %, a hundredth of its series: reported, not judged as 12,5', async () => {
  const wb = await demo();
  await wb.apply([typed]);
  const result = await operations(wb);
  expect(result.jumps).toEqual([cell]);
  expect(result.flag).toEqual([{ waarde: 0.125, status: 'outlier', norm: 'NRM-006' }]);
  expect(result.exported).toEqual([0.125]);
});

test('a percent-formatted number in a row that is not in % stays as stored (a fraction is what the cell means there)', async () => {
  const wb = await demo();
  await wb.apply([add('measurements', { indicator: 'IND-003', area: '44021', period: '2026', value: 0.35, unit: 'km' })]);
  const dir = mkdtempSync(join(tmpdir(), 'procent-'));
  writeFileSync(join(dir, 'demo.xlsx'), await wb.save());
  await setPercentCell(join(dir, 'demo.xlsx'), join(dir, 'km.xlsx'), 'Metingen', cell, 0.35, '0%');
  const flag = await flagRegistry(await XlsxWorkbook.load(readFileSync(join(dir, 'km.xlsx'))), { now: NOW });
  expect(flag.measurements.find((m) => m.row === sheetRow(NEW))?.waarde).toBe(0.35);
});

describe('on the Office.js fake', () => {
  async function fakeDemo(percent: boolean) {
    const fake = new FakeExcel();
    const wb = new ExcelWorkbook(fake.run);
    await writeDemo(wb);
    await wb.apply([typed]);
    // As Excel stores 12,5 % typed in the cell: Range.numberFormat is a 2D array.
    if (percent) {
      await fake.run(async (context) => {
        context.workbook.worksheets.getItem('Metingen').getRange(cell).numberFormat = [['0.0%']];
        await context.sync();
      });
    }
    fake.resetCounters();
    return { fake, wb };
  }

  test('check, flag and export read 12,5, with the syncs of a registry without percent cells', async () => {
    const plain = await fakeDemo(false);
    await checkRegistry(plain.wb, { now: NOW });
    const syncsWithout = plain.fake.syncCount;

    const { fake, wb } = await fakeDemo(true);
    await checkRegistry(wb, { now: NOW });
    expect(fake.syncCount).toBe(syncsWithout);
    expect(await operations(wb)).toMatchObject(asTyped);
  });

  test('a row added below the typed cell does not take its percent format: 13 stays 13, not 1300 %', async () => {
    const { fake, wb } = await fakeDemo(true);
    await wb.apply([add('measurements', { indicator: 'IND-002', area: '44021', period: '2027', value: 13, unit: '%' }, { indicator: 'IND-003', area: '44021', period: '2027', value: 0.3, unit: 'km' })]);
    expect(fake.cell('Metingen', cell).numberFormat).toBe('0.0%');
    expect([1, 2].map((i) => fake.cell('Metingen', `E${sheetRow(NEW + i)}`))).toEqual([expect.objectContaining({ value: 13, numberFormat: 'General' }), expect.objectContaining({ value: 0.3, numberFormat: 'General' })]);
    const flag = await flagRegistry(wb, { now: NOW });
    expect(flag.measurements.filter((m) => m.row > sheetRow(NEW)).map((m) => m.waarde)).toEqual([13, 0.3]);
  });
});

/** The registry with 12,5 % typed in Metingen after a round asked Milieu, and Milieu's form returning `returned`. */
async function typedAndReturned(returned: number) {
  const now = new Date('2027-01-10T10:00:00Z');
  const registry = await demo();
  // Slaapverstoorden as an in-house survey, so a round asks it (from the monitor it is imported instead).
  await registry.apply([set('indicators', 1, 'source', 'Burgerbevraging dienst Milieu')]);
  const started = await startRound(registry, { period: '2026-S2', owners: ['Milieu'], target: 'files', now });
  const form = XlsxWorkbook.create();
  await form.apply(started.forms[0].file!.edits);
  const [table] = await form.readTables(['tblUpdate']);
  const row = table.rows.findIndex((r) => r[table.columns.indexOf('Indicator')] === 'IND-002');
  await form.apply([{ kind: 'updateCells', table: 'tblUpdate', cells: [{ row, column: 'Nieuwe waarde', value: returned }] }]);

  // Meanwhile the coordinator typed 12,5 % in Metingen.
  await registry.apply([typed]);
  const dir = mkdtempSync(join(tmpdir(), 'procent-'));
  writeFileSync(join(dir, 'demo.xlsx'), await registry.save());
  await setPercentCell(join(dir, 'demo.xlsx'), join(dir, 'getypt.xlsx'), 'Metingen', cell, 0.125, '0.0%');
  const registryTyped = await XlsxWorkbook.load(readFileSync(join(dir, 'getypt.xlsx')));
  const stored = async () => {
    const [metingen] = await registryTyped.readTables(['tblMetingen'], { tblMetingen: ['Waarde'] });
    const at = (c: string) => metingen.columns.indexOf(c);
    const i = metingen.rows.findIndex((r) => r[at('Indicator')] === 'IND-002' && r[at('Periode')] === '2026');
    return [metingen.rows[i][at('Waarde')], metingen.numberFormats!.Waarde[i], metingen.rows[i][at('Bronwaarde')]];
  };
  return { registry: registryTyped, form, now, stored };
}

test('merge: a form returning 12,5 for the row typed as 12,5 % changes nothing (no conflict with the 0,125 Excel stores)', async () => {
  const { registry, form, now, stored } = await typedAndReturned(12.5);
  const result = await mergeForms(registry, [{ name: 'Update 2026-S2 Milieu.xlsx', wb: form }], { now });
  expect(result).toMatchObject({ conflicts: 0, rejected: [] });
  expect(result.unchanged).toBeGreaterThanOrEqual(1);
  expect(await stored()).toEqual([0.125, '0.0%', 12.5]);
});

test('merge: 13 accepted over the typed 12,5 % goes in as 0,13 in the percent cell, so it shows and reads as 13 %', async () => {
  const { registry, form, now, stored } = await typedAndReturned(13);
  const refused = await mergeForms(registry, [{ name: 'Update 2026-S2 Milieu.xlsx', wb: form }], { now });
  expect(refused.conflictList.map((c) => [c.registryValue, c.formValue])).toEqual([[12.5, 13]]);
  const result = await mergeForms(registry, [{ name: 'Update 2026-S2 Milieu.xlsx', wb: form }], { now, accept: 'all' });
  expect(result).toMatchObject({ conflicts: 0, accepted: 1 });
  expect(await stored()).toEqual([0.13, '0.0%', 13]);
  const flag = await flagRegistry(registry, { now: NOW });
  expect(flag.measurements.find((m) => m.row === sheetRow(NEW))?.waarde).toBe(13);
});
