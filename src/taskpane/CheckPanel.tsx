// Controleren: runs Controleer register on the open workbook and shows the counts and the findings,
// grouped by sheet; optionally also writes them to the Controle sheet, whose marks work without
// the add-in.

import { Checkbox, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useState } from 'react';
import { checkRegistry, type CheckResult } from '../checks';
import { writeControlSheet } from '../checks/controlSheet';
import type { WorkbookPort } from '../workbook/port';
import { FindingList } from './FindingList';
import { useMessages } from './messagesContext';
import { OperationScreen } from './OperationScreen';
import { useOperation } from './useOperation';

interface CheckRun {
  result: CheckResult;
  controlSheet: boolean;
}

export function CheckPanel({ workbook }: { workbook: WorkbookPort }) {
  const messages = useMessages();
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
    <OperationScreen
      id="check"
      heading={messages.checkHeading}
      explanation={messages.checkExplanation}
      options={<Checkbox checked={controlSheet} disabled={working} onChange={(_, data) => setControlSheet(data.checked === true)} label={messages.checkWriteControlSheet} />}
      run={{ label: state.phase === 'done' ? messages.checkAgain : messages.checkRun, working: messages.checkWorking, onRun: start }}
      state={state}
    >
      {state.phase === 'done' && (
        <>
          <MessageBar intent={state.result.result.summary.errors ? 'error' : state.result.result.summary.warnings ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody data-testid="check-summary">
              <MessageBarTitle>{messages.checkCounts(state.result.result.summary.errors, state.result.result.summary.warnings)}</MessageBarTitle>{' '}
              {state.result.result.findings.length === 0 ? messages.checkClean : messages.checkFix}
              {state.result.result.accepted.length > 0 && ` ${messages.checkAccepted(state.result.result.accepted.length)}`}
              {state.result.controlSheet && ` ${messages.checkControlSheetWritten}`}
            </MessageBarBody>
          </MessageBar>
          <FindingList findings={state.result.result.findings} workbook={workbook} />
        </>
      )}
    </OperationScreen>
  );
}
