// What Excel users do, modelled by the recording fake, and what the Office.js adapter does about it:
// a filter on a table an operation rewrites, a cell being edited when a button is pressed, Excel's
// error codes, a co-author sorting Metingen between our read and our write, a failure after a sheet
// was unprotected, and calculation during big writes.
import { writeControlSheet } from '../../../src/checks/controlSheet';
import type { CheckResult } from '../../../src/checks/index';
import { runCommand } from '../../../src/commands/run';
import { UserError } from '../../../src/errors';
import { tableSpec } from '../../../src/registry/schema';
import { ExcelWorkbook } from '../../../src/workbook/excel/adapter';
import { excelRun } from '../../../src/workbook/excel/run';
import type { CellInput, Edit, WorkbookPort } from '../../../src/workbook/port';
import { demoOnFake } from '../../norms/helpers';
import { FakeExcel, FakeOfficeError } from './fakeExcel';

const COLUMNS = ['ID', 'Omschrijving', 'Waarde'];
const rows = (count: number, from = 0): CellInput[][] => Array.from({ length: count }, (_, i) => [`M${from + i}`, `rij ${from + i}`, from + i]);

async function workbookWithTable(count = 3, options = {}) {
  const fake = new FakeExcel();
  const wb = new ExcelWorkbook(fake.run, options);
  await wb.apply([
    { kind: 'addSheet', sheet: 'Metingen' },
    { kind: 'addTable', sheet: 'Metingen', table: 'tblMetingen', at: 'A1', columns: COLUMNS, rows: rows(count) },
  ]);
  fake.resetCounters();
  return { fake, wb };
}

const findings = (count: number): CheckResult => ({
  findings: Array.from({ length: count }, (_, i) => ({ severity: 'error', rule: 'waarde.getal', sheet: 'Metingen', row: i + 2, column: 'Waarde', cell: `C${i + 2}`, message: `Geen getal (${i}).` })),
  summary: { errors: count, warnings: 0 },
  accepted: [],
});

describe('a filter on a table an operation rewrites', () => {
  test('the fake models Excel: rows of a filtered table cannot be deleted', async () => {
    const { fake } = await workbookWithTable(5);
    fake.filterTable('tblMetingen');
    const deleting = fake.run(async (context) => {
      context.workbook.tables.getItem('tblMetingen').getDataBodyRange().getRow(3).getResizedRange(1, 0).delete('Up');
      await context.sync();
    });
    await expect(deleting).rejects.toMatchObject({ code: 'FilteredRangeConflict' });
  });

  test('a re-check with fewer findings clears the filter on Controle and rewrites it whole', async () => {
    const { fake, wb } = await workbookWithTable(5);
    await writeControlSheet(wb, findings(40));
    fake.filterTable('tblControle'); // the user filtered on Ernst
    await writeControlSheet(wb, findings(3));
    expect(fake.filtered('tblControle')).toBe(false);
    const [table] = await wb.readTables(['tblControle']);
    expect(table.rows).toHaveLength(3);
  });
});

describe('a cell being edited when a button is pressed', () => {
  test('where Excel can wait (ExcelApi 1.11), the operation runs after the edit', async () => {
    const { fake } = await workbookWithTable();
    const wb = new ExcelWorkbook(excelRun(fake.officeRun, () => true));
    fake.cellEditMode = true;
    await wb.apply([{ kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 0, column: 'Waarde', value: 9 }] }]);
    expect(fake.cell('Metingen', 'C2').value).toBe(9);
  });

  test('elsewhere the user is told in Dutch to leave the cell, and the ribbon command says so', async () => {
    const { fake } = await workbookWithTable();
    const wb = new ExcelWorkbook(excelRun(fake.officeRun, (set, version) => set === 'ExcelApi' && Number(version.split('.')[1]) <= 8));
    fake.cellEditMode = true;
    const failing = wb.apply([{ kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 0, column: 'Waarde', value: 9 }] }]);
    await expect(failing).rejects.toMatchObject({ code: 'excel', cause: { code: 'InvalidOperationInCellEditMode' } });
    await expect(failing).rejects.toThrow(/Druk op Enter of Esc/);
    const outcome = await runCommand('controleer', wb, 'nl');
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/^U bent een cel aan het bewerken\. Druk op Enter of Esc/) });
  });
});

describe("Excel's error codes", () => {
  const codes: [string, RegExp][] = [
    ['AccessDenied', /beveiligd.*Beveiliging blad opheffen/],
    ['ApiNotFound', /Werk Office bij/],
    ['ItemNotFound', /Maak register/],
    ['RequestPayloadSizeLimitExceeded', /te groot/],
    ['InvalidOperationInCellEditMode', /Enter of Esc/],
    ['GeneralException', /Sla de werkmap op/],
  ];

  test.each(codes)('%s reaches the user as a Dutch sentence that says what to do', async (code, text) => {
    const { fake, wb } = await workbookWithTable();
    fake.failingSync = { at: 1, code };
    const error = await wb.readTables(['tblMetingen']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ code: 'excel', cause: { code } });
    expect((error as Error).message).toMatch(text);
    expect((error as Error).message).not.toMatch(/[Tt]he |request|payload/);
  });

  test('a code that is our own mistake keeps its error, so the caller shows its fallback', async () => {
    const { fake, wb } = await workbookWithTable();
    fake.failingSync = { at: 1, code: 'InvalidArgument' };
    const error = await wb.readTables(['tblMetingen']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FakeOfficeError);
    fake.failingSync = { at: fake.syncCount + 1, code: 'InvalidArgument' };
    jest.spyOn(console, 'error').mockImplementation(() => {}); // userMessage logs what it cannot explain
    expect(await runCommand('controleer', wb, 'nl')).toMatchObject({ ok: false, message: expect.stringMatching(/^Controleer register is niet gelukt/) });
  });
});

describe('a co-author sorts a table between our read and our write', () => {
  test('updateCells with the keys as read refuses to write on rows that moved, and writes nothing', async () => {
    const { fake, wb } = await workbookWithTable(4);
    const [read] = await wb.readTables(['tblMetingen']);
    // Another person sorts Metingen descending: M3, M2, M1, M0.
    await new ExcelWorkbook(fake.run).apply([{ kind: 'replaceRows', table: 'tblMetingen', rows: rows(4).reverse() }]);
    const before = fake.dump();
    const update: Edit = {
      kind: 'updateCells',
      table: 'tblMetingen',
      cells: [{ row: 1, column: 'Waarde', value: 100 }],
      expect: [{ row: 1, column: 'ID', value: read.rows[1][0] }],
    };
    await expect(wb.apply([update])).rejects.toMatchObject({ code: 'workbook-changed', message: expect.stringMatching(/verschoven.*Er is niets gewijzigd/) });
    expect(fake.dump()).toBe(before);
    // Unmoved rows are written as asked.
    await wb.apply([{ ...update, expect: [{ row: 1, column: 'ID', value: 'M2' }] }]);
    expect(fake.cell('Metingen', 'C3').value).toBe(100);
  });

  test('Toets aan normen sends the keys of the rows it flags, so a sort in between is refused with a Dutch message', async () => {
    const { fake, wb } = await demoOnFake(50);
    const measurements = tableSpec('measurements');
    // The co-author sorts just before the flag's write: the first two measurements swap places.
    let sorted = false;
    const coAuthored: WorkbookPort = Object.assign(Object.create(wb) as WorkbookPort, {
      async apply(edits: Edit[]) {
        if (!sorted && edits.some((e) => e.kind === 'updateCells' && e.table === measurements.table)) {
          sorted = true;
          const [table] = await wb.readTables([measurements.table]);
          await wb.apply([{ kind: 'replaceRows', table: measurements.table, rows: [table.rows[1], table.rows[0], ...table.rows.slice(2)] }]);
        }
        return wb.apply(edits);
      },
    });
    const before = fake.syncs.length;
    const outcome = await runCommand('toetsAanNormen', coAuthored, 'nl');
    expect(sorted).toBe(true);
    expect(fake.syncs.length).toBeGreaterThan(before);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/zijn verschoven sinds Beleidsregister ze las.*voer de opdracht opnieuw uit/) });
    // Without the sort the same flag goes through.
    expect(await runCommand('toetsAanNormen', wb, 'nl')).toMatchObject({ ok: true });
  });
});

describe('a failure after a sheet was unprotected for writing', () => {
  test('the sheet is protected again, so a form is not left open', async () => {
    const { fake, wb } = await workbookWithTable(3, { payloadBudget: 20_000 });
    await wb.apply([{ kind: 'protectSheet', sheet: 'Metingen', unlocked: ['C2:C4'] }]);
    fake.resetCounters();
    // Two snapshot syncs, the first chunk (with the unprotect), then the second chunk fails.
    fake.failingSync = { at: 4, code: 'GeneralException' };
    const writing = wb.apply([
      { kind: 'appendRows', table: 'tblMetingen', rows: rows(2_000, 3) },
      { kind: 'protectSheet', sheet: 'Metingen', unlocked: ['C2:C4'] },
    ]);
    await expect(writing).rejects.toMatchObject({ code: 'excel', cause: { code: 'GeneralException' } });
    expect(fake.syncCount).toBeGreaterThan(4); // the chunk that failed came after writes had landed
    expect(fake.protection('Metingen')).not.toBeNull();
  });
});

describe('calculation during big writes', () => {
  test('a write in chunks suspends calculation for each chunk and recalculates once at the end', async () => {
    const { fake, wb } = await workbookWithTable(3, { payloadBudget: 20_000 });
    await wb.apply([{ kind: 'appendRows', table: 'tblMetingen', rows: rows(2_000, 3) }]);
    expect(wb.payloadChunkSyncs).toBeGreaterThan(1);
    expect(fake.calculation).toEqual({ suspendedSyncs: wb.payloadChunkSyncs, recalculations: 1 });
  });

  test('a write in one sync leaves calculation to Excel', async () => {
    const { fake, wb } = await workbookWithTable();
    await wb.apply([{ kind: 'appendRows', table: 'tblMetingen', rows: rows(10, 3) }]);
    expect(fake.calculation).toEqual({ suspendedSyncs: 0, recalculations: 0 });
  });
});
