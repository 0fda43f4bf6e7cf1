// The `beleidsregister` command line: the task pane's operations on .xlsx files.
// Exit codes: 0 done, 1 done but with problems left in the workbook, 2 input that cannot be used.
import { Command, CommanderError } from 'commander';
import { UserError } from '../errors';
import { refuse } from '../rules';
import type { Finding } from '../findings';
import { writeDemo } from '../registry/demo';
import { initRegistry, type InitResult } from '../registry/init';
import { SCHEMA_VERSION, registrySchema } from '../registry/schema';
import { START_SHEET, fillOrderSheets } from '../registry/startSheet';
import { useDeflate } from '../ooxml/zipPackage';
import { zlibDeflate } from '../ooxml/zlibDeflate';
import { XlsxWorkbook } from '../workbook/xlsx/adapter';
import { registerCheck } from './checkCommand';
import { registerExport } from './exportCommand';
import { registerFlag } from './flagCommand';
import { registerImport } from './importCommand';
import { registerReport } from './reportCommand';
import { registerRound } from './roundCommand';
import { aboutFile, type CliContext, type Io } from './context';
import { checkWritable, exists, openWorkbook, saveWorkbook } from './files';

// Node's zlib deflates the parts a save rewrites about four times faster than fflate (which the
// standalone page keeps).
useDeflate(zlibDeflate);

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

// Commander writes its help and usage errors in English; these are the Dutch words for them.
const titles: Record<string, string> = { 'Usage:': 'Gebruik:', 'Options:': 'Opties:', 'Commands:': 'Opdrachten:', 'Arguments:': 'Argumenten:' };
const usageErrors: Record<string, string> = {
  'commander.missingArgument': 'er ontbreekt een argument',
  'commander.optionMissingArgument': 'een optie mist haar waarde',
  'commander.unknownOption': 'onbekende optie',
  'commander.unknownCommand': 'onbekende opdracht',
  'commander.excessArguments': 'te veel argumenten',
  'commander.missingMandatoryOptionValue': 'een verplichte optie ontbreekt',
};

/** The help text of the option with these flags anywhere in the program, to say what a right value looks like. */
function optionHelp(cmd: Command, flags: string): string | undefined {
  return cmd.options.find((o) => o.flags === flags)?.description ?? cmd.commands.map((c) => optionHelp(c, flags)).find(Boolean);
}

function version(): string {
  // The package version, read at run time so the built CLI needs no copy of package.json.
  return (require('../../package.json') as { version: string }).version;
}

function describeInit(file: string, r: InitResult): string {
  const lines: string[] = [];
  if (r.created) lines.push(`Register gemaakt in ${file} (schemaversie ${r.toVersion}).`);
  else if (r.fromVersion !== r.toVersion) lines.push(`Register ${file} bijgewerkt van schemaversie ${r.fromVersion} naar ${r.toVersion}.`);
  else lines.push(`${file} is al een register van schemaversie ${r.toVersion}.`);
  const { sheets, tables, columns, names } = r.added;
  if (sheets.length) lines.push(`  Bladen toegevoegd: ${sheets.join(', ')}.`);
  if (tables.length) lines.push(`  Tabellen toegevoegd: ${tables.join(', ')}.`);
  if (columns.length) lines.push(`  Kolommen toegevoegd: ${columns.map((c) => `${c.column} (${c.table})`).join(', ')}.`);
  if (names.length) lines.push(`  Namen voor keuzelijsten toegevoegd: ${names.length}.`);
  if (!r.created && !sheets.length && !tables.length && !columns.length && !names.length) lines.push('  Er ontbrak niets; uw gegevens zijn ongewijzigd.');
  lines.push(...r.findings.map(describeFinding));
  lines.push(nextStep(file, r));
  return lines.join('\n') + '\n';
}

/** What to do after init: begin on the Start sheet of a new registry, or check one that was there. */
function nextStep(file: string, r: InitResult): string {
  const order = fillOrderSheets(registrySchema.tables).join(' → ');
  if (r.added.sheets.includes(START_SHEET)) {
    return `Volgende stap: open ${file} in Excel en begin op het blad ${START_SHEET}. Vul het register in deze volgorde in: ${order}.`;
  }
  return `Volgende stap: vul het register verder aan (het blad ${START_SHEET} zegt in welke volgorde) en controleer het met: beleidsregister controleer ${file}`;
}

function describeFinding(f: Finding): string {
  const where = [f.sheet, f.cell].filter(Boolean).join('!');
  return `  ${f.severity === 'error' ? 'Fout' : 'Waarschuwing'} (${where}): ${f.message}`;
}

function program(ctx: CliContext): Command {
  const { io, setExit } = ctx;
  const root = new Command('beleidsregister');
  root
    .description('Beleidsregister: een vereenvoudigde Kernregistratie Beleid (KRB) in een Excel-werkmap.')
    .usage('[opties] <opdracht>')
    .configureHelp({ styleTitle: (title) => titles[title] ?? title, subcommandTerm: (cmd) => `${[cmd.name(), ...cmd.aliases()].join('|')} ${cmd.usage()}`.trim() })
    .version(version(), '-V, --version', 'toon het versienummer')
    .helpOption('-h, --help', 'toon deze hulp')
    .helpCommand('help [opdracht]', 'toon de hulp bij een opdracht')
    // Usage errors are reported in Dutch by main(), not in commander's English.
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined })
    .exitOverride();

  root
    .command('maak')
    .alias('init')
    .description(`maak van een werkmap een register, of werk een register bij naar schemaversie ${SCHEMA_VERSION}; uw gegevens blijven staan`)
    .usage('[opties] <bestand>')
    .argument('<bestand>', '.xlsx-bestand; bestaat het nog niet, dan wordt het gemaakt')
    .option('--gemeente <nis>', 'NIS-code (2025) van de gemeente, bv. 44021 voor Gent')
    .option('--json', 'druk het resultaat af als JSON')
    .action(async (file: string, opts: { gemeente?: string; json?: boolean }) => {
      const isNew = !(await exists(file));
      await checkWritable(file);
      const wb = isNew ? XlsxWorkbook.create() : await openWorkbook(file);
      const result = await aboutFile(file, () => initRegistry(wb, { gemeente: opts.gemeente }));
      await saveWorkbook(wb, file);
      io.out(opts.json ? JSON.stringify(result) + '\n' : describeInit(file, result));
      setExit(result.findings.some((f) => f.severity === 'error') ? 1 : 0);
    });

  root
    .command('demo')
    .description('schrijf een demoregister met de voorbeelden van de methode (geluid, groen, energielabel, slaapverstoorden)')
    .usage('[opties] <bestand>')
    .argument('<bestand>', 'nieuw .xlsx-bestand')
    .option('--overschrijf', 'overschrijf het bestand als het al bestaat')
    .action(async (file: string, opts: { overschrijf?: boolean }) => {
      if ((await exists(file)) && !opts.overschrijf) {
        throw refuse('bestand.bestaat-al', { file });
      }
      await checkWritable(file);
      const wb = XlsxWorkbook.create();
      await writeDemo(wb);
      await saveWorkbook(wb, file);
      io.out(`Demoregister geschreven naar ${file}.\n`);
      setExit(0);
    });
  registerCheck(root, ctx);
  registerFlag(root, ctx);
  registerImport(root, ctx);
  registerExport(root, ctx);
  registerRound(root, ctx);
  registerReport(root, ctx);
  return root;
}

/** Runs the CLI on `argv` (as process.argv) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const cli = program({ io, setExit: (c) => (code = c) });
  try {
    await cli.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof UserError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0;
      const what = /'([^']+)'/.exec(e.message)?.[1];
      const help = what && optionHelp(cli, what);
      io.err(`${usageErrors[e.code] ?? 'ongeldige opdracht'}${what ? ` (${what})` : ''}${help ? `: ${help}` : ''}. Zie beleidsregister --help.\n`);
      return 2;
    }
    io.err(`Onverwachte fout in Beleidsregister (meld dit aan de beheerder): ${(e as Error).stack ?? e}\n`);
    return 3;
  }
}
