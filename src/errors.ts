// The one error type that reaches users: its message is plain Dutch and says what to do.
// Thrown only at the edges (reading a file, a request the workbook cannot satisfy); the CLI and the
// task pane turn it into an exit code or a message bar. Anything else is a bug and is shown as such.

export type UserErrorCode =
  | 'unreadable'
  | 'encrypted'
  | 'not-xlsx'
  /** An .xlsx with a part the workbook adapter cannot read or write; the message names the part. */
  | 'unsupported-part'
  | 'read-only'
  /** Saving failed for a reason other than permissions (disk full, file in use). */
  | 'unwritable'
  | 'locked'
  | 'not-a-registry'
  | 'newer-version'
  | 'invalid-option'
  /** The registry was made by an older version and needs `init` before this operation. */
  | 'needs-upgrade'
  /** A file that is not a monitor download (wrong columns, a web page, a binary file). */
  | 'not-monitor-file'
  /** A site that cannot be reached or refuses the request. */
  | 'unreachable'
  /** The workbook cannot take what an operation would write (a table that reaches the sheet's last row). */
  | 'workbook-full'
  /** The host cannot do this (a chart outside Excel). */
  | 'not-supported'
  /** The user cancelled; nothing was written. */
  | 'cancelled'
  /** Excel refused a request for a reason the user can act on (a protected sheet, a cell being edited). */
  | 'excel'
  /** The workbook changed between reading and writing (a co-author sorted a table); nothing was written. */
  | 'workbook-changed';

/** A refusal from the rule catalogue (checks/rules: refuse): its rule and parameters, so the pane can render it in English. */
export interface RefusalProblem {
  rule: string;
  params: Record<string, string | number | null | undefined>;
  message: string;
}

export class UserError extends Error {
  readonly problem?: RefusalProblem;
  /** `cause`: the error this one explains to the user (e.g. Excel's own, with its code). */
  constructor(
    readonly code: UserErrorCode,
    message: string,
    options?: { cause?: unknown; problem?: RefusalProblem },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    if (options?.problem) this.problem = options.problem;
  }
}
