// Start a half-year round (issue 7): for every owner with something to report in the period, an
// update form, either as a sheet in the registry or as the edits for a small workbook of its own
// (the caller makes and saves that file: the domain knows only the port), and a row on Rondes.
// Starting the same round again reuses its ID, so forms already sent out stay valid, and never
// replaces a form sheet someone may be typing in.
import { refuse } from '../rules';
import { expectedTests } from '../norms';
import { municipalityOf } from '../registry/ownedLayout';
import { openRegistry } from '../registry/read';
import { SCHEMA_VERSION } from '../registry/schema';
import type { Edit, WorkbookPort } from '../workbook/port';
import { AskedMeasurements, roundPeriod, type AskedRow } from './asked';
import { FORM_FILE_SHEET, formEdits, formTableName } from './form';
import { askedProgress, progressFormPart, type ProgressItem } from './progress';
import { ROUND_STATUS, appendRoundRows, askedEdits, askedOf, keyLine, missingText, readRoundSheet, ROUND_TABLES, updateRoundRows, type MeasurementKey, type RoundRow } from './roundSheet';

export interface StartOptions {
  /** The semester, e.g. `2026-S1`. */
  period: string;
  /** Owners as on the Diensten list; default: every owner with something to report. */
  owners?: string[];
  /** `sheets`: a form sheet per owner in the registry; `files`: a workbook per owner, made by the caller. */
  target: 'sheets' | 'files';
  now?: Date;
}

export interface StartedForm {
  owner: string;
  contact: string;
  rows: number;
  /** Actions and measures whose progress the form asks. */
  progress: number;
  /** `files`: the file name to save under, and the edits that make the form in an empty workbook. */
  file: { name: string; edits: Edit[] } | null;
  /** `sheets`: the registry sheet the form is on. */
  sheet: string | null;
  /** False when the form was already there (a sheet is then left as it is). */
  created: boolean;
}

export interface StartResult {
  period: string;
  roundId: string;
  forms: StartedForm[];
  /** Owners without anything to report, and indicators left off a form, with the reason. */
  notAsked: { owner: string; indicator: string | null; reason: string }[];
  /** Whether the registry was changed (form sheets, Rondes). */
  changed: boolean;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
/** Characters Excel refuses in a sheet name, and in a file name on Windows. */
const safeName = (s: string) => s.replace(/[\\/:*?"<>|[\]]+/g, ' ').replace(/\s+/g, ' ').trim();

export async function startRound(wb: WorkbookPort, options: StartOptions): Promise<StartResult> {
  const period = roundPeriod(options.period);
  if (!period) throw refuse('ronde.geen-semester', { period: options.period });
  const data = await openRegistry(wb, { need: ['indicators', 'measurements'], minVersion: SCHEMA_VERSION, also: ROUND_TABLES });
  const { gemeente, gemeentenaam } = data.settings.parsed.ok ? data.settings.parsed.settings : {};
  if (!gemeente) throw refuse('ronde.geen-gemeente');
  const now = options.now ?? new Date();
  const asked = new AskedMeasurements(data);
  const known = asked.owners();
  for (const o of options.owners ?? []) {
    if (!known.some((k) => same(k, o))) throw refuse('ronde.dienst-niet-in-lijst', { owner: o, known: known.join(', ') });
  }
  const owners = options.owners ? known.filter((k) => options.owners!.some((o) => same(k, o))) : known;

  const sheet = readRoundSheet(data);
  const earlier = sheet.rows.filter((r) => same(r.period, period.code));
  const roundId = earlier[0]?.roundId || globalThis.crypto.randomUUID();
  const header = { period: period.code, registry: `${gemeentenaam ?? gemeente} (${gemeente})`, roundId };

  const result: StartResult = { period: period.code, roundId, forms: [], notAsked: [], changed: false };
  const plans: { owner: string; rows: AskedRow[]; progress: ProgressItem[] }[] = [];
  for (const owner of owners) {
    const found = asked.forOwner(owner, period);
    const progress = askedProgress(data, owner);
    result.notAsked.push(...found.notAsked.map((n) => ({ owner, ...n })));
    if (found.asked.length || progress.length) plans.push({ owner, rows: found.asked, progress });
    else result.notAsked.push({ owner, indicator: null, reason: `heeft niets te rapporteren in ${period.code}` });
  }
  // One evaluation for every form: the norm or target each row will be coloured by.
  const tests = expectedTests(data, plans.flatMap((p) => p.rows), { now });

  const edits: Edit[] = [];
  const newRows: RoundRow[] = [];
  const changed: { index: number; values: Partial<RoundRow> }[] = [];
  const asks: { owner: string; keys: MeasurementKey[] }[] = [];
  const sheets = new Set(data.info.sheets.map((s) => s.name.toLowerCase()));
  let offset = 0;
  for (const { owner, rows, progress } of plans) {
    const rowTests = tests.slice(offset, (offset += rows.length));
    const contact = asked.contact(owner);
    const keys = rows.map(({ indicator, area, period, dimension }) => ({ indicator, area, period, dimension }));
    const previous = earlier.find((r) => same(r.owner, owner));
    let form: StartedForm;
    if (options.target === 'files') {
      const name = `Update ${period.code} ${safeName(owner)}.xlsx`;
      const place = { sheet: FORM_FILE_SHEET, table: formTableName(period.code, null) };
      const below = progressFormPart(place.sheet, place.table, rows.length, progress);
      form = { owner, contact, rows: rows.length, progress: progress.length, sheet: null, created: true, file: { name, edits: formEdits(place, { ...header, owner }, rows, rowTests, below) } };
    } else {
      const name = `${period.code} ${safeName(owner)}`.slice(0, 31);
      const exists = sheets.has(name.toLowerCase());
      const place = { sheet: name, table: formTableName(period.code, owner) };
      if (!exists) edits.push(...formEdits(place, { ...header, owner }, rows, rowTests, progressFormPart(place.sheet, place.table, rows.length, progress)));
      form = { owner, contact, rows: rows.length, progress: progress.length, sheet: name, created: !exists, file: null };
    }
    result.forms.push(form);
    const where = form.file?.name ?? form.sheet!;
    if (!previous) {
      newRows.push({ roundId, period: period.code, owner, contact, form: where, created: now, asked: rows.length, returned: null, filled: 0, deviations: 0, conflicts: 0, status: ROUND_STATUS.notReturned, missing: missingText(rows) });
      asks.push({ owner, keys });
    } else if (form.created && askedOf(sheet, roundId, owner).map(keyLine).join('\n') !== keys.map(keyLine).join('\n')) {
      // A form made again asks what the registry asks now; a merge then checks against that.
      changed.push({ index: previous.index, values: { asked: rows.length, form: where } });
      asks.push({ owner, keys });
    }
  }
  edits.push(...appendRoundRows(data.info, sheet, newRows, municipalityOf(data.settings.raw)), ...updateRoundRows(sheet, changed), ...askedEdits(data.info, sheet, roundId, asks));
  if (edits.length) await wb.apply(edits);
  return { ...result, changed: edits.length > 0 };
}

