// The one error type that reaches users: its message is plain Dutch and says what to do.
// Thrown only at the edges (reading a file, a request the workbook cannot satisfy); the CLI and the
// task pane turn it into an exit code or a message bar. Anything else is a bug and is shown as such.

export type UserErrorCode = 'unreadable' | 'encrypted' | 'not-xlsx' | 'read-only' | 'locked' | 'not-a-registry' | 'newer-version' | 'invalid-option';

export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
