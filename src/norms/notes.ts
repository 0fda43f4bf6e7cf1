// The notes Toets aan normen puts on the Waarde cells of Metingen. A note a user wrote there is
// never lost: the flag's explanation is a block of its own, starting with NOTE_HEADER at the start
// of the note or after a blank line, always at the end. Re-flagging replaces that block, a row
// that is no longer flagged loses it, and whatever the user wrote before it stays as it was.
export const NOTE_HEADER = 'Toets aan normen';

/** The note block for a flagged value. */
export function flagNote(status: string, message: string): string {
  return `${NOTE_HEADER} – ${status}\n${message}`;
}

/** Where the flag's block starts in a note, or -1. */
function blockStart(note: string): number {
  if (note.startsWith(`${NOTE_HEADER} – `)) return 0;
  return note.lastIndexOf(`\n\n${NOTE_HEADER} – `);
}

/** The user's own part of a note (null when there is none). */
export function userPart(note: string | null): string | null {
  if (note === null) return null;
  const start = blockStart(note);
  const own = (start < 0 ? note : note.slice(0, start)).trimEnd();
  return own === '' ? null : own;
}

/** The note a cell should have: the user's part, then the flag's block (if any); null for no note. */
export function mergeNote(existing: string | null, block: string | null): string | null {
  const own = userPart(existing);
  if (block === null) return own;
  return own === null ? block : `${own}\n\n${block}`;
}
