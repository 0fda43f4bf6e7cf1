// ExcelJS is hooked at private members (exceljs is pinned to one exact version in package.json for
// that reason). Every hook is installed here, after checking that the members it replaces exist: an
// ExcelJS without them refuses to run (a developer error) rather than quietly writing a workbook
// without the names, links, rules or rows the hooks keep.
import type ExcelJS from 'exceljs';
import { keepFormulaNames, type FormulaNames } from './formulaNames';
import { keepInternalLinks } from './internalLinks';
import { ROWS_PER_PART, writeLongSheetsInParts } from './longSheets';
import { keepValidationRanges } from './validationRanges';

/** The private members the hooks replace, and what has them. */
const MEMBERS: { owner: 'workbook' | 'xlsx'; name: string; kind: 'object' | 'function' }[] = [
  { owner: 'workbook', name: '_definedNames', kind: 'object' },
  { owner: 'xlsx', name: 'prepareModel', kind: 'function' },
  { owner: 'xlsx', name: 'reconcile', kind: 'function' },
  { owner: 'xlsx', name: 'addWorksheets', kind: 'function' },
  { owner: 'xlsx', name: '_processWorksheetEntry', kind: 'function' },
];

/** This ExcelJS is not the one the hooks were written for: a developer error, never shown as the user's problem. */
export class ExcelJsChanged extends Error {}

export function checkMembers(workbook: ExcelJS.Workbook): void {
  for (const { owner, name, kind } of MEMBERS) {
    const holder = (owner === 'workbook' ? workbook : workbook.xlsx) as unknown as Record<string, unknown>;
    const value = holder[name];
    if (typeof value !== kind || value === null) {
      throw new ExcelJsChanged(`ExcelJS has no ${kind} ${owner}.${name}, which the xlsx adapter hooks (src/workbook/xlsx/hooks.ts); use the exceljs version pinned in package.json.`);
    }
  }
}

/**
 * Installs every hook on a new workbook, before anything is loaded into it or saved from it, and
 * returns the store that now holds its defined names. `rowsPerPart` is for tests.
 */
export function installHooks(workbook: ExcelJS.Workbook, rowsPerPart = ROWS_PER_PART): FormulaNames {
  checkMembers(workbook);
  const names = keepFormulaNames(workbook);
  keepInternalLinks(workbook);
  keepValidationRanges(workbook);
  writeLongSheetsInParts(workbook, rowsPerPart);
  return names;
}
