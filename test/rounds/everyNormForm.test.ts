// The update form colours a value by every norm of its row (issue 16), not only the one written in
// its hidden test columns: Bouwhoogte has min. 9 m and max. 25 m, so 30 m and 5 m are both red, in
// LibreOffice, by the form's own conditional formats.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOOK } from '../../src/norms/status';
import { writeDemo } from '../../src/registry/demo';
import { startRound } from '../../src/rounds';
import type { CellInput } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';

const dir = useTempDir();
const now = new Date('2027-01-10T10:00:00Z');
const DEVIATION = LOOK.deviation.fill.toUpperCase();

test('Bouwhoogte min. 9 m and max. 25 m: the form colours 30 m and 5 m, not 12 m', async () => {
  const registry = XlsxWorkbook.create();
  await writeDemo(registry);
  const { forms } = await startRound(registry, { period: '2026-S2', owners: ['Omgeving'], target: 'files', now });
  const [omgeving] = forms;
  const colourOf = async (value: CellInput, name: string) => {
    const wb = XlsxWorkbook.create();
    await wb.apply(omgeving.file!.edits);
    const [t] = await wb.readTables(['tblUpdate']);
    const row = t.rows.findIndex((r) => r[0] === 'IND-007');
    expect(row).toBeGreaterThanOrEqual(0);
    // The written test is one norm; both are in the rules.
    expect(t.rows[row][t.columns.indexOf('Operator')]).toBe('min');
    await wb.apply([{ kind: 'updateCells', table: 'tblUpdate', cells: [{ row, column: 'Nieuwe waarde', value }] }]);
    const file = path.join(dir(), `${name}.xlsx`);
    writeFileSync(file, await wb.save());
    const html = readFileSync(await sofficeConvert(file, 'html', path.join(dir(), name)), 'utf8');
    const rows = [...html.matchAll(/<tr.*?<\/tr>/gis)].map(([r]) =>
      [...r.matchAll(/<td([^>]*)>(.*?)<\/td>/gis)].map((m) => ({ colour: /bgcolor="([^"]+)"/i.exec(m[1])?.[1].toUpperCase() ?? 'none', text: m[2].replace(/<[^>]+>/g, '').trim() })),
    );
    const header = rows.findIndex((r) => r[0]?.text === 'Indicator');
    const input = rows[header].findIndex((c) => c.text === 'Nieuwe waarde');
    return rows.find((r) => r[0]?.text === 'IND-007')![input].colour;
  };
  const [above, below, within] = await Promise.all([colourOf(30, 'boven'), colourOf(5, 'onder'), colourOf(12, 'binnen')]);
  expect({ above, below, within }).toEqual({ above: DEVIATION, below: DEVIATION, within: 'none' });
});
