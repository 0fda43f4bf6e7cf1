// Controleren: runs Controleer register on the open workbook and shows the counts and the findings,
// grouped by sheet; optionally also writes them to the Controle sheet, whose marks work without
// the add-in.

import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { checkRegistry, type CheckResult } from '../checks';
import { writeControlSheet } from '../checks/controlSheet';
import type { WorkbookPort } from '../workbook/port';
import { ErrorMessage } from './ErrorMessage';
import { FindingList } from './FindingList';
import { useMessages } from './messagesContext';
import { useOperation } from './useOperation';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  explanation: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

interface CheckRun {
  result: CheckResult;
  controlSheet: boolean;
}

export function CheckPanel({ workbook }: { workbook: WorkbookPort }) {
  const messages = useMessages();
  const styles = useStyles();
  const check = useOperation<CheckRun>();
  const [controlSheet, setControlSheet] = useState(false);
  const { state } = check;
  const working = state.phase === 'working';

  function start() {
    void check.run(async () => {
      const result = await checkRegistry(workbook);
      if (controlSheet) await writeControlSheet(workbook, result);
      return { result, controlSheet };
    }, messages.checkFailed);
  }

  return (
    <section className={styles.panel} aria-labelledby="check-heading">
      <Subtitle2 as="h2" id="check-heading">
        {messages.checkHeading}
      </Subtitle2>
      <Text className={styles.explanation}>{messages.checkExplanation}</Text>
      <Checkbox checked={controlSheet} disabled={working} onChange={(_, data) => setControlSheet(data.checked === true)} label={messages.checkWriteControlSheet} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={working} onClick={start}>
          {state.phase === 'done' ? messages.checkAgain : messages.checkRun}
        </Button>
        {working && <Spinner size="tiny" labelPosition="after" label={messages.checkWorking} />}
      </div>

      {state.phase === 'failed' && <ErrorMessage text={state.message} />}
      {state.phase === 'done' && (
        <>
          <MessageBar intent={state.result.result.summary.errors ? 'error' : state.result.result.summary.warnings ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody data-testid="check-summary">
              <MessageBarTitle>{messages.checkCounts(state.result.result.summary.errors, state.result.result.summary.warnings)}</MessageBarTitle>{' '}
              {state.result.result.findings.length === 0 ? messages.checkClean : messages.checkFix}
              {state.result.controlSheet && ` ${messages.checkControlSheetWritten}`}
            </MessageBarBody>
          </MessageBar>
          <FindingList findings={state.result.result.findings} workbook={workbook} />
        </>
      )}
    </section>
  );
}
