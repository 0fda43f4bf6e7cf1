// Users see plain Dutch, never an exception's own text: a UserError already speaks to them; anything
// else is a bug or an outside failure, shown with the fallback text and logged for the developer.

import { UserError, type RefusalProblem } from '../errors';

/** `render`: the pane's rendering of a catalogue rule (messages.problem), so a refusal reads in the pane's language. */
export function userMessage(error: unknown, fallback: string, render: (problem: RefusalProblem) => string): string {
  if (error instanceof UserError) return sentence(error.problem ? render(error.problem) : error.message);
  console.error(error);
  return fallback;
}

/** UserError texts are written to follow a prefix (the CLI prints `fout: …`); here they stand alone. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
