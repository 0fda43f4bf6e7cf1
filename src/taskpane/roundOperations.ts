// The half-year round's work for the Halfjaar screen, in a chunk of its own (loaded through
// loadRounds): the rounds code, and through it the xlsx adapter when forms are made or read as files, is
// downloaded only when the coordinator uses the screen.
//
// The domain (src/rounds) does the round; this module adds what only the pane needs: the owners to
// choose from before anything is written, the form files and their zip, reading picked files (a file
// that is no workbook becomes a rejection, so the other forms still merge).

import { problem } from '../rules';
import { zipFiles } from '../export/zip';
import { openRegistry } from '../registry/read';
import { mergeForms, roundProgress, startRound, type MergeResult, type OwnerProgress, type StartResult } from '../rounds';
import { AskedMeasurements, roundPeriod } from '../rounds/asked';
import { askedProgress } from '../rounds/progress';
import { ROUND_TABLES, readRoundSheet } from '../rounds/roundSheet';
import type { WorkbookPort } from '../workbook/port';
import type { NamedKey } from './messages';
import { conflictKeyOf, type OpenedForms, type PickedForms } from './roundKeys';

const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ './xlsxFiles');

/** An owner on the Diensten list, how many measurements it would be asked for in the period, and how many actions and measures. */
export interface OwnerChoice {
  owner: string;
  rows: number;
  progress: number;
}

/** The owners startRound would make forms for, read without writing anything; null for a period that is no semester. */
export async function roundOwners(wb: WorkbookPort, period: string): Promise<OwnerChoice[] | null> {
  const semester = roundPeriod(period);
  if (!semester) return null;
  const data = await openRegistry(wb, { need: ['indicators', 'measurements'] });
  const asked = new AskedMeasurements(data);
  return asked.owners().map((owner) => ({ owner, rows: asked.forOwner(owner, semester).asked.length, progress: askedProgress(data, owner).length }));
}

export interface Started {
  result: StartResult;
  /** With target `files`: every form as an .xlsx, together in one zip. */
  zip: { name: string; data: Uint8Array } | null;
}

export const formsZipName = (period: string) => `Updateformulieren ${period}.zip`;

/** Starts the round; with target `files` each form is made in an empty workbook and saved. */
export async function startRoundForms(wb: WorkbookPort, options: { period: string; owners: string[]; target: 'sheets' | 'files' }): Promise<Started> {
  const result = await startRound(wb, options);
  const files = result.forms.filter((f) => f.file);
  if (options.target !== 'files' || !files.length) return { result, zip: null };
  const xlsx = await loadXlsx();
  const made = [];
  for (const form of files) {
    const book = await xlsx.blankWorkbook();
    await book.apply(form.file!.edits);
    made.push({ path: form.file!.name, data: await book.save() });
  }
  return { result, zip: { name: formsZipName(result.period), data: zipFiles(made) } };
}

/** The registry's form sheets, as mergeForms names them. */
export const REGISTRY_SOURCE = 'dit register';

export async function openForms(wb: WorkbookPort, picked: PickedForms): Promise<OpenedForms> {
  if (picked.kind === 'sheets') return { sources: [{ name: REGISTRY_SOURCE, wb }], unreadable: [] };
  const xlsx = await loadXlsx();
  const out: OpenedForms = { sources: [], unreadable: [] };
  for (const file of picked.files) {
    try {
      out.sources.push({ name: file.name, wb: await xlsx.openXlsx(await file.arrayBuffer()) });
    } catch {
      out.unreadable.push({ form: file.name, sheet: null, cell: null, whole: true, ...problem('ronde.onleesbaar', { file: file.name }) });
    }
  }
  return out;
}

/**
 * Merges the forms; conflicts whose key is in `accepted` are settled in favour of the form. The
 * merge is idempotent, so settling a conflict is merging the same forms again with it accepted.
 */
export async function mergeOpened(wb: WorkbookPort, opened: OpenedForms, accepted: ReadonlySet<string> = new Set()): Promise<MergeResult> {
  const result = opened.sources.length
    ? await mergeForms(wb, opened.sources, { accept: accepted.size ? (c) => accepted.has(conflictKeyOf(c)) : undefined })
    : await emptyMerge(wb);
  return { ...result, forms: result.forms + opened.unreadable.length, rejected: [...opened.unreadable, ...result.rejected] };
}

/** Nothing readable was picked: no merge, but the round as it stands. */
async function emptyMerge(wb: WorkbookPort): Promise<MergeResult> {
  const progress = await roundProgress(wb);
  return { period: progress.period, forms: 0, accepted: 0, unchanged: 0, conflicts: 0, followUps: 0, followUpsClosed: 0, progress: { written: 0, unchanged: 0, conflicts: [] }, conflictList: [], rejected: [], missingOwners: progress.owners.filter((o) => !o.returned).map((o) => o.owner), owners: progress.owners, changed: false };
}


export interface OwnerStatus extends Omit<OwnerProgress, 'missing'> {
  missing: NamedKey[];
}

/** The progress of the round (default: the one started last), or null when no round was started yet. */
export async function progressOf(wb: WorkbookPort, period?: string): Promise<{ period: string; owners: OwnerStatus[] } | null> {
  const data = await openRegistry(wb, { tables: [], also: ROUND_TABLES });
  if (!readRoundSheet(data).rows.length) return null;
  // roundProgress names what is missing already.
  return roundProgress(wb, { period });
}
