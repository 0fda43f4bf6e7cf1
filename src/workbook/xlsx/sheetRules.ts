// A sheet's data validations and conditional formats as the port knows them, read from and written
// to the `<dataValidations>` and `<conditionalFormatting>` elements. Entries the port does not model
// are kept as written; an entry read and handed back unchanged is written back byte for byte, with
// only its cells (sqref) changed when the caller moved them.
import { columnIndex, columnLetter, dateToSerial, parseRange, type RangeRef } from '../address';
import type { Validation, ValidationRule } from '../port';
import { attribute, childElements, elementsNamed, elementXml, isTrue, parseElement, setAttribute, textOf } from '../../ooxml/xmlElement';
import { escapeAttributeText, escapeText } from '../../ooxml/xmlText';

/** One `<dataValidation>`: the cells it covers (sqref may list several ranges) and its rule. */
export interface ValidationEntry {
  ranges: RangeRef[];
  /** null when the port has no such rule (textLength, time, …): kept as `xml`. */
  validation: Validation | null;
  xml: string;
}

/** One `<conditionalFormatting>`: its ranges and its expression rules (other rule types kept in `xml`). */
export interface FormatEntry {
  ranges: RangeRef[];
  rules: { formula: string; dxfId: number; priority: number }[];
  /** True when every rule is an expression with a dxf: the entry can be rewritten from `rules`. */
  modelled: boolean;
  xml: string;
}

/** Bounds Excel shows in the validation dialog; wide enough for any registry value. */
const DECIMAL_BOUND = 999_999_999_999;
const FIRST_DATE = dateToSerial(new Date(Date.UTC(1900, 0, 1)));
const LAST_DATE = dateToSerial(new Date(Date.UTC(2100, 11, 31)));
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

export function parseValidations(xml: string | undefined): ValidationEntry[] {
  if (!xml) return [];
  return elementsNamed(parseElement(xml).inner ?? '', 'dataValidation').map((entry) => {
    const e = parseElement(entry);
    return { ranges: parseSqref(attribute(e, 'sqref') ?? ''), validation: validationOf(entry), xml: entry };
  });
}

/**
 * The `<dataValidations>` element, or undefined when there are none. An entry with `xml` whose
 * validation is that of its xml (null included) is written as that xml, with `ranges` as its sqref;
 * others are written as Excel writes them. A rule `none` writes nothing.
 */
export function validationsXml(entries: { ranges: RangeRef[]; validation: Validation | null; xml?: string }[]): string | undefined {
  const written: string[] = [];
  for (const entry of entries) {
    if (!entry.ranges.length || entry.validation?.rule.type === 'none') continue;
    if (entry.xml !== undefined && same(entry.validation, validationOf(entry.xml))) written.push(withRanges(entry.xml, entry.ranges));
    else if (entry.validation) written.push(validationXml(entry.ranges, entry.validation));
  }
  if (!written.length) return undefined;
  const prefix = parseElement(written[0]).prefix;
  return `<${prefix}dataValidations count="${written.length}">${written.join('')}</${prefix}dataValidations>`;
}

export function parseFormats(xmls: string[]): FormatEntry[] {
  return xmls.map((xml) => {
    const e = parseElement(xml);
    const children = childElements(e);
    const rules: FormatEntry['rules'] = [];
    let modelled = children.length > 0 && e.attributes.every(([name]) => name === 'sqref' || name.startsWith('xmlns'));
    for (const child of children) {
      const rule = child.name === 'cfRule' ? expressionRule(child.xml) : undefined;
      if (rule) rules.push(rule);
      else modelled = false;
    }
    return { ranges: parseSqref(attribute(e, 'sqref') ?? ''), rules, modelled, xml };
  });
}

/**
 * One `<conditionalFormatting>` element per entry with rules; priorities as given. An entry with
 * `xml` whose rules are those read from it is written as that xml, with `ranges` as its sqref.
 */
export function formatsXml(entries: { ranges: RangeRef[]; rules: { formula: string; dxfId: number; priority: number }[]; xml?: string }[]): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    if (!entry.ranges.length) continue;
    if (entry.xml !== undefined && same(entry.rules, parseFormats([entry.xml])[0].rules)) out.push(withRanges(entry.xml, entry.ranges));
    else if (entry.rules.length) {
      const rules = entry.rules.map((r) => `<cfRule type="expression" dxfId="${r.dxfId}" priority="${r.priority}"><formula>${escapeText(withoutEquals(r.formula))}</formula></cfRule>`);
      out.push(`<conditionalFormatting sqref="${sqrefOf(entry.ranges)}">${rules.join('')}</conditionalFormatting>`);
    }
  }
  return out;
}

/**
 * The ranges of a sqref (`A2:A5 C4 A6:A9`, `B:B`), neighbours in one row or column band joined
 * (`A2:A9 C4`): LibreOffice splits a range, and other writers list cells one by one. Joined only
 * when the first cell stays first, since relative references in a rule's formula count from it.
 */
export function parseSqref(sqref: string): RangeRef[] {
  const ranges = sqref.split(/\s+/).filter(Boolean).map(parseArea);
  return joinRanges(ranges);
}

export function sqrefOf(ranges: RangeRef[]): string {
  return ranges.map((r) => (r.top === r.bottom && r.left === r.right ? `${columnLetter(r.left)}${r.top}` : `${columnLetter(r.left)}${r.top}:${columnLetter(r.right)}${r.bottom}`)).join(' ');
}

function parseArea(ref: string): RangeRef {
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(ref);
  if (columns) return { top: 1, bottom: LAST_ROW, left: columnIndex(columns[1]), right: columnIndex(columns[2]) };
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(ref);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: LAST_COLUMN };
  return parseRange(ref);
}

function joinRanges(ranges: RangeRef[]): RangeRef[] {
  if (ranges.length < 2) return ranges;
  let joined = ranges.map((r) => ({ ...r }));
  for (let before = Infinity; joined.length < before; ) {
    before = joined.length;
    joined = joinAlong(joinAlong(joined, 'left', 'right', 'top', 'bottom'), 'top', 'bottom', 'left', 'right');
  }
  const first = ranges[0];
  const at = joined.findIndex((r) => r.top === first.top && r.left === first.left);
  if (at < 0) return ranges;
  return [joined[at], ...joined.slice(0, at), ...joined.slice(at + 1)];
}

type Side = keyof RangeRef;

/** Joins ranges with the same `a`–`b` span whose `from`–`to` extents touch or overlap. */
function joinAlong(ranges: RangeRef[], a: Side, b: Side, from: Side, to: Side): RangeRef[] {
  const sorted = [...ranges].sort((x, y) => x[a] - y[a] || x[b] - y[b] || x[from] - y[from]);
  const out: RangeRef[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last[a] === r[a] && last[b] === r[b] && r[from] <= last[to] + 1) last[to] = Math.max(last[to], r[to]);
    else out.push({ ...r });
  }
  return out;
}

/** The xml with its sqref set to `ranges`, untouched when they are what it says already. */
function withRanges(xml: string, ranges: RangeRef[]): string {
  const e = parseElement(xml);
  const sqref = sqrefOf(ranges);
  if (sqrefOf(parseSqref(attribute(e, 'sqref') ?? '')) === sqref) return xml;
  setAttribute(e, 'sqref', sqref);
  return elementXml(e);
}

/** The port's validation of one `<dataValidation>` element, null when the port has no such rule. */
function validationOf(xml: string): Validation | null {
  const e = parseElement(xml);
  const inner = e.inner ?? '';
  const formula = (name: string) => {
    const found = elementsNamed(inner, name)[0];
    return found === undefined ? undefined : withoutEquals(textOf(found));
  };
  const f1 = formula('formula1');
  const f2 = formula('formula2');
  const rule = ruleOf(attribute(e, 'type') ?? 'none', attribute(e, 'operator') ?? 'between', f1, f2);
  if (!rule) return null;
  const v: Validation = { rule };
  const [promptTitle, prompt] = [attribute(e, 'promptTitle') ?? '', attribute(e, 'prompt') ?? ''];
  // openpyxl sets showInputMessage on every validation; without a text Excel shows nothing.
  if (isTrue(attribute(e, 'showInputMessage')) && (promptTitle || prompt)) v.prompt = { title: promptTitle, message: prompt };
  // openpyxl and LibreOffice switch the error message on for any value too, where it never shows.
  if (isTrue(attribute(e, 'showErrorMessage')) && rule.type !== 'any') {
    const style = attribute(e, 'errorStyle');
    v.error = { title: attribute(e, 'errorTitle') ?? '', message: attribute(e, 'error') ?? '', style: style === 'warning' || style === 'information' ? style : 'stop' };
  }
  return v;
}

function ruleOf(type: string, operator: string, f1: string | undefined, f2: string | undefined): ValidationRule | null {
  switch (type) {
    // LibreOffice writes "any value" with input help as type none.
    case 'none':
    case 'any':
      return { type: 'any' };
    case 'list':
      return f1 === undefined ? null : { type: 'list', source: f1 };
    case 'decimal':
      return { type: 'decimal' };
    case 'date':
      return { type: 'date' };
    case 'whole': {
      // Bounds in cells, or one bound (greaterThan): not the port's whole rule.
      const [min, max] = [Number(f1), Number(f2)];
      return operator === 'between' && f1 && f2 && Number.isFinite(min) && Number.isFinite(max) ? { type: 'whole', min, max } : null;
    }
    case 'custom':
      return f1 === undefined ? null : { type: 'custom', formula: f1 };
    default:
      return null;
  }
}

/** A `<dataValidation>` as Excel writes it (attributes in its order, defaults left out). */
function validationXml(ranges: RangeRef[], v: Validation): string {
  const attributes: [string, string | number | undefined][] = [];
  const add = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') attributes.push([name, value]);
  };
  const formulas = formulasOf(v.rule);
  add('type', v.rule.type === 'any' ? undefined : v.rule.type);
  add('errorStyle', v.error && v.error.style !== 'stop' ? v.error.style : undefined);
  add('allowBlank', 1);
  add('showInputMessage', v.prompt ? 1 : undefined);
  add('showErrorMessage', v.error ? 1 : undefined);
  add('errorTitle', v.error?.title);
  add('error', v.error?.message);
  add('promptTitle', v.prompt?.title);
  add('prompt', v.prompt?.message);
  add('sqref', sqrefOf(ranges));
  const tags = attributes.map(([name, value]) => ` ${name}="${escapeAttributeText(String(value))}"`).join('');
  const body = formulas.map((f, i) => `<formula${i + 1}>${escapeText(String(f))}</formula${i + 1}>`).join('');
  return body ? `<dataValidation${tags}>${body}</dataValidation>` : `<dataValidation${tags}/>`;
}

function formulasOf(rule: ValidationRule): (string | number)[] {
  switch (rule.type) {
    case 'list':
      return [withoutEquals(rule.source)];
    case 'decimal':
      return [-DECIMAL_BOUND, DECIMAL_BOUND];
    case 'whole':
      return [rule.min, rule.max];
    case 'date':
      return [FIRST_DATE, LAST_DATE];
    case 'custom':
      return [withoutEquals(rule.formula)];
    default:
      return [];
  }
}

/** An expression rule with a dxf and one formula and nothing else the port does not know, or undefined. */
function expressionRule(xml: string): FormatEntry['rules'][number] | undefined {
  const e = parseElement(xml);
  const children = childElements(e);
  const dxfId = attribute(e, 'dxfId');
  if (attribute(e, 'type') !== 'expression' || dxfId === undefined || isTrue(attribute(e, 'stopIfTrue'))) return undefined;
  if (children.length !== 1 || children[0].name !== 'formula') return undefined;
  return { formula: withoutEquals(textOf(children[0].xml)), dxfId: Number(dxfId), priority: Number(attribute(e, 'priority') ?? 1) };
}

const withoutEquals = (formula: string) => formula.replace(/^=/, '');

/** Equal as data: key order does not count (the planner and this reader build objects apart). */
function same(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)).map(([k, w]) => [k, canonical(w)])) : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
