import { breaches, decimalsOf, describeTest, roundExcel, toOperator, type Test } from '../../src/norms/operators';
import { operatorCases } from './operatorCases';

test.each(operatorCases)('%s', (_, test, measured, breached) => {
  expect(breaches(test, measured)).toBe(breached);
});

test.each([
  ['a label off the scale', { operator: 'min', value: 'B', upper: null, reference: null, scale: ['A', 'B', 'C'] }, 'Z'],
  ['a number against a scale', { operator: 'min', value: 'B', upper: null, reference: null, scale: ['A', 'B', 'C'] }, 3],
  ['a label against a number', { operator: 'max', value: 48, upper: null, reference: null, scale: null }, 'luid'],
  ['a relative norm against a reference of 0', { operator: 'toename max. %', value: 0, upper: null, reference: 0, scale: null }, 1],
  ['a relative norm without a reference value', { operator: 'afname min. %', value: 5, upper: null, reference: null, scale: null }, 1],
  ['a rise without a reference value', { operator: 'toename max. %', value: 5, upper: null, reference: null, scale: null }, 1],
  ['a fall against a reference of 0', { operator: 'afname min. %', value: 5, upper: null, reference: 0, scale: null }, 1],
  ['a number tussen without an upper bound', { operator: 'tussen', value: 10, upper: null, reference: null, scale: null }, 15],
  ['a label tussen without an upper bound', { operator: 'tussen', value: 'C', upper: null, reference: null, scale: ['A', 'B', 'C'] }, 'B'],
  ['a label tussen whose upper bound is off the scale', { operator: 'tussen', value: 'C', upper: 'Z', reference: null, scale: ['A', 'B', 'C'] }, 'B'],
  ['a norm label off the scale', { operator: 'max', value: 'Z', upper: null, reference: null, scale: ['A', 'B', 'C'] }, 'B'],
  ['a number norm on a scale', { operator: 'max', value: 2, upper: null, reference: null, scale: ['A', 'B', 'C'] }, 'B'],
  ['a relative norm on a scale', { operator: 'toename max. %', value: 'B', upper: null, reference: null, scale: ['A', 'B', 'C'] }, 'B'],
  ['a label norm without a scale', { operator: 'max', value: 'B', upper: null, reference: null, scale: null }, 2],
] as const)('%s cannot be compared', (_, test, measured) => {
  expect(breaches({ ...test, scale: test.scale ? [...test.scale] : null }, measured)).toBeNull();
});

test('rounding and precision follow Excel', () => {
  expect([roundExcel(2.675, 2), roundExcel(-2.5, 0), roundExcel(48.45, 1)]).toEqual([2.68, -3, 48.5]);
  expect([decimalsOf(48), decimalsOf(0.4), decimalsOf(0.45), decimalsOf(1.23456)]).toEqual([0, 1, 2, 4]);
});

test.each([
  [{ operator: 'max', value: 48, upper: null }, 'dB(A)', 'max. 48 dB(A)'],
  [{ operator: 'min', value: 'B', upper: null }, 'label', 'min. B'],
  [{ operator: 'tussen', value: 0.2, upper: 0.4 }, 'km', 'tussen 0,2 en 0,4 km'],
  [{ operator: 'gelijk', value: 1234.5, upper: null }, 'euro', 'gelijk aan 1.234,5 euro'],
  [{ operator: 'toename max. %', value: 0, upper: null }, '%', 'toename max. 0 %'],
  [{ operator: 'afname min. %', value: 2.5, upper: null }, 'ton', 'afname min. 2,5 %'],
] as const)('%j reads as %s … %s', (test, unit, text) => {
  expect(describeTest(test, unit)).toBe(text);
});

test('an operator is read in any case, with spaces around it; anything else is none', () => {
  expect([' Max ', 'TOENAME MAX. %', 'tussen', 'Afname min. %', 'maximum', ''].map(toOperator)).toEqual(['max', 'toename max. %', 'tussen', 'afname min. %', undefined, undefined]);
});

const ENERGY = ['A', 'B', 'C'];
const rel = (operator: Test['operator'], value: number, reference: number): Test => ({ operator, value, upper: null, reference, scale: null });
test.each([
  ['a label typed with spaces and in small letters is on the scale', { operator: 'min', value: 'B', upper: null, reference: null, scale: ENERGY } as Test, ' c ', true],
  ['and so is the norm’s own label', { operator: 'max', value: ' b ', upper: null, reference: null, scale: ENERGY } as Test, 'A', true],
  // A change is measured against the size of the reference: from -10 to -8 is a rise of 20 %.
  ['toename max. 10 % from a negative reference: -10 to -8 is 20 % up', rel('toename max. %', 10, -10), -8, true],
  ['afname min. 10 % from a negative reference: -10 to -12 is 20 % down', rel('afname min. %', 10, -10), -12, false],
  ['afname min. 10 % from a negative reference: -10 to -8 is no fall', rel('afname min. %', 10, -10), -8, true],
  // (1 - 0,95) / 1 × 100 is 4,999999999999996 in floating point: within the rounding margin.
  ['afname min. 5 %: 1 to 0,95 is 5 % down, not less', rel('afname min. %', 5, 1), 0.95, false],
  ['afname min. 5 %: 1 to 0,951 is less than 5 % down', rel('afname min. %', 5, 1), 0.951, true],
] as const)('%s', (_, test, measured, breached) => {
  expect(breaches(test, measured)).toBe(breached);
});

test('a norm between two labels reads as such', () => {
  expect(describeTest({ operator: 'tussen', value: 'C', upper: 'A' }, 'label')).toBe('tussen C en A');
  expect(describeTest({ operator: 'gelijk', value: 'B', upper: null }, 'label')).toBe('gelijk aan B');
});
