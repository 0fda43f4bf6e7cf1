// Row checks, derived from the schema alone: required values, value types, fixed lists, ID forms
// and duplicate keys. Values that depend on other tables (references, scales) are checked in
// referenceChecks.
import type { Finding } from '../findings';
import { codeKey, rowKeyOf } from '../registry/keys';
import type { RegistryData, RowView, TableView } from '../registry/read';
import { enums } from '../registry/schema';
import type { ColumnSpec } from '../registry/types';
import { isBlank, parseDate, parseNumber, periodReader, text, type Parsed, type Period } from '../registry/values';
import type { CellValue } from '../workbook/port';
import { RowFindings } from './rowFindings';
import { finding, wanted, type CheckScope, type Given, type RuleParams } from '../rules';

/** What a valid value looks like, for the message on an empty required cell. */
function example(column: ColumnSpec, table: TableView, data: RegistryData): string {
  if (column.enum) return enums[column.enum].values.slice(0, 2).join(' of ');
  if (column.ref) {
    const target = data.tables.get(column.ref);
    const key = target?.spec.keyColumn;
    const first = key ? target?.rows.find((r) => !r.blank(key)) : undefined;
    return first && key ? first.text(key) : '';
  }
  if (column.type === 'id') return table.spec.idPrefix ? `${table.spec.idPrefix}-001` : '';
  return { number: '48 of 0,4', value: '48', date: '31/12/2030', period: '2023 of 2023-S1' }[column.type as string] ?? '';
}

/** What a table's columns accept, worked out once per table rather than once per cell. */
interface Accepts {
  id: RegExp | null;
  /** Lowercased values of each fixed list. */
  lists: Map<string, Set<string>>;
}

function accepts(table: TableView, columns: ColumnSpec[]): Accepts {
  const prefix = table.spec.idPrefix;
  const lists = new Map(columns.filter((c) => c.enum).map((c) => [c.key, new Set(enums[c.enum!].values.map((v) => v.toLowerCase()))]));
  return { id: prefix ? new RegExp(`^${prefix}-\\d+$`, 'i') : null, lists };
}

type ValueRule = 'waarde.getal' | 'waarde.datum' | 'waarde.periode' | 'waarde.id-formaat' | 'waarde.keuzelijst';

/** The finding of a value rule on a cell: the address and the text are only worked out for a finding, most cells have none. */
function report<R extends ValueRule>(row: RowView, column: ColumnSpec, rule: R, ...[params]: Given<Omit<RuleParams<R>, 'sheet' | 'column' | 'value'>>): Finding {
  const at = row.at(column.key);
  // Every value rule takes the column and the value besides its own parameters (typed above).
  return finding<ValueRule>(rule, at, { column: at.column, value: row.text(column.key), ...params } as never);
}

// Called for every filled cell of every table: no function is made per call.
function checkValue(row: RowView, raw: CellValue, column: ColumnSpec, table: TableView, accepted: Accepts, period: (raw: CellValue) => Parsed<Period>): Finding | null {
  if (column.type === 'number' && !parseNumber(raw).ok) return report(row, column, 'waarde.getal');
  if (column.type === 'date') {
    const date = parseDate(raw);
    if (!date.ok) return report(row, column, 'waarde.datum', { problem: date.problem });
  }
  if (column.type === 'period' && !period(raw).ok) return report(row, column, 'waarde.periode');
  if (column.type === 'id' && accepted.id && !accepted.id.test(text(raw))) return report(row, column, 'waarde.id-formaat', { prefix: table.spec.idPrefix! });
  const list = accepted.lists.get(column.key);
  if (list && !list.has(text(raw).toLowerCase())) return report(row, column, 'waarde.keuzelijst', { values: enums[column.enum!].values.join(', ') });
  return null;
}

/** Duplicates are compared by the registry's one key rule (registry/keys). The later row gets the finding. */
function duplicates(table: TableView, keyOf: (row: RowView) => string | null, report: (row: RowView, first: RowView) => void): void {
  const seen = new Map<string, RowView>();
  for (const row of table.rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const first = seen.get(key);
    if (first) report(row, first);
    else seen.set(key, row);
  }
}

/** The row checks of every table, or only those whose findings `scope` asks for, into `findings`. */
export function rowChecks(data: RegistryData, scope?: CheckScope, findings = new RowFindings()): RowFindings {
  const period = periodReader();
  for (const table of data.tables.values()) {
    const only = scope?.[table.spec.key];
    if (scope && !only) continue;
    const columns = table.spec.columns.filter((c) => table.columns.has(c.key) && (!only || only.columns.includes(c.key)));
    const accepted = accepts(table, columns);
    for (const row of table.rows) {
      for (const column of columns) {
        const raw = row.get(column.key);
        if (isBlank(raw)) {
          if (column.required) findings.at(row, column.key, finding('waarde.verplicht', row.at(column.key), { column: row.at(column.key).column, example: example(column, table, data) }));
          continue;
        }
        const problem = checkValue(row, raw, column, table, accepted, period);
        if (problem) findings.at(row, column.key, problem);
      }
    }
    const key = table.spec.keyColumn;
    if (key && table.columns.has(key) && wanted(scope, table.spec.key, 'sleutel.dubbel', key)) {
      duplicates(
        table,
        (r) => (r.blank(key) ? null : codeKey(r.get(key))),
        (r, first) => findings.at(r, key, finding('sleutel.dubbel', r.at(key), { column: r.at(key).column, value: r.text(key), other: first.row })),
      );
    }
    if (table.spec.key === 'measurements' && wanted(scope, table.spec.key, 'meting.dubbel', 'indicator')) {
      const keyOf = rowKeyOf(table.spec);
      duplicates(table, (r) => keyOf((k) => r.get(k)), (r, first) => findings.at(r, 'indicator', finding('meting.dubbel', r.at('indicator'), { other: first.row })));
    }
  }
  return findings;
}
