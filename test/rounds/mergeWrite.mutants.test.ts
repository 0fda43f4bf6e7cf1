// What a merge writes and reports (src/rounds/merge.ts from `put` on): the Metingen row and its
// Logboek line, a conflict with a value typed by hand and accepting it, Opvolging, the progress per
// owner on Rondes, the choice of the round, and forms that are not merged. Each test builds the demo
// in memory and starts its own round (faster than loading a saved registry), so a mutant costs
// seconds.
import { LOGBOOK_TABLE } from '../../src/registry/logbook';
import { writeDemo } from '../../src/registry/demo';
import { mergeForms, roundProgress, startRound, ROUND_TABLE, type MergeOptions } from '../../src/rounds';
import type { CellInput, Edit, WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { OWN_SURVEY } from '../helpers/ownSurvey';
import { rowsOf } from '../helpers/tables';

const now = new Date('2027-01-10T10:00:00');
/** `now` as Excel stores it (Opgehaald op, Teruggekregen op). */
const NOW = 46397.41666666667;
const later = new Date('2027-01-12T10:00:00');

/** A form's inputs by row (0-based) and caption, e.g. `{ 0: { 'Nieuwe waarde': 47 } }`. */
type Inputs = Record<number, Record<string, CellInput>>;

/**
 * The demo with Metingen rows typed by hand (`hand`, by caption) and a round 2026-S2 started for
 * `owners`; `form(owner, inputs, progress)` is that owner's form, filled in.
 */
async function round(owners = ['Milieu', 'Groen'], hand: Record<string, CellInput>[] = []) {
  const registry = XlsxWorkbook.create();
  await writeDemo(registry);
  const [t] = await registry.readTables(['tblMetingen']);
  await registry.apply([OWN_SURVEY, ...(hand.length ? [{ kind: 'appendRows', table: 'tblMetingen', rows: hand.map((v) => t.columns.map((c) => v[c] ?? null)) } as Edit] : [])]);
  const started = await startRound(registry, { period: '2026-S2', owners, target: 'files', now });
  const form = async (owner: string, inputs: Inputs, progress: Inputs = {}) => {
    const wb = XlsxWorkbook.create();
    await wb.apply(started.forms.find((f) => f.owner === owner)!.file!.edits);
    const cells = (i: Inputs) => Object.entries(i).flatMap(([row, values]) => Object.entries(values).map(([column, value]) => ({ row: Number(row), column, value })));
    await wb.apply([
      { kind: 'updateCells', table: 'tblUpdate', cells: cells(inputs) },
      ...(Object.keys(progress).length ? [{ kind: 'updateCells', table: 'tblVoortgang', cells: cells(progress) } as Edit] : []),
    ]);
    return wb;
  };
  return { registry, started, form };
}

/** The demo rebuilt table by table without `table`, as a user who deleted its sheet leaves it. */
async function demoWithout(table: string): Promise<XlsxWorkbook> {
  const demo = XlsxWorkbook.create();
  await writeDemo(demo);
  await demo.apply([OWN_SURVEY]);
  const info = await demo.info();
  const kept = info.tables.filter((t) => t.name !== table);
  const read = await demo.readTables(kept.map((t) => t.name));
  const wb = XlsxWorkbook.create();
  await wb.apply([
    ...[...new Set(kept.map((t) => t.sheet))].map((sheet): Edit => ({ kind: 'addSheet', sheet })),
    ...kept.map((t, i): Edit => ({ kind: 'addTable', sheet: t.sheet, table: t.name, at: t.address.split(':')[0], columns: t.columns, rows: read[i].rows })),
  ]);
  return wb;
}

/** A registry that counts its applies. */
function watched(wb: WorkbookPort): WorkbookPort & { applied: Edit[][] } {
  const applied: Edit[][] = [];
  return Object.assign(Object.create(wb) as WorkbookPort, { applied, apply: (edits: Edit[]) => (applied.push(edits), wb.apply(edits)) });
}

const metingen = async (wb: WorkbookPort, indicator: string, area: string, period: string) =>
  (await rowsOf(wb, 'tblMetingen')).filter((r) => r.Indicator === indicator && r.Gebied === area && r.Periode === period);
/** The Logboek's lines (none before the first operation that writes one makes the sheet). */
const logbook = async (wb: WorkbookPort) =>
  ((await wb.info()).tables.some((t) => t.name === LOGBOOK_TABLE) ? await rowsOf(wb, LOGBOOK_TABLE) : []).map((r) => [r.Bron, r.Indicator, r.Gebied, r.Periode, r['Oude waarde'], r['Nieuwe waarde'], r.Gebruiker]);
const rondes = async (wb: WorkbookPort) =>
  (await rowsOf(wb, ROUND_TABLE)).map((r) => [r.Periode, r.Dienst, r['Teruggekregen op'], r.Ingevuld, r.Afwijkingen, r.Conflicten, r.Status, r.Ontbreekt]);
const merge = (wb: WorkbookPort, forms: [string, WorkbookPort][], options: MergeOptions = {}) =>
  mergeForms(wb, forms.map(([name, f]) => ({ name, wb: f })), { now, ...options });

const MILIEU_MISSING = {
  parkstraat: 'Geluidsdruk gevel (IND-001), Parkstraat, 2026-S2',
  citadelpark: 'Geluidsdruk gevel (IND-001), Citadelpark (stille zone), 2026-S2',
  gent: 'Slaapverstoorden (IND-002), Gent, 2026',
};
const GROEN_MISSING = ['Afstand tot openbaar groen (IND-003), Brugse Poort - Rooigem, 2026', 'Afstand tot openbaar groen (IND-003), Gent, 2026', 'Afstand tot openbaar groen (IND-003), Binnenstad, 2026'];

test('a new value: its Metingen row, its Logboek line and the owner’s progress on Rondes', async () => {
  const { registry, form } = await round();
  // 47 dB(A) keeps the norm (max. 48); 12,1 % is a rise against 11,8 % (toename max. 0 %): a deviation.
  const milieu = await form('Milieu', { 0: { 'Nieuwe waarde': 47, Toelichting: 'na de heraanleg' }, 2: { 'Nieuwe waarde': 12.1 } });
  const wb = watched(registry);
  const result = await merge(wb, [['milieu.xlsx', milieu]], { user: 'coördinator' });
  expect(wb.applied).toHaveLength(1);
  const { owners, progress, ...rest } = result;
  expect(rest).toEqual({ period: '2026-S2', forms: 1, accepted: 2, unchanged: 0, conflicts: 0, followUps: 0, followUpsClosed: 0, conflictList: [], rejected: [], missingOwners: ['Groen'], changed: true });
  expect(progress).toEqual({ written: 0, unchanged: 0, conflicts: [] });
  expect(owners).toEqual([
    {
      owner: 'Milieu',
      contact: 'milieu@stad.example',
      returned: true,
      asked: 3,
      filled: 2,
      deviations: 1,
      status: 'onvolledig',
      conflicts: 0,
      missing: [{ indicator: 'IND-001', area: 'P-CITADELPARK', period: '2026-S2', dimension: '', name: 'Geluidsdruk gevel', areaName: 'Citadelpark (stille zone)' }],
    },
    {
      owner: 'Groen',
      contact: 'groen@stad.example',
      returned: false,
      asked: 3,
      filled: 0,
      deviations: 0,
      status: 'niet teruggekregen',
      conflicts: 0,
      missing: [
        { indicator: 'IND-003', area: 'W-BRUGSEPOORT', period: '2026', dimension: '', name: 'Afstand tot openbaar groen', areaName: 'Brugse Poort - Rooigem' },
        { indicator: 'IND-003', area: '44021', period: '2026', dimension: '', name: 'Afstand tot openbaar groen', areaName: 'Gent' },
        { indicator: 'IND-003', area: 'W-BINNENSTAD', period: '2026', dimension: '', name: 'Afstand tot openbaar groen', areaName: 'Binnenstad' },
      ],
    },
  ]);
  const row = (await metingen(registry, 'IND-001', 'S-PARKSTRAAT', '2026-S2'))[0];
  expect(row).toMatchObject({ Dimensie: null, Waarde: 47, Eenheid: 'dB(A)', Bron: 'update Milieu 2026-S2', Toelichting: 'na de heraanleg', Bestand: 'milieu.xlsx', Bronwaarde: 47 });
  expect(row['Opgehaald op']).toBeCloseTo(NOW, 6);
  expect(await metingen(registry, 'IND-002', '44021', '2026')).toEqual([expect.objectContaining({ Waarde: 12.1, Eenheid: '%', Toelichting: null, Bestand: 'milieu.xlsx' })]);
  expect(await logbook(registry)).toEqual([
    ['update Milieu 2026-S2 (milieu.xlsx)', 'IND-001', 'S-PARKSTRAAT', '2026-S2', null, 47, 'coördinator'],
    ['update Milieu 2026-S2 (milieu.xlsx)', 'IND-002', '44021', '2026', null, 12.1, 'coördinator'],
  ]);
  expect(await rondes(registry)).toEqual([
    ['2026-S2', 'Milieu', expect.closeTo(NOW, 6), 2, 1, 0, 'onvolledig', MILIEU_MISSING.citadelpark],
    ['2026-S2', 'Groen', null, 0, 0, 0, 'niet teruggekregen', GROEN_MISSING.join('\n')],
  ]);
  // Read again, the progress is what the merge reported.
  expect(await roundProgress(registry, { now })).toEqual({ period: '2026-S2', owners });
});

test('the same form again changes nothing and writes nothing; a corrected copy replaces its own value and keeps its Toelichting', async () => {
  const { registry, form } = await round();
  const first = await form('Milieu', { 0: { 'Nieuwe waarde': 47, Toelichting: 'na de heraanleg' }, 1: { 'Nieuwe waarde': 41 }, 2: { 'Nieuwe waarde': 11.5 } });
  expect(await merge(registry, [['milieu.xlsx', first]])).toMatchObject({ accepted: 3, unchanged: 0, changed: true });
  const wb = watched(registry);
  // Merged again two days later: Teruggekregen op stays the day of the first merge.
  const again = await merge(wb, [['milieu.xlsx', first]], { now: later });
  expect(again).toMatchObject({ accepted: 0, unchanged: 3, conflicts: 0, rejected: [], changed: false });
  expect(wb.applied).toEqual([]);
  expect(await rondes(registry)).toEqual([
    ['2026-S2', 'Milieu', expect.closeTo(NOW, 6), 3, 0, 0, 'volledig', ''],
    ['2026-S2', 'Groen', null, 0, 0, 0, 'niet teruggekregen', GROEN_MISSING.join('\n')],
  ]);

  // Milieu corrects 47 to 46,5, without a Toelichting this time: their own value, replaced; the Toelichting stays.
  const corrected = await form('Milieu', { 0: { 'Nieuwe waarde': 46.5 }, 1: { 'Nieuwe waarde': 41 }, 2: { 'Nieuwe waarde': 11.5 } });
  const result = await merge(registry, [['milieu (2).xlsx', corrected]], { now: later });
  expect(result).toMatchObject({ accepted: 1, unchanged: 2, conflicts: 0, rejected: [], changed: true });
  expect(await metingen(registry, 'IND-001', 'S-PARKSTRAAT', '2026-S2')).toEqual([
    expect.objectContaining({ Waarde: 46.5, Bronwaarde: 46.5, Toelichting: 'na de heraanleg', Bestand: 'milieu (2).xlsx', 'Opgehaald op': expect.closeTo(NOW + 2, 6) }),
  ]);
  expect((await logbook(registry)).at(-1)).toEqual(['update Milieu 2026-S2 (milieu (2).xlsx)', 'IND-001', 'S-PARKSTRAAT', '2026-S2', 47, 46.5, null]);
  expect(await logbook(registry)).toHaveLength(4);
});

test('a value typed by hand is kept: the conflict says where, what and from whom; accepting it writes the form’s value', async () => {
  const hand = { Indicator: 'IND-001', Gebied: 'S-PARKSTRAAT', Periode: '2026-S2', Waarde: 48.5, Bron: 'meting ter plaatse', 'Opgehaald op': 46380 };
  const { form, ...r } = await round(['Milieu', 'Groen'], [hand, { ...hand, Gebied: 'P-CITADELPARK', Waarde: 40, Bron: null, 'Opgehaald op': null }]);
  const milieu = await form('Milieu', { 0: { 'Nieuwe waarde': 47.5 }, 1: { 'Nieuwe waarde': 41 } });
  const kept = await merge(r.registry, [['milieu.xlsx', milieu]]);
  expect(kept).toMatchObject({ accepted: 0, unchanged: 0, conflicts: 2, rejected: [], changed: true });
  const [table] = await r.registry.readTables(['tblMetingen']);
  const at = (area: string) => `Metingen!E${table.firstRow + table.rows.findIndex((c) => c[1] === area && c[2] === '2026-S2')}`;
  expect(kept.conflictList).toEqual([
    {
      form: 'milieu.xlsx',
      owner: 'Milieu',
      indicator: 'IND-001',
      area: 'S-PARKSTRAAT',
      period: '2026-S2',
      dimension: '',
      formCell: 'Update!K9',
      registryCell: at('S-PARKSTRAAT'),
      registryValue: 48.5,
      registrySource: 'meting ter plaatse',
      registryDate: 46380,
      formValue: 47.5,
      rule: 'ronde.conflict',
      params: { cell: at('S-PARKSTRAAT'), key: 'IND-001 | S-PARKSTRAAT | 2026-S2', current: '48,5', source: 'meting ter plaatse', owner: 'Milieu', value: '47,5', formCell: 'Update!K9' },
      message: `${at('S-PARKSTRAAT')} (IND-001 | S-PARKSTRAAT | 2026-S2): in het register staat 48,5 (bron: meting ter plaatse); Milieu geeft 47,5 (Update!K9). De waarde in het register is behouden; aanvaard de waarde van het formulier om ze te vervangen.`,
    },
    expect.objectContaining({ area: 'P-CITADELPARK', registryValue: 40, registrySource: '', registryDate: null, formValue: 41, message: `${at('P-CITADELPARK')} (IND-001 | P-CITADELPARK | 2026-S2): in het register staat 40; Milieu geeft 41 (Update!K10). De waarde in het register is behouden; aanvaard de waarde van het formulier om ze te vervangen.` }),
  ]);
  expect(await metingen(r.registry, 'IND-001', 'S-PARKSTRAAT', '2026-S2')).toEqual([expect.objectContaining({ Waarde: 48.5, Bron: 'meting ter plaatse', Bronwaarde: null })]);
  expect(await logbook(r.registry)).toEqual([]);
  // The registry's values count: 48,5 breaches max. 48 dB(A).
  expect(await rondes(r.registry)).toEqual([
    ['2026-S2', 'Milieu', expect.closeTo(NOW, 6), 2, 1, 2, 'onvolledig', MILIEU_MISSING.gent],
    ['2026-S2', 'Groen', null, 0, 0, 0, 'niet teruggekregen', GROEN_MISSING.join('\n')],
  ]);
  expect(await roundProgress(r.registry, { now })).toEqual({ period: '2026-S2', owners: kept.owners });
  expect(kept.owners.map((o) => [o.owner, o.conflicts])).toEqual([
    ['Milieu', 2],
    ['Groen', 0],
  ]);

  // The coordinator accepts the Parkstraat one only (what the pane's Neem over does).
  const seen: string[] = [];
  const one = await merge(r.registry, [['milieu.xlsx', milieu]], { accept: (c) => (seen.push(`${'rule' in c ? c.rule : 'voortgang'} ${c.formCell} ${c.message}`), c.formCell === 'Update!K9') });
  // The coordinator's choice sees the rule (to tell value and progress conflicts apart), before a message is made.
  expect(seen).toEqual(['ronde.conflict Update!K9 ', 'ronde.conflict Update!K10 ']);
  expect(one).toMatchObject({ accepted: 1, conflicts: 1, conflictList: [expect.objectContaining({ area: 'P-CITADELPARK' })] });
  expect(await metingen(r.registry, 'IND-001', 'S-PARKSTRAAT', '2026-S2')).toEqual([expect.objectContaining({ Waarde: 47.5, Bronwaarde: 47.5, Bron: 'update Milieu 2026-S2', Bestand: 'milieu.xlsx' })]);
  expect(await logbook(r.registry)).toEqual([['update Milieu 2026-S2 (milieu.xlsx) (conflict aanvaard)', 'IND-001', 'S-PARKSTRAAT', '2026-S2', 48.5, 47.5, null]]);
  expect((await rondes(r.registry))[0]).toEqual(['2026-S2', 'Milieu', expect.closeTo(NOW, 6), 2, 0, 1, 'onvolledig', MILIEU_MISSING.gent]);

  // All accepted: the other one too; the first is now the same value.
  const all = await merge(r.registry, [['milieu.xlsx', milieu]], { accept: 'all' });
  expect(all).toMatchObject({ accepted: 1, unchanged: 1, conflicts: 0, conflictList: [] });
  expect((await logbook(r.registry)).at(-1)).toEqual(['update Milieu 2026-S2 (milieu.xlsx) (conflict aanvaard)', 'IND-001', 'P-CITADELPARK', '2026-S2', 40, 41, null]);
  expect((await rondes(r.registry))[0]).toEqual(['2026-S2', 'Milieu', expect.closeTo(NOW, 6), 2, 0, 0, 'onvolledig', MILIEU_MISSING.gent]);
});

test('each owner counts the conflicts of their own form', async () => {
  const { registry, form } = await round(['Milieu', 'Groen'], [{ Indicator: 'IND-001', Gebied: 'P-CITADELPARK', Periode: '2026-S2', Waarde: 40 }]);
  const result = await merge(registry, [['milieu.xlsx', await form('Milieu', { 1: { 'Nieuwe waarde': 41 } })], ['groen.xlsx', await form('Groen', { 0: { 'Nieuwe waarde': 0.3 } })]]);
  expect(result.owners.map((o) => [o.owner, o.returned, o.conflicts])).toEqual([
    ['Milieu', true, 1],
    ['Groen', true, 0],
  ]);
});

test('two copies of a form in one merge: the first counts, an equal second is unchanged, a different one is reported', async () => {
  const { registry, form } = await round();
  const a = await form('Milieu', { 0: { 'Nieuwe waarde': 47 }, 2: { 'Nieuwe waarde': 12 } });
  const b = await form('Milieu', { 0: { 'Nieuwe waarde': 47 }, 2: { 'Nieuwe waarde': 13 } });
  const result = await merge(registry, [['a.xlsx', a], ['b.xlsx', b]]);
  expect(result).toMatchObject({ forms: 2, accepted: 2, unchanged: 1 });
  expect(result.rejected.map((r) => [r.form, r.sheet, r.cell, r.whole, r.message])).toEqual([
    ['b.xlsx', null, 'Update!K11', false, 'Update!K11 (IND-002 | 44021 | 2026): een ander formulier in deze samenvoeging gaf al 12; deze waarde (13) is niet overgenomen.'],
  ]);
  expect(await metingen(registry, 'IND-002', '44021', '2026')).toEqual([expect.objectContaining({ Waarde: 12, Bestand: 'a.xlsx' })]);
  // What this merge wrote counts for the progress: two of three, 12 % a rise against 11,8 %.
  expect((await rondes(registry))[0]).toEqual(['2026-S2', 'Milieu', expect.closeTo(NOW, 6), 2, 1, 0, 'onvolledig', MILIEU_MISSING.citadelpark]);
});

test('a Bijsturing becomes an open Opvolging row; Bijsturing afgerond closes the open one of that indicator and area', async () => {
  const { registry, form } = await round();
  const groen = await form('Groen', {
    0: { 'Nieuwe waarde': 0.45 },
    2: { 'Nieuwe waarde': 0.41, Bijsturing: 'Extra bomen op de Kouter', 'Bijsturing afgerond': 'Ja' },
  });
  const wb = watched(registry);
  const result = await merge(wb, [['groen.xlsx', groen]]);
  expect(result).toMatchObject({ accepted: 2, followUps: 1, followUpsClosed: 1, rejected: [] });
  expect(await rowsOf(registry, 'tblOpvolging')).toEqual([
    expect.objectContaining({ Indicator: 'IND-003', Gebied: 'W-BINNENSTAD', Periode: '2025', Status: 'afgerond' }),
    {
      Indicator: 'IND-003',
      Gebied: 'W-BINNENSTAD',
      Periode: '2026',
      Afwijking: 'waarde 0,41 km, getoetst aan norm max. 0,4 km (NRM-004, Groenplan 2030, geldig 01/10/2023–31/12/2030)',
      'Beslissing of actie': 'Extra bomen op de Kouter',
      'Door wie': 'Groen',
      'Tegen wanneer': null,
      Status: 'open',
    },
  ]);
  // Both breach max. 0,4 km.
  expect((await rondes(registry))[1]).toEqual(['2026-S2', 'Groen', expect.closeTo(NOW, 6), 2, 2, 0, 'onvolledig', GROEN_MISSING[1]]);
  // Merged again (a resend): nothing to add or close. Its ja closed the Bijsturing of 2025 the form
  // showed, not the one the same row added at the first merge (that one was closed too, silently).
  const again = await merge(wb, [['groen.xlsx', groen]]);
  expect(again).toMatchObject({ accepted: 0, unchanged: 2, followUps: 0, followUpsClosed: 0, changed: false });
  expect(wb.applied).toHaveLength(1);
  expect((await rowsOf(registry, 'tblOpvolging')).map((r) => [r.Periode, r.Status])).toEqual([
    ['2025', 'afgerond'],
    ['2026', 'open'],
  ]);
});

test('a form with only Bijsturing afgerond, or only progress, came back; one with nothing typed did not', async () => {
  const { registry, form } = await round(['Milieu', 'Groen', 'Wonen']);
  const groen = await form('Groen', { 2: { 'Bijsturing afgerond': 'ja' } });
  const wonen = await form('Wonen', {}, { 0: { 'Realisatie (%)': 30 } });
  const milieu = await form('Milieu', {});
  const result = await merge(registry, [['groen.xlsx', groen], ['wonen.xlsx', wonen], ['milieu.xlsx', milieu]]);
  expect(result).toMatchObject({ forms: 3, accepted: 0, followUps: 0, followUpsClosed: 1, missingOwners: ['Milieu'], rejected: [] });
  expect(result.progress.written).toBe(1);
  expect((await rowsOf(registry, 'tblOpvolging')).map((r) => r.Status)).toEqual(['afgerond']);
  expect((await rondes(registry)).map((r) => [r[1], r[2] === null ? null : 'teruggekregen', r[6]])).toEqual([
    ['Milieu', null, 'niet teruggekregen'],
    ['Groen', 'teruggekregen', 'onvolledig'],
    ['Wonen', 'teruggekregen', 'onvolledig'],
  ]);
});

test('a workbook without a form, and a form of another registry, are rejected whole; the forms after them are merged', async () => {
  const { registry, form } = await round(['Milieu', 'Groen']);
  const empty = XlsxWorkbook.create();
  await empty.apply([{ kind: 'addSheet', sheet: 'Blad1' }]);
  const foreign = await form('Groen', { 0: { 'Nieuwe waarde': 0.3 } }, { 0: { 'Realisatie (%)': 30 } });
  await foreign.apply([{ kind: 'writeRange', sheet: 'Update', at: 'B4', values: [['Antwerpen (11002)']] }]);
  const groen = await form('Groen', {}, { 1: { 'Realisatie (%)': 70 } });
  const result = await merge(registry, [['leeg.xlsx', empty], ['antwerpen.xlsx', foreign], ['groen.xlsx', groen]]);
  expect(result.rejected.map((r) => [r.form, r.sheet, r.cell, r.whole, r.rule, r.message])).toEqual([
    ['leeg.xlsx', null, null, true, 'ronde.geen-formulier', 'leeg.xlsx bevat geen updateformulier van Beleidsregister (geen blad met een tabel tblUpdate). Er is niets uit overgenomen.'],
    ['antwerpen.xlsx', 'Update', 'B4', true, 'ronde.ander-register', 'het formulier komt uit het register van Antwerpen (11002), niet uit dit register (Gent (44021)). Er is niets uit dit formulier overgenomen.'],
  ]);
  // Only the last form's progress (MAA-002) is taken; the rejected form's value and progress are not.
  expect(result).toMatchObject({ forms: 3, accepted: 0, progress: { written: 1, unchanged: 0, conflicts: [] }, missingOwners: ['Milieu'] });
  expect((await rowsOf(registry, 'tblMaatregelen')).filter((r) => r['Realisatie (%)'] !== null).map((r) => [r.ID, r['Realisatie (%)']])).toEqual([['MAA-002', 70]]);
});

test('a progress value changed by hand is kept unless accepted, by all or by the coordinator’s choice', async () => {
  const { registry, form } = await round(['Groen']);
  const [maatregelen] = await registry.readTables(['tblMaatregelen']);
  const index = maatregelen.rows.findIndex((r) => r[0] === 'MAA-002');
  await registry.apply([{ kind: 'updateCells', table: 'tblMaatregelen', cells: [{ row: index, column: 'Realisatie (%)', value: 75 }] }]);
  const realisation = async () => (await rowsOf(registry, 'tblMaatregelen'))[index]['Realisatie (%)'];
  const groen = await form('Groen', {}, { 1: { 'Realisatie (%)': 60 } });
  const kept = await merge(registry, [['groen.xlsx', groen]]);
  expect(kept.progress.conflicts.map((c) => [c.code, c.registryValue, c.formValue])).toEqual([['MAA-002', 75, 60]]);
  expect(await realisation()).toBe(75);
  const refused = await merge(registry, [['groen.xlsx', groen]], { accept: (c) => c.formCell !== kept.progress.conflicts[0].formCell });
  expect(refused.progress).toMatchObject({ written: 0, conflicts: [expect.objectContaining({ code: 'MAA-002' })] });
  expect(await realisation()).toBe(75);
  const chosen = await merge(registry, [['groen.xlsx', groen]], { accept: (c) => c.formCell === kept.progress.conflicts[0].formCell });
  expect(chosen.progress).toMatchObject({ written: 1, conflicts: [] });
  expect(await realisation()).toBe(60);
  await registry.apply([{ kind: 'updateCells', table: 'tblMaatregelen', cells: [{ row: index, column: 'Realisatie (%)', value: 80 }] }]);
  expect((await merge(registry, [['groen.xlsx', groen]], { accept: 'all' })).progress).toMatchObject({ written: 1, conflicts: [] });
  expect(await realisation()).toBe(60);
});

test('the round merged into: the one started last, or the one asked for in any case; an unknown one is refused with those there are', async () => {
  const registry = XlsxWorkbook.create();
  await writeDemo(registry);
  await expect(mergeForms(registry, [], { now })).rejects.toThrow(/^er is nog geen ronde gestart in dit register \(het blad Rondes ontbreekt\)\. Start eerst een ronde\.$/);
  await expect(roundProgress(registry, { now })).rejects.toThrow('er is nog geen ronde gestart');
  const s1 = await startRound(registry, { period: '2026-S1', owners: ['Milieu', 'Groen'], target: 'files', now });
  const s2 = await startRound(registry, { period: '2026-S2', owners: ['Milieu'], target: 'files', now });
  await expect(mergeForms(registry, [], { now, period: '2025-S2' })).rejects.toThrow(/^er is geen ronde 2025-S2 in dit register \(wel 2026-S1, 2026-S2\)\. Kies een van die rondes\.$/);
  const filled = async (started: typeof s1, value: number) => {
    const wb = XlsxWorkbook.create();
    await wb.apply([...started.forms[0].file!.edits, { kind: 'updateCells', table: 'tblUpdate', cells: [{ row: 0, column: 'Nieuwe waarde', value }] }]);
    return wb;
  };
  // Without a period: 2026-S2, the round started last; its Milieu form is taken.
  const last = await merge(registry, [['s2.xlsx', await filled(s2, 47)]]);
  expect(last).toMatchObject({ period: '2026-S2', accepted: 1, rejected: [], missingOwners: [] });
  // The late form of 2026-S1, merged into its own round (asked for in small letters).
  const late = await merge(registry, [['s1.xlsx', await filled(s1, 50)]], { period: '2026-s1' });
  expect(late).toMatchObject({ period: '2026-S1', accepted: 1, rejected: [], missingOwners: ['Groen'] });
  expect(late.owners.map((o) => [o.owner, o.returned, o.filled])).toEqual([
    ['Milieu', true, 1],
    ['Groen', false, 0],
  ]);
  expect((await rondes(registry)).map((r) => [r[0], r[1], r[3], r[6]])).toEqual([
    ['2026-S1', 'Milieu', 1, 'onvolledig'],
    ['2026-S1', 'Groen', 0, 'niet teruggekregen'],
    ['2026-S2', 'Milieu', 1, 'onvolledig'],
  ]);
  // The progress as it stands is what the merges reported.
  expect(await roundProgress(registry, { now })).toEqual({ period: '2026-S2', owners: last.owners });
  expect(await roundProgress(registry, { period: '2026-S1' })).toEqual({ period: '2026-S1', owners: late.owners });
});

test('a label below its norm is a deviation', async () => {
  const { registry, form } = await round(['Wonen']);
  const result = await merge(registry, [['wonen.xlsx', await form('Wonen', { 0: { 'Nieuwe waarde': 'c' } })]]);
  expect(result.owners.map((o) => [o.owner, o.filled, o.deviations, o.status])).toEqual([['Wonen', 1, 1, 'volledig']]);
  expect(await metingen(registry, 'IND-004', '44021', '2026')).toEqual([expect.objectContaining({ Waarde: 'C', Eenheid: 'label' })]);
});

test('a registry without Opvolging: the value is merged, the Bijsturing reported; without Metingen or of an older version it is refused', async () => {
  const registry = await demoWithout('tblOpvolging');
  const started = await startRound(registry, { period: '2026-S2', owners: ['Groen'], target: 'files', now });
  const groen = XlsxWorkbook.create();
  await groen.apply([...started.forms[0].file!.edits, { kind: 'updateCells', table: 'tblUpdate', cells: [{ row: 2, column: 'Nieuwe waarde', value: 0.39 }, { row: 2, column: 'Bijsturing', value: 'Extra bomen' }, { row: 2, column: 'Bijsturing afgerond', value: 'ja' }] }]);
  const result = await merge(registry, [['groen.xlsx', groen]]);
  expect(result).toMatchObject({ accepted: 1, followUps: 0, followUpsClosed: 0, changed: true });
  expect(result.rejected.map((r) => [r.rule, r.cell])).toEqual([['ronde.geen-opvolging', 'M11']]);
  expect(await metingen(registry, 'IND-003', 'W-BINNENSTAD', '2026')).toEqual([expect.objectContaining({ Waarde: 0.39 })]);

  const noMeasurements = await demoWithout('tblMetingen');
  await expect(merge(noMeasurements, [])).rejects.toThrow('deze werkmap is geen register: de tabel tblMetingen (blad Metingen) ontbreekt.');
  const older = XlsxWorkbook.create();
  await writeDemo(older);
  await startRound(older, { period: '2026-S2', owners: ['Groen'], target: 'files', now });
  await older.apply([{ kind: 'updateCells', table: 'tblInstellingen', cells: [{ row: 0, column: 'Waarde', value: '4' }] }]);
  await expect(merge(older, [])).rejects.toThrow('dit register heeft schemaversie 4 en moet eerst bijgewerkt worden naar versie 5.');
});

test('a progress value that cannot be taken is reported for its own form', async () => {
  const { registry, form } = await round(['Groen']);
  const bad = await form('Groen', {}, { 1: { 'Realisatie (%)': 120 } });
  const good = await form('Groen', {}, { 1: { 'Realisatie (%)': 60 } });
  const result = await merge(registry, [['fout.xlsx', bad], ['goed.xlsx', good]]);
  expect(result.rejected).toEqual([
    {
      form: 'fout.xlsx',
      whole: false,
      sheet: 'Update',
      cell: 'H18',
      rule: 'ronde.voortgang-percentage',
      params: { cell: 'Update!H18', code: 'MAA-002', value: '120' },
      message: 'Update!H18 (MAA-002): 120 is geen percentage van 0 tot 100; vul bv. 60 in, zonder %. De voortgang van deze rij is niet overgenomen.',
    },
  ]);
  expect(result.progress.written).toBe(1);
});
