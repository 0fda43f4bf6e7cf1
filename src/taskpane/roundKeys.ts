// What the Halfjaar screen and its chunk (roundOperations.ts) share and the screen needs before the
// chunk is loaded: how picked forms are handed over, and the key a conflict is decided by.

import type { FormSource, MergeResult, RoundConflict } from '../rounds';

/** Where the forms are read from: picked files, or the registry's own form sheets. */
export type PickedForms = { kind: 'files'; files: readonly PickedFile[] } | { kind: 'sheets' };

/** A file the user picked or dropped (a browser File), read only once the merge runs. */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface OpenedForms {
  sources: FormSource[];
  /** Files that are no readable workbook, as rejections of the whole form. */
  unreadable: MergeResult['rejected'];
}

/** The key a conflict is decided by: the form and its cell, the same on every merge of the same forms. */
export const conflictKeyOf = (c: Pick<RoundConflict, 'form' | 'formCell'>) => `${c.form}\u0000${c.formCell}`;
