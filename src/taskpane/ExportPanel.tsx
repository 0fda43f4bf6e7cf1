// Export: the registry as tidy data for the research environment (CSV, Parquet or JSON per table
// with a datapackage.json), downloaded as one zip. The export code, with its Parquet writer, is
// fetched on first use.

import { Field, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import type { ExportFormat, ExportSummary } from '../export';
import type { WorkbookPort } from '../workbook/port';
import { CountList } from './CountList';
import { offerDownload } from './download';
import { FindingList } from './FindingList';
import { useMessages } from './messagesContext';
import { OperationScreen, ResultHeading } from './OperationScreen';
import { useOperation } from './useOperation';

const loadExport = () => import(/* webpackChunkName: "export" */ '../export');

export const EXPORT_ZIP = 'beleidsregister-export.zip';

export function ExportPanel({ workbook }: { workbook: WorkbookPort }) {
  const messages = useMessages();
  const [format, setFormat] = useState<ExportFormat>('csv');
  const exporting = useOperation<ExportSummary>();
  const { state } = exporting;
  const working = state.phase === 'working';

  function start() {
    void exporting.run(async () => {
      const { exportRegistry, zipFiles } = await loadExport();
      const { files, summary } = await exportRegistry(workbook, { format, checks: true });
      offerDownload(zipFiles(files), EXPORT_ZIP, 'application/zip');
      return summary;
    }, messages.exportFailed);
  }

  const summary = state.phase === 'done' ? state.result : null;
  return (
    <OperationScreen
      id="export"
      heading={messages.exportHeading}
      explanation={messages.exportExplanation}
      options={
        <Field label={messages.exportFormat}>
          <RadioGroup value={format} onChange={(_, d) => setFormat(d.value as ExportFormat)} disabled={working}>
            <Radio value="csv" label={messages.exportCsv} />
            <Radio value="parquet" label={messages.exportParquet} />
            <Radio value="json" label={messages.exportJson} />
          </RadioGroup>
        </Field>
      }
      run={{ label: messages.exportRun, working: messages.exportWorking, onRun: start }}
      state={state}
    >
      {summary && (
        <>
          <MessageBar intent={summary.checks?.errors || summary.findings.some((f) => f.severity === 'error') ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody data-testid="export-result">
              <MessageBarTitle>{messages.exportDone(summary.tables.length, EXPORT_ZIP)}</MessageBarTitle> {messages.exportChecks(summary.checks)}
            </MessageBarBody>
          </MessageBar>
          <ResultHeading>{messages.exportTablesHeading}</ResultHeading>
          <CountList testId="export-tables" counts={summary.tables.map((t) => ({ label: t.path, value: t.rows }))} />
          {summary.findings.length > 0 && <FindingList findings={summary.findings} workbook={workbook} />}
        </>
      )}
    </OperationScreen>
  );
}
