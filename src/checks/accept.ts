// Accepted warnings (issue 16 §8). A warning someone looked at and accepts, with who and why, stays
// accepted until its row changes. The acceptances live on the Controle sheet itself: every warning
// row there carries a key (rule, sheet, row key, column) and a fingerprint of the row's values and
// the message; a user who types a name in *Aanvaard door* (and a reason in *Reden*) accepts it, and
// the next check keeps that warning off the list, and on the sheet as `aanvaard`, while key and
// fingerprint still match. Errors cannot be accepted: they stop Toets aan normen or the round.
import type { Finding } from '../findings';
import type { RegistryData, RowView, TableView } from '../registry/read';
import { isBlank, text } from '../registry/values';
import type { TableRows } from '../workbook/port';

export interface Identity {
  /** Rule, sheet, the row's key (ID, code, or a measurement's indicator|gebied|periode|dimensie) and column. */
  key: string;
  /** Hash of the row's values and the message: any change to the row (or to what is found) ends the acceptance. */
  fingerprint: string;
}

export interface Acceptance extends Identity {
  by: string;
  reason: string;
}

export type AcceptedFinding = Finding & { by: string; reason: string };

/** The Controle columns that carry acceptances; the rest of the sheet is written by the check. */
export const ACCEPT_COLUMNS = { key: 'Sleutel', fingerprint: 'Vingerafdruk', by: 'Aanvaard door', reason: 'Reden' } as const;

const identities = new WeakMap<Finding, Identity>();

/** The identity a warning got in the check that found it; undefined for errors. */
export const identityOf = (finding: Finding): Identity | undefined => identities.get(finding);

/** FNV-1a over the text: short, stable between runs and machines, enough to notice a change. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function rowKey(table: TableView, row: RowView): string {
  const key = table.spec.keyColumn;
  if (key) return row.text(key);
  if (table.spec.key === 'measurements') return ['indicator', 'area', 'period', 'dimension'].map((k) => row.text(k)).join('|');
  return `rij ${row.row}`;
}

/** Gives every warning its identity, from the row it stands on. */
export function identify(findings: Finding[], data: RegistryData): void {
  const bySheet = new Map([...data.tables.values()].map((t) => [t.sheet.toLowerCase(), { table: t, rows: null as Map<number, RowView> | null }]));
  for (const f of findings) {
    if (f.severity !== 'warning') continue;
    const at = bySheet.get(f.sheet.toLowerCase());
    let row: RowView | undefined;
    if (at && f.row !== null) {
      at.rows ??= new Map(at.table.rows.map((r) => [r.row, r]));
      row = at.rows.get(f.row);
    }
    const values = row && at ? JSON.stringify(at.table.spec.columns.map((c) => row.get(c.key))) : '';
    identities.set(f, {
      key: [f.rule, f.sheet, row && at ? rowKey(at.table, row) : '', f.column ?? ''].join('|'),
      fingerprint: hash(`${values}\u0000${f.message}`),
    });
  }
}

/** The acceptances on the Controle table as read: rows with a name in Aanvaard door. */
export function acceptancesOf(control: TableRows): Acceptance[] {
  const col = (caption: string) => control.columns.findIndex((c) => c.trim().toLowerCase() === caption.toLowerCase());
  const [key, fingerprint, by, reason] = [ACCEPT_COLUMNS.key, ACCEPT_COLUMNS.fingerprint, ACCEPT_COLUMNS.by, ACCEPT_COLUMNS.reason].map(col);
  if (key < 0 || fingerprint < 0 || by < 0) return [];
  return control.rows
    .filter((r) => !isBlank(r[by]) && !isBlank(r[key]))
    .map((r) => ({ key: text(r[key]), fingerprint: text(r[fingerprint]), by: text(r[by]), reason: reason < 0 ? '' : text(r[reason]) }));
}

/** Splits the findings into those still open and the warnings accepted for exactly this row and finding. */
export function applyAcceptances(findings: Finding[], acceptances: Acceptance[]): { open: Finding[]; accepted: AcceptedFinding[] } {
  const byKey = new Map(acceptances.map((a) => [`${a.key}\u0000${a.fingerprint}`, a]));
  const open: Finding[] = [];
  const accepted: AcceptedFinding[] = [];
  for (const f of findings) {
    const id = identityOf(f);
    const a = id && byKey.get(`${id.key}\u0000${id.fingerprint}`);
    if (a) {
      const kept: AcceptedFinding = { ...f, by: a.by, reason: a.reason };
      identities.set(kept, id);
      accepted.push(kept);
    } else open.push(f);
  }
  return { open, accepted };
}
