// Translates the port's validations to Excel data validation and back. Types only from Office.js
// (no runtime use of the Excel namespace), so this runs anywhere.
import type { Validation, ValidationRule } from '../port';

/** "Any number" for a decimal rule: Excel needs bounds, these hold every number a user types. */
const DECIMAL_BOUNDS = { min: -1e307, max: 1e307 };
/** The dates Excel's 1900 date system can show, as ISO strings (Excel accepts ISO 8601 here). */
const DATE_BOUNDS = { min: '1900-01-01', max: '2100-12-31' };

const ALERT_STYLES = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;
type ErrorStyle = keyof typeof ALERT_STYLES;

/**
 * The Excel rule for a port rule; null when Excel gets no rule: `any` is Excel's "Any value" (only
 * the prompt is set), `none` only clears.
 */
export function toExcelRule(rule: ValidationRule): Excel.DataValidationRule | null {
  switch (rule.type) {
    case 'any':
      return null;
    case 'list':
      // The source is a defined name (e.g. lst_Thema), so the dropdown follows the list as it grows.
      return { list: { inCellDropDown: true, source: `=${rule.source.replace(/^=/, '')}` } };
    case 'decimal':
      return { decimal: { formula1: DECIMAL_BOUNDS.min, formula2: DECIMAL_BOUNDS.max, operator: 'Between' } };
    case 'whole':
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
    case 'date':
      return { date: { formula1: DATE_BOUNDS.min, formula2: DATE_BOUNDS.max, operator: 'Between' } };
    case 'custom':
      // Relative references are taken from the range's top-left cell, the column's first data cell.
      return { custom: { formula: `=${rule.formula.replace(/^=/, '')}` } };
    case 'none':
      return null;
    default: {
      const unknown: never = rule;
      throw new Error(`Onbekende validatieregel: ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Without an `error`, the port means "no alert". Excel's default is a Stop alert with empty texts,
 * so the alert is switched off explicitly; that also makes a rule read back as written.
 */
export function toExcelErrorAlert(validation: Validation): Excel.DataValidationErrorAlert {
  const error = validation.error;
  if (!error) return { showAlert: false, style: 'Stop', title: '', message: '' };
  return { showAlert: true, style: ALERT_STYLES[error.style], title: error.title, message: error.message };
}

export function toExcelPrompt(validation: Validation): Excel.DataValidationPrompt | null {
  const prompt = validation.prompt;
  return prompt ? { showPrompt: true, title: prompt.title, message: prompt.message } : null;
}

export interface ExcelValidationData {
  type: string;
  rule: Excel.DataValidationRule | null | undefined;
  prompt: Excel.DataValidationPrompt | null | undefined;
  errorAlert: Excel.DataValidationErrorAlert | null | undefined;
}

/**
 * Reads a column's data validation back into the port's shape. Excel's "Any value" with a prompt is
 * `any`; without a prompt there is no validation (null). Validations the port cannot express (time,
 * text length, or cells with different rules: `Inconsistent`, `MixedCriteria`)
 * read as null too, so the caller sees the column does not carry its own rule.
 */
export function fromExcelValidation(data: ExcelValidationData): Validation | null {
  const rule = fromExcelRule(data.type, data.rule ?? {});
  const prompt = data.prompt?.showPrompt ? { title: data.prompt.title ?? '', message: data.prompt.message ?? '' } : undefined;
  if (!rule) return null;
  if (rule.type === 'any') return prompt ? { rule, prompt } : null;
  const validation: Validation = { rule };
  if (prompt) validation.prompt = prompt;
  const alert = data.errorAlert;
  if (alert?.showAlert) validation.error = { title: alert.title ?? '', message: alert.message ?? '', style: fromAlertStyle(alert.style) };
  return validation;
}

function fromExcelRule(type: string, rule: Excel.DataValidationRule): ValidationRule | null {
  switch (type) {
    case 'None':
      return { type: 'any' };
    case 'List': {
      const source = rule.list?.source;
      return typeof source === 'string' ? { type: 'list', source: source.replace(/^=/, '') } : null;
    }
    case 'Decimal':
      return { type: 'decimal' };
    case 'Date':
      return { type: 'date' };
    case 'Custom': {
      const formula = rule.custom?.formula;
      return typeof formula === 'string' ? { type: 'custom', formula: formula.replace(/^=/, '') } : null;
    }
    case 'WholeNumber': {
      const whole = rule.wholeNumber;
      const min = formulaNumber(whole?.formula1);
      const max = formulaNumber(whole?.formula2);
      return whole?.operator === 'Between' && min !== null && max !== null ? { type: 'whole', min, max } : null;
    }
    default:
      return null;
  }
}

/** Excel returns rule operands as formulas (`=130`); anything but a plain number is not the port's. */
function formulaNumber(formula: unknown): number | null {
  if (typeof formula === 'number') return formula;
  if (typeof formula !== 'string') return null;
  const text = formula.replace(/^=/, '').trim();
  return text !== '' && Number.isFinite(Number(text)) ? Number(text) : null;
}

function fromAlertStyle(style: string | undefined): ErrorStyle {
  const found = (Object.keys(ALERT_STYLES) as ErrorStyle[]).find((key) => ALERT_STYLES[key] === style);
  return found ?? 'stop';
}

/** Excel reads an unset colour as null or an empty string. */
export function colorOrUndefined(color: unknown): string | undefined {
  return typeof color === 'string' && color !== '' ? color : undefined;
}
