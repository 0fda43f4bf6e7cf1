// SKELETON (lead): a sheet's notes: the comments part (text per cell) and the VML drawing Excel
// needs to show them.

/** Note text per cell address (`B7`, no `$`). */
export type Notes = Map<string, string>;

/** Reads a comments part (any writer's: authors, rich text runs joined). */
export function parseComments(xml: string): Notes {
  throw new Error('todo');
}

export function commentsXml(notes: Notes): string {
  throw new Error('todo');
}

/** The legacy VML drawing with one hidden note shape per cell, anchored beside it, as Excel writes it. */
export function notesVml(notes: Notes): string {
  throw new Error('todo');
}
