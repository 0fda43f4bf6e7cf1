// Halfjaar, first step: the coordinator picks the period, the departments (Diensten) and whether the
// forms are sheets in the registry or a file per department, and starts the round. Nothing is
// written before Start: the departments are listed by reading the registry, with how much each
// would be asked. The result says which forms were made, with how many rows, and what was not asked.

import { Checkbox, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { WorkbookPort } from '../workbook/port';
import { CountList } from './CountList';
import { offerDownload } from './download';
import { ErrorMessage } from './ErrorMessage';
import { defaultRoundPeriod, isRoundPeriod, loadRounds } from './loadRounds';
import { useMessages } from './messagesContext';
import { OperationScreen, ResultHeading } from './OperationScreen';
import type { OwnerChoice, Started } from './roundOperations';
import { useOperation } from './useOperation';

const useStyles = makeStyles({
  owners: { display: 'flex', flexDirection: 'column', gap: 0, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  counts: { overflowWrap: 'anywhere' },
});

type Target = 'sheets' | 'files';

export function RoundStart({ workbook, today, onStarted }: { workbook: WorkbookPort; today?: Date; onStarted(period: string): void }) {
  const messages = useMessages();
  const styles = useStyles();
  const [period, setPeriod] = useState(() => defaultRoundPeriod(today));
  const [target, setTarget] = useState<Target>('sheets');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [noOwner, setNoOwner] = useState(false);
  const owners = useOperation<OwnerChoice[] | null>();
  const starting = useOperation<Started>();
  const valid = isRoundPeriod(period);
  const working = starting.state.phase === 'working';
  const { run: listOwners } = owners;

  // The departments for the period, each ticked when it has something to report.
  useEffect(() => {
    if (!isRoundPeriod(period)) return;
    void listOwners(async () => {
      const found = await (await loadRounds()).roundOwners(workbook, period.trim());
      setChosen(new Set((found ?? []).filter((o) => o.rows > 0 || o.progress > 0).map((o) => o.owner)));
      return found;
    }, messages.roundOwnersFailed);
  }, [workbook, period, listOwners, messages]);

  function toggle(owner: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(owner);
    else next.delete(owner);
    setChosen(next);
    setNoOwner(false);
  }

  function start() {
    const list = owners.state.phase === 'done' ? (owners.state.result ?? []).filter((o) => chosen.has(o.owner)).map((o) => o.owner) : [];
    if (!valid || list.length === 0) {
      setNoOwner(valid);
      return;
    }
    void starting.run(async () => {
      const started = await (await loadRounds()).startRoundForms(workbook, { period: period.trim(), owners: list, target });
      if (started.zip) offerDownload(started.zip.data, started.zip.name, 'application/zip');
      onStarted(started.result.period);
      return started;
    }, messages.roundStartFailed);
  }

  const found = owners.state.phase === 'done' ? owners.state.result : null;
  const started = starting.state.phase === 'done' ? starting.state.result : null;
  return (
    <OperationScreen
      id="round-start"
      heading={messages.roundStartHeading}
      explanation={messages.roundStartExplanation}
      options={
        <>
          <Field label={messages.roundPeriod} hint={messages.roundPeriodHint} validationState={valid ? 'none' : 'error'} validationMessage={valid ? undefined : messages.roundPeriodInvalid}>
            <Input value={period} disabled={working} onChange={(_, d) => setPeriod(d.value)} />
          </Field>
          <fieldset className={styles.owners}>
            <legend className={styles.legend}>{messages.roundOwners}</legend>
            {owners.state.phase === 'working' && <Spinner size="tiny" labelPosition="after" label={messages.roundOwnersLoading} />}
            {owners.state.phase === 'failed' && <ErrorMessage text={owners.state.message} />}
            {found && found.length === 0 && <Text>{messages.roundOwnersNone}</Text>}
            {valid &&
              found?.map((o) => (
                <Checkbox key={o.owner} checked={chosen.has(o.owner)} disabled={working} onChange={(_, d) => toggle(o.owner, d.checked === true)} label={messages.roundOwner(o.owner, o.rows, o.progress)} />
              ))}
          </fieldset>
          {noOwner && <ErrorMessage text={messages.roundNoOwner} />}
          <Field label={messages.roundTarget}>
            <RadioGroup value={target} onChange={(_, d) => setTarget(d.value as Target)} disabled={working}>
              <Radio value="sheets" label={messages.roundTargetSheets} />
              <Radio value="files" label={messages.roundTargetFiles} />
            </RadioGroup>
          </Field>
        </>
      }
      run={{ label: messages.roundStartRun, working: messages.roundStartWorking, onRun: start }}
      state={starting.state}
    >
      {started && <StartSummary started={started} />}
    </OperationScreen>
  );
}

function StartSummary({ started }: { started: Started }) {
  const messages = useMessages();
  const styles = useStyles();
  const { result, zip } = started;
  const made = result.forms.length > 0;
  return (
    <>
      <MessageBar intent={made ? 'success' : 'warning'} layout="multiline">
        <MessageBarBody data-testid="round-started">
          {made ? (
            <>
              <MessageBarTitle>{messages.roundStarted(result.period, result.forms.length)}</MessageBarTitle> {zip ? messages.roundStartedFiles(zip.name) : messages.roundStartedSheets}
            </>
          ) : (
            messages.roundStartedNone(result.period)
          )}
        </MessageBarBody>
      </MessageBar>
      {made && (
        <>
          <ResultHeading>{messages.roundFormsHeading}</ResultHeading>
          <div className={styles.counts}>
            <CountList testId="round-forms" counts={result.forms.map((f) => ({ label: messages.roundFormLabel(f.owner, f.file?.name ?? f.sheet ?? '', f.created), value: f.rows }))} />
          </div>
        </>
      )}
      {result.notAsked.length > 0 && (
        <>
          <ResultHeading>{messages.roundNotAskedHeading(result.notAsked.length)}</ResultHeading>
          <ul className={styles.list} data-testid="round-not-asked">
            {result.notAsked.map((n, i) => (
              <li key={i}>{messages.roundNotAsked(n.owner, n.indicator, n.reason)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
