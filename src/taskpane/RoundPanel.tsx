// Halfjaar (issue 7): the half-year update round in three parts on one screen: start the round
// (forms per department), merge the returned forms, and follow each department's progress. A start
// or a merge reads the progress again.

import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkbookPort } from '../workbook/port';
import { RoundMerge } from './RoundMerge';
import { RoundProgressView } from './RoundProgressView';
import { RoundStart } from './RoundStart';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** `today` sets the default period (the tests fix it). */
export function RoundPanel({ workbook, today }: { workbook: WorkbookPort; today?: Date }) {
  const styles = useStyles();
  const [round, setRound] = useState<{ period?: string; version: number }>({ version: 0 });
  const changed = (period: string) => setRound((r) => ({ period, version: r.version + 1 }));

  return (
    <div className={styles.panel}>
      <RoundStart workbook={workbook} today={today} onStarted={changed} />
      <Divider />
      <RoundMerge workbook={workbook} onMerged={changed} />
      <Divider />
      <RoundProgressView workbook={workbook} period={round.period} version={round.version} />
    </div>
  );
}
