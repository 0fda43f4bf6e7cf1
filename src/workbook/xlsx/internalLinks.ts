// ExcelJS writes a link to a place in the workbook (`Normen!B2`) as `<hyperlink location=...>`, but
// also gives it a relationship to an external file of that name, which Excel would try to open; and
// when loading, it keeps only links with such a relationship, so links Excel itself saved (location
// only) are lost. These hooks on one workbook instance fix both: on save the relationship of an
// internal link is dropped, on load a location-only link gets a stand-in one, so ExcelJS reads it
// back as `{ text, hyperlink }` and a load and save keeps it.
import type ExcelJS from 'exceljs';
import { relativeLink } from '../links';

/** What ExcelJS writes with `location`: a sheet and one relative cell (its own test). */
const INTERNAL = /^[^!]+![a-zA-Z]+[\d]+$/;

/** The parts of ExcelJS's XLSX object and sheet models these hooks touch. */
interface HyperlinkModel {
  address: string;
  target?: string;
  rId?: string;
}
interface SheetModel {
  sheetNo?: string;
  hyperlinks?: HyperlinkModel[];
  rels?: { Id: string }[];
}
interface WorkbookModel {
  worksheets: SheetModel[];
  worksheetRels?: Record<string, { Id: string; Type: string; Target: string }[]>;
}
interface XlsxInternals {
  prepareModel(model: WorkbookModel, options: unknown): void;
  reconcile(model: WorkbookModel, options: unknown): void;
}

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** Installs the hooks on a workbook before anything is loaded into it or saved from it. */
export function keepInternalLinks(workbook: ExcelJS.Workbook): void {
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  const prepareModel = xlsx.prepareModel.bind(xlsx);
  const reconcile = xlsx.reconcile.bind(xlsx);
  xlsx.prepareModel = (model, options) => {
    prepareModel(model, options);
    for (const sheet of model.worksheets) dropInternalRelationships(sheet);
  };
  xlsx.reconcile = (model, options) => {
    for (const sheet of model.worksheets) standInRelationships(model, sheet);
    reconcile(model, options);
  };
}

/** After ExcelJS prepared a sheet for writing: internal links keep their location and lose the relationship. */
function dropInternalRelationships(sheet: SheetModel): void {
  const dropped = new Set<string>();
  for (const link of sheet.hyperlinks ?? []) {
    if (!link.target || !INTERNAL.test(link.target) || !link.rId) continue;
    dropped.add(link.rId);
    link.rId = undefined; // ExcelJS then writes no r:id attribute
  }
  if (sheet.rels) sheet.rels = sheet.rels.filter((rel) => !dropped.has(rel.Id));
}

/** Before ExcelJS reconciles a loaded sheet: a location-only link to a cell gets a relationship ExcelJS can follow. */
function standInRelationships(model: WorkbookModel, sheet: SheetModel): void {
  if (sheet.sheetNo === undefined) return;
  (sheet.hyperlinks ?? []).forEach((link, i) => {
    if (link.rId || !link.target) return;
    const target = relativeLink(link.target);
    // Links to defined names or ranges stay dropped, as ExcelJS always did: written back as they
    // are they would become links to a file.
    if (!INTERNAL.test(target)) return;
    const rels = ((model.worksheetRels ??= {})[sheet.sheetNo as string] ??= []);
    link.rId = `location${i + 1}`;
    rels.push({ Id: link.rId, Type: HYPERLINK, Target: target });
  });
}
