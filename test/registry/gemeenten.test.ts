import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { municipalities, provinces } from '../../src/registry/gemeenten';
import { defaultRows } from '../../src/registry/defaults';

const reference = (file: string) => path.join(__dirname, '../../../shared/reference', file);

describe('reference data built into the product', () => {
  test('the municipalities equal ../shared/reference/gemeenten_2025.csv', () => {
    const csv = Papa.parse<Record<string, string>>(readFileSync(reference('gemeenten_2025.csv'), 'utf8'), { header: true, delimiter: ';', skipEmptyLines: true });
    expect(municipalities).toEqual(csv.data.map((r) => ({ nis: r.nis, name: r.naam, provinceNis: r.provincie_nis })));
    for (const r of csv.data) expect(provinces[r.provincie_nis]).toBe(r.provincie);
  });

  test("the default Thema's are the Basisthema's of the monitor catalogue", () => {
    const csv = Papa.parse<Record<string, string>>(readFileSync(reference('gsm_indicatoren_2023-12.csv'), 'utf8'), { header: true, delimiter: ';', skipEmptyLines: true });
    const catalogue = new Set(csv.data.map((r) => r.Basisthema).filter(Boolean));
    expect(new Set(defaultRows('themes').map((r) => r.name))).toEqual(catalogue);
  });
});
