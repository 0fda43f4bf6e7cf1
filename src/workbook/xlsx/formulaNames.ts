// ExcelJS keeps defined names as sets of cells, so a name that refers to a table column
// (`tblThemas[Thema]`, what makes a dropdown grow with its list) is dropped on load and cannot be
// written. This store replaces ExcelJS's on one workbook instance and keeps each name's formula
// text as it is. ExcelJS reads and writes names only through `model`; the cell-level methods it
// calls when cells are named or rows spliced are not used by the registry and do nothing here.
import type ExcelJS from 'exceljs';

interface NameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

export class FormulaNames {
  private names = new Map<string, NameModel>();

  get model(): NameModel[] {
    return [...this.names.values()];
  }

  set model(value: NameModel[]) {
    this.names = new Map(value.map((n) => [n.name, n]));
  }

  /** Workbook-scoped names and their formulas. */
  all(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const n of this.names.values()) if (n.localSheetId === undefined) out[n.name] = n.ranges.join(',');
    return out;
  }

  set(name: string, formula: string): void {
    this.names.set(name, { name, ranges: [formula] });
  }

  // Cell-level API of ExcelJS's DefinedNames, unused by the registry.
  getNames(): string[] {
    return [];
  }
  getNamesEx(): string[] {
    return [];
  }
  add(): void {}
  addEx(): void {}
  remove(): void {}
  removeEx(): void {}
  removeAllNames(): void {}
  spliceRows(): void {}
  spliceColumns(): void {}
  forEach(): void {}
}

/** Installs the store on a workbook before anything is loaded into it. */
export function keepFormulaNames(workbook: ExcelJS.Workbook): FormulaNames {
  const store = new FormulaNames();
  (workbook as unknown as { _definedNames: FormulaNames })._definedNames = store;
  return store;
}
