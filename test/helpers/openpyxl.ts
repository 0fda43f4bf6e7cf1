// openpyxl, to write workbooks as another common tool does. Debian's python3-openpyxl is installed
// for the system python, which a pyenv shim on PATH may hide; that one is tried first.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/** Runs a Python script (which imports openpyxl) with `args` as sys.argv[1:]; returns what it printed. */
export async function runOpenpyxl(script: string, args: string[]): Promise<string> {
  return (await promisify(execFile)(PYTHON, ['-c', script, ...args], { timeout: 120_000 })).stdout;
}

/** A user sheet with a chart of its values and a comment, and a name of two ranges, added by openpyxl. */
const USER_SHEET = `
import sys, openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.create_sheet('Mijn grafiek')
for i, (jaar, waarde) in enumerate([('Jaar', 'Waarde'), (2021, 4), (2022, 7), (2023, 5)], 1):
    ws.cell(i, 1, jaar); ws.cell(i, 2, waarde)
ws['B1'].comment = Comment('Eigen opmerking', 'Coordinator')
chart = BarChart(); chart.title = 'Mijn grafiek'
chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=4), titles_from_data=True)
ws.add_chart(chart, 'D2')
wb.defined_names.append(DefinedName('Mijn_selectie', attr_text="'Mijn grafiek'!$A$2,'Mijn grafiek'!$B$4"))
wb.save(sys.argv[2])
`;

/** Saves `from` through openpyxl as `to`, with a sheet *Mijn grafiek* holding a chart, a comment on B1 and a name `Mijn_selectie`. */
export async function addUserSheet(from: string, to: string): Promise<void> {
  await runOpenpyxl(USER_SHEET, [from, to]);
}

/** What Excel stores when a user types `82,5 %` in a cell: the fraction, with a percent format. */
const PERCENT_CELL = `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
cell = wb[sys.argv[3]][sys.argv[4]]
cell.value = float(sys.argv[5]); cell.number_format = sys.argv[6]
wb.save(sys.argv[2])
`;

/** Saves `from` through openpyxl as `to`, with `cell` of `sheet` holding `value` in number format `format` (e.g. 0.125 in `0.0%`). */
export async function setPercentCell(from: string, to: string, sheet: string, cell: string, value: number, format: string): Promise<void> {
  await runOpenpyxl(PERCENT_CELL, [from, to, sheet, cell, String(value), format]);
}
