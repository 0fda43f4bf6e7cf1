// Excel's refusals in plain Dutch, each saying what to do. Excel reports a failed batch with an
// error code (OfficeExtension.Error.code) and an English message; the adapter turns the codes a user
// can act on into a catalogue refusal (rules.ts `excel.*`), which the task pane and the ribbon
// commands show in the user's language (taskpane/userMessage.ts). Other codes are bugs of ours and
// keep the caller's fallback text.
import { refuse, withCause, type RuleId } from '../../rules';

const RULES: Record<string, RuleId & `excel.${string}`> = {
  AccessDenied: 'excel.geweigerd',
  ApiNotFound: 'excel.te-oud',
  ItemNotFound: 'excel.niet-gevonden',
  RequestPayloadSizeLimitExceeded: 'excel.te-groot',
  InvalidOperationInCellEditMode: 'excel.cel-bewerken',
  FilteredRangeConflict: 'excel.filter',
  GeneralException: 'excel.mislukt',
};

/** The catalogue's UserError for an error Excel reported with a code a user can act on (Excel's own as its cause); anything else as it is. */
export function fromOfficeError(error: unknown): unknown {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string' || !Object.hasOwn(RULES, code)) return error;
  return withCause(refuse(RULES[code]), error);
}
