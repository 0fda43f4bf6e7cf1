import { breaches, decimalsOf, describeTest, roundExcel } from '../../src/norms/operators';
import { operatorCases } from './operatorCases';

test.each(operatorCases)('%s', (_, test, measured, breached) => {
  expect(breaches(test, measured)).toBe(breached);
});

test.each([
  ['a label off the scale', { operator: 'min', value: 'B', upper: null, reference: null, scale: ['A', 'B', 'C'] }, 'Z'],
  ['a number against a scale', { operator: 'min', value: 'B', upper: null, reference: null, scale: ['A', 'B', 'C'] }, 3],
  ['a label against a number', { operator: 'max', value: 48, upper: null, reference: null, scale: null }, 'luid'],
  ['a relative norm against a reference of 0', { operator: 'toename max. %', value: 0, upper: null, reference: 0, scale: null }, 1],
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
