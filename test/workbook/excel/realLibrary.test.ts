// The Office.js adapter driven through Office's own Excel client library (officeLibrary.ts): what it
// sends is what Excel would get. Every request must stay under Excel on the web's 5 MB at the sizes
// a municipality reaches (100,000 measurements, a re-check with 10,000 findings, a flag that
// changes 10,000 scattered rows), the adapter's count of a request must hold the library's bytes,
// and the recording fake's count must be close to them, so the fake's limit means what Excel's does.
import { readFileSync } from 'node:fs';
import { writeControlSheet } from '../../../src/checks/controlSheet';
import type { CheckResult } from '../../../src/checks/index';
import { tableSpec } from '../../../src/registry/schema';
import { DEFAULT_PAYLOAD_BUDGET, ExcelWorkbook } from '../../../src/workbook/excel/adapter';
import { REQUEST_BYTES } from '../../../src/workbook/excel/requestSize';
import type { CellInput, Edit } from '../../../src/workbook/port';
import { FakeExcel } from './fakeExcel';
import { realExcel, type RealExcel } from './officeLibrary';

const LIMIT = 5_000_000;
const METINGEN = tableSpec('measurements').columns.map((c) => c.caption);
const KEY_COLUMNS = tableSpec('measurements').columns.filter((c) => ['indicator', 'area', 'period', 'dimension'].includes(c.key)).map((c) => c.caption);
const FLAG_COLUMNS = tableSpec('measurements').columns.filter((c) => c.key === 'status' || c.key.startsWith('norm')).map((c) => c.caption);

/** A Metingen row as an import writes it, with a Dutch comment on every fifth (UTF-8: é is two bytes). */
const metingRow = (i: number): CellInput[] =>
  METINGEN.map((caption, c) => {
    if (caption === 'Waarde' || caption === 'Bronwaarde') return (i % 997) * 1.25;
    if (caption === 'Opgehaald op') return new Date(Date.UTC(2026, 5, 1 + (i % 28)));
    if (caption === 'Toelichting') return i % 5 === 0 ? `Trendbreuk: andere meetmethode sinds ${2000 + (i % 25)}, zie verslag é` : null;
    if (caption === 'Periode') return `${2010 + (i % 16)}-S${1 + (i % 2)}`;
    return `${caption.slice(0, 3).toUpperCase()}-${(i * 7 + c) % 10_000}`;
  });

/** A fake holding Metingen with `rows` rows, set up through the fake alone (fast, no limits). */
async function seeded(rows: number, edits: Edit[] = []): Promise<FakeExcel> {
  const fake = new FakeExcel();
  fake.requestLimit = Infinity;
  await new ExcelWorkbook(fake.run, { payloadBudget: Infinity }).apply([
    { kind: 'addSheet', sheet: 'Metingen' },
    { kind: 'addTable', sheet: 'Metingen', table: 'tblMetingen', at: 'A1', columns: METINGEN, rows: Array.from({ length: rows }, (_, i) => metingRow(i)) },
    ...edits,
  ]);
  fake.requestLimit = LIMIT;
  fake.resetCounters();
  return fake;
}

/** Findings as a check reports them, each addressed to a cell of Metingen. */
function findings(count: number): CheckResult {
  return {
    findings: Array.from({ length: count }, (_, i) => ({
      severity: i % 3 ? 'warning' : 'error',
      rule: 'waarde.getal',
      sheet: 'Metingen',
      row: i + 2,
      column: 'Waarde',
      cell: `E${i + 2}`,
      message: `De waarde „${i}x” in kolom Waarde is geen getal; schrijf een getal zoals 12,5.`,
    })),
    summary: { errors: 0, warnings: 0 },
    accepted: [],
  };
}

/** Status and test of every `every`th row changed, as Toets aan normen writes them (two blocks a row), with the rows' keys as read. */
function scatteredFlags(rows: number, every: number): Edit {
  const cells = [];
  const expect = [];
  for (let row = 0; row < rows; row += every) {
    for (const column of FLAG_COLUMNS) cells.push({ row, column, value: column === 'Status' ? 'Afwijking' : `NRM-${row % 500}` });
    const read = metingRow(row);
    for (const column of KEY_COLUMNS) expect.push({ row, column, value: read[METINGEN.indexOf(column)] as string });
  }
  return { kind: 'updateCells', table: 'tblMetingen', cells, expect };
}

function expectUnderLimit(real: RealExcel): void {
  expect(real.requests.length).toBeGreaterThan(0);
  expect(real.largest).toBeLessThan(LIMIT);
  // The adapter's own count held: no request passed what the budget lets through.
  expect(real.largest).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET + REQUEST_BYTES);
}

describe("Office's client library: what the adapter sends", () => {
  test('writes reach the workbook through the library, and reads come back', async () => {
    const fake = new FakeExcel();
    const wb = new ExcelWorkbook(realExcel(fake).run);
    await wb.apply([
      { kind: 'addSheet', sheet: 'Metingen' },
      { kind: 'addTable', sheet: 'Metingen', table: 'tblMetingen', at: 'A1', columns: ['ID', 'Waarde', 'Datum'], rows: [['a', 1, new Date(Date.UTC(2024, 0, 1))]] },
      { kind: 'appendRows', table: 'tblMetingen', rows: [[{ text: 'b', link: 'Metingen!A1' }, 2, null]] },
      { kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 1, column: 'Waarde', value: 3 }] },
      { kind: 'protectSheet', sheet: 'Metingen', unlocked: ['B2:B3'] },
    ]);
    const [table] = await wb.readTables(['tblMetingen']);
    expect(table.rows).toEqual([['a', 1, 45292], ['b', 3, null]]);
    expect(fake.cell('Metingen', 'C2').numberFormat).toBe('dd/mm/yyyy');
    expect(fake.hyperlink('Metingen', 'A3')).toMatchObject({ documentReference: 'Metingen!A1' });
    expect(fake.locked('Metingen', 'B3')).toBe(false);
    expect((await wb.info()).sheets).toContainEqual({ name: 'Metingen', visibility: 'visible', protected: true });
  });

  test('a Controle re-check with 10,000 findings stays under 5 MB a request', async () => {
    const fake = await seeded(10);
    const real = realExcel(fake);
    const wb = new ExcelWorkbook(real.run);
    await writeControlSheet(wb, findings(2_000)); // the earlier check
    real.requests.length = 0;
    await writeControlSheet(wb, findings(10_000));
    expectUnderLimit(real);
    expect(fake.hyperlink('Controle', 'D10001')).toMatchObject({ documentReference: 'Metingen!E10001' });
  });

  test('Toets aan normen changing 10,000 scattered rows of 100,000 stays under 5 MB a request', async () => {
    const fake = await seeded(100_000);
    const real = realExcel(fake);
    await new ExcelWorkbook(real.run).apply([scatteredFlags(100_000, 10)]);
    expectUnderLimit(real);
    expect(fake.cell('Metingen', `${String.fromCharCode(64 + METINGEN.indexOf('Status') + 1)}99992`).value).toBe('Afwijking');
  });

  test('importing 100,000 measurements stays under 5 MB a request', async () => {
    const fake = await seeded(0);
    const real = realExcel(fake);
    await new ExcelWorkbook(real.run).apply([{ kind: 'appendRows', table: 'tblMetingen', rows: Array.from({ length: 100_000 }, (_, i) => metingRow(i)) }]);
    expectUnderLimit(real);
    expect(fake.cell('Metingen', 'A100001').value).toBe(metingRow(99_999)[0]);
  });
});

describe("Office's client library: the counts that size the requests", () => {
  const budget = 300_000;
  const cases: [string, Edit[]][] = [
    ['scattered single cells', [scatteredFlags(3_000, 7)]],
    ['links', [{ kind: 'replaceRows', table: 'tblMetingen', rows: Array.from({ length: 3_000 }, (_, i) => metingRow(i).map((v, c) => (c === 0 ? { text: String(v), link: `'Metingen'!A${i + 2}` } : v))) }]],
    ['unlocked ranges', [{ kind: 'protectSheet', sheet: 'Metingen', unlocked: Array.from({ length: 3_000 }, (_, i) => `E${2 * i + 2}:F${2 * i + 2}`) }]],
    ['dates and values', [{ kind: 'appendRows', table: 'tblMetingen', rows: Array.from({ length: 6_000 }, (_, i) => metingRow(i)) }]],
  ];

  test.each(cases)("the adapter's count holds the library's bytes and fills the requests: %s", async (_, edits) => {
    const fake = await seeded(3_000);
    const real = realExcel(fake);
    await new ExcelWorkbook(real.run, { payloadBudget: budget }).apply(edits);
    const writes = real.requests.filter((r) => r.bytes > 10_000);
    expect(writes.length).toBeGreaterThan(1);
    for (const request of writes) expect(request.bytes).toBeLessThanOrEqual(budget + REQUEST_BYTES);
    // Not a wasteful guess either: the requests split off by the budget carry most of what it allows.
    const full = writes.slice(0, -1);
    expect(full.reduce((sum, r) => sum + r.bytes, 0) / full.length).toBeGreaterThan(0.75 * budget);
  });

  test.each(cases)("the recording fake counts what the library sends, within a fifth: %s", async (_, edits) => {
    const fake = await seeded(3_000);
    const real = realExcel(fake);
    await new ExcelWorkbook(real.run, { payloadBudget: budget }).apply(edits);
    // Each of the library's requests is one sync of the fake.
    const writes = real.requests.map((r, i) => ({ real: r.bytes, fake: fake.syncs[i].requestBytes })).filter((w) => w.real > 10_000);
    for (const w of writes) expect(w.fake / w.real).toBeGreaterThan(0.85);
    for (const w of writes) expect(w.fake / w.real).toBeLessThan(1.2);
  });
});

describe("Office's client library: members at the declared requirement set", () => {
  const everyKind: Edit[] = [
    { kind: 'addSheet', sheet: 'Lijsten', tabColor: '#107C10' },
    { kind: 'addTable', sheet: 'Lijsten', table: 'tblThema', at: 'A1', columns: ['Thema'], rows: [['Geluid'], ['Groen']] },
    { kind: 'setName', name: 'lst_Thema', formula: 'tblThema[Thema]' },
    { kind: 'addColumns', table: 'tblMetingen', columns: ['Extra'] },
    { kind: 'appendRows', table: 'tblMetingen', rows: [[...metingRow(3), { text: 'Lijsten!A2', link: 'Lijsten!A2' }]] },
    { kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 0, column: 'Status', value: 'OK' }] },
    { kind: 'writeRange', sheet: 'Lijsten', at: 'D1', values: [['vrij', new Date(Date.UTC(2026, 0, 1))]] },
    { kind: 'clearRange', sheet: 'Lijsten', address: 'D1:E1' },
    { kind: 'setValidation', table: 'tblMetingen', column: 'Indicator', validation: { rule: { type: 'list', source: 'lst_Thema' }, prompt: { title: 'Thema', message: 'Kies' }, error: { title: 'Fout', message: 'Kies uit de lijst', style: 'stop' } } },
    { kind: 'setConditionalFormats', table: 'tblMetingen', column: 'Waarde', formats: [{ formula: '$E2>10', fill: '#FFC7CE', fontColor: '#9C0006' }] },
    { kind: 'setSheetLayout', sheet: 'Lijsten', widths: { A: 20 }, freezeRows: 1, hidden: ['C'] },
    { kind: 'setLineChart', sheet: 'Lijsten', name: 'Trend', title: 'Trend', source: 'A1:B3', at: 'F2', to: 'M20' },
    { kind: 'setSheetVisibility', sheet: 'Lijsten', visibility: 'hidden' },
    { kind: 'protectSheet', sheet: 'Metingen', unlocked: ['E2:E5'] },
  ];

  test("every member the adapter calls exists at ExcelApi 1.8, the manifest's minimum, in the library for older hosts", async () => {
    const fake = await seeded(5);
    // A small budget, so chunks (with calculation suspended) are written too.
    const wb = new ExcelWorkbook(realExcel(fake, '1.8').run, { payloadBudget: 20_000 });
    await wb.apply([{ kind: 'replaceRows', table: 'tblMetingen', rows: Array.from({ length: 200 }, (_, i) => metingRow(i)) }]);
    await wb.apply([{ kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 1, column: 'Status', value: 'OK' }], expect: [{ row: 1, column: 'Indicator', value: metingRow(1)[0] as string }] }]);
    await wb.apply(everyKind);
    await wb.info();
    await wb.readTables(['tblMetingen']);
    await wb.readRange('Lijsten', 'A1:B3');
    await wb.readColumnRules('tblMetingen', ['Indicator', 'Waarde']);
    await wb.select('Metingen', 'B2');
    expect(fake.charts('Lijsten')).toHaveLength(1);
    expect(fake.calculation.suspendedSyncs).toBeGreaterThan(0);
  });

  test('the check is live: below what a member needs, the library refuses it before sending', async () => {
    const fake = await seeded(5);
    const wb = new ExcelWorkbook(realExcel(fake, '1.3').run);
    await expect(wb.apply([{ kind: 'setValidation', table: 'tblMetingen', column: 'Waarde', validation: { rule: { type: 'decimal' } } }])).rejects.toMatchObject({ code: 'excel', cause: { code: 'ApiNotFound' } });
  });

  test('notes are above the library (ExcelApi 1.18); @types/office-js declares every member the adapter uses at 1.18', () => {
    const types = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
    /** The requirement set documented on a member of a class of the Excel namespace. */
    const apiSetOf = (className: string, member: RegExp): string | null => {
      const from = types.indexOf(`\n    class ${className} extends`);
      const body = types.slice(from, types.indexOf('\n    class ', from + 1));
      const at = body.search(member);
      if (from < 0 || at < 0) return null;
      return /\[Api set: ExcelApi ([\d.]+)/.exec(body.slice(body.lastIndexOf('/**', at), at))?.[1] ?? null;
    };
    expect(apiSetOf('Worksheet', /readonly notes: Excel\.NoteCollection;/)).toBe('1.18');
    expect(apiSetOf('NoteCollection', /\badd\(/)).toBe('1.18');
    expect(apiSetOf('NoteCollection', /\bgetItem\(/)).toBe('1.18');
    expect(apiSetOf('NoteCollection', /\bgetItemOrNullObject\(/)).toBe('1.18');
    expect(apiSetOf('Note', /\bcontent: string;/)).toBe('1.18');
    expect(apiSetOf('Note', /\bdelete\(\): void;/)).toBe('1.18');
    // The npm library stands for the hosts before 1.18: it has no notes at all.
    const library = readFileSync(require.resolve('@microsoft/office-js/dist/excel-web-16.00.js'), 'utf8');
    expect(library).not.toContain('NoteCollection');
  });
});
