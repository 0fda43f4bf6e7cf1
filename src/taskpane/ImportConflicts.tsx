// The conflicts of an import, to settle one by one or all at once: take the file's value, or keep
// the value typed by hand. resolveConflicts writes the choice (and a Logboek line); a settled
// conflict leaves the list, and what the choice did is said above it.

import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Conflict, Decision, ResolveResult } from '../monitor';
import type { WorkbookPort } from '../workbook/port';
import { ErrorMessage } from './ErrorMessage';
import { loadMonitor } from './loadMonitor';
import { useMessages } from './messagesContext';
import { ResultHeading } from './OperationScreen';
import { useOperation } from './useOperation';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  skipped: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

export function ImportConflicts({ workbook, file, conflicts }: { workbook: WorkbookPort; file: string; conflicts: readonly Conflict[] }) {
  const messages = useMessages();
  const styles = useStyles();
  const [open, setOpen] = useState(conflicts);
  const resolving = useOperation<ResolveResult>();
  const { state } = resolving;
  const working = state.phase === 'working';

  function decide(decisions: Decision[]) {
    void resolving.run(async () => {
      const monitor = await loadMonitor();
      const result = await monitor.resolveConflicts(workbook, decisions, { file });
      // Taken, kept, or skipped because the value changed since: deciding again would change nothing.
      const decided = new Set(decisions.map((d) => d.conflict.cell));
      setOpen((list) => list.filter((c) => !decided.has(c.cell)));
      return result;
    }, messages.resolveFailed);
  }

  const result = state.phase === 'done' ? state.result : null;
  return (
    <>
      <ResultHeading>{messages.importConflictsHeading(open.length)}</ResultHeading>
      <div aria-live="polite">
        {working && <Spinner size="tiny" labelPosition="after" label={messages.resolveWorking} />}
        {state.phase === 'failed' && <ErrorMessage text={state.message} />}
        {result && (
          <MessageBar intent={result.skipped.length ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody data-testid="resolve-result">
              {messages.resolveDone(result.taken, result.kept)}
              {result.skipped.length > 0 && (
                <>
                  <div>{messages.resolveSkippedHeading(result.skipped.length)}:</div>
                  <ul className={styles.skipped}>
                    {result.skipped.map((s) => (
                      <li key={s.conflict.cell}>{messages.problem(s)}</li>
                    ))}
                  </ul>
                </>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {open.length > 0 && (
        <>
          <Text size={200}>{messages.importConflictsHint}</Text>
          <div className={styles.actions}>
            <Button disabled={working} onClick={() => decide(open.map((conflict) => ({ conflict, take: 'file' })))}>
              {messages.resolveAll}
            </Button>
          </div>
          <ul className={styles.list} data-testid="import-conflicts">
            {open.map((c) => (
              <li key={c.cell} className={styles.item}>
                <Text>{messages.problem(c)}</Text>
                <span className={styles.actions}>
                  <Button size="small" disabled={working} aria-label={messages.resolveTakeFileLabel(c.cell)} onClick={() => decide([{ conflict: c, take: 'file' }])}>
                    {messages.resolveTakeFile}
                  </Button>
                  <Button size="small" disabled={working} aria-label={messages.resolveKeepMineLabel(c.cell)} onClick={() => decide([{ conflict: c, take: 'mine' }])}>
                    {messages.resolveKeepMine}
                  </Button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
