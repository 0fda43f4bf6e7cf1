// What the row and reference checks return: every finding in the order found (Controleer register
// lists them), and per row the findings that stand on it with the schema column they stand on, so
// Toets aan normen takes a row's problems as they are, without reading addresses back.
import type { Finding } from '../findings';
import type { RowView, TableView } from '../registry/read';
import type { CheckScope, RuleId } from '../rules';

export interface RowProblem {
  /** Schema key of the column the finding stands on. */
  key: string;
  finding: Finding;
}

export class RowFindings {
  /** Every finding, in the order the checks found them. */
  readonly all: Finding[] = [];
  private readonly byRow = new Map<RowView, RowProblem[]>();

  /** A finding about a table or the registry, not about one row's cell. */
  add(f: Finding): void {
    this.all.push(f);
  }

  /** A finding on the cell of `row` under the schema column `key`. */
  at(row: RowView, key: string, f: Finding): void {
    this.all.push(f);
    const problems = this.byRow.get(row);
    if (problems) problems.push({ key, finding: f });
    else this.byRow.set(row, [{ key, finding: f }]);
  }

  /**
   * The rows of `table` with a finding `scope` names (its rule, on one of its columns present in
   * the table), with those findings.
   */
  rowsWith(table: TableView | undefined, scope: CheckScope): Map<RowView, Finding[]> {
    const out = new Map<RowView, Finding[]>();
    const only = table && scope[table.spec.key];
    if (!table || !only || !this.byRow.size) return out;
    for (const row of table.rows) {
      const problems = this.byRow.get(row);
      if (!problems) continue;
      const found = problems.filter((p) => table.columns.has(p.key) && only.columns.includes(p.key) && only.rules.includes(p.finding.rule as RuleId)).map((p) => p.finding);
      if (found.length) out.set(row, found);
    }
    return out;
  }
}
