// Rapport: the half-year report along the multi-year plan (issue 19), made from the pane as the CLI's
// `rapport` makes it: a Word document to download and, when asked, the Rapport sheet in the workbook.
// The report is made whole before anything is written or downloaded. The report code, with the docx
// writer, is fetched on first use.

import { Checkbox, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FlagCounts } from '../norms';
import type { Report } from '../report';
import type { WorkbookPort } from '../workbook/port';
import { CountList } from './CountList';
import { offerDownload } from './download';
import { defaultReportPeriod, loadReport } from './loadReport';
import { isRoundPeriod } from './loadRounds';
import { useMessages } from './messagesContext';
import { OperationScreen, ResultHeading } from './OperationScreen';
import { useOperation } from './useOperation';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const useStyles = makeStyles({
  options: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
});

interface Made {
  report: Report;
  file: string;
  sheet: boolean;
}

/** `today` sets the default half-year (the tests fix it). */
export function ReportPanel({ workbook, today }: { workbook: WorkbookPort; today?: Date }) {
  const messages = useMessages();
  const styles = useStyles();
  const [period, setPeriod] = useState(() => defaultReportPeriod(today));
  const [council, setCouncil] = useState(false);
  const [sheet, setSheet] = useState(false);
  const making = useOperation<Made>();
  const { state } = making;
  const working = state.phase === 'working';
  const valid = isRoundPeriod(period);

  function start() {
    if (!valid) return;
    const half = period.trim().toUpperCase();
    void making.run(async () => {
      const { readReport, reportDocx, reportSheetEdits } = await loadReport();
      const report = await readReport(workbook, { period: half, council });
      // Both outputs are made before either is delivered: a failure leaves the workbook as it was.
      const docx = await reportDocx(report);
      const edits = sheet ? reportSheetEdits(await workbook.info(), report) : [];
      if (edits.length) await workbook.apply(edits);
      const file = messages.reportFile(report.period, council);
      offerDownload(docx, file, DOCX_TYPE);
      return { report, file, sheet };
    }, messages.reportFailed);
  }

  const made = state.phase === 'done' ? state.result : null;
  const summary = made?.report.summary;
  return (
    <OperationScreen
      id="report"
      heading={messages.reportHeading}
      explanation={messages.reportExplanation}
      options={
        <div className={styles.options}>
          <Field label={messages.reportPeriod} hint={messages.roundPeriodHint} validationState={valid ? 'none' : 'error'} validationMessage={valid ? undefined : messages.roundPeriodInvalid}>
            <Input value={period} disabled={working} onChange={(_, d) => setPeriod(d.value)} />
          </Field>
          <Checkbox checked={council} disabled={working} onChange={(_, d) => setCouncil(d.checked === true)} label={messages.reportCouncil} />
          <Checkbox checked={sheet} disabled={working} onChange={(_, d) => setSheet(d.checked === true)} label={messages.reportSheet} />
        </div>
      }
      run={{ label: messages.reportRun, working: messages.reportWorking, onRun: start }}
      state={state}
    >
      {made && summary && (
        <>
          <MessageBar intent={summary.decisions.length || summary.missing.length || summary.behind.length || made.report.notes.length ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody data-testid="report-made">
              <MessageBarTitle>{messages.reportDone(made.report.period, made.file)}</MessageBarTitle> {made.sheet ? `${messages.reportSheetWritten} ` : ''}
              {messages.reportEditable}
            </MessageBarBody>
          </MessageBar>
          {made.report.notes.length > 0 && (
            <ul className={styles.notes} data-testid="report-notes">
              {made.report.notes.map((n) => (
                <li key={n}>
                  <Text>{n}</Text>
                </li>
              ))}
            </ul>
          )}
          <ResultHeading>{messages.reportSummaryHeading}</ResultHeading>
          <CountList
            testId="report-summary"
            counts={[
              { label: messages.reportDecisions, value: summary.decisions.length },
              { label: messages.reportMissing, value: summary.missing.length },
              { label: messages.reportBehind, value: summary.behind.length },
            ]}
          />
          {summary.counts.length > 0 && (
            <>
              <ResultHeading>{messages.reportStatusHeading}</ResultHeading>
              <CountList testId="report-statuses" counts={summary.counts.map((c) => ({ label: c.key === 'not_evaluated' ? c.status : messages.statusLabel(c.key as keyof FlagCounts), value: c.count }))} />
            </>
          )}
        </>
      )}
    </OperationScreen>
  );
}
