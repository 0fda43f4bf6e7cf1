// The one rule catalogue: every problem an operation reports (check, import, round, export) is a
// rule in it, listed by `controleer --regels`, with its title, message and fix in Dutch and English.
import { problem, problemText, ruleFix, rules } from '../src/rules';
import { runCli } from './helpers/cli';

test('controleer --regels lists every rule, the import, round and export problems too', async () => {
  const { code, out } = await runCli('controleer', '--regels');
  expect(code).toBe(0);
  const listed = [...out.matchAll(/^(\S+) \((fout|waarschuwing)\): /gm)].map((m) => m[1]);
  expect(listed).toEqual(Object.keys(rules));
  for (const family of ['structuur.', 'waarde.', 'import.', 'ronde.', 'export.', 'register.', 'werkmap.', 'bestand.', 'swing.', 'rapport.', 'excel.']) expect(listed.some((id) => id.startsWith(family))).toBe(true);
  expect(out).toContain('import.geen-getal (fout): Import: geen getal.\n  Oplossing: Verbeter de waarde in het bestand en importeer opnieuw.');
});

test('every rule has its title and fix in both languages, and the English differs from the Dutch', () => {
  for (const [id, doc] of Object.entries(rules)) {
    expect({ id, nl: !!doc.title && !!doc.fix, en: !!doc.en.title && !!doc.en.fix }).toEqual({ id, nl: true, en: true });
    expect({ id, same: doc.en.title === doc.title }).toEqual({ id, same: false });
  }
  expect(ruleFix('ronde.geen-getal', 'en')).toBe('Have the department fill in a number and merge the form again.');
  expect(ruleFix('onbekend.regel', 'en')).toBeNull();
});

test('a problem keeps its rule and parameters beside the Dutch message, and renders in either language', () => {
  const p = problem('import.dubbel', { what: 'IND-001, 44021, 2023', otherLine: 7, otherSheet: 'WO_07', sameSheet: 0 });
  expect(p).toEqual({
    rule: 'import.dubbel',
    params: { what: 'IND-001, 44021, 2023', otherLine: 7, otherSheet: 'WO_07', sameSheet: 0 },
    message: 'dezelfde meting (IND-001, 44021, 2023) staat ook op tabblad WO_07 rij 7; alleen die eerste waarde is genomen.',
  });
  expect(problemText(p, 'nl')).toBe(p.message);
  expect(problemText(p, 'en')).toBe('the same measurement (IND-001, 44021, 2023) is also on sheet WO_07 row 7; only that first value was taken.');
  // Dutch words a parameter carries (a level of the plan) are said in English, with the right article.
  const level = { rule: 'doelstelling.niveau', params: { code: 'AC1.1.1', level: 'actie', expected: 'actieplan', parent: 'BD1', parentLevel: 'beleidsdoelstelling' }, message: '' };
  expect(problemText(level, 'en')).toBe('Action AC1.1.1 lies under policy objective BD1; an action belongs under an action plan.');
  expect(problemText(level, 'nl')).toBe('actie AC1.1.1 ligt onder beleidsdoelstelling BD1; een actie hoort onder een actieplan.');
  // Something without known parameters (an older result) keeps its Dutch message.
  expect(problemText({ rule: 'import.dubbel', message: 'oud' }, 'en')).toBe('oud');
});
