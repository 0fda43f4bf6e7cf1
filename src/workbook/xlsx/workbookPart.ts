// SKELETON (lead): xl/workbook.xml as the adapter edits it: the sheets, the defined names, the date
// system, the tab the file opens on. Everything else in the part is kept as written.

export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The relationship id (r:id) from the workbook part to the sheet part. */
  rId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface DefinedName {
  name: string;
  /** The formula without `=`, entities decoded (`tblThemas[Thema]`, `'Thema''s'!$A$1:$A$9,Blad2!$B$1`). */
  formula: string;
  /** Set for a name scoped to one sheet (0-based index into sheets); workbook names have none. */
  localSheetId?: number;
  /** Every other attribute of the element as written (hidden, comment …), kept on save. */
  rest: Record<string, string>;
}

export class WorkbookPart {
  sheets: SheetEntry[] = [];
  names: DefinedName[] = [];
  /** The 1904 date system (a Mac Excel file): serials count from 1904-01-01. */
  date1904 = false;
  /** 0-based index of the tab the file opens on. */
  activeTab = 0;

  static parse(xml: string): WorkbookPart {
    throw new Error('todo');
  }

  /** The part again: sheets, definedNames and bookViews/activeTab from the fields above, the rest as it was. */
  toXml(): string {
    throw new Error('todo');
  }
}
