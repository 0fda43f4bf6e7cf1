// ExcelJS loads a validation as one entry per cell of its range: the rules on the columns of a
// Metingen table of 160,000 rows became over a million entries, which took half of loading the
// registry (and all of it again to join them). This hook on one workbook instance hides the ranges
// of <dataValidation sqref="…"> from ExcelJS's parser and puts them back as range entries once the
// sheet is read; ExcelJS writes a range entry as it is.
import type ExcelJS from 'exceljs';

/** Stands in for the colon of a range while ExcelJS reads it; never part of a cell address. */
const HIDDEN = '_';

interface SheetModel {
  dataValidations?: Record<string, unknown>;
}
interface XlsxInternals {
  _processWorksheetEntry(stream: AsyncIterable<unknown>, model: { worksheets: SheetModel[] }, ...rest: unknown[]): Promise<void>;
}

/** Installs the hook before anything is loaded into the workbook. */
export function keepValidationRanges(workbook: ExcelJS.Workbook): void {
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  const processSheet = xlsx._processWorksheetEntry.bind(xlsx);
  xlsx._processWorksheetEntry = async (stream, model, ...rest) => {
    // ExcelJS only iterates the sheet's stream, so the rewritten chunks can stand in for it.
    await processSheet(rangesHidden(stream), model, ...rest);
    const validations = model.worksheets[model.worksheets.length - 1]?.dataValidations ?? {};
    for (const key of Object.keys(validations)) {
      if (!key.includes(HIDDEN)) continue;
      validations[key.split(HIDDEN).join(':')] = validations[key];
      delete validations[key];
    }
  };
}

const VALIDATION_TAG = /<dataValidation\s[^>]*>/g;
const hide = (tag: string) => tag.replace(/\ssqref="([^"]*)"/, (_, ref: string) => ` sqref="${ref.split(':').join(HIDDEN)}"`);

/**
 * The sheet's XML with the colons of validation ranges hidden. A tag cut in two by the chunking
 * is held back until its end has come. Chunks that are not text (never, from `load`) pass as they
 * are, and ExcelJS then reads those ranges cell by cell, as before.
 */
export async function* rangesHidden(chunks: AsyncIterable<unknown>): AsyncGenerator<unknown> {
  let held = '';
  for await (const chunk of chunks) {
    if (typeof chunk !== 'string') {
      if (held) yield held;
      held = '';
      yield chunk;
      continue;
    }
    const text = held + chunk;
    const open = text.lastIndexOf('<');
    const cut = open >= 0 && text.indexOf('>', open) < 0 ? open : text.length;
    held = text.slice(cut);
    yield text.slice(0, cut).replace(VALIDATION_TAG, hide);
  }
  if (held) yield held.replace(VALIDATION_TAG, hide);
}
