// Boundaries of src/norms/operators.ts that the shared operator cases do not reach: the best label
// of a scale as norm or bound, an ordinal max on its own label, a tussen without upper bound as read.
import { breaches, describeTest, type Test } from '../../src/norms/operators';

const SCALE = ['A', 'B', 'C'];
const label = (operator: Test['operator'], value: string, upper: string | null = null): Test => ({ operator, value, upper, reference: null, scale: SCALE });

test.each([
  // Rank 0 is the best label: a norm or bound on it is on the scale, not off it.
  ['ordinal max A (the best label): B is allowed', label('max', 'A'), 'B', false],
  ['ordinal min A (the best label): A itself', label('min', 'A'), 'A', false],
  ['ordinal max B: B itself is allowed', label('max', 'B'), 'B', false],
  ['ordinal tussen C and A (the best label): B', label('tussen', 'C', 'A'), 'B', false],
  ['ordinal tussen C and A (the best label): A, its own bound', label('tussen', 'C', 'A'), 'A', false],
  ['ordinal tussen C and B: A is above', label('tussen', 'C', 'B'), 'A', true],
] as const)('%s', (_, test, measured, breached) => {
  expect(breaches(test, measured)).toBe(breached);
});

test('a tussen without its upper bound reads with nothing after “en”', () => {
  expect(describeTest({ operator: 'tussen', value: 10, upper: null }, 'km')).toBe('tussen 10 en ');
  expect(describeTest({ operator: 'tussen', value: 'C', upper: null }, 'label')).toBe('tussen C en ');
});
