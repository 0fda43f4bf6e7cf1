// The main screen for one workbook: is it a registry (which version, which municipality), and the
// one action that fits: make it, bring it up to date, or nothing (with the reason why).

import { Button, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { RegistryStatus } from '../registry/init';
import type { WorkbookPort } from '../workbook/port';
import { ErrorMessage } from './ErrorMessage';
import { GemeenteField, checkGemeente } from './GemeenteField';
import type { Messages } from './messages';
import { useMessages } from './messagesContext';
import { ResultMessage } from './ResultMessage';
import { useRegistry } from './useRegistry';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  explanation: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

type Action = { kind: 'make' | 'update'; explanation: string } | { kind: 'none'; explanation: string };

/** Which button the status calls for, and the sentence that goes with it. */
export function actionFor(status: RegistryStatus, messages: Messages): Action {
  if (!status.isRegistry) return { kind: 'make', explanation: messages.makeExplanation };
  if (status.needsUpgrade) {
    return { kind: 'update', explanation: messages.statusNeedsUpgrade(status.version ?? 0, status.currentVersion) };
  }
  if (status.version !== null && status.version > status.currentVersion) {
    return { kind: 'none', explanation: messages.statusNewer(status.version) };
  }
  return { kind: 'none', explanation: messages.statusUpToDate };
}

export function RegistryPanel({ workbook }: { workbook: WorkbookPort }) {
  const messages = useMessages();
  const styles = useStyles();
  const registry = useRegistry(workbook);
  const [gemeente, setGemeente] = useState('');
  const { status, phase } = registry;
  const working = phase === 'working';
  const action = status ? actionFor(status, messages) : null;
  const gemeenteOk = checkGemeente(gemeente.trim(), messages).valid;

  return (
    <section className={styles.panel} aria-labelledby="registry-heading">
      <Subtitle2 as="h2" id="registry-heading">
        {messages.statusHeading}
      </Subtitle2>

      {phase === 'loading' && <Spinner size="tiny" labelPosition="after" label={messages.statusLoading} />}

      {phase !== 'loading' && status && (
        <div className={styles.status} data-testid="registry-status">
          {status.isRegistry ? (
            <>
              <Text weight="semibold">{messages.statusRegistry(status.version ?? 0)}</Text>
              <Text>{status.gemeente ? messages.statusGemeente(status.gemeente.naam, status.gemeente.nis) : messages.statusNoGemeente}</Text>
            </>
          ) : (
            <Text weight="semibold">{messages.statusNotRegistry}</Text>
          )}
        </div>
      )}

      {phase !== 'loading' && action && (
        <>
          <Text className={styles.explanation}>{action.explanation}</Text>
          {action.kind === 'make' && <GemeenteField value={gemeente} onChange={setGemeente} disabled={working} />}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={working || action.kind === 'none' || (action.kind === 'make' && !gemeenteOk)}
              onClick={() => void registry.makeOrUpdate(action.kind === 'make' ? gemeente.trim() : undefined)}
            >
              {action.kind === 'make' ? messages.makeRegister : messages.updateRegister}
            </Button>
            {working && <Spinner size="tiny" labelPosition="after" label={messages.working} />}
          </div>
        </>
      )}

      {registry.result && <ResultMessage result={registry.result} />}
      {registry.error && <ErrorMessage text={registry.error} />}
      {phase === 'idle' && !status && (
        <div>
          <Button onClick={() => void registry.reload()}>{messages.retry}</Button>
        </div>
      )}
    </section>
  );
}
