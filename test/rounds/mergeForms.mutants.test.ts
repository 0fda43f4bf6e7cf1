// How a merge takes a returned form (src/rounds/merge.ts: which forms belong to the round, which
// rows were asked, the Bijsturing, the values and their Logboek lines, the owners' progress), on a
// small registry made in memory: fast enough to run for every mutant. Gent (44021) with two
// districts; Milieu reports noise (max. 48 dB(A)) in both and a count without a norm, Wonen an
// energy label (min. B). Rounds 2026-S1 and then 2026-S2 were started; the forms are merged into 2026-S2.
// The merge's edits are recorded, not applied (see `merge`), so all tests share one registry; the
// whole round through real files is in round.test.ts and badForms.test.ts.
import { LOGBOOK_TABLE } from '../../src/registry/logbook';
import { initRegistry } from '../../src/registry/init';
import { mergeForms, startRound, ROUND_TABLE, type MergeOptions } from '../../src/rounds';
import { columnLetter } from '../../src/workbook/address';
import type { CellInput, CellValue, Edit, NumberFormatRequest, TableRows, WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { plant, type Planted } from '../helpers/planted';

const now = new Date('2027-01-10T10:00:00');
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

const ROWS: Planted = {
  departments: [
    { name: 'Milieu', contact: 'milieu@stad.example' },
    { name: 'Wonen', contact: 'wonen@stad.example' },
    { name: 'Groen', contact: 'groen@stad.example' },
  ],
  areas: [
    { code: 'W-NOORD', name: 'Noord', level: 'wijk', parent: '44021' },
    { code: 'W-ZUID', name: 'Zuid', level: 'wijk', parent: '44021' },
  ],
  indicators: [
    { id: 'IND-001', name: 'Geluidsdruk gevel', unit: 'dB(A)', source: 'Geluidsmeetnet stad', frequency: 'halfjaarlijks', owner: 'Milieu' },
    { id: 'IND-002', name: 'Klachten over geluid', unit: 'aantal', source: 'Klachtenregistratie', frequency: 'halfjaarlijks', owner: 'Milieu' },
    { id: 'IND-004', name: 'Energielabel woningen', unit: 'label', scale: 'A;B;C', source: 'EPC-databank', frequency: 'halfjaarlijks', owner: 'Wonen' },
  ],
  norms: [
    { id: 'NRM-001', indicator: 'IND-001', kind: 'norm', operator: 'max', value: 48, unit: 'dB(A)', validFrom: d('2024-01-01'), area: '44021' },
    { id: 'NRM-002', indicator: 'IND-004', kind: 'norm', operator: 'min', value: 'B', unit: 'label', validFrom: d('2024-01-01'), area: '44021' },
  ],
  measurements: [
    { indicator: 'IND-001', area: 'W-NOORD', period: '2025-S2', value: 48.5, unit: 'dB(A)', source: 'Geluidsmeetnet stad' },
    { indicator: 'IND-001', area: 'W-ZUID', period: '2025-S2', value: 46, unit: 'dB(A)', source: 'Geluidsmeetnet stad' },
    { indicator: 'IND-002', area: '44021', period: '2025-S2', value: 12, unit: 'aantal', source: 'Klachtenregistratie' },
    { indicator: 'IND-004', area: '44021', period: '2025-S2', value: 'B', unit: 'label', source: 'EPC-databank' },
  ],
  followUps: [
    { indicator: 'IND-001', area: 'W-NOORD', period: '2025-S2', decision: 'Snelheid verlagen', by: 'Milieu', status: 'open' },
    { indicator: 'IND-001', area: 'W-NOORD', period: '2025-S1', decision: 'Meter verplaatsen', by: 'Milieu', status: 'Afgerond' },
    { indicator: 'IND-002', area: '44021', period: '2026-S2', decision: 'Campagne', by: 'Milieu', status: 'open' },
  ],
};

/** The registry with ROWS, in a new workbook. */
async function registry(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await initRegistry(wb, { gemeente: '44021' });
  await wb.apply(plant(ROWS));
  return wb;
}

/** The registry with rounds 2026-S1 and 2026-S2 started, and each owner's form as a file (`S1 Milieu` for the earlier round). */
let shared: XlsxWorkbook;
const forms: Record<string, Uint8Array> = {};
beforeAll(async () => {
  shared = await registry();
  for (const period of ['2026-S1', '2026-S2']) {
    const round = await startRound(shared, { period, owners: ['Milieu', 'Wonen'], target: 'files', now });
    for (const f of round.forms) {
      const wb = XlsxWorkbook.create();
      await wb.apply(f.file!.edits);
      forms[period === '2026-S1' ? `S1 ${f.owner}` : f.owner] = await wb.save();
    }
  }
});

/** Milieu's rows on its 2026-S2 form, in order (worksheet rows 9, 10, 11). */
const [NOORD, ZUID, COUNT] = [0, 1, 2];

/** What staff type in the form's table: cells by row and caption. */
const typed = (rows: Record<number, Record<string, CellInput>>): Edit => ({
  kind: 'updateCells',
  table: 'tblUpdate',
  cells: Object.entries(rows).flatMap(([row, cells]) => Object.entries(cells).map(([column, value]) => ({ row: Number(row), column, value }))),
});
/** A header cell of the form typed over (B2 Periode, B3 Dienst, B4 Register, P2 the round's ID). */
const header = (at: string, value: CellInput): Edit => ({ kind: 'writeRange', sheet: 'Update', at, values: [[value]] });

/** An owner's form with `edits` typed in. */
async function form(owner: string, ...edits: Edit[]): Promise<XlsxWorkbook> {
  const wb = await XlsxWorkbook.load(forms[owner]);
  if (edits.length) await wb.apply(edits);
  return wb;
}

/** How a test changes the registry before the merge: a table left out, or rows of a table changed. */
interface Changes {
  without?: string;
  rows?: Record<string, (t: TableRows) => CellValue[][]>;
}

/**
 * The forms merged into the started registry (or `into`). The merge reads the registry with
 * `changes` and its edits are recorded instead of applied, so every test starts from the same
 * registry; what it wrote is read from the edits: the rows added to each table, by caption, and
 * the cells changed, by table row.
 */
async function merge(sources: [string, XlsxWorkbook][], options: MergeOptions = {}, changes: Changes = {}, into: XlsxWorkbook = shared) {
  const applied: Edit[] = [];
  const port = Object.assign(Object.create(into) as WorkbookPort, {
    apply: async (edits: Edit[]) => void applied.push(...edits),
    info: async () => {
      const info = await into.info();
      return { ...info, tables: info.tables.filter((t) => t.name !== changes.without) };
    },
    readTables: async (names: string[], formats?: NumberFormatRequest) => (await into.readTables(names, formats)).map((t) => ({ ...t, rows: changes.rows?.[t.table]?.(t) ?? t.rows })),
  });
  const result = await mergeForms(port, sources.map(([name, wb]) => ({ name, wb })), { now, ...options });
  const columns = new Map((await into.info()).tables.map((t) => [t.name, t.columns]));
  const added: Record<string, Record<string, unknown>[]> = {};
  const changed: Record<string, Record<number, Record<string, unknown>>> = {};
  for (const e of applied) {
    if (e.kind === 'addTable') columns.set(e.table, e.columns);
    if (e.kind === 'addTable' || e.kind === 'appendRows') (added[e.table] ??= []).push(...(e.rows ?? []).map((r) => Object.fromEntries(columns.get(e.table)!.map((c, i) => [c, r[i]]))));
    if (e.kind === 'updateCells') for (const c of e.cells) ((changed[e.table] ??= {})[c.row] ??= {})[c.column] = c.value;
  }
  const pick = (rows: Record<string, unknown>[] | undefined, keys: string[]) => (rows ?? []).map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])));
  return {
    result,
    applied,
    rejected: result.rejected.map((r) => [r.form, r.sheet, r.cell, r.whole, r.rule, r.message]),
    /** Metingen rows added. */
    written: pick(added.tblMetingen, ['Indicator', 'Gebied', 'Periode', 'Waarde', 'Bron', 'Bestand', 'Toelichting', 'Opgehaald op']),
    log: pick(added[LOGBOOK_TABLE], ['Bewerking', 'Bron', 'Indicator', 'Gebied', 'Periode', 'Oude waarde', 'Nieuwe waarde', 'Gebruiker']),
    /** Opvolging rows added, and the cells changed in it. */
    followUps: pick(added.tblOpvolging, ['Indicator', 'Gebied', 'Periode', 'Afwijking', 'Beslissing of actie', 'Door wie', 'Status']),
    closed: changed.tblOpvolging ?? {},
    /** Rondes: the cells changed, by row (rows 2 and 3 are Milieu's and Wonen's of 2026-S2). */
    rounds: changed[ROUND_TABLE] ?? {},
  };
}

test('a filled form: each value written with its source, file and Toelichting, a Logboek line each, the owners’ progress', async () => {
  const milieu = await form('Milieu', typed({ [NOORD]: { 'Nieuwe waarde': 49.5, Toelichting: ' nieuwe meter ' }, [ZUID]: { 'Nieuwe waarde': 47 } }));
  const { result, written, log, rounds, followUps, closed } = await merge([['milieu.xlsx', milieu]], { user: 'coördinator' });
  expect(result).toEqual({
    period: '2026-S2',
    forms: 1,
    accepted: 2,
    unchanged: 0,
    conflicts: 0,
    followUps: 0,
    followUpsClosed: 0,
    progress: { written: 0, unchanged: 0, conflicts: [] },
    conflictList: [],
    rejected: [],
    missingOwners: ['Wonen'],
    owners: [
      {
        owner: 'Milieu', contact: 'milieu@stad.example', returned: true, asked: 3, filled: 2, deviations: 1, status: 'onvolledig', conflicts: 0,
        missing: [{ indicator: 'IND-002', area: '44021', period: '2026-S2', dimension: '', name: 'Klachten over geluid', areaName: 'Gent' }],
      },
      {
        owner: 'Wonen', contact: 'wonen@stad.example', returned: false, asked: 1, filled: 0, deviations: 0, status: 'niet teruggekregen', conflicts: 0,
        missing: [{ indicator: 'IND-004', area: '44021', period: '2026-S2', dimension: '', name: 'Energielabel woningen', areaName: 'Gent' }],
      },
    ],
    changed: true,
  });
  expect(written).toEqual([
    { Indicator: 'IND-001', Gebied: 'W-NOORD', Periode: '2026-S2', Waarde: 49.5, Bron: 'update Milieu 2026-S2', Bestand: 'milieu.xlsx', Toelichting: 'nieuwe meter', 'Opgehaald op': now },
    { Indicator: 'IND-001', Gebied: 'W-ZUID', Periode: '2026-S2', Waarde: 47, Bron: 'update Milieu 2026-S2', Bestand: 'milieu.xlsx', Toelichting: null, 'Opgehaald op': now },
  ]);
  expect(log).toEqual([
    { Bewerking: 'ronde', Bron: 'update Milieu 2026-S2 (milieu.xlsx)', Indicator: 'IND-001', Gebied: 'W-NOORD', Periode: '2026-S2', 'Oude waarde': null, 'Nieuwe waarde': 49.5, Gebruiker: 'coördinator' },
    { Bewerking: 'ronde', Bron: 'update Milieu 2026-S2 (milieu.xlsx)', Indicator: 'IND-001', Gebied: 'W-ZUID', Periode: '2026-S2', 'Oude waarde': null, 'Nieuwe waarde': 47, Gebruiker: 'coördinator' },
  ]);
  expect(rounds).toEqual({ 2: { 'Teruggekregen op': now, Ingevuld: 2, Afwijkingen: 1, Status: 'onvolledig', Ontbreekt: 'Klachten over geluid (IND-002), Gent, 2026-S2' } });
  expect({ followUps, closed }).toEqual({ followUps: [], closed: {} });
});

test.each([
  ['C', 1],
  ['B', 0],
  ['a', 0],
] as [string, number][])('a label on the energy label form, min. B: %s is %p deviation(s)', async (label, deviations) => {
  const { result, written } = await merge([['wonen.xlsx', await form('Wonen', typed({ 0: { 'Nieuwe waarde': label } }))]]);
  expect(result.owners[1]).toMatchObject({ owner: 'Wonen', returned: true, filled: 1, deviations, status: 'volledig' });
  expect(written.map((r) => r.Waarde)).toEqual([label.toUpperCase()]);
});

test('merged again, the same form changes nothing: no value, Logboek line or Bijsturing is added again', async () => {
  const registry = await XlsxWorkbook.load(await shared.save());
  const milieu = await form('Milieu', typed({ [NOORD]: { 'Nieuwe waarde': 49, Bijsturing: 'Meter nakijken' } }));
  expect(await mergeForms(registry, [{ name: 'milieu.xlsx', wb: milieu }], { now })).toMatchObject({ accepted: 1, unchanged: 0, followUps: 1, changed: true });
  const again = await merge([['milieu.xlsx', milieu]], {}, {}, registry);
  expect(again.result).toMatchObject({ accepted: 0, unchanged: 1, followUps: 0, conflicts: 0, rejected: [], changed: false });
  expect(again.applied).toEqual([]);
});

test('two copies of a form in one merge: the same value counts once, another value is reported and not taken, a Bijsturing is added once', async () => {
  const a = await form('Milieu', typed({ [NOORD]: { 'Nieuwe waarde': 49, Bijsturing: 'Meter nakijken' }, [ZUID]: { 'Nieuwe waarde': 47 } }));
  const b = await form('Milieu', typed({ [NOORD]: { 'Nieuwe waarde': 49, Bijsturing: 'Meter nakijken' }, [ZUID]: { 'Nieuwe waarde': 50.5 } }));
  const { result, rejected, written, followUps } = await merge([
    ['milieu.xlsx', a],
    ['kopie.xlsx', b],
  ]);
  expect(result).toMatchObject({ forms: 2, accepted: 2, unchanged: 1, conflicts: 0, followUps: 1 });
  expect(rejected).toEqual([['kopie.xlsx', null, 'Update!K10', false, 'ronde.dubbel', 'Update!K10 (IND-001 | W-ZUID | 2026-S2): een ander formulier in deze samenvoeging gaf al 47; deze waarde (50,5) is niet overgenomen.']]);
  expect(written.map((r) => [r.Gebied, r.Waarde, r.Bestand])).toEqual([
    ['W-NOORD', 49, 'milieu.xlsx'],
    ['W-ZUID', 47, 'milieu.xlsx'],
  ]);
  expect(followUps.map((r) => r['Beslissing of actie'])).toEqual(['Meter nakijken']);
});

/** The round's ID in a form's hidden cell P2. */
const roundId = async (owner: string) => (await (await form(owner)).readRange('Update', 'P2'))[0][0];

test.each([
  ['without its round ID', 'Milieu', [header('P2', null)], 'P2', 'ronde.geen-ronde-id', 'het formulier heeft geen ronde-ID meer (verborgen cel P2); vraag de dienst het oorspronkelijke formulier in te vullen. Er is niets uit dit formulier overgenomen.'],
  ['of another registry', 'Milieu', [header('B4', 'Antwerpen (11002)')], 'B4', 'ronde.ander-register', 'het formulier komt uit het register van Antwerpen (11002), niet uit dit register (Gent (44021)). Er is niets uit dit formulier overgenomen.'],
  ['of another registry, spaces after its code', 'Milieu', [header('B4', 'Antwerpen (11002)  ')], 'B4', 'ronde.ander-register', 'het formulier komt uit het register van Antwerpen (11002), niet uit dit register (Gent (44021)). Er is niets uit dit formulier overgenomen.'],
  ['of another period', 'Milieu', [header('B2', '2025-S2')], 'B2', 'ronde.andere-periode', 'het formulier hoort bij ronde 2025-S2; de lopende ronde is 2026-S2. Stuur de dienst het formulier van 2026-S2. Er is niets uit dit formulier overgenomen.'],
  ['of a copy of the registry (another round ID)', 'Milieu', [header('P2', 'f00-kopie')], 'P2', 'ronde.andere-ronde', 'het formulier hoort bij een andere ronde 2026-S2 (ronde-ID f00-kopie): het komt uit een ander register of een kopie ervan. Er is niets uit dit formulier overgenomen.'],
  ['of an owner without a form', 'Milieu', [header('B3', 'Groen')], 'B3', 'ronde.onbekende-dienst', 'dienst Groen kreeg in ronde 2026-S2 geen formulier (Milieu, Wonen wel). Er is niets uit dit formulier overgenomen.'],
  ['of the earlier round', 'S1 Milieu', [], 'B2', 'ronde.eigen-ronde', 'het formulier hoort bij ronde 2026-S1, niet bij de lopende ronde 2026-S2. Voeg het samen in zijn eigen ronde: beleidsregister ronde samenvoegen <register> <formulier> --periode 2026-S1. Er is niets uit dit formulier overgenomen.'],
  ['of the earlier round’s period with the running round’s ID', 'S1 Milieu', ['running'], 'B2', 'ronde.andere-periode', 'het formulier hoort bij ronde 2026-S1; de lopende ronde is 2026-S2. Stuur de dienst het formulier van 2026-S2. Er is niets uit dit formulier overgenomen.'],
] as [string, string, (Edit | 'running')[], string, string, string][])('a form %s is rejected whole: nothing written, its owner not returned', async (_, owner, edits, cell, rule, message) => {
  const running = await roundId('Milieu');
  const f = await form(owner, typed({ [NOORD]: { 'Nieuwe waarde': 49, Bijsturing: 'Meter nakijken', 'Bijsturing afgerond': 'ja' } }), ...edits.map((e) => (e === 'running' ? header('P2', running) : e)));
  const { result, rejected, applied } = await merge([['milieu.xlsx', f]]);
  expect(rejected).toEqual([['milieu.xlsx', 'Update', cell, true, rule, message]]);
  expect(result).toMatchObject({ forms: 1, accepted: 0, unchanged: 0, followUps: 0, followUpsClosed: 0, missingOwners: ['Milieu', 'Wonen'], changed: false });
  expect(applied).toEqual([]);
});

test('only the NIS code of the Register line is checked, and the owner in any capitals: such a form is merged', async () => {
  for (const edits of [[header('B4', 'Gent')], [header('B4', 'Stad Gent (44021)  ')], [header('B4', null)], [header('B3', ' milieu ')]]) {
    const { result, rejected, written } = await merge([['milieu.xlsx', await form('Milieu', typed({ [NOORD]: { 'Nieuwe waarde': 49 } }), ...edits)]]);
    expect({ edits, rejected, written: written.map((r) => r.Waarde), returned: result.owners[0].returned }).toEqual({ edits, rejected: [], written: [49], returned: true });
  }
});

/** The Milieu form with its table laid out again, as a user who moved or typed over columns leaves it (`columns` from the table's). */
async function relaidOut(columns: (captions: string[]) => string[], captions: Record<string, string> = {}): Promise<XlsxWorkbook> {
  const f = await form('Milieu', typed({ [NOORD]: { 'Nieuwe waarde': 49 } }));
  const [t] = await f.readTables(['tblUpdate']);
  const kept = columns(t.columns);
  const edited = XlsxWorkbook.create();
  await edited.apply([
    { kind: 'addSheet', sheet: 'Update' },
    { kind: 'writeRange', sheet: 'Update', at: 'A1', values: await f.readRange('Update', `A1:P${t.firstRow - 2}`) },
    { kind: 'addTable', sheet: 'Update', table: 'tblUpdate', at: `A${t.firstRow - 1}`, columns: kept.map((c) => captions[c] ?? c), rows: t.rows.map((r) => kept.map((c) => r[t.columns.indexOf(c)])) },
  ]);
  return edited;
}
const asIs = (columns: string[]) => columns;

test('a form whose column headers were typed over is rejected whole, naming them', async () => {
  const one = await merge([['milieu.xlsx', await relaidOut(asIs, { 'Nieuwe waarde': 'Waarde 2026' })]]);
  expect(one.rejected).toEqual([['milieu.xlsx', 'Update', 'A8', true, 'ronde.kolomkoppen', 'de kolomkop Nieuwe waarde ontbreekt of werd gewijzigd; het formulier kan niet veilig gelezen worden. Er is niets uit overgenomen. Vraag de dienst een nieuw formulier in te vullen.']]);
  expect(one.result).toMatchObject({ forms: 1, accepted: 0, missingOwners: ['Milieu', 'Wonen'], changed: false });
  expect(one.applied).toEqual([]);
  const two = await merge([['milieu.xlsx', await relaidOut(asIs, { 'Nieuwe waarde': 'Waarde', Toelichting: 'Opmerking' })]]);
  expect(two.rejected).toEqual([['milieu.xlsx', 'Update', 'A8', true, 'ronde.kolomkoppen', expect.stringMatching(/^de kolomkoppen Nieuwe waarde, Toelichting ontbreken of werden gewijzigd;/)]]);
});

test('rows that were not asked are reported by row, an empty row is skipped, a deleted row is reported as still to come', async () => {
  const f = await form('Milieu');
  const [t] = await f.readTables(['tblUpdate']);
  const row = (cells: Record<string, CellInput>) => t.columns.map((c) => cells[c] ?? null);
  const asked = (i: number, value: CellInput) => t.rows[i].map((v, j) => (t.columns[j] === 'Nieuwe waarde' ? value : v));
  await f.apply([
    {
      kind: 'replaceRows',
      table: 'tblUpdate',
      rows: [
        asked(NOORD, 49),
        row({}),
        row({ Indicator: 'IND-009' }),
        row({ Gebied: 'W-NOORD' }),
        row({ Periode: '2026-S2' }),
        row({ 'Nieuwe waarde': 12 }),
        row({ Indicator: 'IND-001', Gebied: 'W-NOORD', Periode: '2026-S1', 'Nieuwe waarde': 3 }),
        asked(ZUID, 47),
      ],
    },
  ]);
  const { result, rejected, written } = await merge([['milieu.xlsx', f]]);
  const notAsked = (at: number, key: string) => ['milieu.xlsx', 'Update', `A${at}`, false, 'ronde.niet-gevraagd', `rij ${at} (${key}) werd in deze ronde niet aan Milieu gevraagd; de sleutel werd gewijzigd of de rij toegevoegd. Ze is niet overgenomen.`];
  expect(rejected).toEqual([
    notAsked(11, 'IND-009 |  | '),
    notAsked(12, ' | W-NOORD | '),
    notAsked(13, ' |  | 2026-S2'),
    notAsked(14, ' |  | '),
    notAsked(15, 'IND-001 | W-NOORD | 2026-S1'),
    ['milieu.xlsx', 'Update', null, false, 'ronde.rij-ontbreekt', 'de rij voor IND-002 | 44021 | 2026-S2 ontbreekt in het formulier (verwijderd?); die waarde moet nog komen.'],
  ]);
  expect(written.map((r) => [r.Gebied, r.Periode, r.Waarde])).toEqual([
    ['W-NOORD', '2026-S2', 49],
    ['W-ZUID', '2026-S2', 47],
  ]);
  expect(result.owners[0]).toMatchObject({ returned: true, filled: 2, status: 'onvolledig' });
});

const NORM = 'norm max. 48 dB(A) (NRM-001, geldig vanaf 2024)';

test('a Bijsturing becomes an open Opvolging row with the value and the norm it was tested against; one already there is not added again; ja closes the open Bijsturing of the row', async () => {
  const milieu = await form(
    'Milieu',
    typed({
      [NOORD]: { 'Nieuwe waarde': 49.5, Bijsturing: 'Snelheid verlagen naar 30', 'Bijsturing afgerond': 'Ja' },
      [ZUID]: { Bijsturing: 'Meter nakijken', 'Bijsturing afgerond': 'ja' },
      [COUNT]: { 'Nieuwe waarde': 14, Bijsturing: ' campagne ' },
    }),
  );
  const { result, rejected, followUps, closed } = await merge([['milieu.xlsx', milieu]]);
  expect(rejected).toEqual([]);
  expect(result).toMatchObject({ accepted: 2, followUps: 2, followUpsClosed: 1 });
  expect(followUps).toEqual([
    { Indicator: 'IND-001', Gebied: 'W-NOORD', Periode: '2026-S2', Afwijking: `waarde 49,5 dB(A), getoetst aan ${NORM}`, 'Beslissing of actie': 'Snelheid verlagen naar 30', 'Door wie': 'Milieu', Status: 'open' },
    { Indicator: 'IND-001', Gebied: 'W-ZUID', Periode: '2026-S2', Afwijking: `getoetst aan ${NORM}`, 'Beslissing of actie': 'Meter nakijken', 'Door wie': 'Milieu', Status: 'open' },
  ]);
  // The open row of W-NOORD (the first of Opvolging) is closed; its Afgerond one and Campagne stay as they are.
  expect(closed).toEqual({ 0: { Status: 'afgerond' } });
});

test.each([
  ['a value and its unit', 14, 'aantal', 'waarde 14 aantal'],
  ['a value whose unit was emptied', 14, null, 'waarde 14'],
  ['no value', null, 'aantal', null],
] as [string, CellInput, CellInput, string | null][])('a Bijsturing on a row without norm, with %s, says so under Afwijking', async (_, value, unit, deviation) => {
  const milieu = await form('Milieu', typed({ [COUNT]: { 'Nieuwe waarde': value, Eenheid: unit, Bijsturing: 'Folder' } }));
  const { rejected, followUps } = await merge([['milieu.xlsx', milieu]]);
  expect(rejected).toEqual([]);
  expect(followUps).toEqual([{ Indicator: 'IND-002', Gebied: '44021', Periode: '2026-S2', Afwijking: deviation, 'Beslissing of actie': 'Folder', 'Door wie': 'Milieu', Status: 'open' }]);
});

test.each([
  ['only a Bijsturing', { Bijsturing: 'Meter nakijken' }, 1, 0],
  ['only Bijsturing afgerond', { 'Bijsturing afgerond': 'ja' }, 0, 1],
] as [string, Record<string, CellInput>, number, number][])('a form with %s came back: its owner is returned', async (_, cells, added, closed) => {
  const { result, rounds } = await merge([['milieu.xlsx', await form('Milieu', typed({ [NOORD]: cells }))]]);
  expect(result).toMatchObject({ accepted: 0, followUps: added, followUpsClosed: closed, missingOwners: ['Wonen'], changed: true });
  expect(rounds).toEqual({ 2: { 'Teruggekregen op': now, Status: 'onvolledig' } });
});

test('a form nobody typed in is not returned', async () => {
  const { result, rejected, applied } = await merge([['milieu.xlsx', await form('Milieu')]]);
  expect(rejected).toEqual([]);
  expect(result).toMatchObject({ forms: 1, accepted: 0, missingOwners: ['Milieu', 'Wonen'], changed: false });
  expect(applied).toEqual([]);
});

test('a form made before the Bijsturing columns (without them) is merged, with no Bijsturing', async () => {
  const old = await relaidOut((columns) => columns.filter((c) => !c.startsWith('Bijsturing')));
  const { result, rejected, written, followUps } = await merge([['milieu.xlsx', old]]);
  expect({ rejected, written: written.map((r) => r.Waarde), followUps }).toEqual({ rejected: [], written: [49], followUps: [] });
  expect(result).toMatchObject({ followUps: 0, followUpsClosed: 0 });
});

test('a registry without Opvolging: the Bijsturing is reported by cell, the value is merged', async () => {
  const milieu = await form('Milieu', typed({ [NOORD]: { 'Nieuwe waarde': 49, Bijsturing: 'Snelheid verlagen' } }));
  const { result, rejected, written } = await merge([['milieu.xlsx', milieu]], {}, { without: 'tblOpvolging' });
  expect(rejected).toEqual([
    ['milieu.xlsx', 'Update', 'M9', false, 'ronde.geen-opvolging', 'M9 (IND-001 | W-NOORD | 2026-S2): de bijsturing is niet overgenomen, want het register heeft geen tabel Opvolging. Voer Maak register uit (beleidsregister maak) en voeg het formulier opnieuw samen.'],
  ]);
  expect(result).toMatchObject({ accepted: 1, followUps: 0 });
  expect(written.map((r) => r.Waarde)).toEqual([49]);
});

test('an indicator removed from Indicatoren since the start: its value is reported, its Bijsturing kept under the ID as typed, its missing row named by ID', async () => {
  const milieu = await form('Milieu', typed({ [COUNT]: { 'Nieuwe waarde': 14, Bijsturing: 'Folder' } }));
  const { result, rejected, followUps } = await merge([['milieu.xlsx', milieu]], {}, { rows: { tblIndicatoren: (t) => t.rows.filter((r) => r[0] !== 'IND-002') } });
  expect(rejected).toEqual([['milieu.xlsx', 'Update', 'K11', false, 'ronde.onbekende-indicator', 'indicator IND-002 staat niet (meer) in Indicatoren; de waarde is niet overgenomen.']]);
  expect(followUps).toEqual([{ Indicator: 'IND-002', Gebied: '44021', Periode: '2026-S2', Afwijking: 'waarde 14 aantal', 'Beslissing of actie': 'Folder', 'Door wie': 'Milieu', Status: 'open' }]);
  expect(result.owners[0].missing.map((m) => [m.indicator, m.name, m.areaName])).toEqual([
    ['IND-001', 'Geluidsdruk gevel', 'Noord'],
    ['IND-001', 'Geluidsdruk gevel', 'Zuid'],
    ['IND-002', '', 'Gent'],
  ]);
});

test('a key typed over in other capitals is still the asked row; the value and the Bijsturing are written under the IDs as the registry writes them', async () => {
  const milieu = await form('Milieu', typed({ [NOORD]: { Indicator: 'ind-001', 'Nieuwe waarde': 49, Bijsturing: 'Meter nakijken' } }));
  const { rejected, written, log, followUps } = await merge([['milieu.xlsx', milieu]]);
  expect(rejected).toEqual([]);
  expect(written.map((r) => [r.Indicator, r.Gebied, r.Waarde])).toEqual([['IND-001', 'W-NOORD', 49]]);
  expect(log.map((r) => r.Indicator)).toEqual(['IND-001']);
  expect(followUps.map((r) => r.Indicator)).toEqual(['IND-001']);
});

test('of two Indicatoren rows with one ID the first counts: its unit is the one checked', async () => {
  const copy = (t: TableRows) => [...t.rows, t.rows[0].map((v, i) => (t.columns[i] === 'Eenheid' ? 'm' : v))];
  const { rejected, written } = await merge([['milieu.xlsx', await form('Milieu', typed({ [NOORD]: { 'Nieuwe waarde': '49 dB(A)' } }))]], {}, { rows: { tblIndicatoren: copy } });
  expect({ rejected, written: written.map((r) => r.Waarde) }).toEqual({ rejected: [], written: [49] });
});

test('a value the registry has otherwise is a conflict that names the form’s cell', async () => {
  const hand: Record<string, CellInput> = { Indicator: 'IND-001', Gebied: 'W-NOORD', Periode: '2026-S2', Waarde: 50, Bron: 'eigen meting' };
  const typedByHand = (t: TableRows) => [...t.rows, t.columns.map((c) => (hand[c] ?? null) as CellValue)];
  const { result } = await merge([['milieu.xlsx', await form('Milieu', typed({ [NOORD]: { 'Nieuwe waarde': 49 } }))]], {}, { rows: { tblMetingen: typedByHand } });
  expect(result.conflictList.map((c) => [c.form, c.owner, c.indicator, c.area, c.formCell, c.formValue])).toEqual([['milieu.xlsx', 'Milieu', 'IND-001', 'W-NOORD', 'Update!K9', 49]]);
  expect(result.conflictList[0].message).toContain('Milieu geeft 49 (Update!K9)');
});

test.each(['Bijsturing', 'Bijsturing afgerond', 'Eenheid', 'Toelichting', 'Norm'])('a form with %s moved to the first column is read by its captions', async (moved) => {
  const f = await form(
    'Milieu',
    typed({
      [NOORD]: { 'Nieuwe waarde': 49.5, Toelichting: 'nieuwe meter', Bijsturing: 'Snelheid verlagen', 'Bijsturing afgerond': 'ja' },
      [ZUID]: { 'Nieuwe waarde': 47, Eenheid: 'Pa' },
    }),
  );
  const [t] = await f.readTables(['tblUpdate']);
  const order = [moved, ...t.columns.filter((c) => c !== moved)];
  const wb = XlsxWorkbook.create();
  await wb.apply([
    { kind: 'addSheet', sheet: 'Update' },
    { kind: 'writeRange', sheet: 'Update', at: 'A1', values: await f.readRange('Update', `A1:P${t.firstRow - 2}`) },
    { kind: 'addTable', sheet: 'Update', table: 'tblUpdate', at: `A${t.firstRow - 1}`, columns: order, rows: t.rows.map((r) => order.map((c) => r[t.columns.indexOf(c)])) },
  ]);
  const letter = (caption: string) => columnLetter(order.indexOf(caption) + 1);
  const { rejected, written, followUps, closed } = await merge([['milieu.xlsx', wb]]);
  expect(rejected).toEqual([
    ['milieu.xlsx', 'Update', `${letter('Nieuwe waarde')}10`, false, 'ronde.eenheid-veranderd', `${letter('Nieuwe waarde')}10 (IND-001 | W-ZUID | 2026-S2): de eenheid van de rij werd veranderd in Pa, maar de indicator wordt gemeten in dB(A); vul de waarde in dB(A) in en zet de eenheid terug.`],
  ]);
  expect(written.map((r) => [r.Gebied, r.Waarde, r.Toelichting])).toEqual([['W-NOORD', 49.5, 'nieuwe meter']]);
  expect(followUps.map((r) => [r.Afwijking, r['Beslissing of actie']])).toEqual([[`waarde 49,5 dB(A), getoetst aan ${NORM}`, 'Snelheid verlagen']]);
  expect(closed).toEqual({ 0: { Status: 'afgerond' } });
});

test('a form without the Norm column: a Bijsturing says only the value', async () => {
  const old = await relaidOut((columns) => columns.filter((c) => c !== 'Norm'));
  await old.apply([typed({ [NOORD]: { Bijsturing: 'Meter nakijken' } })]);
  const { rejected, followUps } = await merge([['milieu.xlsx', old]]);
  expect(rejected).toEqual([]);
  expect(followUps.map((r) => r.Afwijking)).toEqual(['waarde 49 dB(A)']);
});

test('a value that is not a number is reported by its cell and row, and not written; the rest of the form is', async () => {
  const { result, rejected, written } = await merge([['milieu.xlsx', await form('Milieu', typed({ [NOORD]: { 'Nieuwe waarde': 'hoog' }, [ZUID]: { 'Nieuwe waarde': 47 } }))]]);
  expect(rejected).toEqual([['milieu.xlsx', 'Update', 'K9', false, 'ronde.geen-getal', 'K9 (IND-001 | W-NOORD | 2026-S2): hoog is geen getal; vul een getal in zoals 48,5 (decimale komma), zonder eenheid.']]);
  expect(written.map((r) => [r.Gebied, r.Waarde])).toEqual([['W-ZUID', 47]]);
  expect(result.owners[0]).toMatchObject({ returned: true, filled: 1 });
});

test('a registry without Werkingsgebieden: the missing rows are named by the area code', async () => {
  const { result } = await merge([['milieu.xlsx', await form('Milieu', typed({ [NOORD]: { 'Nieuwe waarde': 49 } }))]], {}, { without: 'tblWerkingsgebieden' });
  expect(result.owners[0].missing.map((m) => [m.indicator, m.name, m.area, m.areaName])).toEqual([
    ['IND-001', 'Geluidsdruk gevel', 'W-ZUID', 'W-ZUID'],
    ['IND-002', 'Klachten over geluid', '44021', '44021'],
  ]);
});
