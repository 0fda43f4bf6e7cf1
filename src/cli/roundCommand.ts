// `beleidsregister ronde start|samenvoegen|status` (alias round start|merge|status): the half-year update round on files. Start writes a
// form per owner (or puts the forms in the registry), merge takes returned forms back into
// Metingen, status lists per owner what is still missing, to copy into a reminder.
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { problem } from '../rules';
import { UserError } from '../errors';
import { mergeForms, namedKeyLine, roundProgress, startRound, type FormSource, type MergeResult, type OwnerProgress, type StartResult } from '../rounds';
import type { Edit } from '../workbook/port';
import { XlsxWorkbook } from '../workbook/xlsx/adapter';
import { aboutFile, type CliContext } from './context';
import { checkWritable, exists, openWorkbook, saveWorkbook } from './files';

/** The user's login name, for the Logboek. */
function user(): string | undefined {
  try {
    return os.userInfo().username;
  } catch {
    return undefined;
  }
}

const list = (items: string[]) => items.map((i) => `  ${i}`);

function startReport(file: string, r: StartResult, written: string[], kept: string[]): string {
  const lines = [`Ronde ${r.period} in ${file}: ${r.forms.length} ${r.forms.length === 1 ? 'formulier' : 'formulieren'}.`];
  for (const f of r.forms) lines.push(`  ${f.owner}: ${f.rows} ${f.rows === 1 ? 'meting' : 'metingen'} te rapporteren${f.contact ? ` (${f.contact})` : ''}; ${f.sheet ? (f.created ? `blad ${f.sheet}` : `blad ${f.sheet} stond er al en bleef ongewijzigd`) : f.file!.name}.`);
  if (written.length) lines.push('', 'Geschreven:', ...list(written));
  if (kept.length) lines.push('', 'Bestonden al en zijn niet overschreven (gebruik --overschrijf om ze opnieuw te maken):', ...list(kept));
  if (r.notAsked.length) lines.push('', 'Niet gevraagd:', ...list(r.notAsked.map((n) => `${n.owner}${n.indicator ? ` ${n.indicator}` : ''}: ${n.reason}.`)));
  lines.push('', 'Het blad Rondes in het register volgt op wie terugstuurt; voeg de formulieren samen met beleidsregister ronde samenvoegen.');
  return lines.join('\n') + '\n';
}

function progressLines(owners: OwnerProgress[]): string[] {
  return owners.flatMap((o) => [
    `  ${o.owner}: ${o.status}, ${o.filled} van ${o.asked} ingevuld${o.deviations ? `, ${o.deviations} ${o.deviations === 1 ? 'afwijking' : 'afwijkingen'}` : ''}${o.contact ? ` (${o.contact})` : ''}`,
    ...(o.conflicts ? [`      ${o.conflicts} ${o.conflicts === 1 ? 'open conflict' : 'open conflicten'}: het register hield zijn waarde; voeg het formulier opnieuw samen met --neem-over om die van het formulier te nemen`] : []),
    ...o.missing.map((m) => `      ontbreekt: ${namedKeyLine(m)}`),
  ]);
}

function mergeReport(file: string, r: MergeResult): string {
  const lines = [
    `Ronde ${r.period}: ${r.forms} ${r.forms === 1 ? 'formulier' : 'formulieren'} samengevoegd in ${file}.`,
    `  Overgenomen: ${r.accepted} · ongewijzigd: ${r.unchanged} · conflicten: ${r.conflicts} · niet overgenomen: ${r.rejected.length} · bijsturingen naar Opvolging: ${r.followUps} · afgerond: ${r.followUpsClosed}`,
  ];
  const p = r.progress;
  if (p.written || p.unchanged || p.conflicts.length) lines.push(`  Voortgang van acties en maatregelen: overgenomen ${p.written} · ongewijzigd ${p.unchanged} · conflicten ${p.conflicts.length}`);
  const conflicts = [...r.conflictList, ...p.conflicts].map((c) => c.message);
  if (conflicts.length) lines.push('', 'Conflicten (het register is behouden; --neem-over neemt de waarden van de formulieren):', ...list(conflicts));
  if (r.rejected.length) lines.push('', 'Niet overgenomen:', ...list(r.rejected.map((x) => `${x.form}${x.sheet ? ` (blad ${x.sheet}${x.cell ? `, ${x.cell}` : ''})` : ''}: ${x.message}`)));
  lines.push('', 'Per dienst:', ...progressLines(r.owners));
  if (!r.changed) lines.push('', `${file} is niet gewijzigd.`);
  else if (r.accepted) lines.push('', `De overgenomen waarden hebben nog geen status of kleur: voer nu Toets aan normen uit (beleidsregister toets ${file}).`);
  return lines.join('\n') + '\n';
}

export function registerRound(root: Command, { io, setExit }: CliContext): void {
  const round = root
    .command('ronde')
    .alias('round')
    .usage('[opties] <opdracht>')
    .description('de halfjaarlijkse updateronde: formulieren per dienst maken, terug samenvoegen en opvolgen');

  round
    .command('start')
    .description('maak voor elke dienst met iets te rapporteren een updateformulier')
    .usage('[opties] <register>')
    .argument('<register>', 'het register (.xlsx); het blad Rondes wordt erin bijgehouden')
    .requiredOption('--periode <semester>', 'het semester van de ronde, bv. 2026-S1 (eind juni) of 2026-S2 (eind december)')
    .option('--diensten <namen>', 'alleen deze diensten, gescheiden door komma’s (standaard: elke dienst met iets te rapporteren)')
    .option('--out <map>', 'map voor de formulieren, één .xlsx per dienst (standaard: de map van het register)')
    .option('--in-register', 'zet de formulieren als bladen in het register in plaats van in aparte bestanden')
    .option('--overschrijf', 'maak formulierbestanden die al bestaan opnieuw')
    .option('--json', 'druk het resultaat af als JSON')
    .action(async (file: string, opts: { periode: string; diensten?: string; out?: string; inRegister?: boolean; overschrijf?: boolean; json?: boolean }) => {
      await checkWritable(file);
      const wb = await openWorkbook(file);
      const owners = opts.diensten?.split(',').map((s) => s.trim()).filter(Boolean);
      const result = await aboutFile(file, () => startRound(wb, { period: opts.periode, owners, target: opts.inRegister ? 'sheets' : 'files' }));
      const dir = opts.out ?? path.dirname(path.resolve(file));
      // Every form file is checked before anything is saved, and the registry is saved first: a
      // form file left unwritten by a failure is written by the next start of the same round.
      const [written, kept]: string[][] = [[], []];
      const forms: { target: string; edits: Edit[] }[] = [];
      for (const form of result.forms.filter((f) => f.file)) {
        const target = path.join(dir, form.file!.name);
        if ((await exists(target)) && !opts.overschrijf) kept.push(target);
        else {
          await checkWritable(target);
          forms.push({ target, edits: form.file!.edits });
        }
      }
      if (result.changed) await saveWorkbook(wb, file);
      for (const { target, edits } of forms) {
        const formBook = XlsxWorkbook.create();
        await formBook.apply(edits);
        await saveWorkbook(formBook, target);
        written.push(target);
      }
      const json = { period: result.period, round_id: result.roundId, forms: result.forms.map(({ file: f, ...rest }) => ({ ...rest, file: f ? path.join(dir, f.name) : null })), written, kept, not_asked: result.notAsked };
      io.out(opts.json ? JSON.stringify(json) + '\n' : startReport(file, result, written, kept));
      setExit(0);
    });

  round
    .command('samenvoegen')
    .alias('merge')
    .description('voeg teruggekregen formulieren samen in Metingen; zonder formulieren: de formulierbladen in het register')
    .usage('[opties] <register> [formulieren...]')
    .argument('<register>', 'het register (.xlsx)')
    .argument('[formulieren...]', 'ingevulde formulieren (.xlsx)')
    .option('--periode <semester>', 'de ronde (standaard: de laatst gestarte)')
    .option('--neem-over', 'neem bij een conflict de waarde van het formulier over (standaard blijft die van het register)')
    .option('--json', 'druk het resultaat af als JSON')
    .action(async (file: string, forms: string[], opts: { periode?: string; neemOver?: boolean; json?: boolean }) => {
      await checkWritable(file);
      const wb = await openWorkbook(file);
      const sources: FormSource[] = [];
      const unreadable: MergeResult['rejected'] = [];
      for (const form of forms) {
        try {
          sources.push({ name: path.basename(form), wb: await openWorkbook(form) });
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          unreadable.push({ form: path.basename(form), sheet: null, cell: null, whole: true, ...problem('ronde.onleesbaar', { file: path.basename(form), reason: e.message }) });
        }
      }
      if (!forms.length) sources.push({ name: path.basename(file), wb });
      const merged = await aboutFile(file, () => mergeForms(wb, sources, { period: opts.periode, accept: opts.neemOver ? 'all' : undefined, user: user() }));
      const result = { ...merged, forms: merged.forms + unreadable.length, rejected: [...unreadable, ...merged.rejected] };
      if (merged.changed) await saveWorkbook(wb, file);
      const json = {
        forms: result.forms,
        accepted: result.accepted,
        unchanged: result.unchanged,
        conflicts: result.conflicts,
        rejected: result.rejected,
        missing_owners: result.missingOwners,
        follow_ups: result.followUps,
        follow_ups_closed: result.followUpsClosed,
        progress: result.progress,
        period: result.period,
        conflict_list: result.conflictList,
        owners: result.owners,
      };
      io.out(opts.json ? JSON.stringify(json) + '\n' : mergeReport(file, result));
      setExit(result.rejected.length || result.conflicts || result.progress.conflicts.length ? 1 : 0);
    });

  round
    .command('status')
    .description('toon per dienst wat er nog ontbreekt, om in een herinnering te zetten')
    .usage('[opties] <register>')
    .argument('<register>', 'het register (.xlsx)')
    .option('--periode <semester>', 'de ronde (standaard: de laatst gestarte)')
    .option('--json', 'druk het resultaat af als JSON')
    .action(async (file: string, opts: { periode?: string; json?: boolean }) => {
      const wb = await openWorkbook(file);
      const result = await aboutFile(file, () => roundProgress(wb, { period: opts.periode }));
      io.out(opts.json ? JSON.stringify(result) + '\n' : [`Ronde ${result.period} in ${file}:`, ...progressLines(result.owners)].join('\n') + '\n');
      setExit(0);
    });
}
