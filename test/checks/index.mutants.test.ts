// Controleer register as a whole (src/checks/index.ts) on a new registry with a few planted rows:
// settings as findings, every check's findings in sheet, row and column order, the clock a norm
// expires by, and warnings accepted on the Controle sheet. Fast enough to run for every mutant
// Stryker makes of the file.
import ExcelJS from 'exceljs';
import { checkOpened, checkRegistry, rowProblems } from '../../src/checks';
import { writeControlSheet } from '../../src/checks/controlSheet';
import type { Finding } from '../../src/findings';
import type { Row } from '../../src/registry/defaults';
import { openRegistry } from '../../src/registry/read';
import { SETTINGS_TABLE, registrySchema } from '../../src/registry/schema';
import { readSettings } from '../../src/registry/settings';
import type { TableKey } from '../../src/registry/types';
import type { CheckScope } from '../../src/rules';
import type { Edit } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { newRegistry } from '../monitor/helpers';
import { plant } from '../helpers/planted';

const planted: Partial<Record<TableKey, Row[]>> = {
  dossiers: [{ id: 'DOS-001' }],
  indicators: [{ id: 'IND-001', name: 'Een', unit: '%', frequency: 'soms' }],
  norms: [{ id: 'NRM-001', indicator: 'IND-001', kind: 'norm', operator: 'max', value: 50, validTo: '31/12/2021' }],
  measurements: [
    { indicator: 'IND-001', area: '44021', period: '2022', value: 50 },
    { indicator: 'IND-001', area: '44021', period: '2023', value: 5000 },
    { indicator: 'IND-001', period: '2024' },
  ],
};

async function registry(rows = planted, more: Edit[] = []) {
  const wb = await newRegistry('44021');
  await wb.apply([
    ...plant(rows),
    ...more,
  ]);
  return wb;
}

/** A setting's Waarde changed, as a user would type it on the Systeem sheet. */
const setting = (row: number, value: string): Edit => ({ kind: 'updateCells', table: SETTINGS_TABLE, cells: [{ row, column: 'Waarde', value }] });
const MAX_ACTIES = 6; // the seventh setting
const GEMEENTE = 1;

const where = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell ?? ''}`);
const before = new Date('2020-01-01T12:00:00Z');
const after = new Date('2022-06-01T12:00:00Z');

describe('checkRegistry', () => {
  test('every finding in sheet order, then row, then column; the settings last; counted by severity', async () => {
    const result = await checkRegistry(await registry(planted, [setting(MAX_ACTIES, 'veel')]), { now: before });
    expect(where(result.findings)).toEqual([
      'error waarde.verplicht Dossiers!B2',
      'warning indicator.geen-definitie Indicatoren!C2',
      'warning indicator.geen-bron Indicatoren!K2',
      'error waarde.keuzelijst Indicatoren!M2',
      'warning indicator.geen-eigenaar Indicatoren!N2',
      'warning indicator.geen-mjp Indicatoren!O2',
      'warning meting.honderdvoud Metingen!E3',
      'error waarde.verplicht Metingen!B4',
      'warning instelling.ongeldig Systeem!B8',
    ]);
    expect(result.findings.at(-1)).toMatchObject({ row: 8, column: 'Waarde', message: 'Instelling max_acties heeft een ongeldige waarde "veel"; de standaardwaarde 5 wordt gebruikt.' });
    expect(result.summary).toEqual({ errors: 3, warnings: 6 });
    expect(result.accepted).toEqual([]);
    expect(result.municipality).toBe('Gent');
  });

  test("a norm expires by the day given, not by the machine's clock", async () => {
    const rules = async (now: Date) => (await checkRegistry(await registry(), { now })).findings.filter((f) => f.sheet === 'Normen').map((f) => `${f.rule} ${f.cell}`);
    expect(await rules(before)).toEqual([]);
    expect(await rules(after)).toEqual([expect.stringMatching(/^norm\.verlopen [A-Z]+2$/)]);
  });

  test('the schema given is the one read and checked', async () => {
    const withoutDossiers = { ...registrySchema, tables: registrySchema.tables.filter((t) => t.key !== 'dossiers') };
    const result = await checkRegistry(await registry(), { now: before, schema: withoutDossiers });
    expect(where(result.findings)[0]).toBe('warning indicator.geen-definitie Indicatoren!C2');
  });

  test('settings that make no sense are one error, and the rest is still checked', async () => {
    const result = await checkRegistry(await registry(planted, [setting(GEMEENTE, 'Gent')]), { now: before });
    expect(result.findings.at(-1)).toMatchObject({ rule: 'instelling.register-ongeldig', sheet: 'Systeem', row: null, message: 'In de instellingen (blad Systeem) instelling gemeente heeft een ongeldige waarde (Gent).' });
    expect(result.findings).toHaveLength(9);
  });

  test('a warning accepted on the Controle sheet stays off the list while its row is unchanged; errors stay', async () => {
    const wb = await registry();
    const first = await checkRegistry(wb, { now: before });
    await writeControlSheet(wb, first);
    const [control] = await wb.readTables(['tblControle']);
    const rule = control.columns.indexOf('Regel');
    const accept = (name: string) => control.rows.findIndex((r) => r[rule] === name);
    await wb.apply([
      {
        kind: 'updateCells',
        table: 'tblControle',
        cells: [
          { row: accept('indicator.geen-bron'), column: 'Aanvaard door', value: 'An' },
          { row: accept('indicator.geen-bron'), column: 'Reden', value: 'bron volgt' },
          { row: accept('waarde.verplicht'), column: 'Aanvaard door', value: 'An' },
        ],
      },
    ]);
    const again = await checkRegistry(wb, { now: before });
    expect(again.accepted.map((f) => [f.rule, f.cell, f.by, f.reason])).toEqual([['indicator.geen-bron', 'K2', 'An', 'bron volgt']]);
    expect(where(again.findings)).toEqual(where(first.findings).filter((f) => !f.includes('geen-bron')));
    expect(again.summary).toEqual({ errors: first.summary.errors, warnings: first.summary.warnings - 1 });
  });
});

describe('checkOpened', () => {
  test('a renamed sheet and a deleted one keep their place in the order; findings without cell come first in their row', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await (await registry()).save()) as unknown as ArrayBuffer);
    wb.getWorksheet('Normen')!.name = 'Normen 2022';
    wb.removeWorksheet(wb.getWorksheet('Regels')!.id);
    const data = await openRegistry(await XlsxWorkbook.load(new Uint8Array(await wb.xlsx.writeBuffer())), { withoutSettings: true });
    // Findings beyond column Z on row 100, as on a long sheet with columns of the user's own before the registry's.
    const loose = (row: number, cell: string | null): Finding => ({ severity: 'error', rule: 'r', sheet: 'Normen 2022', row, column: null, cell, message: 'm' });
    data.structure.push(loose(100, 'AB100'), loose(100, 'Z100'), loose(2, null));
    const order = where(checkOpened(data, { now: after }).findings).filter((f) => !f.includes('Indicatoren') && !f.includes('Dossiers'));
    expect(order).toEqual([
      'error r Normen 2022!',
      'warning norm.verlopen Normen 2022!M2',
      'error r Normen 2022!Z100',
      'error r Normen 2022!AB100',
      'error structuur.tabel-ontbreekt Regels!',
      'warning meting.honderdvoud Metingen!E3',
      'error waarde.verplicht Metingen!B4',
    ]);
  });

  test('a registry without its settings table: one error, on the Systeem sheet, and no municipality', async () => {
    const data = await openRegistry(await registry(), { withoutSettings: true });
    data.settings = readSettings(null);
    const result = checkOpened(data, { now: before });
    expect(result.findings.at(-1)).toMatchObject({ rule: 'structuur.instellingen-ontbreken', sheet: 'Systeem', row: null, cell: null });
    expect(result.municipality).toBeNull();
  });
});

test('rowProblems: the row and reference checks, only those the scope asks for', async () => {
  const data = await openRegistry(await registry({ ...planted, norms: [{ ...planted.norms![0], indicator: 'IND-009' }] }), { withoutSettings: true });
  const rules = (scope?: CheckScope) => rowProblems(data, scope).all.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
  expect(rules()).toEqual(expect.arrayContaining(['waarde.verplicht Dossiers!B2', 'waarde.verplicht Metingen!B4', 'verwijzing.onbekend Normen!B2']));
  expect(rules({ norms: { rules: ['verwijzing.onbekend'], columns: ['indicator'] } })).toEqual(['verwijzing.onbekend Normen!B2']);
  expect(rules({ measurements: { rules: ['waarde.verplicht'], columns: ['area'] } })).toEqual(['waarde.verplicht Metingen!B4']);
});
