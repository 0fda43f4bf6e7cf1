// The Start sheet: where a new coordinator begins. It lists the registry's sheets in the order to
// fill them in (what comes later refers to what comes before), with a link to each and what it
// holds, all taken from the schema; then the other sheets, and what the buttons make. Init adds it
// once, as the workbook's first sheet (also in front of Excel's Blad1, and of an older registry's
// sheets); after that it is the coordinator's, and init leaves it be.
import { quoteSheet } from '../workbook/address';
import type { CellInput, Edit, WorkbookInfo } from '../workbook/port';
import type { TableKey, TableSpec } from './types';

export const START_SHEET = 'Start';

/** The order to fill the registry in: each table refers only to tables before it (and to the lists). */
export const FILL_ORDER: readonly TableKey[] = ['departments', 'areas', 'dossiers', 'documents', 'objectives', 'indicators', 'norms', 'measurements'];

/** The sheets of FILL_ORDER that `tables` has, in that order, e.g. for a message saying where to begin. */
export function fillOrderSheets(tables: readonly TableSpec[]): string[] {
  return FILL_ORDER.flatMap((key) => tables.filter((t) => t.key === key).map((t) => t.sheet));
}

/** The sheets a table's columns refer to, without itself (a parent in the same table). */
function refersTo(spec: TableSpec, tables: readonly TableSpec[]): string {
  const sheets = spec.columns.flatMap((c) => (c.ref && c.ref !== spec.key ? tables.filter((t) => t.key === c.ref).map((t) => t.sheet) : []));
  return [...new Set(sheets)].join(', ');
}

const linkTo = (sheet: string): CellInput => ({ text: sheet, link: `${quoteSheet(sheet)}!A1` });

/** The edits that lay out the Start sheet, or none when the workbook already has a sheet of that name. */
export function startSheetEdits(info: WorkbookInfo, tables: readonly TableSpec[]): Edit[] {
  if (info.sheets.some((s) => s.name.toLowerCase() === START_SHEET.toLowerCase())) return [];
  const first = FILL_ORDER.flatMap((key) => tables.filter((t) => t.key === key));
  const later = [...tables.filter((t) => t.kind === 'base'), ...tables.filter((t) => t.kind === 'list')].filter((t) => !first.includes(t));
  const row = (step: CellInput, spec: TableSpec): CellInput[] => [step, linkTo(spec.sheet), spec.description, refersTo(spec, tables) || null];

  const values: CellInput[][] = [
    ['Beleidsregister: waar begint u?', null, null, null],
    [null, null, 'Vul het register in deze volgorde in: wat later komt, verwijst naar wat ervoor staat (een dossier naar een dienst, een norm naar een indicator). Klik op de naam van een blad om ernaartoe te gaan.', null],
    [null, null, null, null],
    ['Stap', 'Blad', 'Wat vult u er in', 'Verwijst naar'],
    ...first.map((spec, i) => row(i + 1, spec)),
    [null, null, null, null],
    [null, 'Daarna, waar nodig', null, null],
    ...later.map((spec) => row(null, spec)),
    [null, null, null, null],
    [null, 'Controleren en toetsen', 'Controleer zet op het blad Controle wat ontbreekt of niet klopt, met de cel waar het staat. Toets aan normen toetst elke meting aan haar norm en vat alles samen op het blad Overzicht. Halfjaar start de ronde waarin de diensten hun waarden invullen (blad Rondes). Alles staat in het deelvenster Beleidsregister; Controleer en Toets aan normen ook als knoppen in het lint, in de groep Beleidsregister.', null],
  ];
  return [
    { kind: 'addSheet', sheet: START_SHEET, tabColor: '#107C10', position: 0 },
    { kind: 'writeRange', sheet: START_SHEET, at: 'A1', values },
    { kind: 'setSheetLayout', sheet: START_SHEET, widths: { A: 6, B: 24, C: 100, D: 40 } },
  ];
}
