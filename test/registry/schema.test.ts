import { columnValidation, registryNames } from '../../src/registry/layout';
import { enums, keyColumnOf, tables } from '../../src/registry/schema';

describe('registry schema', () => {
  test.each(tables.map((t) => [t.table, t] as const))('%s is well-formed', (_, spec) => {
    expect(spec.sheet.length).toBeLessThanOrEqual(31);
    expect(spec.table).toMatch(/^tbl[A-Za-z]+$/);
    const captions = spec.columns.map((c) => c.caption.toLowerCase());
    expect(new Set(captions).size).toBe(captions.length);
    const keys = spec.columns.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    if (spec.keyColumn) expect(keyColumnOf(spec).required).toBe(true);
    for (const column of spec.columns) {
      // Excel's limits for input help: title 32, message 255 characters.
      expect(column.help.length).toBeLessThanOrEqual(255);
      expect(columnValidation(column).prompt?.title.length).toBeLessThanOrEqual(32);
      if (column.ref) expect(tables.find((t) => t.key === column.ref)?.keyColumn).toBeDefined();
      if (column.enum) expect(enums[column.enum]).toBeDefined();
      expect(column.ref && column.enum).toBeFalsy();
    }
  });

  test('table, sheet and ID prefix names are unique', () => {
    for (const field of ['table', 'sheet', 'key'] as const) {
      const values = tables.map((t) => t[field].toLowerCase());
      expect(new Set(values).size).toBe(values.length);
    }
    const prefixes = tables.flatMap((t) => (t.idPrefix ? [t.idPrefix] : []));
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  test('every list a column points at gets a defined name, and only those', () => {
    const names = registryNames(tables);
    const sources = tables.flatMap((t) => t.columns.map(columnValidation)).flatMap((v) => (v.rule.type === 'list' ? [v.rule.source] : []));
    expect(new Set(sources)).toEqual(new Set(Object.keys(names)));
  });
});
