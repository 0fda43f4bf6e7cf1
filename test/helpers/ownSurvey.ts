// The demo's Slaapverstoorden (IND-002) comes from the Gemeente-Stadsmonitor, so a round does not ask
// it. The round tests make it a survey of the city's own (Bron), so staff are asked a driejaarlijks
// value with a relative norm (NRM-006, toename max. 0 %) on their form.
import type { Edit } from '../../src/workbook/port';

export const OWN_SURVEY: Edit = { kind: 'updateCells', table: 'tblIndicatoren', cells: [{ row: 1, column: 'Bron', value: 'Burgerbevraging stad' }] };
