// What the row and reference checks hand on (src/checks/rowFindings.ts): every finding in the
// order found, and per row the findings a scope asks for (Toets aan normen blocks those rows). On
// hand-built table views, so a mutant costs a fraction of a second.
import { RowFindings } from '../../src/checks/rowFindings';
import type { Finding } from '../../src/findings';
import { RowView, type TableView } from '../../src/registry/read';
import { tableSpec } from '../../src/registry/schema';
import type { CheckScope } from '../../src/rules';

/** A view of Normen with the columns `keys` and `rows` rows (values are not read here). */
function normen(keys: string[], rows: number): TableView {
  const table: TableView = {
    spec: tableSpec('norms'),
    sheet: 'Normen',
    table: 'tblNormen',
    firstColumn: 'A',
    firstRow: 2,
    headers: keys,
    columns: new Map(keys.map((k, i) => [k, { caption: k, offset: i, letter: String.fromCharCode(65 + i) }])),
    rows: [],
  };
  for (let r = 0; r < rows; r++) table.rows.push(new RowView(table, r + 2, []));
  return table;
}

const found = (rule: string, message: string): Finding => ({ severity: 'error', rule, sheet: 'Normen', row: 2, column: null, cell: null, message });
const scope = (rules: string[], columns: string[]) => ({ norms: { rules, columns } }) as unknown as CheckScope;

test('every finding, in the order added, whether it stands on a row or not', () => {
  const table = normen(['id', 'value'], 1);
  const out = new RowFindings();
  const [a, b, c] = [found('r.a', 'a'), found('r.b', 'b'), found('r.c', 'c')];
  out.at(table.rows[0], 'value', a);
  out.add(b);
  out.at(table.rows[0], 'id', c);
  expect(out.all).toEqual([a, b, c]);
});

test("a row's findings that the scope names, on its columns present in the table, in the order found", () => {
  const table = normen(['id', 'indicator', 'value'], 4);
  const [first, second, third, fourth] = table.rows;
  const out = new RowFindings();
  const blocking = found('waarde.verplicht', 'leeg');
  const again = found('waarde.geen-getal', 'tekst');
  out.at(first, 'value', blocking);
  out.at(first, 'id', found('waarde.verplicht', 'kolom niet in de scope'));
  out.at(first, 'value', again);
  out.at(second, 'value', found('norm.verlopen', 'regel niet in de scope'));
  out.at(second, 'unit', found('waarde.verplicht', 'kolom niet in de tabel'));
  out.add(found('waarde.verplicht', 'niet op een rij'));
  const other = found('waarde.verplicht', 'vierde rij');
  out.at(fourth, 'indicator', other);
  const rows = out.rowsWith(table, scope(['waarde.verplicht', 'waarde.geen-getal'], ['value', 'indicator', 'unit']));
  expect([...rows.keys()].map((r) => r.row)).toEqual([first.row, fourth.row]);
  expect(rows.get(first)).toEqual([blocking, again]);
  expect(rows.get(fourth)).toEqual([other]);
  expect(rows.has(third)).toBe(false);
});

test('no table, a table the scope does not name, or no findings at all: no rows', () => {
  const table = normen(['id', 'value'], 1);
  const out = new RowFindings();
  expect(out.rowsWith(table, scope(['waarde.verplicht'], ['value'])).size).toBe(0);
  out.at(table.rows[0], 'value', found('waarde.verplicht', 'leeg'));
  expect(out.rowsWith(undefined, scope(['waarde.verplicht'], ['value'])).size).toBe(0);
  expect(out.rowsWith(table, { indicators: { rules: ['waarde.verplicht'], columns: ['value'] } } as unknown as CheckScope).size).toBe(0);
  expect(out.rowsWith(table, scope(['waarde.verplicht'], ['value'])).size).toBe(1);
});
