// The monitor commands of the CLI: `import` (a downloaded file into Metingen), `ophalen` (the same
// from a Swing site), `catalogus` (search the monitor's indicators) and `toevoegen` (pick indicators
// from the catalogue into Indicatoren). Progress goes to stderr, the result to stdout.
import type { Command } from 'commander';
import path from 'node:path';
import { UserError } from '../errors';
import { loadCatalogue } from '../monitor/catalogue';
import { describeThemeWorkbook, importMonitor, type MonitorSource, type SheetOverview } from '../monitor/import';
import { closeMonitorSource, openMonitorFile } from '../monitor/node';
import { addFromCatalogue } from '../monitor/pick';
import { fetchSwing } from '../monitor/swingFetch';
import type { ImportProgress, ImportResult } from '../monitor/types';
import type { CliContext, Io } from './context';
import { cannotRead, checkWritable, openWorkbook, prefixed, saveWorkbook } from './files';

/** Refusals about the registry itself name the registry file; those about the monitor file already name it. */
const REGISTRY_PROBLEMS = new Set(['not-a-registry', 'needs-upgrade', 'newer-version', 'workbook-full']);

async function aboutRegistry<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UserError && REGISTRY_PROBLEMS.has(e.code)) throw prefixed(e, `${path.basename(file)}: `);
    throw e;
  }
}

const count = (n: number) => n.toLocaleString('nl-BE');

/** A progress line on stderr at every 10% (or every 50.000 rows when the size is unknown). */
function progressPrinter(io: Io): (p: ImportProgress) => void {
  let lastStep = 0;
  let lastRows = 0;
  return ({ rowsRead, fraction }) => {
    if (fraction !== null) {
      const step = Math.floor(fraction * 10);
      if (step > lastStep && fraction < 1) io.err(`Inlezen: ${step * 10}% (${count(rowsRead)} rijen)\n`);
      lastStep = Math.max(lastStep, step);
    } else if (rowsRead - lastRows >= 50_000) {
      io.err(`Inlezen: ${count(rowsRead)} rijen\n`);
      lastRows = rowsRead;
    }
  };
}

/** The result as JSON: the counts the issue names, then the lists behind them. */
function asJson(r: ImportResult) {
  const s = r.summary;
  return {
    rows_read: s.rowsRead,
    added: s.added,
    updated: s.updated,
    unchanged: s.unchanged,
    conflicts: s.conflicts,
    empty: s.empty,
    skipped: s.skipped,
    errors: r.errors,
    not_selected: s.notSelected,
    indicators_added: s.indicatorsAdded,
    areas_added: s.areasAdded,
    area_mappings: s.areaMappings,
    conflict_list: s.conflictList,
    notices: s.notices,
  };
}

function describe(register: string, r: ImportResult): string {
  const s = r.summary;
  const lines = [
    `${s.file} ingelezen in ${path.basename(register)}${r.changed ? '' : ' (het register is niet gewijzigd)'}:`,
    `  ${count(s.rowsRead)} rijen gelezen`,
    `  ${count(s.added)} metingen toegevoegd, ${count(s.updated)} bijgewerkt, ${count(s.unchanged)} ongewijzigd`,
    `  ${count(s.empty)} zonder waarde in het bestand`,
    `  ${count(s.conflicts)} conflicten, ${count(s.skipped)} overgeslagen`,
  ];
  if (s.notSelected) lines.push(`  ${count(s.notSelected)} waarden van andere gebieden niet ingelezen (gebruik --alle-gebieden om alle gebieden te nemen)`);
  for (const i of s.indicatorsAdded) lines.push(`  Indicator toegevoegd ${i.from === 'catalogus' ? 'uit de catalogus' : 'uit het bestand'}: ${i.id} ${i.name}${i.code ? ` (${i.code})` : ''}.`);
  if (s.areasAdded.length) {
    const shown = s.areasAdded.slice(0, 10).map((a) => `${a.code} ${a.name}`).join(', ');
    lines.push(`  Werkingsgebieden toegevoegd: ${s.areasAdded.length} (${shown}${s.areasAdded.length > 10 ? ' …' : ''}).`);
  }
  for (const m of s.areaMappings) lines.push(`  Fusiegemeente: ${m.from} ${m.fromName} ingelezen als ${m.to} ${m.toName} (${count(m.values)} ${m.values === 1 ? 'waarde' : 'waarden'}).`);
  for (const n of s.notices) lines.push(`  ${n.message}`);
  if (s.conflictList.length) {
    lines.push('Conflicten (met de hand ingevulde waarden zijn niet overschreven; beslis zelf):');
    for (const c of s.conflictList) lines.push(`  ${c.message}`);
  }
  if (r.errors.length) {
    lines.push('Overgeslagen:');
    for (const e of r.errors) {
      const where = [e.sheet ? `tabblad ${e.sheet}` : null, e.line !== null ? `${e.sheet ? 'rij' : 'regel'} ${e.line}` : null, e.column ? `kolom ${e.column}` : null].filter(Boolean).join(', ');
      lines.push(`  ${where ? `${where}: ` : ''}${e.message}`);
    }
  }
  return lines.join('\n') + '\n';
}

async function openSource(file: string): Promise<MonitorSource> {
  try {
    return await openMonitorFile(file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    if ((e as NodeJS.ErrnoException).code) throw cannotRead(file, e);
    throw e;
  }
}

interface ImportFlags {
  alleGebieden?: boolean;
  tabbladen?: string;
  json?: boolean;
}

async function runImport(ctx: CliContext, register: string, source: () => Promise<MonitorSource>, opts: ImportFlags): Promise<void> {
  const { io, setExit } = ctx;
  await checkWritable(register);
  const wb = await openWorkbook(register);
  const input = await source();
  // Which indicators a theme workbook brings, and which the registry knows, as it was before the import.
  const overview = input.kind === 'xlsx' && !opts.json ? await aboutRegistry(register, () => describeThemeWorkbook(wb, input)) : null;
  let result: ImportResult;
  try {
    result = await aboutRegistry(register, () =>
      importMonitor(wb, input, {
        allAreas: opts.alleGebieden,
        sheets: opts.tabbladen?.split(',').map((s) => s.trim()).filter(Boolean),
        onProgress: progressPrinter(io),
      }),
    );
  } finally {
    closeMonitorSource(input);
  }
  if (overview) io.out(describeSheets(input.name, overview));
  if (result.changed) await saveWorkbook(wb, register);
  io.out(opts.json ? JSON.stringify(asJson(result)) + '\n' : describe(register, result));
  setExit(result.summary.skipped || result.summary.conflicts ? 1 : 0);
}

/** Which indicators a theme workbook holds: the user sees what the file brings before the counts. */
function describeSheets(file: string, sheets: SheetOverview[]): string {
  const lines = [`Tabbladen in ${file}:`];
  for (const s of sheets) {
    if (s.kind === 'indicator') {
      const code = s.code && s.code !== s.sheet ? ` (${s.code})` : '';
      lines.push(`  ${s.sheet}${code}: ${s.title ?? 'naam onbekend'}, ${count(s.rows)} rijen; ${s.known ? `in het register als ${s.known}` : 'nieuw in het register'}`);
    } else if (s.kind === 'contents') lines.push(`  ${s.sheet}: inhoudstafel`);
    else lines.push(`  ${s.sheet}: geen indicator (${s.problem})`);
  }
  return lines.join('\n') + '\n';
}

export function registerImport(root: Command, ctx: CliContext): void {
  const { io, setExit } = ctx;

  root
    .command('importeer')
    .alias('import')
    .description('lees een download van de Gemeente-Stadsmonitor (CSV of Excel) of een Swing-selectietabel (JSON) in de tabel Metingen; met de hand aangepaste waarden worden nooit overschreven')
    .usage('[opties] <register> <bestand>')
    .argument('<register>', 'het register (.xlsx)')
    .argument('<bestand>', 'CSV per indicator, Excel per thema (.xlsx) of Swing-selectietabel (.json)')
    .option('--alle-gebieden', 'neem alle gebieden uit het bestand, niet alleen de gebieden van het register (de eigen gemeente, de provincie en het Vlaams Gewest)')
    .option('--tabbladen <codes>', "bij een Excel per thema: alleen deze tabbladen, gescheiden door komma's (bv. WO_07,WO_08)")
    .option('--json', 'druk het resultaat af als JSON')
    .action(async (register: string, file: string, opts: ImportFlags) => runImport(ctx, register, () => openSource(file), opts));

  root
    .command('ophalen')
    .description('haal variabelen op van een Swing-site (… in Cijfers) en lees ze in de tabel Metingen; er gaan alleen vragen naar het adres dat u opgeeft')
    .usage('[opties] <register> --site <adres> --variabele <code...>')
    .argument('<register>', 'het register (.xlsx)')
    .requiredOption('--site <adres>', 'adres van de Swing-site, bv. https://provincies.incijfers.be')
    .requiredOption('--variabele <code...>', 'code(s) van de variabele(n) op de site')
    .option('--geoniveau <niveau>', 'Swing-geoniveau', 'gemeente')
    .option('--periodeniveau <niveau>', 'year, halfyear, quarter of month', 'year')
    .option('--periode <periode>', 'selectietabel: een periode (bv. 2022) of mrp (de meest recente)', 'mrp')
    .option('--odata', 'gebruik de OData-interface in plaats van de selectietabel (alle perioden)')
    .option('--api-sleutel <sleutel>', 'API-sleutel, voor sites die er een vragen')
    .option('--alle-gebieden', 'neem alle gebieden, niet alleen de gebieden van het register')
    .option('--json', 'druk het resultaat af als JSON')
    .action(async (register: string, opts: ImportFlags & { site: string; variabele: string[]; geoniveau: string; periodeniveau: string; periode: string; odata?: boolean; apiSleutel?: string }) => {
      // Check the registry before the site is asked anything.
      await checkWritable(register);
      const source = () =>
        fetchSwing({
          site: opts.site,
          variables: opts.variabele.flatMap((v) => v.split(',')),
          api: opts.odata ? 'odata' : 'selectiontable',
          geoLevel: opts.geoniveau,
          periodLevel: opts.periodeniveau,
          period: opts.periode,
          apiKey: opts.apiSleutel,
        });
      await runImport(ctx, register, source, opts);
    });

  root
    .command('catalogus')
    .description('zoek indicatoren in de catalogus van de Gemeente-Stadsmonitor (op code, naam of thema)')
    .usage('[opties] [zoekterm...]')
    .argument('[zoekterm...]', 'woorden uit de code, de naam of het thema, bv. WO_07 of mediaanprijs')
    .option('--json', 'druk het resultaat af als JSON')
    .action(async (words: string[], opts: { json?: boolean }) => {
      const catalogue = await loadCatalogue();
      const found = catalogue.search(words.join(' '), 1000);
      if (opts.json) io.out(JSON.stringify(found.map(({ definition: _definition, ...e }) => e)) + '\n');
      else if (!found.length) io.out(`Geen indicatoren gevonden voor "${words.join(' ')}" in de catalogus (editie ${catalogue.edition}).\n`);
      else io.out(found.map((e) => `${e.code.padEnd(9)} ${e.title} (${e.theme}; ${e.unit}${e.nextUpdate ? `; volgende update ${e.nextUpdate}` : ''})`).join('\n') + '\n');
      setExit(0);
    });

  root
    .command('toevoegen')
    .description('voeg indicatoren uit de catalogus van de Gemeente-Stadsmonitor toe aan de tabel Indicatoren')
    .usage('[opties] <register> <code...>')
    .argument('<register>', 'het register (.xlsx)')
    .argument('<code...>', 'monitorcodes, bv. WO_07')
    .option('--json', 'druk het resultaat af als JSON')
    .action(async (register: string, codes: string[], opts: { json?: boolean }) => {
      await checkWritable(register);
      const wb = await openWorkbook(register);
      const result = await aboutRegistry(register, () => addFromCatalogue(wb, codes));
      if (result.added.length) await saveWorkbook(wb, register);
      if (opts.json) io.out(JSON.stringify(result) + '\n');
      else {
        const lines = result.added.map((a) => `Toegevoegd als contextindicator: ${a.id} ${a.name} (${a.code}).${a.left.length ? ` Nog zelf in te vullen: ${a.left.join(', ')}.` : ''}`);
        if (result.added.length) lines.push('Maak er een beleidsindicator van door Rol op beleidsindicator te zetten en Eigenaar, MJP-koppeling en een norm in Normen in te vullen.');
        lines.push(...result.existing.map((e) => `Stond er al: ${e.id} (${e.code}).`));
        io.out(lines.join('\n') + '\n');
      }
      setExit(0);
    });
}
