// `beleidsregister rapport <register.xlsx> --periode 2026-S1 --out rapport.docx [--raad] [--blad]`:
// the half-year report along the multi-year plan, as a Word document and (with --blad) as the
// Rapport sheet in the registry. The report is made whole before anything is written.
import path from 'node:path';
import type { Command } from 'commander';
import { refuse } from '../rules';
import { readReport, reportDocx, reportSheetEdits, type Report } from '../report';
import { reportTitle } from '../report/text';
import { aboutFile, type CliContext } from './context';
import { checkWritable, openWorkbook, saveFile, saveWorkbook } from './files';

function describe(report: Report, written: string[]): string {
  const s = report.summary;
  const lines = [`${reportTitle(report)}.`];
  lines.push(...report.notes.map((n) => `  ${n}`));
  if (s.counts.length) lines.push(`  ${s.counts.map((c) => `${c.status}: ${c.count}`).join(' · ')}`);
  lines.push(`  Afwijkingen zonder bijsturing: ${s.decisions.length} · nog ontbrekende waarden: ${s.missing.length} · achter op schema: ${s.behind.length}`);
  lines.push(...written.map((w) => `Geschreven: ${w}.`));
  return lines.join('\n') + '\n';
}

export function registerReport(root: Command, { io, setExit }: CliContext): void {
  root
    .command('rapport')
    .description('maak het halfjaarrapport langs het meerjarenplan: een Word-document (.docx) en met --blad het blad Rapport in het register')
    .usage('[opties] <bestand> --periode <halfjaar> --out <rapport.docx>')
    .argument('<bestand>', 'het register (.xlsx), na Toets aan normen')
    .requiredOption('--periode <halfjaar>', 'het halfjaar van het rapport, bv. 2026-S1')
    .option('--out <rapport.docx>', 'het Word-document dat gemaakt wordt')
    .option('--raad', 'alleen de indicatoren met Naar de raad = ja, en hun doelstellingen')
    .option('--blad', 'zet het rapport ook op het blad Rapport van het register (afdrukklaar op A4 liggend)')
    .option('--json', 'druk het rapport af als JSON')
    .action(async (file: string, opts: { periode: string; out?: string; raad?: boolean; blad?: boolean; json?: boolean }) => {
      if (!opts.out && !opts.blad) throw refuse('rapport.geen-uitvoer');
      if (opts.out && path.extname(opts.out).toLowerCase() !== '.docx') throw refuse('rapport.geen-docx', { file: opts.out });
      if (opts.out) await checkWritable(opts.out);
      if (opts.blad) await checkWritable(file);
      const wb = await openWorkbook(file);
      const report = await aboutFile(file, () => readReport(wb, { period: opts.periode, council: opts.raad }));
      const written: string[] = [];
      if (opts.out) {
        await saveFile(opts.out, () => reportDocx(report));
        written.push(opts.out);
      }
      if (opts.blad) {
        await wb.apply(reportSheetEdits((await wb.info()), report));
        await saveWorkbook(wb, file);
        written.push(`blad Rapport in ${file}`);
      }
      io.out(opts.json ? JSON.stringify(report) + '\n' : describe(report, written));
      setExit(0);
    });
}
