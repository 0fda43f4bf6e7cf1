// The Controle marks: conditional formats that colour a registry cell when the Controle table
// lists a finding for it. They look the cell up by the defined names below, so they need no add-in.
import { ownedTable } from '../registry/schema';
import type { ConditionalFormat } from '../workbook/port';

export const CONTROL_TABLE = ownedTable('control').table;
/** Defined names over the Controle table's Cel and Ernst columns, which the marks' formulas read. */
export const CELLS = 'lst_ControleCellen';
export const SEVERITIES = 'lst_ControleErnst';
export const SEVERITY_TEXT = { error: 'fout', warning: 'waarschuwing', accepted: 'aanvaard' } as const;

/** Excel's own colours for bad and neutral cells. */
const MARK = { error: { fill: '#FFC7CE', fontColor: '#9C0006' }, warning: { fill: '#FFEB9C', fontColor: '#9C5700' } };

/** The key a finding's cell has in the Controle table, and that a mark's formula builds for its cell. */
export const cellKey = (sheet: string, cell: string) => `${sheet}!${cell}`;

/** Marks for any column on `sheet`: red where the cell has an error, yellow where it has only warnings (accepted ones do not count). */
export function markFormats(sheet: string): ConditionalFormat[] {
  const here = `"${cellKey(sheet, '').replace(/"/g, '""')}"&ADDRESS(ROW(),COLUMN(),4)`;
  return [
    { formula: `COUNTIFS(${CELLS},${here},${SEVERITIES},"${SEVERITY_TEXT.error}")>0`, ...MARK.error },
    { formula: `COUNTIFS(${CELLS},${here},${SEVERITIES},"${SEVERITY_TEXT.warning}")>0`, ...MARK.warning },
  ];
}
