// The update form colours a value by every norm of its row (issue 16), not only the one written in
// its hidden test columns: Bouwhoogte has min. 9 m and max. 25 m, so 30 m and 5 m are both red, in
// LibreOffice, by the form's own conditional formats.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOOK } from '../../src/norms/status';
import { writeDemo } from '../../src/registry/demo';
import { startRound } from '../../src/rounds';
import { formEdits } from '../../src/rounds/form';
import type { ExpectedTest } from '../../src/norms';
import type { CellInput } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';

const dir = useTempDir();
const now = new Date('2027-01-10T10:00:00Z');
const DEVIATION = LOOK.deviation.fill.toUpperCase();

/** Each row's Nieuwe waarde colour in LibreOffice's HTML export of a saved form, by indicator. */
async function inputColours(wb: XlsxWorkbook, name: string): Promise<Map<string, string>> {
  const file = path.join(dir(), `${name}.xlsx`);
  writeFileSync(file, await wb.save());
  const html = readFileSync(await sofficeConvert(file, 'html', path.join(dir(), name)), 'utf8');
  const rows = [...html.matchAll(/<tr.*?<\/tr>/gis)].map(([r]) =>
    [...r.matchAll(/<td([^>]*)>(.*?)<\/td>/gis)].map((m) => ({ colour: /bgcolor="([^"]+)"/i.exec(m[1])?.[1].toUpperCase() ?? 'none', text: m[2].replace(/<[^>]+>/g, '').trim() })),
  );
  const header = rows.findIndex((r) => r[0]?.text === 'Indicator');
  const input = rows[header].findIndex((c) => c.text === 'Nieuwe waarde');
  return new Map(rows.slice(header + 1).map((r) => [r[0].text, r[input].colour]));
}

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
    return (await inputColours(wb, name)).get('IND-007');
  };
  const [above, below, within] = await Promise.all([colourOf(30, 'boven'), colourOf(5, 'onder'), colourOf(12, 'binnen')]);
  expect({ above, below, within }).toEqual({ above: DEVIATION, below: DEVIATION, within: 'none' });
});

test('a row whose test is a target path is amber when behind, a row with a norm red when it breaches it', async () => {
  const row = (indicator: string) => ({ indicator, name: indicator, definition: '', unit: 'km', scale: null, area: '44021', areaName: 'Gent', period: '2026', dimension: '', history: '', followUps: '' });
  const written = { normId: 'STR-1', normOperator: 'max', normValue: 0.36, normUpper: null, normReference: null, normScale: null };
  const path: ExpectedTest = { kind: 'streefpad', written, limits: [], text: 'streefpad: max. 0,36 km voor 2026' };
  const both: ExpectedTest = { kind: 'norm', written: { ...written, normId: 'NRM-1', normValue: 0.4 }, limits: [{ kind: 'max', value: 0.4 }], text: 'norm max. 0,4 km' };
  const wb = XlsxWorkbook.create();
  await wb.apply(formEdits({ sheet: 'Update', table: 'tblUpdate' }, { period: '2026-S2', owner: 'Groen', registry: 'Gent (44021)', roundId: 'R1' }, [row('PAD'), row('NORM')], [path, both]));
  await wb.apply([{ kind: 'updateCells', table: 'tblUpdate', cells: [{ row: 0, column: 'Nieuwe waarde', value: 0.38 }, { row: 1, column: 'Nieuwe waarde', value: 0.45 }] }]);
  const colours = await inputColours(wb, 'pad');
  expect([colours.get('PAD'), colours.get('NORM')]).toEqual([LOOK.offTrack.fill.toUpperCase(), DEVIATION]);
});
