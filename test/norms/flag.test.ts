// Flagging writes into the workbook: statuses and tests beside the values, notes on the flagged
// values, live colours composed with the Controle marks, measured effects and the Overzicht sheet.
// Re-running replaces the previous flags exactly and never touches a value.
import { checkRegistry } from '../../src/checks';
import { writeControlSheet } from '../../src/checks/controlSheet';
import { markFormats } from '../../src/checks/marks';
import { UserError } from '../../src/errors';
import { flagRegistry } from '../../src/norms';
import { flagFormats, hasTests } from '../../src/norms/liveFormats';
import { OVERVIEW_COLUMNS, OVERVIEW_TABLE } from '../../src/norms/overviewSheet';
import { initRegistry } from '../../src/registry/init';
import { registrySchema, tableSpec, type RegistrySchema } from '../../src/registry/schema';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { snapshot } from '../helpers/snapshot';
import { NOW, demo, set } from './helpers';

const reload = async (wb: XlsxWorkbook) => XlsxWorkbook.load(await wb.save());
const spec = tableSpec('measurements');
const FLAG_CAPTIONS = ['Status', 'Norm (ID)', 'Operator', 'Normwaarde', 'Bovengrens', 'Referentiewaarde', 'Schaal', 'Toelichting toets'];
/** Metingen with only the columns a user fills in. */
async function values(wb: XlsxWorkbook) {
  const [t] = await wb.readTables([spec.table]);
  const keep = t.columns.map((c, i) => (FLAG_CAPTIONS.includes(c) ? -1 : i)).filter((i) => i >= 0);
  return t.rows.map((r) => keep.map((i) => r[i]));
}
async function column(wb: XlsxWorkbook, caption: string) {
  const [t] = await wb.readTables([spec.table]);
  const i = t.columns.indexOf(caption);
  return t.rows.map((r) => r[i]);
}

test('flag writes the status and the test beside every value, and never a value itself', async () => {
  const wb = await demo();
  const before = await values(wb);
  const result = await flagRegistry(wb, { now: NOW });
  const after = await reload(wb);
  expect(await values(after)).toEqual(before);
  expect(await column(after, 'Status')).toEqual([
    ...['Geen norm', 'Afwijking', 'Afwijking', 'Afwijking', 'Afwijking', 'Geen norm', 'Geen norm', 'Geen norm', 'Afwijking', 'Afwijking', 'OK', 'Geen norm', 'Afwijking'],
    // Citadelpark (stand-still against 2023-S2, then a typing error), Binnenstad (on its path, then behind it).
    ...['Geen norm', 'Geen norm', 'OK', 'Afwijking', 'Opvallend', 'Geen norm', 'Op koers', 'Niet op koers'],
    // The context indicator (lawaaihinder) and the stopped complaints count: no norm, their history stays.
    ...Array(6).fill('Geen norm'),
    // Bouwhoogte: within min. 9 m and max. 25 m, then above the maximum.
    ...['OK', 'Afwijking'],
  ]);
  expect(await column(after, 'Norm (ID)')).toEqual([
    ...[null, 'NRM-001', 'NRM-001', 'NRM-001', 'NRM-001', null, null, null, 'NRM-004', 'NRM-004', 'NRM-004', null, 'NRM-005'],
    ...[null, null, 'NRM-007', 'NRM-007', 'NRM-007', null, 'NRM-009', 'NRM-009'],
    ...Array(6).fill(null),
    ...['NRM-010', 'NRM-011'],
  ]);
  expect(await column(after, 'Normwaarde')).toEqual([null, 48, 48, 48, 48, null, null, null, 0.4, 0.4, 0.4, null, 'B', null, null, 0, 0, 0, null, 0.37, 0.36, ...Array(6).fill(null), 9, 25]);
  expect((await column(after, 'Referentiewaarde')).slice(13, 18)).toEqual([null, null, 42.3, 42.3, 42.3]);
  expect(await column(after, 'Schaal')).toEqual([...Array(12).fill(null), 'A++;A+;A;B;C;D;E;F', ...Array(16).fill(null)]);
  expect(result).toMatchObject({ evaluated: 29, counts: { ok: 3, deviation: 9, on_track: 1, off_track: 1, no_norm: 14, missing: 1, stale: 1, outlier: 1 } });
});

test('every flagged row explains its status in Toelichting toets, a cell every Excel shows (notes need ExcelApi 1.18)', async () => {
  const wb = await demo();
  await flagRegistry(wb, { now: NOW });
  const explanations = await column(await reload(wb), 'Toelichting toets');
  expect(explanations).toHaveLength(29);
  expect(explanations.every((e) => typeof e === 'string' && e.length > 0)).toBe(true);
  expect(explanations[1]).toBe('51,8 dB(A) ligt boven de norm max. 48 dB(A) (NRM-001, Beleidsplan Geluid 2030, geldig 2024–2030). Streefpad: niet op koers (max. 51,46 dB(A), NRM-003).');
  expect(explanations[10]).toBe('0,38 km voldoet aan de norm max. 0,4 km (NRM-004, Groenplan 2030, geldig 01/10/2023–31/12/2030).');
  expect(explanations[28]).toBe('27,2 m ligt boven de norm max. 25 m (NRM-011, Omgevingsplan Bouwhoogten, geldig vanaf 2024). De norm min. 9 m (NRM-010) is gehaald.');
});

test('deviating values get a note; others none', async () => {
  const wb = await demo();
  await flagRegistry(wb, { now: NOW });
  const notes = await (await reload(wb)).readNotes('Metingen', ['E2', 'E3', 'E10', 'E12', 'E14']);
  expect(notes).toEqual([
    null,
    'Toets aan normen – Afwijking\n51,8 dB(A) ligt boven de norm max. 48 dB(A) (NRM-001, Beleidsplan Geluid 2030, geldig 2024–2030). Streefpad: niet op koers (max. 51,46 dB(A), NRM-003).',
    'Toets aan normen – Afwijking\n0,49 km ligt boven de norm max. 0,4 km (NRM-004, Groenplan 2030, geldig 01/10/2023–31/12/2030).',
    null,
    'Toets aan normen – Afwijking\nC is slechter dan de norm min. B (NRM-005, Klimaatplan Wonen, geldig vanaf 2025).',
  ]);
});

test('re-running on an unchanged registry changes nothing', async () => {
  const wb = await demo();
  await flagRegistry(wb, { now: NOW });
  const once = await reload(wb);
  const before = { ...(await snapshot(once)), notes: await once.readNotes('Metingen', ['E3', 'E10', 'E14']) };
  await flagRegistry(once, { now: NOW });
  const twice = await reload(once);
  expect({ ...(await snapshot(twice)), notes: await twice.readNotes('Metingen', ['E3', 'E10', 'E14']) }).toEqual(before);
});

test('re-running after a fix replaces the flags exactly: no stale status, test or note remains', async () => {
  const wb = await demo();
  await flagRegistry(wb, { now: NOW });
  // Brugse Poort 2024 is fixed to 0,39; the ordinal norm is moved to another area, so 2025 has none.
  await wb.apply([set('measurements', 8, 'value', 0.39), set('norms', 4, 'area', 'W-BINNENSTAD')]);
  await flagRegistry(wb, { now: NOW });
  const after = await reload(wb);
  expect((await column(after, 'Status')).slice(8, 13)).toEqual(['OK', 'Afwijking', 'OK', 'Geen norm', 'Geen norm']);
  expect((await column(after, 'Normwaarde')).slice(11, 13)).toEqual([null, null]);
  expect((await column(after, 'Schaal')).slice(11, 13)).toEqual([null, null]);
  expect(await after.readNotes('Metingen', ['E10', 'E11', 'E14'])).toEqual([null, expect.stringContaining('0,45 km ligt boven'), null]);
});

test('a note the user wrote on a value is kept: the flag adds its block below it and takes only that away', async () => {
  const wb = await demo();
  await wb.apply([
    { kind: 'setNote', sheet: 'Metingen', cell: 'E10', text: 'Nieuwe GIS-laag vanaf 2024.' },
    { kind: 'setNote', sheet: 'Metingen', cell: 'E12', text: 'Gecontroleerd door dienst Groen.' },
  ]);
  await flagRegistry(wb, { now: NOW });
  expect(await wb.readNotes('Metingen', ['E10', 'E12'])).toEqual([
    'Nieuwe GIS-laag vanaf 2024.\n\nToets aan normen – Afwijking\n0,49 km ligt boven de norm max. 0,4 km (NRM-004, Groenplan 2030, geldig 01/10/2023–31/12/2030).',
    'Gecontroleerd door dienst Groen.',
  ]);
  await wb.apply([set('measurements', 8, 'value', 0.39)]);
  await flagRegistry(wb, { now: NOW });
  expect(await (await reload(wb)).readNotes('Metingen', ['E10', 'E12'])).toEqual(['Nieuwe GIS-laag vanaf 2024.', 'Gecontroleerd door dienst Groen.']);
});

describe('flags and Controle marks compose, in either order', () => {
  const waarde = 'Waarde';
  async function formatsOf(wb: XlsxWorkbook) {
    const info = await wb.info();
    const table = info.tables.find((t) => t.name === spec.table)!;
    const [value, status, unit] = await wb.readColumnRules(spec.table, [waarde, 'Status', 'Eenheid']);
    return { value: value.formats, status: status.formats, unit: unit.formats, flags: flagFormats(table, { tests: hasTests(info) }) };
  }
  const check = async (wb: XlsxWorkbook) => writeControlSheet(wb, await checkRegistry(wb, { now: NOW }));

  test.each([
    ['flag, then check', async (wb: XlsxWorkbook) => (await flagRegistry(wb, { now: NOW }), await check(wb))],
    ['check, then flag', async (wb: XlsxWorkbook) => (await check(wb), await flagRegistry(wb, { now: NOW }))],
    ['check, flag, check, flag', async (wb: XlsxWorkbook) => (await check(wb), await flagRegistry(wb, { now: NOW }), await check(wb), await flagRegistry(wb, { now: NOW }))],
  ])('%s: Waarde and Status carry the marks first, then the flags', async (_, run) => {
    const wb = await demo();
    await run(wb);
    const f = await formatsOf(await reload(wb));
    expect(f.value).toEqual([...markFormats('Metingen'), ...f.flags.get(waarde)!]);
    expect(f.status).toEqual([...markFormats('Metingen'), ...f.flags.get('Status')!]);
    expect(f.unit).toEqual(markFormats('Metingen'));
  });

  test('flag alone, before any check, puts only the flags (the marks would have nothing to read)', async () => {
    const wb = await demo();
    await flagRegistry(wb, { now: NOW });
    const f = await formatsOf(await reload(wb));
    expect(f.value).toEqual(f.flags.get(waarde));
    expect(f.unit).toEqual([]);
  });
});

test('the Overzicht sheet has one row per indicator and area, and a re-run replaces its rows', async () => {
  const wb = await demo();
  await wb.apply([
    { kind: 'appendRows', table: 'tblMetingen', rows: [spec.columns.map((c) => ({ indicator: 'IND-003', area: '2000', period: '2025', value: 0.41, unit: 'km' })[c.key as 'indicator'] ?? null)] },
  ]);
  await flagRegistry(wb, { now: NOW });
  await flagRegistry(wb, { now: NOW });
  const [overview] = await (await reload(wb)).readTables([OVERVIEW_TABLE]);
  expect(overview.sheet).toBe('Overzicht');
  expect(overview.columns).toEqual(OVERVIEW_COLUMNS);
  expect(overview.rows).toEqual([
    ['IND-001', 'Geluidsdruk gevel', 'beleidsindicator', 'S-PARKSTRAAT', 'Parkstraat', null, '2025-S2', 48.7, 'dB(A)', 'max. 48 dB(A) (NRM-001)', 'Afwijking', 'Ontbreekt: 2026-S1', null, null],
    ['IND-001', 'Geluidsdruk gevel', 'beleidsindicator', 'P-CITADELPARK', 'Citadelpark (stille zone)', null, '2025-S1', 24.1, 'dB(A)', 'toename max. 0 % (NRM-007)', 'Opvallend', 'Verouderd: laatste waarde 2025-S1', null, null],
    // Its norm holds from 2024, after the latest value: the overview says so rather than "Geen norm".
    ['IND-002', 'Slaapverstoorden', 'beleidsindicator', '44021', 'Gent', null, '2023', 12.4, '%', 'toename max. 0 % (NRM-006)', 'norm vanaf 2024', 'Actueel', null, null],
    ['IND-003', 'Afstand tot openbaar groen', 'beleidsindicator', 'W-BRUGSEPOORT', 'Brugse Poort - Rooigem', null, '2025', 0.45, 'km', 'max. 0,4 km (NRM-004)', 'Afwijking', 'Actueel', 0.41, 'slechter'],
    ['IND-003', 'Afstand tot openbaar groen', 'beleidsindicator', '44021', 'Gent', null, '2025', 0.38, 'km', 'max. 0,4 km (NRM-004)', 'OK', 'Actueel', 0.41, 'beter'],
    ['IND-003', 'Afstand tot openbaar groen', 'beleidsindicator', 'W-BINNENSTAD', 'Binnenstad', null, '2025', 0.365, 'km', 'streefpad max. 0,36 km (NRM-009)', 'Niet op koers', 'Actueel', 0.41, 'beter'],
    ['IND-004', 'Energielabel woningen', 'beleidsindicator', '44021', 'Gent', null, '2025', 'C', 'label', 'min. B (NRM-005)', 'Afwijking', 'Actueel', null, null],
    // A stopped indicator is no longer followed; the context indicator comes after the policy ones.
    ['IND-006', 'Klachten over geluid', 'beleidsindicator', '44021', 'Gent', null, '2025-S1', 176, 'aantal', null, 'Geen norm', 'Niet meer opgevolgd', null, null],
    ['IND-007', 'Bouwhoogte nieuwbouw', 'beleidsindicator', '44021', 'Gent', null, '2025', 27.2, 'm', 'max. 25 m (NRM-011)', 'Afwijking', 'Actueel', null, null],
    ['IND-005', 'Buurtproblemen: lawaaihinder', 'contextindicator', '44021', 'Gent', null, '2023', 13.8, '%', null, 'Geen norm', 'Actueel', null, null],
  ]);
});

test('the measured effect is written next to the intended one', async () => {
  const wb = await demo();
  await flagRegistry(wb, { now: NOW });
  const [effects] = await (await reload(wb)).readTables(['tblBeoogdeEffecten']);
  expect(effects.rows.map((r) => r.slice(-2))).toEqual([
    [-2.5, 'beoogd -3 dB(A); verandering in het gebied sinds de start -2,5 dB(A) (Parkstraat: 51,2 dB(A) in 2024-S2, 48,7 dB(A) in 2025-S2)'],
    [-0.07, 'beoogd -0,1 km; verandering in het gebied sinds de start -0,07 km (Brugse Poort - Rooigem: 0,52 km in 2023, 0,45 km in 2025)'],
  ]);
});

test('a registry of schema version 2 must be upgraded by init first, and nothing is written', async () => {
  const version2: RegistrySchema = { version: 2, tables: registrySchema.tables.map((t) => ({ ...t, columns: t.columns.filter((c) => !['normId', 'normOperator', 'normValue', 'normUpper', 'normReference', 'normScale', 'measuredEffect', 'measuredComparison'].includes(c.key)) })) };
  const wb = XlsxWorkbook.create();
  await initRegistry(wb, { gemeente: '44021' }, version2);
  const before = await snapshot(wb);
  await expect(flagRegistry(wb, { now: NOW })).rejects.toThrow(UserError);
  await expect(flagRegistry(wb, { now: NOW })).rejects.toMatchObject({ code: 'needs-upgrade', message: expect.stringMatching(/^dit register heeft schemaversie 2 en moet eerst bijgewerkt worden naar versie \d+\. Voer Maak register/) });
  expect(await snapshot(wb)).toEqual(before);
  await initRegistry(wb);
  await expect(flagRegistry(wb, { now: NOW })).resolves.toMatchObject({ evaluated: 0 });
});

test('a row emptied by the user but for the flag columns loses its flags, and is not reported', async () => {
  const wb = await demo();
  await flagRegistry(wb, { now: NOW });
  const userColumns = spec.columns.filter((c) => !FLAG_CAPTIONS.includes(c.caption));
  await wb.apply([{ kind: 'updateCells', table: spec.table, cells: userColumns.map((c) => ({ row: 8, column: c.caption, value: null })) }]);
  const result = await flagRegistry(wb, { now: NOW });
  expect(result.findings).toEqual([]);
  const [t] = await wb.readTables([spec.table]);
  expect(FLAG_CAPTIONS.map((c) => t.rows[8][t.columns.indexOf(c)])).toEqual(FLAG_CAPTIONS.map(() => null));
  expect(await wb.readNotes('Metingen', ['E10'])).toEqual([null]);
});
