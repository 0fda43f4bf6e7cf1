// `beleidsregister toets <register.xlsx>` (alias flag): Toets aan normen on a file. Writes the statuses, the test
// next to each value, the live colours, the notes and the Overzicht sheet into the registry, and
// prints what it found, as a Dutch report or as JSON.
import type { Command } from 'commander';
import { refuse } from '../rules';
import { flagRegistry, STATUS_TEXT, type FlagResult } from '../norms';
import { parseDate } from '../registry/values';
import { serialToDate } from '../workbook/address';
import { aboutFile, type CliContext } from './context';
import { checkWritable, openWorkbook, saveWorkbook } from './files';

/** At most this many lines per list on screen; --json gives everything. */
const MAX_LINES = 20;

function list<T>(lines: string[], title: string, items: T[], line: (item: T) => string): void {
  if (!items.length) return;
  lines.push('', `${title}:`);
  for (const item of items.slice(0, MAX_LINES)) lines.push(`  ${line(item)}`);
  if (items.length > MAX_LINES) lines.push(`  … en nog ${items.length - MAX_LINES}; --json geeft ze allemaal.`);
}

function report(file: string, r: FlagResult): string {
  const c = r.counts;
  const lines = [
    `Toets aan normen van ${file}: ${r.evaluated} ${r.evaluated === 1 ? 'meting' : 'metingen'} getoetst.`,
    `  ${STATUS_TEXT.ok}: ${c.ok} · ${STATUS_TEXT.deviation}: ${c.deviation} · ${STATUS_TEXT.on_track}: ${c.on_track} · ${STATUS_TEXT.off_track}: ${c.off_track} · ${STATUS_TEXT.no_norm}: ${c.no_norm} · ${STATUS_TEXT.outlier}: ${c.outlier}`,
    `  Per indicator en gebied: ${STATUS_TEXT.missing}: ${c.missing} · ${STATUS_TEXT.stale}: ${c.stale}`,
  ];
  const flagged = r.measurements.filter((m) => ['deviation', 'off_track', 'outlier'].includes(m.status));
  list(lines, 'Afwijkingen, achterstand op een streefpad en opvallende waarden', flagged, (m) => `${STATUS_TEXT[m.status].padEnd(13)} ${m.sheet} rij ${m.row}: ${m.message}`);
  list(lines, 'Ontbrekende en verouderde waarden', r.gaps, (g) => `${STATUS_TEXT[g.status].padEnd(13)} ${g.message}`);
  list(lines, 'Beoogd effect en verandering in het gebied', r.effects, (e) => `${e.effect}: ${e.message}`);
  list(lines, 'Niet getoetst', r.findings, (f) => `${f.severity === 'error' ? 'fout        ' : 'waarschuwing'} ${[f.sheet, f.cell].filter(Boolean).join('!').padEnd(14)} ${f.message}  [${f.rule}]`);
  lines.push('', `Statussen, kleuren en notities staan nu in ${file} (blad Metingen), het overzicht op blad Overzicht.`);
  return lines.join('\n') + '\n';
}

/** The day to flag as of: today, or --datum for a report as it stood (or will stand) on another day. */
function dayOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const day = parseDate(value);
  if (!day.ok) throw refuse('toets.datum', { value, problem: day.problem });
  return serialToDate(day.value);
}

export function registerFlag(root: Command, { io, setExit }: CliContext): void {
  root
    .command('toets')
    .alias('flag')
    .description('toets elke meting aan de normen en streefwaarden die erop van toepassing zijn, en markeer het resultaat in de werkmap')
    .usage('[opties] <bestand>')
    .argument('<bestand>', 'het register (.xlsx); het resultaat wordt erin opgeslagen')
    .option('--json', 'druk het resultaat af als JSON')
    .option('--datum <dd/mm/jjjj>', 'toets alsof het vandaag deze dag is (bepaalt welke waarden ontbreken of verouderd zijn)')
    .action(async (file: string, opts: { json?: boolean; datum?: string }) => {
      const now = dayOf(opts.datum);
      await checkWritable(file);
      const wb = await openWorkbook(file);
      const result = await aboutFile(file, () => flagRegistry(wb, { now }));
      await saveWorkbook(wb, file);
      io.out(opts.json ? JSON.stringify(result) + '\n' : report(file, result));
      // Deviations and findings are what flag reports, not a failure of the command.
      setExit(0);
    });
}
