// Which Werkingsgebied a file's area is, without a workbook: fast enough to run for every mutant
// Stryker makes of src/monitor/areas.ts (the import tests cover the same through real files).
import { AreaResolver, referenceArea, type Area } from '../../src/monitor/areas';

const REGION: Area = { code: '2000', name: 'Vlaams Gewest', level: 'gewest', nis: '2000', parent: null };
const OOST_VLAANDEREN: Area = { code: '40000', name: 'Provincie Oost-Vlaanderen', level: 'provincie', nis: '40000', parent: '2000' };
const GENT: Area = { code: '44021', name: 'Gent', level: 'gemeente', nis: '44021', parent: '40000' };

/** Where an area went: its code, whether the registry had it, and the merged municipality it came from. */
const where = (r: ReturnType<AreaResolver['resolve']>) => (r ? [r.area.code, r.inRegistry, r.mappedFrom ?? null] : null);

describe('the built-in reference', () => {
  test('knows the region, the provinces and the 2025 municipalities by code, with or without leading zeros', () => {
    expect(referenceArea('02000')).toEqual(REGION);
    expect(referenceArea('2000')).toEqual(REGION);
    expect(referenceArea('40000')).toEqual(OOST_VLAANDEREN);
    expect(referenceArea('044021')).toEqual(GENT);
    expect(referenceArea('44012')).toBeUndefined(); // De Pinte merged in 2025
    expect(referenceArea('99999')).toBeUndefined();
  });

  test.each([
    ['Vlaams Gewest'], ['Vlaanderen'], ['Vlaams Gewest - Vlaanderen'], ['Gewest Vlaanderen'], ['VLAAMS  GEWEST'],
  ])('%s is the region', (name) => {
    expect(where(new AreaResolver([]).resolve({ code: null, name }))).toEqual(['2000', false, null]);
  });

  test.each([
    ['Provincie Oost-Vlaanderen'], ['Prov. Oost-Vlaanderen'], ['Oost-Vlaanderen (prov.)'], ['Oost-Vlaanderen provincie'], ['provincie oost vlaanderen'],
  ])('%s is the province Oost-Vlaanderen', (name) => {
    expect(where(new AreaResolver([]).resolve({ code: null, name }))).toEqual(['40000', false, null]);
  });

  test('a province name alone (without “provincie”) is not taken for the province', () => {
    expect(new AreaResolver([]).resolve({ code: null, name: 'Oost-Vlaanderen' })).toBeNull();
  });

  test('a municipality by code or by name as a person writes it', () => {
    const resolver = new AreaResolver([]);
    expect(resolver.resolve({ code: '44021', name: null })).toEqual({ area: GENT, inRegistry: false });
    expect(resolver.resolve({ code: null, name: ' gent ' })).toEqual({ area: GENT, inRegistry: false });
    expect(where(resolver.resolve({ code: null, name: 'Sint Niklaas' }))).toEqual(['46021', false, null]);
  });

  test('neither code nor name known, or neither given: none', () => {
    const resolver = new AreaResolver([GENT]);
    expect(resolver.resolve({ code: '99999', name: 'Nergenshuizen' })).toBeNull();
    expect(resolver.resolve({ code: null, name: null })).toBeNull();
    expect(resolver.resolve({ code: '', name: '' })).toBeNull();
  });
});

describe('the code goes before the name', () => {
  test('02000 under a name of its own is the region, whether the registry has it or not', () => {
    const file = { code: '02000', name: 'Het Vlaamse Gewest (totaal)' };
    expect(where(new AreaResolver([]).resolve(file))).toEqual(['2000', false, null]);
    expect(new AreaResolver([GENT, REGION]).resolve(file)).toEqual({ area: REGION, inRegistry: true });
  });

  test('a code and the name of another area: the code wins', () => {
    expect(where(new AreaResolver([GENT]).resolve({ code: '40000', name: 'Gent' }))).toEqual(['40000', false, null]);
    expect(where(new AreaResolver([GENT]).resolve({ code: '44021', name: 'Vlaanderen' }))).toEqual(['44021', true, null]);
  });

  test('an unknown code with a known name goes by the name', () => {
    expect(where(new AreaResolver([GENT]).resolve({ code: '99999', name: 'Gent' }))).toEqual(['44021', true, null]);
    expect(where(new AreaResolver([]).resolve({ code: '99999', name: 'Gent' }))).toEqual(['44021', false, null]);
  });
});

describe('the registry’s own areas', () => {
  // A registry may give an area a code of its own and the NIS code beside it.
  const own: Area = { code: 'W-GENT', name: 'Stad Gent', level: 'gemeente', nis: '44021', parent: null };

  test('are found by code, by NIS code and by name, before the reference', () => {
    const resolver = new AreaResolver([own]);
    expect(resolver.resolve({ code: 'w-gent', name: null })).toEqual({ area: own, inRegistry: true });
    expect(resolver.resolve({ code: '044021', name: null })).toEqual({ area: own, inRegistry: true });
    expect(resolver.resolve({ code: null, name: 'stad gent' })).toEqual({ area: own, inRegistry: true });
    // The reference's name Gent is the registry's area with NIS 44021.
    expect(resolver.resolve({ code: null, name: 'Gent' })).toEqual({ area: own, inRegistry: true });
  });

  test('the first of two rows with the same code or name is the one', () => {
    const second: Area = { ...own, code: 'W-GENT2', name: 'Stad Gent' };
    const third: Area = { ...own, code: 'w-gent', name: 'Gent centrum', nis: null };
    const resolver = new AreaResolver([own, second, third]);
    expect(resolver.resolve({ code: null, name: 'Stad Gent' })?.area).toBe(own);
    expect(resolver.resolve({ code: 'W-GENT', name: null })?.area).toBe(own);
    expect(resolver.resolve({ code: '44021', name: null })?.area).toBe(own);
    expect(resolver.resolve({ code: 'W-GENT2', name: null })?.area).toBe(second);
    expect(resolver.resolve({ code: null, name: 'Gent centrum' })?.area).toBe(third);
  });

  test('an area without a name or NIS code is found by its code only', () => {
    const bare: Area = { code: 'W-X', name: '', level: 'wijk', nis: null, parent: null };
    const resolver = new AreaResolver([bare]);
    expect(resolver.resolve({ code: 'W-X', name: null })?.area).toBe(bare);
    expect(resolver.resolve({ code: null, name: '' })).toBeNull();
    expect(resolver.resolve({ code: null, name: '  ' })).toBeNull();
  });
});

describe('merged municipalities', () => {
  test('an old code goes to the 2025 municipality, with the old code and name', () => {
    expect(where(new AreaResolver([]).resolve({ code: '44012', name: 'De Pinte' }))).toEqual(['44086', false, { code: '44012', name: 'De Pinte' }]);
    expect(where(new AreaResolver([]).resolve({ code: '044001', name: null }))).toEqual(['44084', false, { code: '44001', name: 'Aalter' }]);
  });

  test('an old name goes there too', () => {
    expect(where(new AreaResolver([]).resolve({ code: null, name: 'de pinte' }))).toEqual(['44086', false, { code: '44012', name: 'De Pinte' }]);
    expect(where(new AreaResolver([]).resolve({ code: null, name: 'Melle' }))).toEqual(['44088', false, { code: '44040', name: 'Melle' }]);
  });

  test('a 2025 municipality that kept an old name is itself, not a merger', () => {
    expect(where(new AreaResolver([]).resolve({ code: null, name: 'Tielt' }))).toEqual(['37022', false, null]);
  });

  test('into a registry that has the 2025 municipality, by its code or NIS code', () => {
    const merged: Area = { code: 'W-NDP', name: 'Nazareth-De Pinte', level: 'gemeente', nis: '44086', parent: '40000' };
    expect(new AreaResolver([merged]).resolve({ code: '44048', name: 'Nazareth' })).toEqual({ area: merged, inRegistry: true, mappedFrom: { code: '44048', name: 'Nazareth' } });
    expect(new AreaResolver([merged]).resolve({ code: null, name: 'Nazareth' })).toEqual({ area: merged, inRegistry: true, mappedFrom: { code: '44048', name: 'Nazareth' } });
  });

  test('a registry that still has the old municipality keeps it', () => {
    const old: Area = { code: '44012', name: 'De Pinte', level: 'gemeente', nis: '44012', parent: '40000' };
    expect(new AreaResolver([old]).resolve({ code: '44012', name: 'De Pinte' })).toEqual({ area: old, inRegistry: true });
    expect(new AreaResolver([old]).resolve({ code: null, name: 'De Pinte' })).toEqual({ area: old, inRegistry: true });
  });
});

describe('adding a reference area', () => {
  test('adds the province and region above it first, and finds them afterwards', () => {
    const resolver = new AreaResolver([]);
    expect(resolver.add(GENT)).toEqual(GENT);
    expect(resolver.addedAreas()).toEqual([REGION, OOST_VLAANDEREN, GENT]);
    expect(resolver.resolve({ code: '44021', name: null })).toEqual({ area: GENT, inRegistry: true });
    expect(resolver.resolve({ code: null, name: 'Vlaanderen' })).toEqual({ area: REGION, inRegistry: true });
    // Added again: nothing new.
    expect(resolver.add(GENT)).toEqual(GENT);
    expect(resolver.add(referenceArea('44083')!)).toMatchObject({ code: '44083', parent: '40000' });
    expect(resolver.addedAreas().map((a) => a.code)).toEqual(['2000', '40000', '44021', '44083']);
  });

  test('under the registry’s own code for the province; what the registry has is not added', () => {
    const province: Area = { code: 'P-OVL', name: 'Oost-Vlaanderen', level: 'provincie', nis: '40000', parent: null };
    const resolver = new AreaResolver([province]);
    expect(resolver.add(GENT)).toEqual({ ...GENT, parent: 'P-OVL' });
    expect(resolver.addedAreas()).toEqual([{ ...GENT, parent: 'P-OVL' }]);
    expect(resolver.add({ ...OOST_VLAANDEREN })).toBe(province);
  });

  test('an area whose parent is not in the reference keeps that parent', () => {
    const resolver = new AreaResolver([]);
    const wijk: Area = { code: 'W-1', name: 'Wijk 1', level: 'wijk', nis: null, parent: 'W-0' };
    expect(resolver.add(wijk)).toEqual(wijk);
    expect(resolver.addedAreas()).toEqual([wijk]);
  });
});
