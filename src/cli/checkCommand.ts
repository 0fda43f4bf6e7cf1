// `beleidsregister controleer` (alias check): Controleer register on a file, as a Dutch report or as JSON.
import type { Command } from 'commander';
import { checkRegistry, type CheckResult } from '../checks';
import { writeControlSheet } from '../checks/controlSheet';
import { refuse, rules } from '../rules';
import { aboutFile, type CliContext } from './context';
import { checkWritable, openWorkbook, saveWorkbook } from './files';

function report(file: string, result: CheckResult): string {
  const { errors, warnings } = result.summary;
  const accepted = result.accepted.length ? ` (en ${result.accepted.length} aanvaard op het blad Controle)` : '';
  const lines = [`Controle van ${file}: ${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}${accepted}.`];
  let sheet = '';
  for (const f of result.findings) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      lines.push('', `${sheet}:`);
    }
    lines.push(`  ${f.severity === 'error' ? 'fout        ' : 'waarschuwing'} ${(f.cell ?? '').padEnd(6)} ${f.message}  [${f.rule}]`);
  }
  return lines.join('\n') + '\n';
}

/** The rule catalogue, for a coordinator who wants to know what is checked and how to fix it. */
function ruleList(): string {
  return Object.entries(rules)
    .map(([id, r]) => `${id} (${r.severity === 'error' ? 'fout' : 'waarschuwing'}): ${r.title}.\n  Oplossing: ${r.fix}`)
    .join('\n') + '\n';
}

export function registerCheck(root: Command, { io, setExit }: CliContext): void {
  root
    .command('controleer')
    .alias('check')
    .description('controleer elke rij, elke verwijzing en de regels uit de praktijk')
    .usage('[opties] [bestand]')
    .argument('[bestand]', 'het register (.xlsx)')
    .option('--json', 'druk de bevindingen af als JSON')
    .option('--regels', 'toon alle regels met hun uitleg en oplossing, zonder te controleren')
    .option('--controleblad', 'schrijf de bevindingen ook naar het blad Controle en markeer de cellen (anders blijft de werkmap ongewijzigd)')
    .action(async (file: string | undefined, opts: { json?: boolean; controleblad?: boolean; regels?: boolean }) => {
      if (opts.regels) return io.out(ruleList());
      if (!file) throw refuse('controleer.geen-register');
      if (opts.controleblad) await checkWritable(file);
      const wb = await openWorkbook(file);
      const result = await aboutFile(file, () => checkRegistry(wb));
      if (opts.controleblad) {
        await writeControlSheet(wb, result);
        await saveWorkbook(wb, file);
      }
      io.out(opts.json ? JSON.stringify(result) + '\n' : report(file, result));
      setExit(result.summary.errors ? 1 : 0);
    });
}
