// The report as a Word document (.docx), editable before it goes to the college or the council:
// a summary, then per beleidsdoelstelling (each on a new page) its actieplannen and acties as
// headings, a table of their indicators with the status in the colours of Toets aan normen, and per
// indicator its trend chart, Toelichting and Bijsturing. Written with the docx package, which runs
// in Node and in the browser alike.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { LOOK } from '../norms/status';
import { withUnit } from '../norms/text';
import { CHART_LEGEND, CHART_SIZE, chartPng } from './chart';
import type { IndicatorLine, ObjectiveNode, Report, StatusKey } from './model';
import { followUpText, progressText, reportTitle, valueText } from './text';

const LOOK_OF: Partial<Record<StatusKey, { fill: string; fontColor: string }>> = {
  deviation: LOOK.deviation,
  off_track: LOOK.offTrack,
  ok: LOOK.good,
  on_track: LOOK.onTrack,
  outlier: LOOK.outlier,
  missing: LOOK.gap,
  stale: LOOK.gap,
  not_evaluated: LOOK.gap,
};
const hex = (colour: string) => colour.replace('#', '');
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

const para = (text: string, options: { bold?: boolean; italics?: boolean; bullet?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, bold: options.bold, italics: options.italics })], ...(options.bullet ? { bullet: { level: 0 } } : {}) });

function cell(text: string, options: { header?: boolean; status?: StatusKey | null } = {}): TableCell {
  const look = options.status ? LOOK_OF[options.status] : undefined;
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: options.header || !!look, color: look ? hex(look.fontColor) : undefined, size: 18 })] })],
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E1F2' } : look ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(look.fill) } : undefined,
  });
}

function table(header: string[], rows: TableCell[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, { header: true })) }), ...rows.map((children) => new TableRow({ children, cantSplit: true }))],
  });
}

const INDICATOR_COLUMNS = ['Indicator', 'Gebied', 'Laatste waarde', 'Norm of streefpad', 'Status', 'Sinds vorige', 'Sinds nulmeting', 'Vergelijking'];

function indicatorRow(l: IndicatorLine): TableCell[] {
  return [
    cell(`${l.id} ${l.name}`),
    cell(`${l.areaName}${l.dimension ? ` (${l.dimension})` : ''}`),
    cell(valueText(l)),
    cell(l.norm ?? 'geen'),
    cell(l.status ?? 'niet getoetst', { status: l.statusKey }),
    cell(l.sincePrevious ?? ''),
    cell(l.sinceBaseline ? `${l.sinceBaseline} (sinds ${l.baseline!.period})` : ''),
    cell(l.benchmark ? `${l.benchmark.name}: ${withUnit(l.benchmark.value, l.unit)}` : ''),
  ];
}

function indicatorDetails(l: IndicatorLine): Paragraph[] {
  const out: Paragraph[] = [];
  if (!l.chart && !l.comment && !l.followUps.length) return out;
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_4, children: [new TextRun(`${l.id} ${l.name}, ${l.areaName}`)], keepNext: true }));
  if (l.chart) {
    const width = 480;
    out.push(
      new Paragraph({
        keepNext: true,
        children: [
          new ImageRun({
            type: 'png',
            data: chartPng(l.chart),
            transformation: { width, height: Math.round((width * CHART_SIZE.height) / CHART_SIZE.width) },
            altText: { name: `Grafiek ${l.id} ${l.area}`, title: `Verloop van ${l.id} in ${l.areaName}`, description: `Waarden van ${l.chart.periods[0]} tot ${l.chart.periods.at(-1)}: ${l.chart.values.map((v) => (v === null ? '–' : withUnit(v, l.unit))).join(', ')}.` },
          }),
        ],
      }),
      para(`${l.unit ? `In ${l.unit}. ` : ''}Waarde: ${CHART_LEGEND.values}; norm of streefpad: ${CHART_LEGEND.norm}; vergelijking (Vlaams Gewest of een ander gebied): ${CHART_LEGEND.benchmark}.`, { italics: true }),
    );
  }
  if (l.comment) out.push(para(`Toelichting: ${l.comment}`));
  for (const f of l.followUps) out.push(para(`Bijsturing: ${followUpText(f)}`, { bullet: true }));
  return out;
}

function objective(node: ObjectiveNode, depth: number, council: boolean): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HEADINGS[Math.min(depth, 2)], pageBreakBefore: depth === 0, keepNext: true, children: [new TextRun(`${node.code} ${node.title}`)] }),
    para(`${node.level}${node.owner ? `, eigenaar ${node.owner}` : ''}`, { italics: true }),
  ];
  if (node.progress) out.push(para(`Voortgang: ${progressText(node.progress)}`));
  for (const m of node.measures) {
    const about = [m.owner, m.end && `einde ${m.end}`].filter(Boolean).join(', ');
    out.push(para(`Maatregel ${m.id} ${m.name}${about ? ` (${about})` : ''}: ${m.progress ? progressText(m.progress) : m.status || 'geen status'}`, { bullet: true }));
  }
  if (node.indicators.length) {
    out.push(table(INDICATOR_COLUMNS, node.indicators.map(indicatorRow)));
    for (const l of node.indicators) out.push(...indicatorDetails(l));
  } else if (!council) out.push(para('Geen indicatoren gekoppeld (kolom MJP-koppeling in Indicatoren).'));
  for (const child of node.children) out.push(...objective(child, depth + 1, council));
  return out;
}

function summary(report: Report): (Paragraph | Table)[] {
  const s = report.summary;
  const out: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Samenvatting')] })];
  if (s.counts.length) out.push(table(['Status', 'Aantal indicatoren en gebieden'], s.counts.map((c) => [cell(c.status, { status: c.key }), cell(String(c.count))])));
  const list = (title: string, lines: string[], none: string) => {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(title)] }));
    out.push(...(lines.length ? lines.map((t) => para(t, { bullet: true })) : [para(none, { italics: true })]));
  };
  list('Afwijkingen die een beslissing vragen', s.decisions.map((l) => `${l.id} ${l.name}, ${l.areaName}: ${valueText(l)}, ${l.status}${l.norm ? ` (${l.norm})` : ''}`), 'Geen: elke afwijking heeft een bijsturing.');
  list(`Nog ontbrekende waarden van ${report.period}`, s.missing.map((m) => `${m.indicator} ${m.name}, ${m.area}, ${m.period}`), 'Geen.');
  list('Acties en maatregelen achter op schema', s.behind.map((b) => `${b.code} ${b.title}: ${b.reason}`), 'Geen.');
  return out;
}

/** The Word document of a report, as the bytes of a .docx file. */
export async function reportDocx(report: Report): Promise<Uint8Array> {
  const title = reportTitle(report);
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    ...report.notes.map((n) => para(n, { italics: true })),
    ...summary(report),
    ...report.objectives.flatMap((n) => objective(n, 0, report.council)),
  ];
  if (report.unlinked.length) {
    body.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('Indicatoren zonder doelstelling')] }),
      table(INDICATOR_COLUMNS, report.unlinked.map(indicatorRow)),
      ...report.unlinked.flatMap(indicatorDetails),
    );
  }
  const doc = new Document({
    creator: 'Beleidsregister',
    title,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: title, size: 16, color: '595959' })] })] }) },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES], size: 16 })] })] }) },
        children: body,
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
