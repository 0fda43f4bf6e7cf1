// The trend chart of one indicator in Excel itself (issue 5 §7): the series, the bound that applied
// and the Vlaams Gewest benchmark as a block of cells on a sheet of their own, with a line chart
// over it. Only a host that can insert charts gets one (Excel); the task pane draws the same data.
// Inserting again replaces the block and the chart, so a sheet never holds a stale series.
import { refuse } from '../rules';
import type { CellInput, Edit, WorkbookPort } from '../workbook/port';
import type { ChartSeries } from './chart';

const BLOCK_COLUMNS = ['Periode', 'Waarde', 'Norm', 'Vlaams Gewest'];
const CHART_NAME = 'Trend';

/** A sheet per indicator and area: `Grafiek IND-001 S-PARKSTRAAT`, within Excel's 31 characters. */
export function chartSheetName(s: Pick<ChartSeries, 'indicator' | 'gebied' | 'dimensie'>): string {
  const name = ['Grafiek', s.indicator, s.gebied, s.dimensie].filter(Boolean).join(' ').replace(/[\\/:*?[\]']+/g, ' ');
  return name.slice(0, 31).trim();
}

/** Writes the chart's data and the chart; returns the sheet it is on. */
export async function insertTrendChart(wb: WorkbookPort, series: ChartSeries, title: string): Promise<{ sheet: string }> {
  const info = await wb.info();
  if (!info.capabilities.charts) {
    throw refuse('grafiek.niet-in-excel');
  }
  if (!series.periods.length) throw refuse('grafiek.geen-getallen', { indicator: series.indicator, area: series.gebied });
  const sheet = chartSheetName(series);
  const exists = info.sheets.some((s) => s.name.toLowerCase() === sheet.toLowerCase());
  const edits: Edit[] = [];
  if (exists) {
    // The previous block may have been longer: clear as far as it went.
    const previous = (await wb.readRange(sheet, 'A1:A2000')).filter((r) => r[0] !== null && r[0] !== '').length;
    edits.push({ kind: 'clearRange', sheet, address: `A1:D${Math.max(previous, 1)}` });
  } else {
    edits.push({ kind: 'addSheet', sheet, tabColor: '#107C10' });
  }
  const rows: CellInput[][] = [BLOCK_COLUMNS, ...series.periods.map((p, i) => [p, series.values[i], series.norm[i], series.benchmark[i]])];
  edits.push(
    { kind: 'writeRange', sheet, at: 'A1', values: rows },
    { kind: 'setLineChart', sheet, name: CHART_NAME, title, source: `A1:D${rows.length}`, at: 'F2', to: 'O22' },
    { kind: 'setSheetLayout', sheet, widths: { A: 10, B: 10, C: 10, D: 14 }, freezeRows: 1 },
  );
  await wb.apply(edits);
  return { sheet };
}
