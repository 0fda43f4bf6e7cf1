// Every operator at and around its boundary, with the verdict. Shared by the tests of breaches()
// and of the live conditional formats in LibreOffice, so the two cannot disagree.
import type { Test } from '../../src/norms/operators';

const ENERGY = ['A++', 'A+', 'A', 'B', 'C', 'D', 'E', 'F'];
const t = (operator: Test['operator'], value: number | string, extra: Partial<Test> = {}): Test => ({ operator, value, upper: null, reference: null, scale: null, ...extra });
const label = (operator: Test['operator'], value: string, upper: string | null = null): Test => t(operator, value, { upper, scale: ENERGY });

/** description, test, measured value, breached? */
export const operatorCases: [string, Test, number | string, boolean][] = [
  ['max: above', t('max', 48), 52.1, true],
  ['max: on the bound is allowed', t('max', 48), 48, false],
  ['max: below', t('max', 48), 47.9, false],
  ['max with a decimal norm: 0,45 above 0,4', t('max', 0.4), 0.45, true],
  ['max with a decimal norm: 0,4 itself', t('max', 0.4), 0.4, false],
  ['min: below', t('min', 6), 5.99, true],
  ['min: on the bound', t('min', 6), 6, false],
  ['tussen: below the lower bound', t('tussen', 10, { upper: 20 }), 9.9, true],
  ['tussen: on the lower bound', t('tussen', 10, { upper: 20 }), 10, false],
  ['tussen: on the upper bound', t('tussen', 10, { upper: 20 }), 20, false],
  ['tussen: above the upper bound', t('tussen', 10, { upper: 20 }), 20.1, true],
  ['gelijk 48: 48,4 rounds to 48', t('gelijk', 48), 48.4, false],
  ['gelijk 48: 48,5 rounds to 49', t('gelijk', 48), 48.5, true],
  ['gelijk 48: 47,5 rounds to 48', t('gelijk', 48), 47.5, false],
  ['gelijk 0,4 (one decimal): 0,44 is 0,4', t('gelijk', 0.4), 0.44, false],
  ['gelijk 0,4 (one decimal): 0,45 is 0,5', t('gelijk', 0.4), 0.45, true],
  ['gelijk 2,68: 2,675 rounds up as in Excel', t('gelijk', 2.68), 2.675, false],
  ['toename max. 0 %: a rise breaches', t('toename max. %', 0, { reference: 11.8 }), 12.4, true],
  ['toename max. 0 %: the same value is no rise', t('toename max. %', 0, { reference: 11.8 }), 11.8, false],
  ['toename max. 5 %: exactly 5 %', t('toename max. %', 5, { reference: 20 }), 21, false],
  ['toename max. 5 %: just over 5 %', t('toename max. %', 5, { reference: 20 }), 21.01, true],
  // (1,05 - 1) / 1 × 100 is 5,000000000000004 in floating point: within the rounding margin.
  ['toename max. 5 %: 1 to 1,05 is 5 %, not more', t('toename max. %', 5, { reference: 1 }), 1.05, false],
  ['toename max. 0 %: a fall is fine', t('toename max. %', 0, { reference: 11.8 }), 10, false],
  ['afname min. 10 %: only 5 % down', t('afname min. %', 10, { reference: 10 }), 9.5, true],
  ['afname min. 10 %: exactly 10 % down', t('afname min. %', 10, { reference: 10 }), 9, false],
  ['afname min. 10 %: a rise', t('afname min. %', 10, { reference: 10 }), 11, true],
  ['ordinal min B: C is worse', label('min', 'B'), 'C', true],
  ['ordinal min B: B itself', label('min', 'B'), 'B', false],
  ['ordinal min B: A+ is better', label('min', 'B'), 'A+', false],
  ['ordinal min B: any case', label('min', 'B'), 'b', false],
  ['ordinal max B: A is better than allowed', label('max', 'B'), 'A', true],
  ['ordinal max B: D', label('max', 'B'), 'D', false],
  ['ordinal tussen C and A: A++ is above', label('tussen', 'C', 'A'), 'A++', true],
  ['ordinal tussen C and A: B', label('tussen', 'C', 'A'), 'B', false],
  ['ordinal tussen C and A: D is below', label('tussen', 'C', 'A'), 'D', true],
  ['ordinal tussen C and A: C, the lower bound itself', label('tussen', 'C', 'A'), 'C', false],
  ['ordinal tussen C and A: A, the upper bound itself', label('tussen', 'C', 'A'), 'A', false],
  ['ordinal gelijk B: B', label('gelijk', 'B'), 'B', false],
  ['ordinal gelijk B: C', label('gelijk', 'B'), 'C', true],
];
