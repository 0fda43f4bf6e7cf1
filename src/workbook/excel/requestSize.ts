// What a queued command adds to the request Office's client library sends at context.sync(), in
// UTF-8 bytes, the unit of Excel on the web's 5 MB limit. The library serialises every proxy a
// command goes through (getItem, getRange, getCell …) as an ObjectPath with an Instantiate action,
// and every property set or method call as an action listing those paths. The figures are the
// largest the library produced for ids of up to seven digits, measured against the library itself
// in test/workbook/excel/realLibrary.test.ts, which fails when a request outgrows its estimate.

/** One proxy made by a method or indexer (getItem, getRange, getCell, add …): its ObjectPath and two Instantiate actions. */
export const PROXY_BYTES = 250;

/** One proxy reached through a navigation property (format, protection, dataValidation …): a shorter ObjectPath, one Instantiate. */
export const PROPERTY_BYTES = 150;

/** One property set or method call, apart from its arguments. */
export const ACTION_BYTES = 120;

/**
 * What a request carries besides its commands: the body's frame and the paths of proxies shared by
 * all commands (the workbook, a sheet, a table and its data body), sent again with every request.
 */
export const REQUEST_BYTES = 4_000;

/**
 * The library writes a values array of more than 1,500 cells as blocks of rows of up to 1,500 cells,
 * each through three proxies (two rows and their bounding rectangle) and a write of its own.
 */
const BULK_CELLS = 1_500;
const BULK_BLOCK_BYTES = 3 * PROXY_BYTES + ACTION_BYTES;

/** A command through `methods` new proxies made by methods and `properties` by properties, with arguments `args`. */
export function commandBytes(methods: number, properties: number, args?: unknown): number {
  return ACTION_BYTES + methods * PROXY_BYTES + properties * PROPERTY_BYTES + (args === undefined ? 0 : jsonBytes(args));
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

/** Bytes of each row of a values write: its JSON, the separating comma, and its share of the library's blocks. */
export function rowBytes(rows: unknown[][]): number[] {
  return rows.map((row) => jsonBytes(row) + 1 + Math.ceil((row.length * BULK_BLOCK_BYTES) / BULK_CELLS));
}

/** UTF-8 length without encoding: characters past U+007F take two or three bytes, a surrogate pair four. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // with its low surrogate: four bytes for two UTF-16 units
      i++;
    } else bytes += 2;
  }
  return bytes;
}
