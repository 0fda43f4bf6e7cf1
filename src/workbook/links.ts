// Link cells (LinkValue): a text that links to a cell in the same workbook. Shared by both adapters
// and the pre-check, so both accept and refuse the same links.
import type { CellInput, LinkValue } from './port';

/**
 * `Normen!B2`, `Normen!$B$2` or `'Thema''s'!B2`: a sheet as Excel writes it in a formula (quoted
 * when needed) and one cell. A `!` inside a sheet name is refused: a place in the workbook is read
 * as the sheet before its `!`, and no registry sheet has one.
 */
const LINK = /^(?:'(?:[^'!]|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}$/;

export function isLink(value: CellInput): value is LinkValue {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** Why a link cannot be written, or null when it can. */
export function linkProblem(value: LinkValue): string | null {
  if (typeof value.text !== 'string' || value.text === '') return 'heeft geen tekst';
  if (typeof value.link !== 'string' || !LINK.test(value.link)) return `verwijst naar ${String(value.link)}, en dat is geen cel in deze werkmap (bv. Blad!B2 of 'Thema''s'!B2)`;
  return null;
}

/** The link without `$` signs: a link goes to one cell, absolute or not, and a file stores the place as `Blad!B2`. */
export function relativeLink(link: string): string {
  const bang = link.lastIndexOf('!');
  return link.slice(0, bang + 1) + link.slice(bang + 1).replace(/\$/g, '');
}
