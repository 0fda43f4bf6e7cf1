// The half-year update round (issue 7): start (a form per owner), merge (the forms back into
// Metingen, with conflicts and the Logboek), and the progress per owner for reminders.
export { startRound, type StartOptions, type StartResult, type StartedForm } from './start';
export { mergeForms, roundProgress, updateSource, type FormSource, type MergeOptions, type MergeResult, type OwnerProgress, type Rejection, type RoundConflict } from './merge';
export { ASKED_TABLE, ROUND_SHEET, ROUND_STATUS, ROUND_TABLE, keyLine, namedKeyLine, type MeasurementKey } from './roundSheet';
export type { ProgressConflict, ProgressResult } from './progress';
