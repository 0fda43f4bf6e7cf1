// How a registry cell is read as a number: the way a Flemish user writes it, and nothing a typing
// error could turn into another number.
import { parseNumber } from '../../src/registry/values';

test.each([
  ['0,4', 0.4],
  ['0.4', 0.4],
  ['1.234,5', 1234.5],
  ['1,234.5', 1234.5],
  ['1 234,5', 1234.5],
  ['1\u00a0234\u00a0567', 1234567],
  ['-12 345', -12345],
  ['1.234.567', 1234567],
  ['-1.234,5', -1234.5],
  [48, 48],
])('%p is %p', (raw, value) => {
  expect(parseNumber(raw)).toEqual({ ok: true, value });
});

// A space only groups thousands: two numbers typed in one cell are not one number.
test.each(['266.1,5', '1,23.5', '1234,5.6', '1,2,3.4', 'veel', '', '=1+1', '47 48', '4 7', '1 23', '12 %'])('%p is no number', (raw) => {
  expect(parseNumber(raw)).toEqual({ ok: false, problem: 'is geen getal' });
});
