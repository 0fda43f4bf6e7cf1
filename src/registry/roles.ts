// The role and life cycle of registry rows (schema version 4, DESIGN.md §2). A blank cell means the
// column's default: a policy indicator, an active indicator or objective.
import type { RowView } from './read';

/** Bron of the indicators that come from the Gemeente-Stadsmonitor (e.g. `Gemeente-Stadsmonitor (Statbel)`). */
export const MONITOR_SOURCE = 'Gemeente-Stadsmonitor';

const lower = (s: string) => s.trim().toLowerCase();

/** A context indicator gives context and is not held to the rules of a policy indicator. */
export const isContextIndicator = (row: RowView): boolean => lower(row.text('role')) === 'contextindicator';

/** Active unless its Status says afgewerkt or stopgezet: only active rows are asked and checked. */
export const isActive = (row: RowView): boolean => !['afgewerkt', 'stopgezet'].includes(lower(row.text('status')));

/** Whether an indicator's values come from the monitor import (its Bron), rather than from staff in a round. */
export const fromMonitor = (row: RowView): boolean => lower(row.text('source')).startsWith(lower(MONITOR_SOURCE));
