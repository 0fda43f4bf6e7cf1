// The norms operation (src/norms/index.ts) on a new registry with four planted measurements: which
// notes are read (only where this run or the last one put a flag, only where the host has notes),
// what evaluateNorms leaves alone, and which registries flag refuses. Fast enough for every mutant.
import { evaluateNorms, flagRegistry } from '../../src/norms';
import type { Row } from '../../src/registry/defaults';
import { initRegistry } from '../../src/registry/init';
import { registrySchema, SCHEMA_VERSION, tableSpec, type RegistrySchema } from '../../src/registry/schema';
import type { TableKey } from '../../src/registry/types';
import type { Edit, WorkbookPort } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';
import { plant } from '../helpers/planted';
import { snapshot } from '../helpers/snapshot';
import { newRegistry } from '../monitor/helpers';

const NOW = new Date(Date.UTC(2026, 10, 23));
const append = (key: TableKey, rows: Row[]): Edit => plant({ [key]: rows })[0];
const measurement = (value: number, more: Row = {}): Row => ({ indicator: 'IND-001', area: '44021', period: '2025', unit: 'dB(A)', value, ...more });

/**
 * Gent with a max. 48 dB(A) norm and four values (worksheet rows 2 to 5, Waarde in column E): 50
 * breaches it; 40 is fine; 45 was flagged by an earlier run (Status Afwijking, its block in the note
 * under the user's line); 41 has a note of the user's and was OK before.
 */
async function registry(): Promise<XlsxWorkbook> {
  const wb = await newRegistry();
  await wb.apply([
    append('indicators', [{ id: 'IND-001', name: 'Geluidsdruk gevel', unit: 'dB(A)', frequency: 'jaarlijks' }]),
    append('norms', [{ id: 'NRM-001', indicator: 'IND-001', kind: 'norm', operator: 'max', value: 48 }]),
    append('measurements', [measurement(50), measurement(40, { dimension: 'b' }), measurement(45, { dimension: 'c', status: 'Afwijking' }), measurement(41, { dimension: 'd', status: 'OK' })]),
    { kind: 'setNote', sheet: 'Metingen', cell: 'E4', text: 'eigen\n\nToets aan normen – Afwijking\noud' },
    { kind: 'setNote', sheet: 'Metingen', cell: 'E5', text: 'nagemeten' },
  ]);
  return wb;
}

/** The workbook seen through a port that records the notes asked for; `notes: false` is an Excel before ExcelApi 1.18. */
function watched(wb: XlsxWorkbook, notes = true) {
  const asked: string[][] = [];
  const port = new Proxy(wb, {
    get(target, prop) {
      if (prop === 'info') return async () => ({ ...(await target.info()), capabilities: { ...(await target.info()).capabilities, notes } });
      if (prop === 'readNotes') {
        return async (sheet: string, cells: string[]) => {
          if (!notes) throw new Error('no notes in this Excel');
          asked.push(cells);
          return target.readNotes(sheet, cells);
        };
      }
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as WorkbookPort;
  return { port, asked };
}

const statuses = async (wb: XlsxWorkbook) => {
  const [t] = await wb.readTables([tableSpec('measurements').table]);
  return t.rows.map((r) => r[t.columns.indexOf('Status')]);
};

test('flag reads the notes where it flags or flagged before, and writes its block only there', async () => {
  const wb = await registry();
  const { port, asked } = watched(wb);
  const result = await flagRegistry(port, { now: NOW });
  expect(result.counts).toMatchObject({ deviation: 1, ok: 3 });
  expect(asked).toEqual([['E2', 'E4']]);
  expect(await statuses(wb)).toEqual(['Afwijking', 'OK', 'OK', 'OK']);
  expect(await wb.readNotes('Metingen', ['E2', 'E3', 'E4', 'E5'])).toEqual([expect.stringMatching(/^Toets aan normen – Afwijking\n50 dB\(A\) ligt boven de norm max\. 48 dB\(A\)/), null, 'eigen', 'nagemeten']);

  // Again: only the row still flagged is read, and nothing changes.
  const again = watched(wb);
  const before = { ...(await snapshot(wb)), notes: await wb.readNotes('Metingen', ['E2', 'E3', 'E4', 'E5']) };
  await flagRegistry(again.port, { now: NOW });
  expect(again.asked).toEqual([['E2']]);
  expect({ ...(await snapshot(wb)), notes: await wb.readNotes('Metingen', ['E2', 'E3', 'E4', 'E5']) }).toEqual(before);
});

test('without notes in the host the flags stand beside Waarde, and no note is read or written', async () => {
  const wb = await registry();
  const { port, asked } = watched(wb, false);
  await flagRegistry(port, { now: NOW });
  expect(asked).toEqual([]);
  expect(await statuses(wb)).toEqual(['Afwijking', 'OK', 'OK', 'OK']);
  expect(await wb.readNotes('Metingen', ['E2', 'E4', 'E5'])).toEqual([null, 'eigen\n\nToets aan normen – Afwijking\noud', 'nagemeten']);
});

test('nothing flagged now or before: no note is read; a row emptied but for its old flag loses it', async () => {
  const wb = await newRegistry();
  await wb.apply([
    append('indicators', [{ id: 'IND-001', name: 'Geluidsdruk gevel', unit: 'dB(A)', frequency: 'jaarlijks' }]),
    append('norms', [{ id: 'NRM-001', indicator: 'IND-001', kind: 'norm', operator: 'max', value: 48 }]),
    append('measurements', [measurement(40), { status: 'OK' }, measurement(41, { dimension: 'b' })]),
  ]);
  const { port, asked } = watched(wb);
  await flagRegistry(port, { now: NOW });
  expect(asked).toEqual([]);
  expect(await statuses(wb)).toEqual(['OK', null, 'OK']);
});

test('evaluateNorms finds what flag would, and writes nothing', async () => {
  const wb = await registry();
  const before = await snapshot(wb);
  const result = await evaluateNorms(wb, { now: NOW });
  expect(result.counts).toMatchObject({ deviation: 1, ok: 3 });
  expect(result.measurements.map((m) => [m.waarde, m.status])).toEqual([[50, 'deviation'], [40, 'ok'], [45, 'ok'], [41, 'ok']]);
  expect(await snapshot(wb)).toEqual(before);
});

describe('flag refuses, in Dutch, a registry it cannot write its flags into', () => {
  const made = async (schema: RegistrySchema) => {
    const wb = XlsxWorkbook.create();
    await initRegistry(wb, { gemeente: '44021' }, schema);
    return wb;
  };
  const without = (keys: string[]): RegistrySchema => ({ ...registrySchema, tables: registrySchema.tables.map((t) => (t.key === 'measurements' ? { ...t, columns: t.columns.filter((c) => !keys.includes(c.key)) } : t)) });

  test('a Metingen without Waarde or a flag column', async () => {
    const wb = await made(without(['value', 'flagExplanation']));
    await expect(evaluateNorms(wb, { now: NOW })).rejects.toThrow('in tabel tblMetingen (blad Metingen) ontbreken de kolommen Waarde, Toelichting toets.');
    await expect(flagRegistry(wb, { now: NOW })).rejects.toThrow('in tabel tblMetingen (blad Metingen) ontbreken de kolommen Waarde, Toelichting toets.');
    const noStatus = await made(without(['status']));
    await expect(flagRegistry(noStatus, { now: NOW })).rejects.toThrow('in tabel tblMetingen (blad Metingen) ontbreekt de kolom Status.');
  });

  test('a registry without Metingen', async () => {
    const wb = await made({ ...registrySchema, tables: registrySchema.tables.filter((t) => t.key !== 'measurements') });
    await expect(flagRegistry(wb, { now: NOW })).rejects.toThrow(/tblMetingen \(blad Metingen\)/);
  });

  test('a registry of an earlier schema version', async () => {
    const wb = await made({ ...registrySchema, version: SCHEMA_VERSION - 1 });
    await expect(flagRegistry(wb, { now: NOW })).rejects.toMatchObject({ code: 'needs-upgrade' });
  });
});
