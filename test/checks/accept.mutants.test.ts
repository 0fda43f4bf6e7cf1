// Accepted warnings (src/checks/accept.ts) on a small registry and hand-made findings: which warning
// gets which identity, which Controle rows count as acceptances, and which findings they keep off
// the list. Fast enough to run for every mutant Stryker makes of the file.
import { ACCEPT_COLUMNS, acceptancesOf, applyAcceptances, identify, identityOf, type Acceptance } from '../../src/checks/accept';
import type { Finding } from '../../src/findings';
import type { Row } from '../../src/registry/defaults';
import { openRegistry } from '../../src/registry/read';
import { tableSpec } from '../../src/registry/schema';
import type { TableKey } from '../../src/registry/types';
import type { CellValue, TableRows } from '../../src/workbook/port';
import { newRegistry } from '../monitor/helpers';
import { plant } from '../helpers/planted';

async function registry(planted: Partial<Record<TableKey, Row[]>>) {
  const wb = await newRegistry('44021');
  await wb.apply(plant(planted));
  return openRegistry(wb, {});
}

const warning = (sheet: string, row: number | null, column: string | null, message = 'let op', rule = 'r.w'): Finding => ({ severity: 'warning', rule, sheet, row, column, cell: null, message });
const planted = {
  indicators: [{ id: 'IND-001', name: 'Een', unit: '%' }, { id: 'IND-002', name: 'Twee', unit: '%' }],
  measurements: [{ indicator: 'IND-001', area: '44021', period: '2023', dimension: 'mannen', value: 1 }],
  objectives: [{ code: 'BD1', level: 'beleidsdoelstelling', title: 'Doel' }],
};

describe('identify', () => {
  test('a warning is known by rule, sheet, the row key and column; an error gets no identity', async () => {
    const data = await registry(planted);
    const findings = [
      warning('Indicatoren', 2, 'Eenheid'),
      warning('indicatoren', 3, null),
      warning('Metingen', 2, 'Waarde'),
      warning('Indicatoren', null, null),
      warning('Onbekend', 2, 'X'),
      { ...warning('Indicatoren', 2, 'Eenheid'), severity: 'error' as const },
    ];
    identify(findings, data);
    expect(findings.map((f) => identityOf(f)?.key)).toEqual([
      'r.w|Indicatoren|IND-001|Eenheid',
      'r.w|indicatoren|IND-002|',
      'r.w|Metingen|IND-001|44021|2023|mannen|Waarde',
      'r.w|Indicatoren||',
      'r.w|Onbekend||X',
      undefined,
    ]);
    for (const f of findings.slice(0, 5)) expect(identityOf(f)!.fingerprint).toMatch(/^[0-9a-f]{8}$/);
  });

  test("the fingerprint changes with the row's values and with the message, not with another row", async () => {
    const print = async (rows: typeof planted, message = 'let op') => {
      const f = warning('Indicatoren', 2, 'Eenheid', message);
      identify([f], await registry(rows));
      return identityOf(f)!.fingerprint;
    };
    const base = await print(planted);
    expect(await print(planted)).toBe(base);
    expect(await print(planted, 'let op!')).not.toBe(base);
    expect(await print({ ...planted, indicators: [{ id: 'IND-001', name: 'Een', unit: 'km' }, planted.indicators[1]] })).not.toBe(base);
    expect(await print({ ...planted, indicators: [planted.indicators[0], { id: 'IND-002', name: 'Twee', unit: 'km' }] })).toBe(base);
    // Hash of the message alone: FNV-1a of '\u0000let op' for a finding on no row, as 8 hex digits.
    const loose = warning('Indicatoren', null, null);
    identify([loose], await registry(planted));
    let h = 0x811c9dc5;
    for (const c of '\u0000let op') h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
    expect(identityOf(loose)!.fingerprint).toBe((h >>> 0).toString(16).padStart(8, '0'));
    // A hash below 0x10000000 keeps its leading zero: always 8 digits.
    const small = warning('Indicatoren', null, null, 'let op 938');
    identify([small], await registry(planted));
    expect(identityOf(small)!.fingerprint).toBe('04c22f87');
  });

  test('a table without key column or measurement key is known by its row number', async () => {
    const data = await registry({ ...planted, followUps: [{ indicator: 'IND-001', area: '44021', period: '2023' }] });
    const sheet = tableSpec('followUps').sheet;
    const f = warning(sheet, 2, 'Periode');
    identify([f], data);
    expect(identityOf(f)!.key).toBe(`r.w|${sheet}|rij 2|Periode`);
  });
});

describe('acceptancesOf', () => {
  const control = (columns: string[], rows: CellValue[][]): TableRows => ({ table: 'tblControle', sheet: 'Controle', columns, firstRow: 2, rows } as unknown as TableRows);
  const { key, fingerprint, by, reason } = ACCEPT_COLUMNS;

  test('rows with a name and a key, in columns found in any case and with spaces around', () => {
    const read = acceptancesOf(
      control(['Regel', ` ${key.toUpperCase()} `, fingerprint, by, reason], [
        ['x', 'k1', 'f1', 'An', 'omdat'],
        ['x', 'k2', 'f2', null, 'geen naam'],
        ['x', '  ', 'f3', 'An', 'geen sleutel'],
        ['x', 'k4', null, ' Jan ', null],
      ]),
    );
    expect(read).toEqual([
      { key: 'k1', fingerprint: 'f1', by: 'An', reason: 'omdat' },
      { key: 'k4', fingerprint: '', by: 'Jan', reason: '' },
    ]);
  });

  test('without a Reden column the reason is empty; without key, fingerprint or name column nothing is accepted', () => {
    expect(acceptancesOf(control([key, fingerprint, by], [['k1', 'f1', 'An']]))).toEqual([{ key: 'k1', fingerprint: 'f1', by: 'An', reason: '' }]);
    // Any column may be the first.
    expect(acceptancesOf(control([fingerprint, key, by], [['f1', 'k1', 'An']]))).toEqual([{ key: 'k1', fingerprint: 'f1', by: 'An', reason: '' }]);
    expect(acceptancesOf(control([by, key, fingerprint], [['An', 'k1', 'f1']]))).toEqual([{ key: 'k1', fingerprint: 'f1', by: 'An', reason: '' }]);
    expect(acceptancesOf(control([reason, key, fingerprint, by], [['omdat', 'k1', 'f1', 'An']]))).toEqual([{ key: 'k1', fingerprint: 'f1', by: 'An', reason: 'omdat' }]);
    expect(acceptancesOf(control([fingerprint, by, reason], [['f1', 'An', 'r']]))).toEqual([]);
    expect(acceptancesOf(control([key, by, reason], [['k1', 'An', 'r']]))).toEqual([]);
    expect(acceptancesOf(control([key, fingerprint, reason], [['k1', 'f1', 'r']]))).toEqual([]);
  });
});

describe('applyAcceptances', () => {
  test('only a warning with the same key and fingerprint is accepted, and keeps its identity', async () => {
    const data = await registry(planted);
    const findings = [warning('Indicatoren', 2, 'Eenheid'), warning('Indicatoren', 3, 'Eenheid'), warning('Indicatoren', 2, 'Naam'), { ...warning('Indicatoren', 2, 'Eenheid'), severity: 'error' as const }];
    identify(findings, data);
    const [first, second, third] = findings.map((f) => identityOf(f));
    const acceptances: Acceptance[] = [
      { ...first!, by: 'An', reason: 'gezien' },
      { key: second!.key, fingerprint: 'andere', by: 'An', reason: '' },
      { key: 'r.w|Indicatoren|IND-001|Naam2', fingerprint: third!.fingerprint, by: 'An', reason: '' },
    ];
    const { open, accepted } = applyAcceptances(findings, acceptances);
    expect(accepted).toEqual([{ ...findings[0], by: 'An', reason: 'gezien' }]);
    expect(identityOf(accepted[0])).toEqual(first);
    expect(open).toEqual(findings.slice(1));
    expect(applyAcceptances(findings, [])).toEqual({ open: findings, accepted: [] });
  });
});
