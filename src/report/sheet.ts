// The Rapport sheet: the report in the workbook, ready to print on A4 landscape. A few summary lines
// on top, then one table row per indicator and area along the objective tree (an objective without
// indicators gets a row of its own, so the tree is whole), the status coloured by the same
// conditional formats as Overzicht, the table's header repeated on every page, and a page break
// before each beleidsdoelstelling. The report owns the sheet: each run replaces what it wrote.
import { refuse } from '../rules';
import { statusTextFormats } from '../norms/status';
import { formatNumber, withUnit } from '../norms/text';
import { columnLetter } from '../workbook/address';
import type { CellInput, Edit, WorkbookInfo } from '../workbook/port';
import type { IndicatorLine, ObjectiveNode, Progress, Report } from './model';
import { followUpText, progressText, reportTitle, valueText } from './text';

export const REPORT_SHEET = 'Rapport';
export const REPORT_TABLE = 'tblRapport';
/** Title, four summary lines, a line for what the registry lacks, a blank line: the table's header row comes next. */
const TABLE_ROW = 8;

/** The progress of the action itself, or of one of its measures, as a row under the objective. */
interface Work {
  what: string;
  owner: string;
  status: string;
  progress: Progress | null;
}

interface Row {
  root: ObjectiveNode | null;
  node: ObjectiveNode | null;
  line: IndicatorLine | null;
  work?: Work;
}

const realised = (w: Work | undefined) => (w?.progress?.realisation != null ? `${formatNumber(w.progress.realisation)} % gerealiseerd` : null);

const label = (n: ObjectiveNode | null) => (n ? `${n.code} ${n.title}` : 'Zonder doelstelling');

const COLUMNS: [string, number, (r: Row) => CellInput][] = [
  ['Beleidsdoelstelling', 24, (r) => label(r.root)],
  ['Actieplan of actie', 26, (r) => (r.node && r.node !== r.root ? label(r.node) : null)],
  ['Eigenaar', 12, (r) => r.work?.owner || r.line?.owner || r.node?.owner || null],
  ['Indicator', 24, (r) => (r.work ? r.work.what : r.line ? `${r.line.id} ${r.line.name}` : 'geen indicator')],
  ['Gebied', 14, (r) => (r.line ? `${r.line.areaName}${r.line.dimension ? ` (${r.line.dimension})` : ''}` : null)],
  ['Laatste waarde', 18, (r) => (r.work ? realised(r.work) : r.line ? valueText(r.line) : null)],
  ['Norm of streefpad', 22, (r) => r.line?.norm ?? null],
  ['Status', 12, (r) => (r.work ? r.work.status || null : (r.line?.status ?? null))],
  ['Sinds vorige', 11, (r) => r.line?.sincePrevious ?? null],
  ['Sinds nulmeting', 13, (r) => r.line?.sinceBaseline ?? null],
  ['Vergelijking', 18, (r) => (r.line?.benchmark ? `${r.line.benchmark.name}: ${withUnit(r.line.benchmark.value, r.line.unit)}` : null)],
  [
    'Toelichting en bijsturing',
    40,
    (r) =>
      r.work
        ? r.work.progress && (r.work.progress.comment || r.work.progress.period)
          ? `Voortgang: ${progressText(r.work.progress)}`
          : null
        : r.line
          ? [r.line.comment, ...r.line.followUps.map((f) => `Bijsturing: ${followUpText(f)}`)].filter(Boolean).join(' | ') || null
          : null,
  ],
];
export const REPORT_COLUMNS = COLUMNS.map(([caption]) => caption);

/** The rows in tree order, and the index of the first row of each beleidsdoelstelling after the first. */
function rowsOf(report: Report): { rows: Row[]; breaks: number[] } {
  const rows: Row[] = [];
  const breaks: number[] = [];
  const walk = (root: ObjectiveNode, node: ObjectiveNode) => {
    const work: Work[] = [
      ...(node.progress ? [{ what: `voortgang van ${node.level || 'de doelstelling'}`, owner: node.owner, status: node.progress.status, progress: node.progress }] : []),
      ...node.measures.map((m) => ({ what: `maatregel ${m.id} ${m.name}`, owner: m.owner, status: m.status, progress: m.progress })),
    ];
    for (const w of work) rows.push({ root, node, line: null, work: w });
    if (node.indicators.length) for (const line of node.indicators) rows.push({ root, node, line });
    else if (!report.council && !work.length) rows.push({ root, node, line: null });
    for (const child of node.children) walk(root, child);
  };
  for (const root of report.objectives) {
    if (rows.length) breaks.push(rows.length);
    walk(root, root);
  }
  if (report.unlinked.length && rows.length) breaks.push(rows.length);
  for (const line of report.unlinked) rows.push({ root: null, node: null, line });
  return { rows, breaks };
}

/** A summary line runs over the columns to its right: longer than the table is wide, it would widen the printed page. */
const LINE = 180;
const capped = (text: string) => (text.length > LINE ? `${text.slice(0, LINE - 2)} …` : text);

function summaryLines(report: Report): CellInput[][] {
  const s = report.summary;
  const list = <T>(items: T[], text: (x: T) => string) => (items.length ? items.map(text).join('; ') : 'geen');
  return ([
    [reportTitle(report)],
    [`Per status: ${s.counts.length ? s.counts.map((c) => `${c.status} ${c.count}`).join(' · ') : 'geen statussen'}`],
    [`Afwijkingen die een beslissing vragen: ${list(s.decisions, (l) => `${l.id} ${l.areaName}`)}`],
    [`Nog ontbrekende waarden van ${report.period}: ${list(s.missing, (m) => `${m.indicator} ${m.area}`)}`],
    [`Achter op schema: ${list(s.behind, (b) => b.code)}`],
    [report.notes.join(' ') || null],
  ] as (string | null)[][]).map(([line]) => [line === null ? null : capped(line)]);
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The edits that write the report on the Rapport sheet: the sheet and table the first time, new content after. */
export function reportSheetEdits(info: WorkbookInfo, report: Report): Edit[] {
  const { rows, breaks } = rowsOf(report);
  const cells = rows.map((r) => COLUMNS.map(([, , get]) => get(r)));
  const existing = info.tables.find((t) => same(t.name, REPORT_TABLE));
  const sheetThere = info.sheets.find((s) => same(s.name, REPORT_SHEET));
  if (sheetThere && (!existing || !same(existing.sheet, sheetThere.name) || existing.columns.join('\u0000') !== REPORT_COLUMNS.join('\u0000'))) {
    throw refuse('rapport.blad-bezet', { sheet: sheetThere.name });
  }
  const last = columnLetter(COLUMNS.length);
  const status = columnLetter(REPORT_COLUMNS.indexOf('Status') + 1);
  const edits: Edit[] = [];
  if (existing) {
    edits.push({ kind: 'clearRange', sheet: REPORT_SHEET, address: `A1:${last}${TABLE_ROW - 1}` }, { kind: 'replaceRows', table: existing.name, rows: cells });
  } else {
    edits.push(
      { kind: 'addSheet', sheet: REPORT_SHEET, tabColor: '#2F5597' },
      { kind: 'addTable', sheet: REPORT_SHEET, table: REPORT_TABLE, at: `A${TABLE_ROW}`, columns: REPORT_COLUMNS, rows: cells, style: 'TableStyleLight9' },
      {
        kind: 'setSheetLayout',
        sheet: REPORT_SHEET,
        widths: Object.fromEntries(COLUMNS.map(([, width], i) => [columnLetter(i + 1), width])),
        freezeRows: TABLE_ROW,
        // Long texts stay inside their column on paper; A keeps the summary lines on one line each.
        wrap: COLUMNS.slice(1).map((_, i) => columnLetter(i + 2)),
      },
    );
  }
  edits.push(
    { kind: 'writeRange', sheet: REPORT_SHEET, at: 'A1', values: summaryLines(report) },
    { kind: 'setConditionalFormats', table: existing?.name ?? REPORT_TABLE, column: 'Status', formats: statusTextFormats(`$${status}${TABLE_ROW + 1}`) },
    {
      kind: 'setPrintLayout',
      sheet: REPORT_SHEET,
      orientation: 'landscape',
      titleRows: `${TABLE_ROW}:${TABLE_ROW}`,
      header: reportTitle(report),
      breaksBefore: breaks.map((i) => TABLE_ROW + 1 + i),
    },
  );
  return edits;
}
