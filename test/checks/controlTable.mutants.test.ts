// The Controle sheet as Controleer register writes it (src/checks/controlSheet.ts), on a new registry
// without LibreOffice: each finding's row with its link, fix, acceptance and identity, the columns an
// older Controle sheet gets, and the names and marks. (Named controlTable: the Stryker config leaves
// files named controlSheet out, for the LibreOffice test.) Fast enough to run for every mutant.
import { checkRegistry, type CheckResult } from '../../src/checks';
import { CONTROL_TABLE, markFormats, writeControlSheet } from '../../src/checks/controlSheet';
import type { Finding } from '../../src/findings';
import type { Row } from '../../src/registry/defaults';
import type { TableKey } from '../../src/registry/types';
import type { CellValue, Edit } from '../../src/workbook/port';
import type { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { newRegistry } from '../monitor/helpers';
import { plant } from '../helpers/planted';

const now = new Date('2020-01-01T12:00:00Z');
const planted: Partial<Record<TableKey, Row[]>> = {
  dossiers: [{ id: 'DOS-001' }],
  indicators: [{ id: 'IND-001', name: 'Een', unit: '%', definition: 'x', owner: 'Milieu', plan: 'BD1' }],
};

/** A new Gent registry with `planted` rows, whose edits are kept in `applied` from here on. */
async function registry() {
  const wb = await newRegistry('44021');
  await wb.apply(plant(planted));
  const applied: Edit[] = [];
  const apply = wb.apply.bind(wb);
  wb.apply = async (edits) => {
    applied.push(...edits);
    return apply(edits);
  };
  return { wb, applied };
}

async function control(wb: XlsxWorkbook): Promise<Record<string, CellValue>[]> {
  const [t] = await wb.readTables([CONTROL_TABLE]);
  return t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])));
}

const loose: Finding = { severity: 'warning', rule: 'eigen.regel', sheet: 'Normen 2022', row: null, column: null, cell: null, message: 'los' };
const linked: Finding = { severity: 'error', rule: 'verwijzing.onbekend', sheet: 'Normen 2022', row: 2, column: 'Indicator', cell: 'B2', message: 'onbekend' };

test('each finding a row: severity, rule, a link to its cell, the fix from the catalogue; errors have no identity', async () => {
  const { wb, applied } = await registry();
  const result: CheckResult = { findings: [linked, loose], accepted: [], summary: { errors: 1, warnings: 1 }, municipality: 'Gent' };
  await writeControlSheet(wb, result);
  const rows = await control(wb);
  expect(rows).toEqual([
    { Ernst: 'fout', Regel: 'verwijzing.onbekend', Blad: 'Normen 2022', Cel: 'Normen 2022!B2', Kolom: 'Indicator', Melding: 'onbekend', Oplossing: expect.stringContaining('keuzemenu'), 'Aanvaard door': null, Reden: null, Sleutel: null, Vingerafdruk: null },
    { Ernst: 'waarschuwing', Regel: 'eigen.regel', Blad: 'Normen 2022', Cel: 'Normen 2022', Kolom: null, Melding: 'los', Oplossing: null, 'Aanvaard door': null, Reden: null, Sleutel: null, Vingerafdruk: null },
  ]);
  const table = applied.find((e) => e.kind === 'addTable');
  expect(table?.kind === 'addTable' && table.rows.map((r) => r[3])).toEqual([{ text: 'Normen 2022!B2', link: "'Normen 2022'!B2" }, 'Normen 2022']);
  expect(applied).toContainEqual({ kind: 'setPrintLayout', sheet: 'Controle', orientation: 'landscape', titleRows: '1:1', header: 'Gent – Controle' });
  expect(applied).toContainEqual({ kind: 'setName', name: 'lst_ControleCellen', formula: 'tblControle[Cel]' });
  expect(applied).toContainEqual({ kind: 'setName', name: 'lst_ControleErnst', formula: 'tblControle[Ernst]' });
  const [rules] = await wb.readColumnRules('tblNormen', ['Indicator']);
  expect(rules.formats).toEqual(markFormats('Normen'));
});

test('a re-check replaces the rows, keeps the names, and writes an accepted warning as aanvaard with who, why and its identity', async () => {
  const { wb, applied } = await registry();
  const first = await checkRegistry(wb, { now });
  await writeControlSheet(wb, first);
  const written = await control(wb);
  const source = written.findIndex((r) => r.Regel === 'indicator.geen-bron');
  const norm = written.findIndex((r) => r.Regel === 'indicator.geen-norm');
  expect([source, norm].every((i) => i >= 0)).toBe(true);
  await wb.apply([{ kind: 'updateCells', table: CONTROL_TABLE, cells: [
    { row: source, column: 'Aanvaard door', value: 'An' },
    { row: source, column: 'Reden', value: 'bron volgt' },
    { row: norm, column: 'Aanvaard door', value: 'Jan' },
  ] }]);
  applied.length = 0;
  const again = await checkRegistry(wb, { now });
  await writeControlSheet(wb, { ...again, municipality: null });
  const rows = await control(wb);
  expect(rows).toHaveLength(written.length);
  expect(rows.slice(-2)).toEqual([
    { ...written[norm], Ernst: 'aanvaard', 'Aanvaard door': 'Jan', Reden: null },
    { ...written[source], Ernst: 'aanvaard', 'Aanvaard door': 'An', Reden: 'bron volgt' },
  ]);
  expect(written[source]).toMatchObject({ Sleutel: 'indicator.geen-bron|Indicatoren|IND-001|Bron', Vingerafdruk: expect.stringMatching(/^[0-9a-f]{8}$/) });
  expect(applied.filter((e) => e.kind === 'setName' || e.kind === 'addTable' || e.kind === 'addColumns')).toEqual([]);
  expect(applied).toContainEqual({ kind: 'setPrintLayout', sheet: 'Controle', orientation: 'landscape', titleRows: '1:1', header: 'Controle' });
});

test("a Controle sheet of an older version gets the columns it lacks, and the rows are filled under the user's own order", async () => {
  const { wb, applied } = await registry();
  await wb.apply([
    { kind: 'addSheet', sheet: 'Controle' },
    { kind: 'addTable', sheet: 'Controle', table: 'tblControle', at: 'A3', columns: ['Ernst', 'Regel', 'Blad', 'Cel', 'Kolom', 'Melding', 'Oplossing', 'Notitie', ' SLEUTEL '], rows: [['fout', 'oud', null, null, null, null, null, 'van mij', null]] },
  ]);
  applied.length = 0;
  await writeControlSheet(wb, { findings: [loose], accepted: [], summary: { errors: 0, warnings: 1 }, municipality: 'Gent' });
  expect(applied.filter((e) => e.kind === 'addColumns')).toEqual([{ kind: 'addColumns', table: 'tblControle', columns: ['Aanvaard door', 'Reden', 'Vingerafdruk'] }]);
  expect(applied).toContainEqual({ kind: 'setPrintLayout', sheet: 'Controle', orientation: 'landscape', titleRows: '3:3', header: 'Gent – Controle' });
  const [t] = await wb.readTables([CONTROL_TABLE]);
  expect(t.columns).toEqual(['Ernst', 'Regel', 'Blad', 'Cel', 'Kolom', 'Melding', 'Oplossing', 'Notitie', ' SLEUTEL ', 'Aanvaard door', 'Reden', 'Vingerafdruk']);
  expect(t.rows).toEqual([['waarschuwing', 'eigen.regel', 'Normen 2022', 'Normen 2022', null, 'los', null, null, null, null, null, null]]);
});
