// The corpus inputs too big to commit, made at test time: the same bytes every run.
import { writeFileSync } from 'node:fs';
import { encrypt } from 'officecrypto-tool';
import { writeDemo } from '../../src/registry/demo';
import { XlsxWorkbook } from '../../src/workbook/xlsx/adapter';

const HEADER = 'Gemeente;NIS-code;Indicator;Jaar;Type;Mediaanprijs (in euro)';
const ROW = 'Gent;44021;Mediaanprijs huizen;2021;Alle huizen;290000,0';
const TEN_MB = 10_000_000;

export const generated: Record<string, (file: string) => Promise<void> | void> = {
  /** A download whose line breaks were lost: 10 MB on one line. */
  'monitor/single_line_10mb.csv': (file) => writeFileSync(file, HEADER + ROW.repeat(Math.ceil(TEN_MB / ROW.length))),
  /** A header and one 10 MB line: a value field that never ends. */
  'monitor/long_value_10mb.csv': (file) => writeFileSync(file, `${HEADER}\nGent;44021;Mediaanprijs huizen;2021;Alle huizen;${'9'.repeat(TEN_MB)}\n`),
  /** The demo registry offered as a monitor download. */
  'monitor/registry_as_monitor.xlsx': async (file) => writeFileSync(file, await demo()),
  /** The demo registry with a password (Excel's Agile encryption). */
  'cli/encrypted.xlsx': async (file) => writeFileSync(file, encrypt(Buffer.from(await demo()), { password: 'geheim' })),
};

async function demo(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await writeDemo(wb);
  return wb.save();
}
