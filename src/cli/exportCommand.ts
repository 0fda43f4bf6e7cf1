// `beleidsregister exporteer <register.xlsx> <map>` (alias export): writes the registry as research data to a folder,
// one file per table and a datapackage.json. The folder is meant to live in a research repository,
// so an unchanged registry leaves every file byte for byte as it was, and files of an earlier export
// that are no longer part of it (another format) are removed; nothing else in the folder is touched.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { refuse } from '../rules';
import { EXPORT_FORMATS, PACKAGE_FILE, exportRegistry, type ExportFile, type ExportFormat, type ExportSummary } from '../export';
import { aboutFile, type CliContext } from './context';
import { cannotWrite, exists, openWorkbook } from './files';

function parseFormat(value: string | undefined): ExportFormat {
  const format = (value ?? 'csv').trim().toLowerCase();
  if ((EXPORT_FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
  throw refuse('export.formaat', { format: value ?? '' });
}

/** A datapackage.json written by this export (an earlier run), not someone else's data package. */
function isOurPackage(text: string): boolean {
  try {
    const pkg = JSON.parse(text) as { name?: unknown; schemaVersion?: unknown; resources?: unknown };
    return typeof pkg.name === 'string' && /^beleidsregister(-\d+)?$/.test(pkg.name) && 'schemaVersion' in pkg && Array.isArray(pkg.resources);
  } catch {
    return false;
  }
}

/**
 * Checks the folder before any work and returns the previous export's datapackage.json, if any. A
 * file in the folder's place, a folder that cannot be written, or one that holds another data
 * package is refused: the export would overwrite it and remove the files it lists.
 */
async function inspectFolder(dir: string): Promise<string | undefined> {
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat) return undefined;
  if (!stat.isDirectory()) throw refuse('export.map-is-bestand', { folder: dir });
  if (!(await fs.access(dir, fs.constants.W_OK).then(() => true, () => false))) {
    throw refuse('export.map-alleen-lezen', { folder: dir });
  }
  const file = path.join(dir, PACKAGE_FILE);
  if (!(await exists(file))) return undefined;
  const previous = await fs.readFile(file, 'utf8');
  if (!isOurPackage(previous)) {
    throw refuse('export.ander-pakket', { folder: dir, file: PACKAGE_FILE });
  }
  return previous;
}

/** Paths of the previous export that the new one no longer has: plain file names only, never anything outside the folder. */
function stalePaths(previous: string | undefined, files: readonly ExportFile[]): string[] {
  if (!previous) return [];
  let resources: unknown;
  try {
    resources = (JSON.parse(previous) as { resources?: unknown }).resources;
  } catch {
    return [];
  }
  if (!Array.isArray(resources)) return [];
  const current = new Set(files.map((f) => f.path));
  return resources
    .map((r) => (r as { path?: unknown }).path)
    .filter((p): p is string => typeof p === 'string' && p === path.basename(p) && p !== PACKAGE_FILE && !current.has(p));
}

/**
 * The folder is made only now, once there is something to write. Each file goes to a temporary
 * name first, so a failed write never leaves half a file; datapackage.json comes last.
 */
async function writeFiles(dir: string, files: readonly ExportFile[], stale: readonly string[]): Promise<void> {
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    throw cannotWrite(dir, e);
  }
  for (const file of files) {
    const target = path.join(dir, file.path);
    const temp = path.join(dir, `.${file.path}.${process.pid}.tmp`);
    try {
      await fs.writeFile(temp, file.data);
      await fs.rename(temp, target);
    } catch (e) {
      await fs.rm(temp, { force: true });
      throw cannotWrite(target, e);
    }
  }
  for (const file of stale) await fs.rm(path.join(dir, file), { force: true });
}

const MAX_FINDINGS = 20;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describeExport(file: string, dir: string, s: ExportSummary, removed: readonly string[]): string {
  const gemeente = s.gemeente ? `${s.gemeente.naam}, ` : '';
  const lines = [`${path.basename(file)} (${gemeente}schemaversie ${s.schemaVersion}) geëxporteerd naar ${dir} als ${s.format.toUpperCase()}:`];
  const width = Math.max(PACKAGE_FILE.length, ...s.tables.map((t) => t.path.length)) + 2;
  for (const t of s.tables) {
    const extra = t.userColumns.length ? ` (eigen kolommen: ${t.userColumns.join(', ')})` : '';
    lines.push(`  ${t.path.padEnd(width)}${count(t.rows, 'rij', 'rijen')}${extra}`);
  }
  lines.push(`  ${PACKAGE_FILE.padEnd(width)}beschrijving van alle bestanden, velden en verwijzingen (Frictionless Data Package)`);
  if (removed.length) lines.push(`  Verwijderd uit de vorige export: ${removed.join(', ')}.`);
  if (s.unchanged) lines.push(`Niets veranderd sinds de export van ${new Date(s.created).toLocaleString('nl-BE')}: de bestanden zijn dezelfde.`);
  if (!s.checks) lines.push('Het register is niet gecontroleerd: datapackage.json vermeldt geen controle.');
  else if (s.checks.errors) {
    lines.push(
      `Let op: Controleer register vond ${count(s.checks.errors, 'fout', 'fouten')} en ${count(s.checks.warnings, 'waarschuwing', 'waarschuwingen')}. ` +
        `De export is gemaakt en vermeldt dit in datapackage.json ("checks"); zie beleidsregister controleer ${file}.`,
    );
  } else lines.push(`Controleer register vond geen fouten${s.checks.warnings ? ` (${count(s.checks.warnings, 'waarschuwing', 'waarschuwingen')})` : ''}.`);
  // A column of bad values would otherwise fill the screen; --json gives them all.
  for (const f of s.findings.slice(0, MAX_FINDINGS)) {
    const where = [f.sheet, f.cell].filter(Boolean).join('!');
    lines.push(`  ${f.severity === 'error' ? 'Fout' : 'Waarschuwing'} (${where}): ${f.message}`);
  }
  if (s.findings.length > MAX_FINDINGS) lines.push(`  … en nog ${s.findings.length - MAX_FINDINGS} meldingen; --json geeft ze allemaal.`);
  return lines.join('\n') + '\n';
}

export function registerExport(root: Command, ctx: CliContext): void {
  const { io, setExit } = ctx;
  root
    .command('exporteer')
    .alias('export')
    .description('exporteer het register als onderzoeksdata: één bestand per tabel en keuzelijst, met een datapackage.json die alles beschrijft')
    .usage('[opties] <bestand> <map>')
    .argument('<bestand>', 'het register (.xlsx)')
    .argument('<map>', 'map voor de export; wordt gemaakt als ze nog niet bestaat')
    .option('--format <formaat>', 'csv (standaard), parquet of json')
    .option('--json', 'druk het resultaat af als JSON')
    .action(async (file: string, dir: string, opts: { format?: string; json?: boolean }) => {
      const format = parseFormat(opts.format);
      const wb = await openWorkbook(file);
      const previousPackage = await inspectFolder(dir);
      // Controleer register runs first, so the data package says whether the data has known errors.
      const { files, summary } = await aboutFile(file, () => exportRegistry(wb, { format, checks: true, previousPackage }));
      const stale = stalePaths(previousPackage, files);
      await writeFiles(dir, files, stale);
      io.out(opts.json ? JSON.stringify(summary) + '\n' : describeExport(file, dir, summary, stale));
      setExit((summary.checks?.errors ?? 0) > 0 || summary.findings.some((f) => f.severity === 'error') ? 1 : 0);
    });
}
