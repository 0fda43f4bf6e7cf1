// Accepting a warning (issue 16 §8): a name in Aanvaard door on the Controle sheet keeps the warning
// off the list, with who and why, until its row changes; an error cannot be accepted.
import { checkRegistry } from '../../src/checks';
import { CONTROL_TABLE, writeControlSheet } from '../../src/checks/controlSheet';
import { writeDemo } from '../../src/registry/demo';
import type { Edit } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

const now = new Date('2026-11-23T12:00:00Z');
const cell = (column: string, row: number, value: string | null): Edit => ({ kind: 'updateCells', table: 'tblIndicatoren', cells: [{ row, column, value }] });

async function checkAndWrite(wb: XlsxWorkbook) {
  const result = await checkRegistry(wb, { now });
  await writeControlSheet(wb, result);
  const reloaded = await XlsxWorkbook.load(await wb.save());
  const [control] = await reloaded.readTables([CONTROL_TABLE]);
  return { result, wb: reloaded, control, rows: control.rows.map((r) => Object.fromEntries(control.columns.map((c, i) => [c, r[i]]))) };
}

test('an accepted warning stays accepted until its row changes', async () => {
  const start = XlsxWorkbook.create();
  await writeDemo(start);
  // IND-003 (row 2) updated every two years; IND-004 (row 3) loses its owner; a norm on an unknown indicator is an error.
  await start.apply([cell('Frequentie', 2, 'tweejaarlijks'), cell('Eigenaar', 3, null), { kind: 'updateCells', table: 'tblNormen', cells: [{ row: 0, column: 'Indicator', value: 'IND-099' }] }]);
  const first = await checkAndWrite(start);
  expect(first.result.summary).toEqual({ errors: 1, warnings: 2 });
  expect(first.control.columns).toEqual(['Ernst', 'Regel', 'Blad', 'Cel', 'Kolom', 'Melding', 'Oplossing', 'Aanvaard door', 'Reden', 'Sleutel', 'Vingerafdruk']);
  const index = (rule: string) => first.rows.findIndex((r) => r.Regel === rule);
  expect(first.rows[index('indicator.frequentie')]).toMatchObject({ Ernst: 'waarschuwing', Sleutel: 'indicator.frequentie|Indicatoren|IND-003|Frequentie', Vingerafdruk: expect.stringMatching(/^[0-9a-f]{8}$/) });

  // The coordinator accepts the frequency warning, and tries to accept the error too.
  const accept = (rule: string, by: string, reason: string): Edit => ({
    kind: 'updateCells',
    table: CONTROL_TABLE,
    cells: [
      { row: index(rule), column: 'Aanvaard door', value: by },
      { row: index(rule), column: 'Reden', value: reason },
    ],
  });
  await first.wb.apply([accept('indicator.frequentie', 'An Peeters', 'De GIS-analyse kan niet vaker.'), accept('verwijzing.onbekend', 'An Peeters', 'later')]);

  const second = await checkAndWrite(first.wb);
  expect(second.result.summary).toEqual({ errors: 1, warnings: 1 });
  expect(second.result.accepted).toEqual([expect.objectContaining({ rule: 'indicator.frequentie', cell: 'M4', by: 'An Peeters', reason: 'De GIS-analyse kan niet vaker.' })]);
  expect(second.rows.find((r) => r.Regel === 'indicator.frequentie')).toMatchObject({ Ernst: 'aanvaard', 'Aanvaard door': 'An Peeters', Reden: 'De GIS-analyse kan niet vaker.' });
  expect(second.rows.find((r) => r.Regel === 'verwijzing.onbekend')).toMatchObject({ Ernst: 'fout', 'Aanvaard door': null });

  // A re-check of the unchanged registry keeps the acceptance; a change to the row ends it.
  const third = await checkAndWrite(second.wb);
  expect(third.result.accepted).toHaveLength(1);
  await third.wb.apply([cell('Definitie', 2, 'Een andere meetmethode.')]);
  const fourth = await checkAndWrite(third.wb);
  expect(fourth.result.accepted).toEqual([]);
  expect(fourth.result.summary).toEqual({ errors: 1, warnings: 2 });
  expect(fourth.rows.find((r) => r.Regel === 'indicator.frequentie')).toMatchObject({ Ernst: 'waarschuwing', 'Aanvaard door': null });
});
