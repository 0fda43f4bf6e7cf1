// Row checks, derived from the schema alone: required values, value types, fixed lists, ID forms
// and duplicate keys. Values that depend on other tables (references, scales) are checked in
// referenceChecks.
import type { Finding } from '../findings';
import type { RegistryData, RowView, TableView } from '../registry/read';
import { enums } from '../registry/schema';
import type { ColumnSpec } from '../registry/types';
import { parseDate, parseNumber, parsePeriod } from '../registry/values';
import { finding } from './rules';

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

function checkValue(row: RowView, column: ColumnSpec, table: TableView): Finding | null {
  const at = row.at(column.key);
  const raw = row.get(column.key);
  const value = row.text(column.key);
  const params = { column: at.column, value };
  if (column.type === 'number' && !parseNumber(raw).ok) return finding('waarde.getal', at, params);
  if (column.type === 'date') {
    const date = parseDate(raw);
    if (!date.ok) return finding('waarde.datum', at, { ...params, problem: date.problem });
  }
  if (column.type === 'period' && !parsePeriod(raw).ok) return finding('waarde.periode', at, params);
  if (column.type === 'id' && table.spec.idPrefix && !new RegExp(`^${table.spec.idPrefix}-\\d+$`, 'i').test(value)) {
    return finding('waarde.id-formaat', at, { ...params, prefix: table.spec.idPrefix });
  }
  if (column.enum) {
    const values = enums[column.enum].values;
    if (!values.some((v) => v.toLowerCase() === value.toLowerCase())) return finding('waarde.keuzelijst', at, { ...params, values: values.join(', ') });
  }
  return null;
}

/** Duplicates are compared as a user would: trimmed, any case. The later row gets the finding. */
function duplicates(table: TableView, keyOf: (row: RowView) => string | null, report: (row: RowView, first: RowView) => Finding): Finding[] {
  const seen = new Map<string, RowView>();
  const out: Finding[] = [];
  for (const row of table.rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const first = seen.get(key);
    if (first) out.push(report(row, first));
    else seen.set(key, row);
  }
  return out;
}

export function rowChecks(data: RegistryData): Finding[] {
  const findings: Finding[] = [];
  for (const table of data.tables.values()) {
    const columns = table.spec.columns.filter((c) => table.columns.has(c.key));
    for (const row of table.rows) {
      for (const column of columns) {
        if (row.blank(column.key)) {
          if (column.required) findings.push(finding('waarde.verplicht', row.at(column.key), { column: row.at(column.key).column, example: example(column, table, data) }));
          continue;
        }
        const problem = checkValue(row, column, table);
        if (problem) findings.push(problem);
      }
    }
    const key = table.spec.keyColumn;
    if (key && table.columns.has(key)) {
      findings.push(
        ...duplicates(
          table,
          (r) => (r.blank(key) ? null : r.text(key).toLowerCase()),
          (r, first) => finding('sleutel.dubbel', r.at(key), { column: r.at(key).column, value: r.text(key), other: first.row }),
        ),
      );
    }
    if (table.spec.key === 'measurements') {
      const naturalKey = (r: RowView) => {
        const period = parsePeriod(r.get('period'));
        return [r.text('indicator'), r.text('area'), period.ok ? period.value.code : r.text('period'), r.text('dimension')].join('\u0000').toLowerCase();
      };
      findings.push(...duplicates(table, naturalKey, (r, first) => finding('meting.dubbel', r.at('indicator'), { other: first.row })));
    }
  }
  return findings;
}
