// `beleidsregister check`: Controleer register on a file, as a Dutch report or as JSON.
import type { Command } from 'commander';
import { checkRegistry, type CheckResult } from '../checks';
import { aboutFile, type CliContext } from './context';
import { openWorkbook } from './files';

function report(file: string, result: CheckResult): string {
  const { errors, warnings } = result.summary;
  const lines = [`Controle van ${file}: ${errors} ${errors === 1 ? 'fout' : 'fouten'}, ${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}.`];
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

export function registerCheck(root: Command, { io, setExit }: CliContext): void {
  root
    .command('check')
    .description('controleer elke rij, elke verwijzing en de regels uit de praktijk; de werkmap blijft ongewijzigd')
    .usage('[opties] <bestand>')
    .argument('<bestand>', 'het register (.xlsx)')
    .option('--json', 'druk de bevindingen af als JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const wb = await openWorkbook(file);
      const result = await aboutFile(file, () => checkRegistry(wb));
      io.out(opts.json ? JSON.stringify(result) + '\n' : report(file, result));
      setExit(result.summary.errors ? 1 : 0);
    });
}
