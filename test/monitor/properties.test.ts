// Property-based tests (fast-check) of the monitor parsers and the upsert (issue 9): whatever file
// is generated, values and periods read back as written, a CSV reads back row for row in any of
// the delimiters, byte-order marks and line endings downloads come in, importing a file twice is
// importing it once, and importing A then B is importing their union with B winning, except where
// a value was entered by hand. numRuns stay modest so the suite stays fast.
import fc from 'fast-check';
import { readMonitorCsv } from '../../src/monitor/csv';
import { importMonitor, type ImportResult } from '../../src/monitor';
import { addFromCatalogue } from '../../src/monitor/pick';
import { parseFileValue, periodCode } from '../../src/registry/values';
import { rowCells } from '../../src/registry/layout';
import { tableSpec } from '../../src/registry/schema';
import type { CellValue } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { snapshot } from '../helpers/snapshot';
import { collect, newRegistry } from './helpers';

const runs = (numRuns: number) => ({ numRuns: numRuns * Number(process.env.PROP_SCALE ?? 1), ...(process.env.PROP_SCALE ? {} : { seed: 20261123 }) });

describe('parseFileValue', () => {
  /** A number written as a Flemish or an English source writes it, with or without thousands groups. */
  const written = fc.record({
    whole: fc.integer({ min: 0, max: 999_999_999 }),
    decimals: fc.stringMatching(/^[0-9]{0,3}$/),
    negative: fc.boolean(),
    grouped: fc.boolean(),
    style: fc.constantFrom<',' | '.'>(',', '.'),
  });
  const group = (whole: number, sep: string) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

  test('a number reads back as written, in the decimal style of its file', () => {
    fc.assert(
      fc.property(written, ({ whole, decimals, negative, grouped, style }) => {
        const thousands = style === ',' ? '.' : ',';
        // A grouped whole number without decimals, like 1.234, is the one form both styles read alike.
        const text = `${negative ? '-' : ''}${grouped ? group(whole, thousands) : String(whole)}${decimals ? `${style}${decimals}` : ''}`;
        const expected = Number(`${negative ? '-' : ''}${whole}${decimals ? `.${decimals}` : ''}`);
        expect(parseFileValue(text, style)).toEqual({ kind: 'number', value: expected });
      }),
      runs(300),
    );
  });

  test('any text gives a number, empty or invalid, never an exception or a non-finite number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom<',' | '.' | 'auto'>(',', '.', 'auto'), (text, decimal) => {
        const parsed = parseFileValue(text, decimal);
        expect(['number', 'empty', 'invalid']).toContain(parsed.kind);
        if (parsed.kind === 'number') expect(Number.isFinite(parsed.value)).toBe(true);
      }),
      runs(500),
    );
  });
});

describe('periodCode', () => {
  const period = fc.oneof(
    fc.record({ year: fc.integer({ min: 1900, max: 2100 }), kind: fc.constant('S' as const), n: fc.integer({ min: 1, max: 2 }) }),
    fc.record({ year: fc.integer({ min: 1900, max: 2100 }), kind: fc.constant('Q' as const), n: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ year: fc.integer({ min: 1900, max: 2100 }), kind: fc.constant('M' as const), n: fc.integer({ min: 1, max: 12 }) }),
    fc.record({ year: fc.integer({ min: 1900, max: 2100 }), kind: fc.constant('Y' as const), n: fc.constant(0) }),
  );

  test('every way a source writes a period gives the registry form, which stays as it is', () => {
    fc.assert(
      fc.property(period, fc.integer({ min: 0, max: 10 }), ({ year, kind, n }, pick) => {
        const two = String(n).padStart(2, '0');
        const forms: Record<typeof kind, { canonical: string; variants: (string | number)[] }> = {
          Y: { canonical: String(year), variants: [year, String(year), ` ${year} `, `${year}.0`] },
          S: { canonical: `${year}-S${n}`, variants: [`${year}-S${n}`, `${year}S${n}`, `${year}H${n}`, `S${n} ${year}`, `${year} s${n}`, `H${n}-${year}`] },
          Q: { canonical: `${year}-Q${n}`, variants: [`${year}-Q${n}`, `${year}Q${n}`, `Q${n} ${year}`, `${year}K${n}`, `k${n} ${year}`] },
          M: { canonical: `${year}-${two}`, variants: [`${year}-${two}`, `${year}-${n}`, `${year}M${two}`, `${two}/${year}`, `${n}/${year}`] },
        };
        const { canonical, variants } = forms[kind];
        expect(periodCode(variants[pick % variants.length])).toBe(canonical);
        expect(periodCode(canonical)).toBe(canonical);
      }),
      runs(300),
    );
  });
});

// ------------------------------------------------------------------------------------------------
// Generated monitor files

const AREAS: [string, string][] = [
  ['Gent', '44021'],
  ['Vlaams Gewest', '2000'],
  ['Provincie Oost-Vlaanderen', '40000'],
];
const YEARS = [2019, 2020, 2021, 2022];
const TYPES = ['Alle huizen', 'Open bebouwing', 'Huur; "sociaal"'];

interface Row {
  area: number;
  year: number;
  type: string;
  /** Null: the file leaves the value empty. */
  value: number | null;
}

const keyOf = (r: Pick<Row, 'area' | 'year' | 'type'>) => `${r.area}|${r.year}|${r.type}`;

/** Rows of one file: each measurement at most once (a file with duplicates has its own test). */
const fileRows = (values: fc.Arbitrary<number | null>) =>
  fc.uniqueArray(
    fc.record({ area: fc.integer({ min: 0, max: AREAS.length - 1 }), year: fc.constantFrom(...YEARS), type: fc.constantFrom(...TYPES), value: values }),
    { selector: keyOf, maxLength: AREAS.length * YEARS.length * TYPES.length },
  );
const fileValues = fc.option(fc.integer({ min: 0, max: 9_999_999 }).map((n) => n / 10), { freq: 5 });

interface Style {
  delimiter: ';' | ',' | '\t';
  bom: boolean;
  crlf: boolean;
}
const style: fc.Arbitrary<Style> = fc.record({ delimiter: fc.constantFrom<Style['delimiter']>(';', ',', '\t'), bom: fc.boolean(), crlf: fc.boolean() });

/** The rows as a monitor CSV: a comma file writes decimal points, the others decimal commas. */
function csv(rows: Row[], s: Style = { delimiter: ';', bom: false, crlf: false }): string {
  const field = (v: string) => (v.includes(s.delimiter) || v.includes('"') ? `"${v.replace(/"/g, '""')}"` : v);
  const number = (v: number | null) => (v === null ? '' : s.delimiter === ',' ? String(v) : String(v).replace('.', ','));
  const lines = [
    ['Gemeente', 'NIS-code', 'Indicator', 'Jaar', 'Type', 'Mediaanprijs (in euro)'].join(s.delimiter),
    ...rows.map((r) => [AREAS[r.area][0], AREAS[r.area][1], 'Mediaanprijs huizen', String(r.year), r.type, number(r.value)].map(field).join(s.delimiter)),
  ];
  return `${s.bom ? '\ufeff' : ''}${lines.join(s.crlf ? '\r\n' : '\n')}\n`;
}

describe('readMonitorCsv', () => {
  test('a generated CSV reads back row for row, whatever its delimiter, byte-order mark or line ends', async () => {
    await fc.assert(
      fc.asyncProperty(fileRows(fileValues), style, async (rows, s) => {
        const { sink, rows: read, skipped } = collect();
        const result = await readMonitorCsv(csv(rows, s), sink, { fileName: 'WO_07.csv' });
        expect(skipped).toEqual([]);
        expect(result.rowsRead).toBe(rows.length);
        const back = read.map((r) => ({ line: r.line, area: r.area.code, period: r.period, dimension: r.dimension, value: parseFileValue(r.values[0].raw, r.decimal) }));
        expect(back).toEqual(
          rows.map((r, i) => ({ line: i + 2, area: AREAS[r.area][1], period: String(r.year), dimension: r.type, value: r.value === null ? { kind: 'empty' } : { kind: 'number', value: r.value } })),
        );
      }),
      runs(60),
    );
  });
});

// ------------------------------------------------------------------------------------------------
// The upsert, through the whole import

const NOW = new Date(Date.UTC(2026, 10, 23));
const measurementSpec = tableSpec('measurements');

/** Gent's registry with Mediaanprijs huizen (IND-001) and measurements typed by hand (no Bronwaarde). */
async function registry(hand: Row[]): Promise<XlsxWorkbook> {
  const wb = await newRegistry();
  await addFromCatalogue(wb, ['WO_07']);
  if (hand.length) {
    const [{ columns }] = await wb.readTables([measurementSpec.table]);
    const rows = hand.map((r) => rowCells(measurementSpec, columns, { indicator: 'IND-001', area: AREAS[r.area][1], period: String(r.year), dimension: r.type, value: r.value, unit: 'euro' }));
    await wb.apply([{ kind: 'appendRows', table: measurementSpec.table, rows }]);
  }
  return wb;
}

const importText = (wb: XlsxWorkbook, text: string): Promise<ImportResult> => importMonitor(wb, { kind: 'csv', name: 'monitor.csv', input: text }, { allAreas: true, now: NOW });

/** Metingen by natural key: every cell of the row, whatever order the rows stand in. */
async function measurements(wb: XlsxWorkbook): Promise<Map<string, Record<string, CellValue>>> {
  const [t] = await wb.readTables([measurementSpec.table]);
  const col = (caption: string) => t.columns.indexOf(caption);
  const out = new Map<string, Record<string, CellValue>>();
  for (const row of t.rows) {
    if (row.every((v) => v === null)) continue;
    const area = AREAS.findIndex(([, nis]) => nis === String(row[col('Gebied')]));
    out.set(keyOf({ area, year: Number(row[col('Periode')]), type: String(row[col('Dimensie')]) }), Object.fromEntries(t.columns.map((c, i) => [c, row[i]])));
  }
  return out;
}

/** Hand-typed values lie apart from anything a file gives, so an import never happens to confirm one. */
const handValues = fc.integer({ min: 1, max: 999 }).map((n) => -n);

describe('upsert', () => {
  test('importing any generated file twice is importing it once', async () => {
    await fc.assert(
      fc.asyncProperty(fileRows(fileValues), fileRows(handValues), async (rows, hand) => {
        const wb = await registry(hand);
        await importText(wb, csv(rows));
        const once = await snapshot(wb);
        const again = await importText(wb, csv(rows));
        expect(again.changed).toBe(false);
        expect(again.summary).toMatchObject({ added: 0, updated: 0 });
        expect(await snapshot(wb)).toEqual(once);
      }),
      runs(20),
    );
  });

  test('importing A then B is importing their union, B winning, except over values typed by hand', async () => {
    await fc.assert(
      fc.asyncProperty(fileRows(fileValues), fileRows(fileValues), fileRows(handValues), async (a, b, hand) => {
        // The union: B's value where B has one, else A's.
        const union = new Map(a.map((r) => [keyOf(r), r]));
        for (const r of b) if (r.value !== null || !union.has(keyOf(r))) union.set(keyOf(r), r);

        const stepwise = await registry(hand);
        await importText(stepwise, csv(a));
        await importText(stepwise, csv(b));
        const once = await registry(hand);
        await importText(once, csv([...union.values()]));

        const got = await measurements(stepwise);
        expect(got).toEqual(await measurements(once));
        // Hand-typed values stand; the others are the union's.
        for (const h of hand) expect(got.get(keyOf(h))).toMatchObject({ Waarde: h.value, Bronwaarde: null });
        const handKeys = new Set(hand.map(keyOf));
        for (const [key, r] of union) if (!handKeys.has(key) && r.value !== null) expect(got.get(key)).toMatchObject({ Waarde: r.value, Bronwaarde: r.value });
      }),
      runs(20),
    );
  });

  test('a value changed by hand after A is not overwritten by B: B reports a conflict instead', async () => {
    await fc.assert(
      fc.asyncProperty(fileRows(fileValues), fileRows(fileValues), fc.array(fc.nat(), { maxLength: 6 }), handValues, async (a, b, picks, typed) => {
        const wb = await registry([]);
        await importText(wb, csv(a));
        const imported = a.filter((r) => r.value !== null);
        const edited = new Set(picks.filter(() => imported.length).map((p) => keyOf(imported[p % imported.length])));
        // A user types over the imported value; Bronwaarde still holds what A read.
        const [t] = await wb.readTables([measurementSpec.table]);
        const cells = t.rows.flatMap((row, i) => {
          const area = AREAS.findIndex(([, nis]) => nis === String(row[t.columns.indexOf('Gebied')]));
          const key = keyOf({ area, year: Number(row[t.columns.indexOf('Periode')]), type: String(row[t.columns.indexOf('Dimensie')]) });
          return edited.has(key) ? [{ row: i, column: 'Waarde', value: typed }] : [];
        });
        if (cells.length) await wb.apply([{ kind: 'updateCells', table: measurementSpec.table, cells }]);

        const result = await importText(wb, csv(b));
        const got = await measurements(wb);
        for (const key of edited) expect(got.get(key)?.Waarde).toBe(typed);
        const conflicts = b.filter((r) => r.value !== null && edited.has(keyOf(r)));
        expect(result.summary.conflicts).toBe(conflicts.length);
        expect(result.summary.conflictList.map((c) => c.fileValue).sort()).toEqual(conflicts.map((r) => r.value).sort());
      }),
      runs(20),
    );
  });
});
