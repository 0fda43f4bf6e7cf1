// Reads Swing "in Cijfers" data (FORMATS.md §4): a selection table as JSON (saved from the site or
// fetched by swingFetch.ts) and OData value lists. Every numeric column of a selection table is a
// variable of its own, so it becomes an indicator of its own; all cells are strings, and the geo
// column holds names or area codes.
import { problem, refuse } from '../rules';
import { codeIn } from './table';
import { normalText } from './text';
import type { RowSink } from './types';

export interface SwingTable {
  headers: { name: string; type?: string }[];
  rows: (string | number | null)[][];
}

/** Metadata of a Swing variable where it is known (fetched through OData or given by the user). */
export interface SwingVariable {
  code: string;
  name?: string | null;
  unit?: string | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the shape `{headers: [{name}], rows: [[…]]}`; a Dutch problem otherwise. */
export function parseSelectionTable(json: unknown): { table: SwingTable } | { problem: string } {
  if (isObject(json) && 'headers' in json && 'rows' in json) {
    const wrong = (['headers', 'rows'] as const).filter((k) => !Array.isArray(json[k]));
    if (wrong.length) return { problem: `${wrong.map((k) => `"${k}"`).join(' en ')} ${wrong.length > 1 ? 'zijn geen lijsten' : 'is geen lijst'} maar ${describe(json[wrong[0]])}` };
  }
  if (!isObject(json) || !Array.isArray(json.headers) || !Array.isArray(json.rows)) {
    const keys = isObject(json) ? Object.keys(json).slice(0, 8).join(', ') || 'geen velden' : Array.isArray(json) ? 'een lijst' : typeof json;
    return { problem: `verwacht werd een Swing-selectietabel met "headers" en "rows"; gevonden: ${keys}` };
  }
  const headers = json.headers.map((h) => (isObject(h) ? { name: String(h.name ?? ''), type: h.type === undefined ? undefined : String(h.type) } : { name: String(h ?? '') }));
  if (headers.length < 3) return { problem: `een selectietabel heeft minstens drie kolommen (gebied, periode en een variabele); gevonden: ${headers.map((h) => h.name).join(', ') || 'geen'}` };
  return { table: { headers, rows: json.rows.map((r) => (Array.isArray(r) ? r.map((c) => (c === null || typeof c === 'number' ? c : String(c))) : [])) } };
}

/** What a JSON value is, in a message. */
function describe(value: unknown): string {
  if (value === null) return 'leeg (null)';
  if (typeof value === 'string') return 'tekst';
  if (typeof value === 'number') return 'een getal';
  return isObject(value) ? 'een object' : typeof value;
}

const GEO = ['geo', 'gebied', 'gemeente', 'regio'];
const PERIOD = ['perioden', 'periode', 'jaar', 'period'];

/**
 * Sends the rows of a selection table to the sink. `variables` gives the codes of the numeric columns
 * in order when the caller knows them (a fetch); a saved file only has the labels in its header.
 */
export function readSelectionTable(table: SwingTable, sink: RowSink, options: { fileName: string; variables?: SwingVariable[] }): number {
  const names = table.headers.map((h) => normalText(h.name));
  let geo = names.findIndex((n) => GEO.includes(n));
  let period = names.findIndex((n) => PERIOD.includes(n));
  if (geo < 0) geo = 0;
  if (period < 0) period = geo === 1 ? 0 : 1;
  const rest = table.headers.map((_, i) => i).filter((i) => i !== geo && i !== period);
  const numeric = rest.filter((i) => /^(numeric|number|decimal|integer|double)$/i.test(table.headers[i].type ?? '') || table.headers[i].type === undefined);
  const measures = numeric.length ? numeric : rest.slice(-1);
  const dimensions = rest.filter((i) => !measures.includes(i));
  const fileCode = measures.length === 1 ? codeIn(options.fileName) : null;
  let count = 0;
  table.rows.forEach((row, r) => {
    count++;
    const line = r + 1;
    if (row.length !== table.headers.length) {
      sink.skip({ line, column: null, ...problem('import.swing-cellen', { count: row.length, expected: table.headers.length }) });
      return;
    }
    const geoValue = String(row[geo] ?? '').trim();
    const looksLikeCode = /^\d{4,5}$/.test(geoValue);
    const dimension = dimensions
      .map((i) => String(row[i] ?? '').trim())
      .filter(Boolean)
      .join(' | ');
    measures.forEach((i, k) => {
      const variable = options.variables?.[k];
      const header = table.headers[i].name;
      sink.row({
        line,
        indicator: { code: variable?.code ?? null, name: variable?.name || header || null, fileCode, unit: variable?.unit ?? null },
        area: looksLikeCode ? { name: null, code: geoValue } : { name: geoValue || null, code: geoValue || null },
        period: row[period],
        periodColumn: table.headers[period].name,
        dimension,
        values: [{ column: header, label: null, unit: variable?.unit ?? null, raw: row[i] }],
        decimal: 'auto',
      });
    });
  });
  return count;
}

/** One value of an OData `Values` list. */
interface ODataValue {
  ExternalCode?: unknown;
  GeoLevel?: unknown;
  PeriodLevel?: unknown;
  Period?: unknown;
  ValueString?: unknown;
  Value?: unknown;
}

/** Sends OData values of one variable to the sink; `offset` continues line numbers over pages. */
export function readODataValues(values: unknown[], variable: SwingVariable, sink: RowSink, offset = 0): number {
  values.forEach((v, i) => {
    const line = offset + i + 1;
    if (!isObject(v)) {
      sink.skip({ line, column: null, ...problem('import.swing-geen-object') });
      return;
    }
    const value = v as ODataValue;
    const code = String(value.ExternalCode ?? '').trim();
    sink.row({
      line,
      indicator: { code: variable.code, name: variable.name ?? null, fileCode: null, unit: variable.unit ?? null },
      area: /^\d{4,5}$/.test(code) ? { name: null, code } : { name: code || null, code: code || null },
      period: typeof value.Period === 'number' || typeof value.Period === 'string' ? value.Period : null,
      periodColumn: 'Period',
      dimension: '',
      values: [{ column: 'ValueString', label: null, unit: variable.unit ?? null, raw: value.ValueString !== undefined ? (value.ValueString as string | null) : ((value.Value as number | null) ?? null) }],
      decimal: 'auto',
    });
  });
  return values.length;
}

/** Where JSON.parse gave up, as a line and character (its own message is English: `Unexpected token } in JSON at position 12`); none when the text stops short. */
function jsonProblem(text: string, message: string): { line?: number; char?: number } {
  const at = /position (\d+)/.exec(message);
  const position = at ? Number(at[1]) : null;
  if (position === null || position >= text.replace(/^\ufeff/, '').length) return {};
  const before = text.replace(/^\ufeff/, '').slice(0, position).split(/\r\n|\r|\n/);
  return { line: before.length, char: before[before.length - 1].length + 1 };
}

/** Parses the text of a saved selection table; a UserError for anything else. */
export function selectionTableFromText(text: string, fileName: string): SwingTable {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    throw refuse('bestand.geen-json', { file: fileName, ...jsonProblem(text, (e as Error).message) });
  }
  const parsed = parseSelectionTable(json);
  if ('problem' in parsed) throw refuse('bestand.geen-selectietabel', { file: fileName, problem: parsed.problem });
  return parsed.table;
}
