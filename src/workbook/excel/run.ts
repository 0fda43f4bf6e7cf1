// Excel.run as the adapter gets it in the add-in. A user typing in a cell when a button is pressed
// makes Excel refuse every batch (InvalidOperationInCellEditMode); from ExcelApi 1.11 Excel can wait
// until the edit ends instead (delayForCellEdit). Where it cannot, the refusal becomes a Dutch hint
// to leave the cell (officeErrors.ts).
import type { ExcelRun } from './adapter';

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** Office's Excel.run, with or without options. */
export interface OfficeRun {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
}

/** `supports` is Office.context.requirements.isSetSupported in the add-in. */
export function excelRun(run: OfficeRun, supports: (set: string, version: string) => boolean): ExcelRun {
  if (!supports('ExcelApi', '1.11')) return (batch) => run(batch);
  return (batch) => run({ delayForCellEdit: true }, batch);
}
