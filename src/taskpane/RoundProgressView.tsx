// Halfjaar, the overview: per department whether its form came back, how much is filled in, how many
// values deviate from their norm, and what is still missing, with a reminder to copy into an e-mail.
// Read again after every start and merge, and on request.

import { Button, Field, MessageBar, MessageBarBody, Spinner, Subtitle2, Text, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { WorkbookPort } from '../workbook/port';
import { ErrorMessage } from './ErrorMessage';
import { loadRounds, type RoundsModule } from './loadRounds';
import { useMessages } from './messagesContext';
import { ResultHeading } from './OperationScreen';
import { useOperation } from './useOperation';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  // Headers in a smaller size, so Afwijkingen fits its column in 350 px without breaking mid-word.
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  td: { verticalAlign: 'top', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowWrap: 'anywhere' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  caption: { textAlign: 'left', captionSide: 'top', color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalXS },
  rowHeader: { textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  owner: { display: 'flex', flexDirection: 'column' },
  status: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  missing: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  reminder: { width: '100%' },
});

type Progress = Awaited<ReturnType<RoundsModule['progressOf']>>;
type Owner = NonNullable<Progress>['owners'][number];

/** `version` goes up whenever the round may have changed (a start or a merge): the overview is read again. */
export function RoundProgressView({ workbook, period, version }: { workbook: WorkbookPort; period?: string; version: number }) {
  const messages = useMessages();
  const styles = useStyles();
  const reading = useOperation<Progress>();
  const [asked, setAsked] = useState(0);
  const { run } = reading;

  useEffect(() => {
    void run(async () => (await loadRounds()).progressOf(workbook, period), messages.roundProgressFailed);
  }, [workbook, period, version, asked, run, messages]);

  const progress = reading.state.phase === 'done' ? reading.state.result : null;
  return (
    <section className={styles.section} aria-labelledby="round-progress-heading">
      <div className={styles.header}>
        <Subtitle2 as="h2" id="round-progress-heading">
          {messages.roundProgressHeading}
        </Subtitle2>
        <Button size="small" disabled={reading.state.phase === 'working'} onClick={() => setAsked((n) => n + 1)}>
          {messages.roundProgressRefresh}
        </Button>
      </div>
      {reading.state.phase === 'working' && <Spinner size="tiny" labelPosition="after" label={messages.roundProgressLoading} />}
      {reading.state.phase === 'failed' && <ErrorMessage text={reading.state.message} />}
      {reading.state.phase === 'done' && !progress && <Text>{messages.roundProgressNone}</Text>}
      {progress && (
        <>
          <table className={styles.table} data-testid="round-progress">
            <caption className={styles.caption}>
              {messages.roundProgressOf(progress.period)}
            </caption>
            <colgroup>
              <col style={{ width: '44%' }} />
              <col style={{ width: '26%' }} />
              <col style={{ width: '30%' }} />
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className={styles.th}>
                  {messages.roundColOwner}
                </th>
                <th scope="col" className={styles.th}>
                  {messages.roundColFilled}
                </th>
                <th scope="col" className={mergeClasses(styles.th, styles.number)}>
                  {messages.roundColDeviations}
                </th>
              </tr>
            </thead>
            <tbody>
              {progress.owners.map((o) => (
                <tr key={o.owner}>
                  <th scope="row" className={mergeClasses(styles.td, styles.rowHeader)}>
                    <span className={styles.owner}>
                      <Text weight="semibold">{o.owner}</Text>
                      <span className={styles.status}>{messages.roundStatus(o.status)}</span>
                    </span>
                  </th>
                  <td className={styles.td}>{messages.roundFilled(o.filled, o.asked)}</td>
                  <td className={mergeClasses(styles.td, styles.number)}>{messages.number(o.deviations)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {progress.owners
            .filter((o) => o.missing.length > 0)
            .map((o) => (
              <Missing key={o.owner} owner={o} period={progress.period} />
            ))}
        </>
      )}
    </section>
  );
}

function Missing({ owner, period }: { owner: Owner; period: string }) {
  const messages = useMessages();
  const styles = useStyles();
  const [copied, setCopied] = useState<'clipboard' | 'manual' | null>(null);
  const text = messages.roundReminder(owner.owner, period, owner.missing);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (copied !== 'manual' || !area.current) return;
    area.current.focus();
    area.current.select();
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('clipboard');
    } catch {
      // No clipboard (an older host, or permission refused): the text, selected, to copy by hand.
      setCopied('manual');
    }
  }

  return (
    <div className={styles.missing} data-testid={`round-missing-${owner.owner}`}>
      <ResultHeading>{messages.roundMissingHeading(owner.owner, owner.missing.length)}</ResultHeading>
      <ul className={styles.list}>
        {owner.missing.map((k, i) => (
          <li key={i}>{messages.roundMissingItem(k)}</li>
        ))}
      </ul>
      <Button size="small" aria-label={messages.roundCopyReminderLabel(owner.owner)} onClick={() => void copy()}>
        {messages.roundCopyReminder}
      </Button>
      <div aria-live="polite" className={styles.reminder}>
        {copied === 'clipboard' && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{messages.roundReminderCopied(owner.owner, owner.contact)}</MessageBarBody>
          </MessageBar>
        )}
        {copied === 'manual' && (
          <Field label={messages.roundReminderManual(owner.owner)}>
            <Textarea ref={area} readOnly value={text} resize="vertical" rows={6} />
          </Field>
        )}
      </div>
    </div>
  );
}
