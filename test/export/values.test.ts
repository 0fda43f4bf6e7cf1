import { nameFromCaption, snakeCase, uniqueName } from '../../src/export/naming';
import { toDate, toNumber, toPeriod, toText, toValueLabel, toValueNumber } from '../../src/export/values';
import { dateToSerial } from '../../src/workbook/address';
import type { CellValue } from '../../src/workbook/port';

const serial = (iso: string) => dateToSerial(new Date(`${iso}T00:00:00Z`));

describe('cells to export values', () => {
  test.each<[string, CellValue, string | null]>([
    ['blank', null, null],
    ['only spaces', '   ', null],
    ['text, trimmed as the checks read it', ' Milieu ', 'Milieu'],
    ['a NIS code typed as a number', 44021, '44021'],
    ['a number as Excel shows it', 0.1 + 0.2, '0.3'],
    ['a boolean', true, 'WAAR'],
    ['text that looks like a formula stays text', '=1+1', '=1+1'],
    ['text that looks like a month stays text', '2023-06', '2023-06'],
  ])('text: %s', (_, cell, expected) => {
    expect(toText(cell)).toEqual({ ok: true, value: expected });
  });

  test.each<[string, CellValue, number | null | string]>([
    ['a number', 48.7, 48.7],
    ['decimal comma typed as text', '0,4', 0.4],
    ['thousands and decimal separators', '1.234,5', 1234.5],
    ['a negative effect', -3, -3],
    ['minus zero', -0, 0],
    ['a float as Excel shows it', 0.1 + 0.2, 0.3],
    ['blank', '', null],
    ['text that is no number', 'veel', '"veel" is geen getal'],
  ])('number: %s', (_, cell, expected) => {
    const result = toNumber(cell);
    expect(result.ok ? result.value : result.problem).toEqual(expected);
  });

  test.each<[string, CellValue, string | null]>([
    ['an Excel date', serial('2024-01-29'), '2024-01-29'],
    ['a date with a time of day', serial('2024-01-29') + 0.75, '2024-01-29'],
    ['dd/mm/jjjj typed as text', '31/12/2030', '2030-12-31'],
    ['ISO typed as text', '2030-12-31', '2030-12-31'],
    ['blank', null, null],
    ['a day that does not exist', '31/02/2030', '"31/02/2030" is geen bestaande datum (dd/mm/jjjj)'],
    ['a word', 'morgen', '"morgen" is geen datum (dd/mm/jjjj)'],
    ['a number that is no date', 0, '0 is geen datum tussen 1900 en 2100 (dd/mm/jjjj)'],
  ])('date: %s', (_, cell, expected) => {
    const result = toDate(cell);
    expect(result.ok ? result.value : result.problem).toEqual(expected);
  });

  test.each<[string, CellValue, number | null, string | null]>([
    ['a number', 48, 48, null],
    ['a number typed with a decimal comma', '0,4', 0.4, null],
    ['a label of an ordinal scale', 'B', null, 'B'],
    ['a label with a plus', 'A++', null, 'A++'],
    ['blank', null, null, null],
  ])('value: %s gives a number or a label, never both', (_, cell, number, label) => {
    expect([toValueNumber(cell), toValueLabel(cell)]).toEqual([number, label]);
  });

  test.each<[CellValue, string | null]>([
    ['2023-s1', '2023-S1'],
    [2023, '2023'],
    ['2023-06', '2023-06'],
    ['ooit', 'ooit'],
    [null, null],
  ])('period %p becomes %p', (cell, expected) => {
    expect(toPeriod(cell)).toEqual({ ok: true, value: expected });
  });
});

describe('names', () => {
  test.each([
    ['id', 'id'],
    ['referencePeriod', 'reference_period'],
    ['livingEnvironment', 'living_environment'],
    ['intendedEffects', 'intended_effects'],
    ['nisURL', 'nis_url'],
    ['sourceValue', 'source_value'],
  ])('schema key %s -> %s', (key, name) => {
    expect(snakeCase(key)).toBe(name);
  });

  test.each([
    ['Opmerking (intern)', 'opmerking_intern'],
    ['Prioriteit é', 'prioriteit_e'],
    ['2e controle', 'kolom_2e_controle'],
    ['***', 'kolom'],
  ])('user caption %s -> %s', (caption, name) => {
    expect(nameFromCaption(caption)).toBe(name);
  });

  test('a name that is taken gets a number', () => {
    const taken = new Set(['status']);
    expect([uniqueName('status', taken), uniqueName('status', taken), uniqueName('andere', taken)]).toEqual(['status_2', 'status_3', 'andere']);
  });
});
