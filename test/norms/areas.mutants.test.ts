// Area nesting for the norms (src/norms/areas.ts) on a hand-built list of Werkingsgebieden: names,
// levels, how far an area lies within another, codes with leading zeros, and a cycle.
import { areaTree } from '../../src/norms/areas';

const area = (code: string, name: string, level: string, parent = '') => ({ code, name, level, parent });
const GENT = [
  area('2000', 'Vlaams Gewest', 'Gewest'),
  area('44021', 'Gent', 'Gemeente', '2000'),
  area('W-BRUGSEPOORT', 'Brugse Poort', 'Wijk', '44021'),
  area('S-PARKSTRAAT', 'Parkstraat', 'Straat', 'w-brugsepoort'),
  area('X-LEEG', '', 'Straat', '44021'),
];

describe('names and levels', () => {
  const tree = areaTree(GENT);
  test('by code in any case and with leading zeros; the code itself when unknown or nameless', () => {
    expect(tree.name('44021')).toBe('Gent');
    expect(tree.name(' w-brugsepoort ')).toBe('Brugse Poort');
    expect(tree.name('02000')).toBe('Vlaams Gewest');
    expect(tree.name('99999')).toBe('99999');
    expect(tree.name('X-LEEG')).toBe('X-LEEG');
  });

  test('the level in lower case, empty when unknown', () => {
    expect(tree.level('S-PARKSTRAAT')).toBe('straat');
    expect(tree.level('02000')).toBe('gewest');
    expect(tree.level('99999')).toBe('');
  });

  test('a row without code names nothing', () => {
    const named = areaTree([area('', 'Naamloos', 'Wijk', '44021'), ...GENT]);
    expect(named.name('')).toBe('');
    expect(named.level('')).toBe('');
    expect(named.distance('', '44021')).toBe(-1);
  });
});

describe('distance', () => {
  test('steps up through Bovenliggend, 0 for the area itself, -1 outside', () => {
    const tree = areaTree(GENT);
    expect(tree.distance('S-PARKSTRAAT', 'S-PARKSTRAAT')).toBe(0);
    expect(tree.distance('S-PARKSTRAAT', 'W-BRUGSEPOORT')).toBe(1);
    expect(tree.distance('S-PARKSTRAAT', '44021')).toBe(2);
    expect(tree.distance('s-parkstraat', '02000')).toBe(3);
    expect(tree.distance('44021', 'S-PARKSTRAAT')).toBe(-1);
    expect(tree.distance('X-LEEG', 'W-BRUGSEPOORT')).toBe(-1);
    // Asked again: the same answer from the cache, also for another pair from the same area.
    expect(tree.distance('S-PARKSTRAAT', '44021')).toBe(2);
    expect(tree.distance('S-PARKSTRAAT', '2000')).toBe(3);
  });

  test('an unknown area lies only within itself', () => {
    const tree = areaTree(GENT);
    expect(tree.distance('99999', '99999')).toBe(0);
    expect(tree.distance('99999', '2000')).toBe(-1);
  });

  test('up to a parent that is not on the list, as far as every row of the list', () => {
    const tree = areaTree([area('S-A', 'A', 'Straat', 'W-B'), area('W-B', 'B', 'Wijk', '44021')]);
    expect(tree.distance('S-A', '44021')).toBe(2);
    expect(tree.distance('S-A', '2000')).toBe(-1);
  });

  test('a cycle in Bovenliggend ends: -1 for an area outside it', () => {
    const tree = areaTree([area('A', 'A', 'Wijk', 'B'), area('B', 'B', 'Wijk', 'A')]);
    expect(tree.distance('A', 'B')).toBe(1);
    expect(tree.distance('A', 'C')).toBe(-1);
  });
});
