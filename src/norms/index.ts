// Toets aan normen: evaluates every measurement against the norms that apply and marks the result
// in the workbook (issue 5). `flagRegistry` is the operation the CLI and the task pane call;
// `evaluateNorms` the same without writing; `chartSeries` the data for one indicator's chart.
import { UserError } from '../errors';
import { readRegistry, type RegistryData } from '../registry/read';
import { SCHEMA_VERSION, SETTINGS_TABLE, captionOf, tableSpec } from '../registry/schema';
import { parseSettings, settingsFromRows } from '../registry/settings';
import type { WorkbookPort } from '../workbook/port';
import { evaluateRegistry, isNoted, type EvaluateOptions } from './evaluate';
import type { FlagResult } from './types';
import { FLAG_KEYS } from './model';
import { flagEdits } from './write';

export { chartSeries, type ChartSeries } from './chart';
export { chartSheetName, insertTrendChart } from './excelChart';
export { expectedTests, type ExpectedTest, type WrittenTest } from './evaluate';
export type { EffectFlag, FlagCounts, FlagResult, GapFlag, MeasurementFlag, OverviewRow } from './types';
export { STATUS_TEXT, type GapStatus, type MeasurementStatus } from './status';

export type FlagOptions = EvaluateOptions;

/** What flagRegistry would find, without writing anything (e.g. for a preview in the task pane). */
export async function evaluateNorms(wb: WorkbookPort, options: FlagOptions = {}): Promise<FlagResult> {
  return evaluateRegistry(await readFlaggable(wb), options).result;
}

/** Evaluates the registry and writes the flags into it; returns what was found. */
export async function flagRegistry(wb: WorkbookPort, options: FlagOptions = {}): Promise<FlagResult> {
  const data = await readFlaggable(wb);
  const measurements = data.tables.get('measurements')!;
  const evaluation = evaluateRegistry(data, options);
  // Notes are read only where this run or the previous one (its Status) put one, and only in an
  // Excel that has notes (ExcelApi 1.18); without them the flags stand in the columns beside Waarde.
  const flagged = new Map(evaluation.rows.map((r) => [r.row, r]));
  const noted = !data.info.capabilities.notes ? [] : measurements.rows.filter((row) => (flagged.get(row)?.note ?? null) !== null || isNoted(row.text('status')));
  const texts = noted.length ? await wb.readNotes(measurements.sheet, noted.map((r) => r.at('value').cell)) : [];
  await wb.apply(flagEdits(data, evaluation, new Map(noted.map((row, i) => [row, texts[i]]))));
  return evaluation.result;
}

/** Reads the registry, or refuses a workbook that is none, or whose Metingen lacks the flag columns. */
async function readFlaggable(wb: WorkbookPort): Promise<RegistryData> {
  const data = await readRegistry(wb);
  const settings = parseSettings(settingsFromRows(data.settings));
  const measurements = data.tables.get('measurements');
  if (measurements && !data.info.tables.some((t) => t.name.toLowerCase() === SETTINGS_TABLE.toLowerCase())) {
    throw new UserError('not-a-registry', 'het blad Systeem met de instellingen van het register ontbreekt. Voer Maak register (beleidsregister maak --gemeente <NIS-code>) uit om het terug te zetten; uw gegevens blijven staan.');
  }
  if (measurements && !settings.ok) throw new UserError('not-a-registry', `deze werkmap is geen bruikbaar register: ${settings.problem}. Verbeter de instelling op het blad Systeem.`);
  if (!settings.ok || !measurements) {
    throw new UserError('not-a-registry', 'deze werkmap is geen register met een tabel Metingen. Maak er eerst een register van met Maak register (beleidsregister maak).');
  }
  const version = settings.settings.schemaversie;
  if (version > SCHEMA_VERSION) {
    throw new UserError('newer-version', `dit register is gemaakt met een nieuwere versie van Beleidsregister (schemaversie ${version}; deze versie kent tot ${SCHEMA_VERSION}). Werk Beleidsregister bij en probeer opnieuw.`);
  }
  const spec = tableSpec('measurements');
  const gone = ['value', ...FLAG_KEYS].filter((k) => !measurements.columns.has(k)).map((k) => captionOf('measurements', k));
  if (version < SCHEMA_VERSION) {
    // Version 3 added the columns the test is written in, version 4 the Rol and Status of indicators.
    const needs = version < 3 ? 'schrijft de toetsing naast elke waarde, in kolommen die versie 3 toevoegt (Norm (ID), Operator, Normwaarde …)' : 'leest de Rol en de Status van de indicatoren, kolommen die versie 4 toevoegt';
    throw new UserError(
      'needs-upgrade',
      `dit register heeft schemaversie ${version}; Toets aan normen ${needs}. Voer eerst Maak register uit (beleidsregister maak) om het register bij te werken; uw gegevens blijven staan.`,
    );
  }
  if (gone.length) {
    throw new UserError(
      'needs-upgrade',
      `in tabel ${spec.table} (blad ${measurements.sheet}) ontbreekt de kolom ${gone.join(', ')}, waarin Toets aan normen de toetsing naast elke waarde schrijft. Voer Maak register uit (beleidsregister maak) om ze terug te zetten; uw gegevens blijven staan.`,
    );
  }

  return data;
}
