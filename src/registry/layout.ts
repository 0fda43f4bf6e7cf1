// How the schema is laid out in a workbook: the defined names behind the dropdowns, the data
// validation and input help of every column, column widths, and where the fixed lists sit on the
// system sheet. Derived from the schema only; nothing here restates a table or column.
import { absoluteRange, columnLetter, quoteSheet } from '../workbook/address';
import type { CellInput, Validation } from '../workbook/port';
import type { Row } from './defaults';
import { ENUM_FIRST_COLUMN, SYSTEM_SHEET, enums, keyColumnOf, tableSpec } from './schema';
import type { ColumnSpec, EnumSpec, TableSpec, ValueType } from './types';

/** Defined name of a table's key column, e.g. `lst_Indicatoren` = `tblIndicatoren[ID]`. */
export function tableListName(spec: TableSpec): string {
  return `lst_${spec.table.replace(/^tbl/, '')}`;
}

/** Defined name of a fixed list, e.g. `lst_SoortNorm`. */
export function enumListName(spec: EnumSpec): string {
  const words = spec.caption.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return `lst_${words.map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`;
}

const enumList = Object.values(enums);

/** Where each fixed list sits on the system sheet: one column each, header in row 1. */
export function enumColumn(spec: EnumSpec): number {
  return ENUM_FIRST_COLUMN + enumList.indexOf(spec);
}

/** Every defined name the registry's dropdowns need, with its formula: one per table that is referred to. */
export function registryNames(tables: readonly TableSpec[]): Record<string, string> {
  const names: Record<string, string> = {};
  const referred = new Set(tables.flatMap((t) => t.columns.map((c) => c.ref)));
  for (const spec of tables) {
    if (referred.has(spec.key)) names[tableListName(spec)] = `${spec.table}[${keyColumnOf(spec).caption}]`;
  }
  for (const spec of enumList) {
    const col = enumColumn(spec);
    names[enumListName(spec)] = `${quoteSheet(SYSTEM_SHEET)}!${absoluteRange({ top: 2, bottom: spec.values.length + 1, left: col, right: col })}`;
  }
  return names;
}

/** The fixed lists as a block of cells for the system sheet, starting at row 1 of the first enum column. */
export function enumBlock(): { at: string; values: CellInput[][] } {
  const height = Math.max(...enumList.map((e) => e.values.length)) + 1;
  const values: CellInput[][] = Array.from({ length: height }, (_, row) =>
    enumList.map((e) => (row === 0 ? e.caption : (e.values[row - 1] ?? null))),
  );
  return { at: `${columnLetter(ENUM_FIRST_COLUMN)}1`, values };
}

/** Excel allows 32 characters in an input-help title. */
const promptTitle = (caption: string) => caption.slice(0, 32);

/** Data validation and input help of one column. */
export function columnValidation(column: ColumnSpec): Validation {
  const prompt = { title: promptTitle(column.caption), message: column.help };
  if (column.enum) {
    const spec = enums[column.enum];
    return {
      rule: { type: 'list', source: enumListName(spec) },
      prompt,
      error: { title: 'Kies uit de lijst', message: `Kies een waarde uit de lijst: ${spec.values.join(', ')}.`.slice(0, 255), style: 'stop' },
    };
  }
  if (column.ref) {
    const target = tableSpec(column.ref);
    return {
      rule: { type: 'list', source: tableListName(target) },
      prompt,
      // A warning, not a stop: a value may be typed before its row exists; Controleer register reports it if it never does.
      error: {
        title: 'Niet in de lijst',
        message: `Deze waarde staat niet in ${target.sheet} (kolom ${keyColumnOf(target).caption}). Voeg ze daar eerst toe, of kies uit de lijst.`,
        style: 'warning',
      },
    };
  }
  if (column.type === 'number') {
    return { rule: { type: 'decimal' }, prompt, error: { title: 'Geen getal', message: 'Geef een getal, bv. 48 of 0,4.', style: 'stop' } };
  }
  if (column.type === 'date') {
    return { rule: { type: 'date' }, prompt, error: { title: 'Geen datum', message: 'Geef een datum als dd/mm/jjjj, bv. 31/12/2030.', style: 'stop' } };
  }
  return { rule: { type: 'any' }, prompt };
}

const widths: Record<ValueType, number> = { id: 12, text: 24, longtext: 48, number: 12, value: 12, date: 13, period: 11, url: 32 };

/** Column widths in characters, by column letter, for a table laid out from A1. */
export function columnWidths(spec: TableSpec): Record<string, number> {
  const out: Record<string, number> = {};
  spec.columns.forEach((c, i) => {
    out[columnLetter(i + 1)] = Math.max(widths[c.type], c.caption.length + 4);
  });
  return out;
}

/** Whether a header is this column's: its caption or a former one, matched as a user would (trimmed, any case). */
export function isCaptionOf(column: ColumnSpec, header: string): boolean {
  const wanted = header.trim().toLowerCase();
  return column.caption.toLowerCase() === wanted || (column.formerCaptions ?? []).some((c) => c.toLowerCase() === wanted);
}

/** The schema column under a header caption. */
export function columnByCaption(spec: TableSpec, caption: string): ColumnSpec | undefined {
  return spec.columns.find((c) => isCaptionOf(c, caption));
}

/** A row given by column key, as cells under the table's actual headers (user columns stay empty). */
export function rowCells(spec: TableSpec, headers: readonly string[], row: Row): CellInput[] {
  return rowWriter(spec, headers)(row);
}

/** rowCells for many rows under the same headers: the headers are looked up once, not per row. */
export function rowWriter(spec: TableSpec, headers: readonly string[]): (row: Row) => CellInput[] {
  const keys = headers.map((h) => columnByCaption(spec, h)?.key);
  return (row) => keys.map((key) => (key ? (row[key] ?? null) : null));
}
