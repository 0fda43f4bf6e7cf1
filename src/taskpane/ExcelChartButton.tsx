// Puts the chosen trend chart in Excel itself, on a sheet of its own, and shows that sheet. Only
// offered where the host can insert charts (Excel, not the standalone page).

import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { insertTrendChart, type ChartSeries } from '../norms';
import type { WorkbookPort } from '../workbook/port';
import { useMessages } from './messagesContext';
import { useOperation } from './useOperation';

export function ExcelChartButton({ workbook, series, title }: { workbook: WorkbookPort; series: ChartSeries; title: string }) {
  const messages = useMessages();
  const [charts, setCharts] = useState(false);
  const insert = useOperation<string>();

  useEffect(() => {
    let live = true;
    workbook.info().then(
      (info) => live && setCharts(info.capabilities.charts),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [workbook]);

  if (!charts) return null;
  const { state } = insert;
  const run = () =>
    insert.run(async () => {
      const { sheet } = await insertTrendChart(workbook, series, title);
      // The chart is in; not being able to show its sheet must not report it as failed.
      await workbook.select(sheet, 'F2').catch(() => undefined);
      return sheet;
    }, messages.chartInsertFailed);

  return (
    <>
      <Button onClick={() => void run()} disabled={state.phase === 'working'} icon={state.phase === 'working' ? <Spinner size="tiny" /> : undefined}>
        {state.phase === 'working' ? messages.chartInserting : messages.chartInsert}
      </Button>
      {state.phase === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{messages.chartInserted(state.result)}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
