// The live colour follows every norm that applies to a value (issue 16), not only the one written
// beside it: the other norms of a row are limits in the hidden Toetsen table, looked up by the row's
// key. They must agree with breaches() on every operator, in LibreOffice as in Excel.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkRegistry } from '../../src/checks';
import { writeControlSheet } from '../../src/checks/controlSheet';
import { flagRegistry } from '../../src/norms';
import { flagFormats, limitsFormula } from '../../src/norms/liveFormats';
import { ownedTable } from '../../src/registry/schema';
import { TESTS_TABLE, limitsOf, testKey, testsEdits } from '../../src/norms/liveTests';
import { breaches } from '../../src/norms/operators';
import { LOOK } from '../../src/norms/status';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { sofficeConvert } from '../helpers/soffice';
import { useTempDir } from '../helpers/tempDir';
import { FIRST_NEW_MEASUREMENT, NOW, add, demo, set } from './helpers';
import { operatorCases } from './operatorCases';

const dir = useTempDir();
const DEVIATION = LOOK.deviation.fill.toLowerCase();

/** Per row of the sheet's first table, from its second worksheet row: the text and colour of each cell. */
async function rendered(wb: XlsxWorkbook, name: string, sheet: string) {
  const file = path.join(dir(), `${name}.xlsx`);
  writeFileSync(file, await wb.save());
  const html = readFileSync(await sofficeConvert(file, 'html', path.join(dir(), name)), 'utf8');
  // With one visible sheet, LibreOffice writes no sheet headings.
  const part = html.split(/<h1>Sheet \d+: /).find((p) => p.startsWith(`<em>${sheet}</em>`)) ?? html;
  return [...part.matchAll(/<tr.*?<\/tr>/gis)].slice(1).map(([row]) =>
    [...row.matchAll(/<td([^>]*)>(.*?)<\/td>/gis)].map((m) => ({ colour: /bgcolor="([^"]+)"/i.exec(m[1])?.[1].toLowerCase() ?? 'none', text: m[2].replace(/<[^>]+>/g, '').trim() })),
  );
}

test('with the Toetsen rules, every rule still fits in 255 characters, with two-letter columns too', () => {
  const columns = [...Array.from({ length: 30 }, (_, i) => `X${i}`), 'Indicator', 'Gebied', 'Periode', 'Dimensie', 'Waarde', 'Status', 'Operator', 'Normwaarde', 'Bovengrens', 'Referentiewaarde', 'Schaal'];
  const formats = flagFormats({ name: 'tblMetingen', sheet: 'Metingen', columns, address: 'A1:AO2', rowCount: 1 }, { tests: true });
  const without = flagFormats({ name: 'tblMetingen', sheet: 'Metingen', columns, address: 'A1:AO2', rowCount: 1 });
  expect(formats.get('Waarde')!.length).toBe(without.get('Waarde')!.length + 4);
  for (const list of formats.values()) for (const f of list) expect(f.formula.length).toBeLessThanOrEqual(255);
});

test('LibreOffice colours exactly what breaches() flags, for every operator, from the Toetsen table alone', async () => {
  // The Metingen columns the formats read; the test columns stay empty, as on a row whose value is not typed yet.
  const columns = ['Indicator', 'Gebied', 'Periode', 'Dimensie', 'Waarde', 'Status', 'Operator', 'Normwaarde', 'Bovengrens', 'Referentiewaarde', 'Schaal'];
  const rows = operatorCases.map(([name, , measured], i) => [`IND-${i}`, 44021, 2025, name, measured, null, null, null, null, null, null]);
  const wb = XlsxWorkbook.create();
  await wb.apply([{ kind: 'addSheet', sheet: 'Metingen' }, { kind: 'addTable', sheet: 'Metingen', table: 'tblMetingen', at: 'A1', columns, rows }]);
  const keyed = operatorCases.map(([, test], i) => ({ key: testKey({ indicator: `IND-${i}`, area: 44021, dimension: rows[i][3], period: 2025 }), limits: limitsOf(test) ?? [] }));
  await wb.apply(testsEdits(await wb.info(), keyed));
  const info = await wb.info();
  const formats = flagFormats(info.tables.find((t) => t.name === 'tblMetingen')!, { tests: true });
  for (const list of formats.values()) for (const f of list) expect(f.formula.length).toBeLessThanOrEqual(255);
  await wb.apply([...formats].map(([column, list]) => ({ kind: 'setConditionalFormats' as const, table: 'tblMetingen', column, formats: list })));

  const cells = await rendered(wb, 'tabel', 'Metingen');
  operatorCases.forEach(([name, test, measured], i) => {
    expect({ name, colour: cells[i][4].colour }).toEqual({ name, colour: breaches(test, measured) ? DEVIATION : 'none' });
  });
});

test('the form formula with the limits written in agrees with breaches() for every operator', async () => {
  const wb = XlsxWorkbook.create();
  const rows = operatorCases.map(([name, , measured]) => [name, measured]);
  await wb.apply([{ kind: 'addSheet', sheet: 'Vorm' }, { kind: 'addTable', sheet: 'Vorm', table: 'tblVorm', at: 'A1', columns: ['Geval', 'Waarde'], rows }]);
  // One rule per case, each for its own row.
  const formats = operatorCases.map(([, test], i) => ({ formula: `AND(ROW()=${i + 2},${limitsFormula('$B2', limitsOf(test) ?? [])})`, ...LOOK.deviation }));
  await wb.apply([{ kind: 'setConditionalFormats', table: 'tblVorm', column: 'Waarde', formats }]);
  const cells = await rendered(wb, 'vorm', 'Vorm');
  operatorCases.forEach(([name, test, measured], i) => {
    expect({ name, colour: cells[i][1].colour }).toEqual({ name, colour: breaches(test, measured) ? DEVIATION : 'none' });
  });
});

test('Bouwhoogte min. 9 m and max. 25 m: a value typed later is coloured by both norms, also after a check', async () => {
  const wb = await demo();
  // A row made ahead of the round (no value yet) faces both norms too.
  await wb.apply([add('measurements', { indicator: 'IND-007', area: '44021', period: '2026', unit: 'm' })]);
  await flagRegistry(wb, { now: NOW });
  await writeControlSheet(wb, await checkRegistry(wb, { now: NOW }));
  const flagged = await XlsxWorkbook.load(await wb.save());
  const [tests] = await flagged.readTables([TESTS_TABLE]);
  // Laid out as the schema describes the owned table: hidden sheet, its columns in its order.
  expect(tests).toMatchObject({ sheet: ownedTable('tests').sheet, columns: ownedTable('tests').columns.map((c) => c.caption) });
  expect((await flagged.info()).sheets.find((s) => s.name === ownedTable('tests').sheet)).toMatchObject({ visibility: 'hidden' });
  expect(tests.rows.filter((r) => String(r[0]).startsWith('IND-007')).map((r) => r.slice(0, 3))).toEqual([
    ['IND-007|44021||2024', 'min', 9],
    ['IND-007|44021||2024', 'max', 25],
    ['IND-007|44021||2025', 'min', 9],
    ['IND-007|44021||2025', 'max', 25],
    ['IND-007|44021||2026', 'min', 9],
    ['IND-007|44021||2026', 'max', 25],
  ]);
  // 2024 was OK against min. 9 m (written beside it), 2025 a breach of max. 25 m; nobody runs flag again.
  await flagged.apply([
    set('measurements', FIRST_NEW_MEASUREMENT - 2, 'value', 30),
    set('measurements', FIRST_NEW_MEASUREMENT - 1, 'value', 5),
    set('measurements', FIRST_NEW_MEASUREMENT, 'value', 12),
  ]);
  const rows = await rendered(flagged, 'bouwhoogte', 'Metingen');
  const bouwhoogte = rows.filter((r) => r[0].text === 'IND-007').map((r) => ({ value: r[4].text.split(/\s+/).at(-1), colour: r[4].colour }));
  expect(bouwhoogte).toEqual([
    { value: '30', colour: DEVIATION },
    { value: '5', colour: DEVIATION },
    { value: '12', colour: 'none' },
  ]);
});
