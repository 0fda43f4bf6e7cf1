// Text as SpreadsheetML stores it, in element content and attributes: XML entities (named and
// numeric, as LibreOffice writes `&#10;`) and Excel's own `_xHHHH_` escapes for characters XML
// cannot hold or would normalise away (a newline in an attribute, a carriage return, control
// characters). A literal `_x0041_` in a text is itself escaped as `_x005F_x0041_`. The XML layer
// is opc's; this is SpreadsheetML's layer over it.
import { decodeEntities } from './opc';

/** The text of raw element content or an attribute value: entities, then `_xHHHH_` escapes, decoded. */
export function xmlText(raw: string): string {
  const text = raw.includes('&') ? decodeEntities(raw) : raw;
  return text.includes('_x') ? text.replace(/_x([0-9a-fA-F]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16))) : text;
}

const hexEscape = (ch: string) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/** Keeps a literal `_xHHHH_` literal and escapes the characters `unsafe` matches the Excel way. */
const excelEscape = (text: string, unsafe: RegExp) => text.replace(/_(?=x[0-9a-fA-F]{4}_)/g, '_x005F_').replace(unsafe, hexEscape);

/** Element content (`<t xml:space="preserve">`): newlines and tabs stay as they are. */
export function escapeText(text: string): string {
  return excelEscape(text, /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value: a newline or tab would be read back as a space, so it is escaped as Excel does (`_x000A_`). */
export function escapeAttributeText(text: string): string {
  return excelEscape(text, /[\u0000-\u001f\ufffe\uffff]/g).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** The plain text of a rich text (a shared string's `<si>`, a comment's `<text>`): its `<t>` runs joined; phonetic runs (`<rPh>`) are a reading aid, not text. */
export function richText(xml: string): string {
  const body = xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/\1?rPh>/g, '');
  let text = '';
  for (const m of body.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([^<]*)<\/(?:\w+:)?t>)/g)) text += xmlText(m[1] ?? '');
  return text;
}
