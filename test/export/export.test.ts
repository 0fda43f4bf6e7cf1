import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { UserError } from '../../src/errors';
import { exportRegistry, zipFiles, type ExportFormat, type ExportResult } from '../../src/export';
import { writeDemo } from '../../src/registry/demo';
import { initRegistry } from '../../src/registry/init';
import { rowCells } from '../../src/registry/layout';
import { SETTINGS_TABLE, registrySchema, tableSpec, tables, type RegistrySchema } from '../../src/registry/schema';
import { columnLetter } from '../../src/workbook/address';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { dataPackageProblems, rowProblems } from './frictionless';
import { fileData, parquetColumnTypes, readAll, readPackage, type Files, type Row } from './load';

const NOW = new Date('2026-06-30T10:00:00Z');
const formats: ExportFormat[] = ['csv', 'parquet', 'json'];
const text = (files: readonly Files[], path: string) => new TextDecoder().decode(fileData(files, path));

/** The demo registry as it comes back from an .xlsx file. */
async function demoWorkbook(): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  return XlsxWorkbook.load(await wb.save());
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const excelDate = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

/** What the workbook holds, read through the port and typed by hand from the schema: what every export must give back. */
async function workbookValues(wb: XlsxWorkbook): Promise<Record<string, Row[]>> {
  const read = await wb.readTables(tables.map((t) => t.table));
  const out: Record<string, Row[]> = {};
  tables.forEach((spec, i) => {
    const { columns, rows } = read[i];
    out[snake(spec.key)] = rows
      .filter((cells) => cells.some((c) => c !== null))
      .map((cells) => {
        const row: Row = {};
        for (const column of spec.columns) {
          const v = cells[columns.indexOf(column.caption)];
          const name = snake(column.key);
          if (column.type === 'value') Object.assign(row, { [name]: typeof v === 'number' ? v : null, [`${name}_label`]: typeof v === 'string' ? v : null });
          else if (column.type === 'date') row[name] = typeof v === 'number' ? excelDate(v) : null;
          else if (column.type === 'number') row[name] = v as number | null;
          else row[name] = v === null ? (column.blankKeyAs ?? null) : String(v);
        }
        return row;
      });
  });
  return out;
}

describe('export of the demo registry', () => {
  let wb: XlsxWorkbook;
  const results = {} as Record<ExportFormat, ExportResult>;
  beforeAll(async () => {
    wb = await demoWorkbook();
    for (const format of formats) results[format] = await exportRegistry(wb, { format, now: NOW });
  });

  describe.each(formats)('as %s', (format) => {
    test('one file per table and choice list, and a datapackage.json', () => {
      expect(results[format].files.map((f) => f.path)).toEqual([...tables.map((t) => `${snake(t.key)}.${format}`), 'datapackage.json']);
      expect(results[format].summary).toMatchObject({ format, gemeente: { nis: '44021', naam: 'Gent' }, schemaVersion: registrySchema.version, created: NOW.toISOString(), findings: [] });
      expect(results[format].summary.tables.find((t) => t.name === 'measurements')?.rows).toBe(29);
    });

    test('reads back, with nothing but the data package, to the values in the workbook', async () => {
      expect(await readAll(results[format].files)).toEqual(await workbookValues(wb));
    });

    test('the data package is valid and its sizes and hashes match the files', () => {
      const pkg = readPackage(results[format].files);
      expect(dataPackageProblems(pkg)).toEqual([]);
      for (const resource of pkg.resources) {
        const data = fileData(results[format].files, resource.path);
        expect(resource.bytes).toBe(data.length);
        expect(resource.hash).toBe(`sha256:${createHash('sha256').update(data).digest('hex')}`);
        expect(resource.format).toBe(format);
      }
    });

    test('a strict Table Schema reader takes every row: required fields and primary keys filled, no primary key twice', async () => {
      const pkg = readPackage(results[format].files);
      const data = await readAll(results[format].files);
      for (const resource of pkg.resources) expect({ resource: resource.name, problems: rowProblems(resource.schema, data[resource.name]) }).toEqual({ resource: resource.name, problems: [] });
      const measurements = pkg.resources.find((r) => r.name === 'measurements')!;
      expect(measurements.schema.fields.find((f) => f.name === 'dimension')).toMatchObject({ constraints: { required: true }, description: expect.stringContaining('(totaal)') });
      expect(data.measurements.filter((r) => r.dimension === '(totaal)').length).toBeGreaterThan(20);
    });

    test('every foreign key resolves: each referring value is a key in the referenced file', async () => {
      const pkg = readPackage(results[format].files);
      const data = await readAll(results[format].files);
      let checked = 0;
      for (const resource of pkg.resources) {
        for (const fk of resource.schema.foreignKeys ?? []) {
          const target = fk.reference.resource || resource.name;
          const keys = new Set(data[target].map((r) => JSON.stringify(fk.reference.fields.map((f) => r[f]))));
          for (const row of data[resource.name]) {
            const values = fk.fields.map((f) => row[f]);
            if (values.every((v) => v === null)) continue;
            expect({ resource: resource.name, fields: fk.fields, values, found: keys.has(JSON.stringify(values)) }).toMatchObject({ found: true });
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
    });
  });

  test('CSV: a header of snake_case names, ISO dates, decimal point, labels apart from numbers, quotes only where needed', () => {
    const { files } = results.csv;
    const lines = text(files, 'measurements.csv').split('\n');
    expect(lines[0].startsWith('indicator,area,period,dimension,value,value_label,unit,source,')).toBe(true);
    expect(lines.at(-1)).toBe('');
    const parse = (path: string) => Papa.parse<Record<string, string>>(text(files, path), { header: true, skipEmptyLines: true }).data;
    const measurements = parse('measurements.csv');
    expect(measurements[4]).toMatchObject({ indicator: 'IND-001', area: 'S-PARKSTRAAT', period: '2025-S2', dimension: '(totaal)', value: '48.7', value_label: '', unit: 'dB(A)', retrieved: '2026-01-15' });
    expect(measurements[12]).toMatchObject({ indicator: 'IND-004', period: '2025', value: '', value_label: 'C', unit: 'label' });
    expect(parse('norms.csv')[3]).toMatchObject({ id: 'NRM-004', value: '0.4', valid_from: '2023-10-01', valid_to: '2030-12-31' });
    expect(text(files, 'norms.csv')).toContain(',"Verandering tegenover de meting van 2020, in procent van die meting."');
    expect(text(files, 'documents.csv')).toContain('\nBES-001,DOS-001,Beleidsplan Geluid 2030,beleidsplan,gemeenteraad,2024-01-29,https://stad.example/besluiten/2024-0129-geluid,44021\n');
    expect(text(files, 'themes.csv').startsWith('name,description\nArmoede,\n')).toBe(true);
  });

  test('Parquet: typed columns (text, double, date) that a Parquet reader gives back as such', async () => {
    const data = fileData(results.parquet.files, 'measurements.parquet');
    expect(parquetColumnTypes(data)).toMatchObject({
      indicator: 'BYTE_ARRAY UTF8 OPTIONAL',
      period: 'BYTE_ARRAY UTF8 OPTIONAL',
      value: 'DOUBLE OPTIONAL',
      value_label: 'BYTE_ARRAY UTF8 OPTIONAL',
      retrieved: 'INT32 DATE OPTIONAL',
    });
    const { parquetReadObjects } = await import('hyparquet');
    const rows = await parquetReadObjects({ file: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer });
    expect(rows[4]).toMatchObject({
      indicator: 'IND-001', area: 'S-PARKSTRAAT', period: '2025-S2', dimension: '(totaal)', value: 48.7, value_label: null, unit: 'dB(A)',
      source: 'Geluidsmeetnet stad', retrieved: new Date('2026-01-15T00:00:00Z'), status: null, comment: null,
    });
    expect(rows[12]).toMatchObject({ value: null, value_label: 'C' });
  });

  test('JSON: an array of rows with keys in field order, numbers as numbers, null for empty', () => {
    const rows = JSON.parse(text(results.json.files, 'norms.json'));
    expect(Object.keys(rows[0])).toEqual(readPackage(results.json.files).resources.find((r) => r.name === 'norms')!.schema.fields.map((f) => f.name));
    expect(rows[4]).toMatchObject({ id: 'NRM-005', value: null, value_label: 'B', valid_from: '2025-01-01', valid_to: null });
  });

  test('the data package describes types, keys, relations, units and the registry', () => {
    const pkg = readPackage(results.csv.files);
    expect(pkg).toMatchObject({ profile: 'tabular-data-package', name: 'beleidsregister-44021', title: 'Beleidsregister Gent', gemeente: { nis: '44021', naam: 'Gent' }, schemaVersion: registrySchema.version, created: NOW.toISOString() });
    expect(pkg).not.toHaveProperty('checks');
    const resource = (name: string) => pkg.resources.find((r) => r.name === name)!;
    const field = (res: string, name: string) => resource(res).schema.fields.find((f) => f.name === name)!;
    expect(resource('measurements')).toMatchObject({ title: 'Metingen', sheet: 'Metingen', table: 'tblMetingen', path: 'measurements.csv', mediatype: 'text/csv', encoding: 'utf-8' });
    expect(resource('measurements').schema.primaryKey).toEqual(['indicator', 'area', 'period', 'dimension']);
    expect(resource('norms').schema.primaryKey).toEqual(['id']);
    expect(resource('areas').schema.primaryKey).toEqual(['code']);
    expect(resource('norms').schema.foreignKeys).toContainEqual({ fields: ['indicator'], reference: { resource: 'indicators', fields: ['id'] } });
    expect(resource('norms').schema.foreignKeys).toContainEqual({ fields: ['living_environment'], reference: { resource: 'living_environment', fields: ['name'] } });
    expect(resource('objectives').schema.foreignKeys).toContainEqual({ fields: ['parent'], reference: { resource: 'objectives', fields: ['code'] } });
    expect(field('norms', 'reference_period')).toMatchObject({ title: 'Referentieperiode', type: 'string', constraints: { pattern: expect.any(String) } });
    const period = new RegExp(field('measurements', 'period').constraints!.pattern!);
    expect(['2023', '2023-S1', '2023-Q2', '2023-06'].every((p) => period.test(p))).toBe(true);
    expect(['2023-S3', '23', '2023-13', '2023-6'].some((p) => period.test(p))).toBe(false);
    expect(field('norms', 'kind')).toMatchObject({ type: 'string', constraints: { required: true, enum: ['norm', 'streefwaarde', 'tussentijdse streefwaarde'] } });
    expect(field('norms', 'value')).toMatchObject({ type: 'number', unitField: 'unit' });
    expect(field('norms', 'value_label')).toMatchObject({ type: 'string', title: 'Waarde (label)' });
    expect(field('intended_effects', 'effect')).toMatchObject({ type: 'number', unitField: 'unit', constraints: { required: true } });
    expect(field('documents', 'decided')).toMatchObject({ type: 'date', title: 'Besluitdatum' });
  });

  test('the check result goes into the data package', async () => {
    const { files, summary } = await exportRegistry(wb, { now: NOW, checks: { errors: 2, warnings: 1 } });
    expect(readPackage(files).checks).toEqual({ errors: 2, warnings: 1 });
    expect(summary.checks).toEqual({ errors: 2, warnings: 1 });
  });

  test('a zip of the files for the task pane holds the same files, and is the same for the same export', async () => {
    const zip = zipFiles(results.csv.files);
    const read = await JSZip.loadAsync(zip);
    expect(Object.keys(read.files)).toEqual(results.csv.files.map((f) => f.path));
    for (const f of results.csv.files) expect(Buffer.from(await read.file(f.path)!.async('uint8array')).equals(Buffer.from(f.data))).toBe(true);
    expect(Buffer.from(zipFiles(results.csv.files)).equals(Buffer.from(zip))).toBe(true);
  });
});

describe('re-export', () => {
  const byPath = (r: ExportResult) => new Map(r.files.map((f) => [f.path, Buffer.from(f.data)]));
  const withoutCreated = (r: ExportResult) => ({ ...readPackage(r.files), created: null });

  test.each(formats)('%s: an unchanged registry gives the same files; only the export time differs', async (format) => {
    const first = await exportRegistry(await demoWorkbook(), { format, now: NOW });
    const second = await exportRegistry(await demoWorkbook(), { format, now: new Date('2026-12-31T23:00:00Z') });
    const [a, b] = [byPath(first), byPath(second)];
    for (const [path, data] of a) if (path !== 'datapackage.json') expect({ path, same: data.equals(b.get(path)!) }).toEqual({ path, same: true });
    expect(withoutCreated(second)).toEqual(withoutCreated(first));
    expect(readPackage(second.files).created).toBe('2026-12-31T23:00:00.000Z');
  });

  test.each(formats)('%s: given the previous datapackage.json, an unchanged registry gives byte-identical files, export time included', async (format) => {
    const first = await exportRegistry(await demoWorkbook(), { format, now: NOW });
    const previousPackage = text(first.files, 'datapackage.json');
    const again = await exportRegistry(await demoWorkbook(), { format, now: new Date('2027-01-01T00:00:00Z'), previousPackage });
    expect(again.summary).toMatchObject({ unchanged: true, created: NOW.toISOString() });
    expect(byPath(again)).toEqual(byPath(first));
  });

  test('a changed value changes its file and the export time, and nothing else', async () => {
    const first = await exportRegistry(await demoWorkbook(), { format: 'parquet', now: NOW });
    const wb = await demoWorkbook();
    await wb.apply([{ kind: 'updateCells', table: 'tblMetingen', cells: [{ row: 4, column: 'Waarde', value: 48.9 }] }]);
    const later = new Date('2026-07-15T08:00:00Z');
    const second = await exportRegistry(wb, { format: 'parquet', now: later, previousPackage: fileData(first.files, 'datapackage.json') });
    expect(second.summary).toMatchObject({ unchanged: false, created: later.toISOString() });
    const [a, b] = [byPath(first), byPath(second)];
    expect([...a.keys()].filter((p) => !a.get(p)!.equals(b.get(p)!))).toEqual(['measurements.parquet', 'datapackage.json']);
    expect((await readAll(second.files)).measurements[4].value).toBe(48.9);
  });
});

describe('a registry that is not as the schema says', () => {
  // An older layout: Normen without Rekenmethode, no Sectoren list. The user added a column of their own.
  const older: RegistrySchema = {
    version: registrySchema.version,
    tables: tables.filter((t) => t.key !== 'sectors').map((t) => (t.key === 'norms' ? { ...t, columns: t.columns.filter((c) => c.key !== 'method') } : t)),
  };
  const USER = 'Opmerking (intern)';
  let result: ExportResult;
  let headers: string[];

  beforeAll(async () => {
    const made = XlsxWorkbook.create();
    await initRegistry(made, { gemeente: '44021' }, older);
    await made.apply([{ kind: 'addColumns', table: 'tblNormen', columns: [USER] }]);
    headers = (await made.info()).tables.find((t) => t.name === 'tblNormen')!.columns;
    const spec = tableSpec('norms');
    const row = (values: Record<string, string | number | Date | null>, user: string | number | null) => {
      const cells = rowCells(spec, headers, values);
      cells[headers.indexOf(USER)] = user;
      return cells;
    };
    await made.apply([
      {
        kind: 'appendRows',
        table: 'tblNormen',
        rows: [
          row({ id: 'NRM-001', indicator: 'IND-001', kind: 'norm', operator: 'max', value: 48, validFrom: new Date('2024-01-01T00:00:00Z') }, 'nakijken, "dringend"'),
          headers.map(() => null),
          row({ id: 'NRM-002', indicator: 'IND-003', kind: 'norm', operator: 'max', value: '0,4', validFrom: '31/12/2030' }, 12),
          row({ id: 'NRM-003', indicator: 'IND-004', kind: 'norm', operator: 'min', value: 'B', validTo: 'morgen' }, null),
        ],
      },
    ]);
    result = await exportRegistry(await XlsxWorkbook.load(await made.save()), { format: 'csv', now: NOW });
  });

  test('blank rows are skipped; text typed for a number or date is read as the user meant it', async () => {
    const norms = (await readAll(result.files)).norms;
    expect(norms.map((r) => [r.id, r.value, r.value_label, r.valid_from, r.valid_to])).toEqual([
      ['NRM-001', 48, null, '2024-01-01', null],
      ['NRM-002', 0.4, null, '2030-12-31', null],
      ['NRM-003', null, 'B', null, null],
    ]);
  });

  test('a user column is exported as text under a name from its caption, marked as a user column', async () => {
    const norms = (await readAll(result.files)).norms;
    expect(norms.map((r) => r.opmerking_intern)).toEqual(['nakijken, "dringend"', '12', null]);
    const field = readPackage(result.files).resources.find((r) => r.name === 'norms')!.schema.fields.at(-1);
    expect(field).toMatchObject({ name: 'opmerking_intern', title: USER, type: 'string', userColumn: true });
    expect(result.summary.tables.find((t) => t.name === 'norms')?.userColumns).toEqual(['opmerking_intern']);
  });

  test('a column the workbook lacks is exported empty and reported; a missing table is left out and reported', async () => {
    const pkg = readPackage(result.files);
    const norms = pkg.resources.find((r) => r.name === 'norms')!;
    expect(norms.schema.fields.find((f) => f.name === 'method')).toMatchObject({ missingInWorkbook: true });
    expect((await readAll(result.files)).norms.map((r) => r.method)).toEqual([null, null, null]);
    expect(pkg.resources.map((r) => r.name)).not.toContain('sectors');
    expect(norms.schema.foreignKeys?.map((fk) => fk.reference.resource)).not.toContain('sectors');
    expect(dataPackageProblems(pkg)).toEqual([]);
    expect(result.summary.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: 'warning', rule: 'export.kolom-ontbreekt', sheet: 'Normen', column: 'Rekenmethode', message: expect.stringContaining('Kolom Rekenmethode ontbreekt in tabel tblNormen') }),
        expect.objectContaining({ severity: 'warning', rule: 'export.tabel-ontbreekt', sheet: 'Sectoren', message: expect.stringContaining('Tabel tblSectoren (blad Sectoren) ontbreekt') }),
      ]),
    );
  });

  test('a value that cannot have its column type is exported empty and reported with its cell', () => {
    const cell = `${columnLetter(headers.indexOf('Geldig tot') + 1)}5`;
    expect(result.summary.findings).toContainEqual({
      severity: 'error',
      rule: 'export.waarde-onleesbaar',
      sheet: 'Normen',
      row: 5,
      column: 'Geldig tot',
      cell,
      message: '"morgen" is geen datum (dd/mm/jjjj); in de export is valid_to van deze rij leeg. Verbeter de waarde in Normen en exporteer opnieuw.',
      params: { sheet: 'Normen', problem: '"morgen" is geen datum (dd/mm/jjjj)', field: 'valid_to' },
    });
  });
});

describe('refusals', () => {
  test('a workbook that is no registry', async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply([{ kind: 'addSheet', sheet: 'Blad1' }]);
    await expect(exportRegistry(wb)).rejects.toMatchObject({ code: 'not-a-registry', message: expect.stringMatching(/^deze werkmap is geen register/) });
  });

  test('a registry of a newer schema version', async () => {
    const wb = await demoWorkbook();
    const [settings] = await wb.readTables([SETTINGS_TABLE]);
    const row = settings.rows.findIndex((r) => r[0] === 'schemaversie');
    await wb.apply([{ kind: 'updateCells', table: SETTINGS_TABLE, cells: [{ row, column: settings.columns[1], value: String(registrySchema.version + 1) }] }]);
    const refusal = await exportRegistry(wb).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(UserError);
    expect(refusal).toMatchObject({ code: 'newer-version' });
  });
});

describe('the benchmark registry (issue 9 times it with 100,000 measurements)', () => {
  test('is a valid registry whose export loads with every reference resolved', async () => {
    const { checkRegistry } = await import('../../src/checks');
    const { benchmarkExport, writeLargeRegistry } = await import('../../src/export/benchmark');
    const wb = XlsxWorkbook.create();
    await writeLargeRegistry(wb, 1_000);
    expect((await checkRegistry(wb)).summary.errors).toBe(0);
    expect(await benchmarkExport(wb, 'parquet')).toMatchObject({ format: 'parquet', measurements: 1_029, milliseconds: expect.any(Number), bytes: expect.any(Number) });
    const data = await readAll((await exportRegistry(wb, { format: 'parquet' })).files);
    const areas = new Set(data.areas.map((a) => a.code));
    expect(data.measurements.every((m) => areas.has(m.area))).toBe(true);
  });
});
