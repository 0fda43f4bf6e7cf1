// Halfjaar, second step: the returned forms back into Metingen. The coordinator drops or picks the
// filled-in files, or merges the form sheets in the registry itself. The screen shows what the merge
// did, every value or form it did not take and why, and each conflict side by side: the register's
// value (source, date) against the form's (department, form), for measurements and for the progress
// of actions and measures alike. Taking a value over merges the same forms again with that conflict
// accepted (a merge is idempotent, and the CLI's --neem-over goes the same way); keeping writes nothing.

import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { MergeResult, ProgressConflict, RoundConflict } from '../rounds';
import type { CellValue, WorkbookPort } from '../workbook/port';
import { CountList } from './CountList';
import { DropZone } from './DropZone';
import { ErrorMessage } from './ErrorMessage';
import { loadRounds } from './loadRounds';
import type { Messages } from './messages';
import { useMessages } from './messagesContext';
import { ResultHeading } from './OperationScreen';
import { conflictKeyOf, type OpenedForms, type PickedForms } from './roundKeys';
import { useOperation } from './useOperation';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  explanation: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  conflicts: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  conflict: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  sides: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, margin: 0 },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  sideBody: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, margin: 0 },
  sideLabel: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  detail: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Merged {
  opened: OpenedForms;
  first: MergeResult;
}

/** Decisions on the conflicts of the merge shown; `latest` is the merge that took the accepted ones over. */
interface Decisions {
  accepted: ReadonlySet<string>;
  kept: ReadonlySet<string>;
  latest: MergeResult | null;
}

const NONE: Decisions = { accepted: new Set(), kept: new Set(), latest: null };

/** A conflict the coordinator decides: of a measurement's value, or of an action's or measure's progress. */
type Conflict = RoundConflict | ProgressConflict;

export function RoundMerge({ workbook, onMerged }: { workbook: WorkbookPort; onMerged(period: string): void }) {
  const messages = useMessages();
  const styles = useStyles();
  const merging = useOperation<Merged>();
  const deciding = useOperation<void>();
  const [decisions, setDecisions] = useState<Decisions>(NONE);
  const busy = merging.state.phase === 'working' || deciding.state.phase === 'working';

  function merge(picked: PickedForms) {
    setDecisions(NONE);
    void merging.run(async () => {
      const rounds = await loadRounds();
      const opened = await rounds.openForms(workbook, picked);
      const first = await rounds.mergeOpened(workbook, opened);
      onMerged(first.period);
      return { opened, first };
    }, messages.roundMergeFailed);
  }

  function readPicked(files: File[]) {
    merge({ kind: 'files', files });
  }

  const merged = merging.state.phase === 'done' ? merging.state.result : null;

  function decide(take: Conflict[], keep: Conflict[]) {
    if (!merged) return;
    const accepted = new Set([...decisions.accepted, ...take.map(conflictKeyOf)]);
    const kept = new Set([...decisions.kept, ...keep.map(conflictKeyOf)]);
    if (!take.length) {
      setDecisions({ ...decisions, kept }); // keeping the register's value writes nothing
      return;
    }
    void deciding.run(async () => {
      const latest = await (await loadRounds()).mergeOpened(workbook, merged.opened, accepted);
      setDecisions({ accepted, kept, latest });
      onMerged(latest.period);
    }, messages.roundDecideFailed);
  }

  return (
    <section className={styles.section} aria-labelledby="round-merge-heading">
      <Subtitle2 as="h2" id="round-merge-heading">
        {messages.roundMergeHeading}
      </Subtitle2>
      <Text className={styles.explanation}>{messages.roundMergeExplanation}</Text>
      <DropZone
        text={messages.roundMergeDrop}
        button={messages.roundMergePick}
        primary
        accept={XLSX_TYPES}
        multiple
        disabled={busy}
        testId="round"
        onFiles={readPicked}
      />
      <div>
        <Button disabled={busy} onClick={() => merge({ kind: 'sheets' })}>
          {messages.roundMergeSheets}
        </Button>
      </div>
      <div aria-live="polite" className={styles.section}>
        {merging.state.phase === 'working' && <Spinner size="tiny" labelPosition="after" label={messages.roundMergeWorking} />}
        {merging.state.phase === 'failed' && <ErrorMessage text={merging.state.message} />}
        {merged && <MergeSummary merged={merged} decisions={decisions} busy={busy} onDecide={decide} />}
        {deciding.state.phase === 'working' && <Spinner size="tiny" labelPosition="after" label={messages.roundMergeWorking} />}
        {deciding.state.phase === 'failed' && <ErrorMessage text={deciding.state.message} />}
      </div>
    </section>
  );
}

function MergeSummary(props: { merged: Merged; decisions: Decisions; busy: boolean; onDecide(take: Conflict[], keep: Conflict[]): void }) {
  const messages = useMessages();
  const styles = useStyles();
  const { first } = props.merged;
  const { accepted, kept, latest } = props.decisions;
  const now = latest ?? first;
  /** Of a list of conflicts of the first merge and the same list now: how many were taken over, and which are still open. */
  const settled = <C extends Conflict>(before: C[], after: C[]) => {
    const still = new Set(after.map(conflictKeyOf));
    return { takenOver: before.filter((c) => accepted.has(conflictKeyOf(c)) && !still.has(conflictKeyOf(c))).length, open: after.filter((c) => !kept.has(conflictKeyOf(c))) };
  };
  const { takenOver, open } = settled(first.conflictList, now.conflictList);
  const progress = settled(first.progress.conflicts, now.progress.conflicts);
  // The headline speaks of Metingen; progress has its own count below.
  const changed = first.accepted + takenOver > 0;

  return (
    <>
      <MessageBar intent={open.length || first.rejected.length || progress.open.length ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody data-testid="round-merged">
          <MessageBarTitle>{messages.roundMerged(first.period, first.forms)}</MessageBarTitle> {changed ? messages.roundMergedChanged : messages.roundMergedNothing}
        </MessageBarBody>
      </MessageBar>
      <CountList
        testId="round-merge-counts"
        counts={[
          { label: messages.roundCountForms, value: first.forms },
          { label: messages.roundCountAccepted, value: first.accepted + takenOver },
          { label: messages.roundCountUnchanged, value: first.unchanged },
          { label: messages.roundCountConflicts, value: open.length },
          ...(kept.size ? [{ label: messages.roundCountKept, value: kept.size }] : []),
          { label: messages.roundCountRejected, value: first.rejected.length },
          ...(first.progress.written || first.progress.unchanged || first.progress.conflicts.length
            ? [{ label: messages.roundCountProgress, value: first.progress.written + progress.takenOver }]
            : []),
        ]}
      />

      {progress.open.length > 0 && (
        <>
          <ResultHeading>{messages.roundProgressConflictsHeading(progress.open.length)}</ResultHeading>
          <Text size={200}>{messages.roundProgressConflictsHint}</Text>
          <ul className={styles.conflicts} data-testid="round-progress-conflicts">
            {progress.open.map((c) => (
              <ConflictItem
                key={conflictKeyOf(c)}
                what={messages.roundProgressConflictKey(c.kind, c.code, c.field)}
                registry={{ value: c.registryValue, details: [c.registryCell] }}
                form={{ value: c.formValue, details: [c.owner, `${c.form} (${c.formCell})`] }}
                busy={props.busy}
                onTake={() => props.onDecide([c], [])}
                onKeep={() => props.onDecide([], [c])}
              />
            ))}
          </ul>
        </>
      )}

      {first.rejected.length > 0 && (
        <>
          <ResultHeading>{messages.roundRejectedHeading(first.rejected.length)}</ResultHeading>
          <ul className={styles.list} data-testid="round-rejected">
            {first.rejected.map((r, i) => (
              <li key={i}>
                <Text weight="semibold">{messages.roundRejectedAt(r.form, r.sheet, r.cell)}</Text>: {messages.problem(r)}
              </li>
            ))}
          </ul>
        </>
      )}

      {open.length > 0 && (
        <>
          <ResultHeading>{messages.roundConflictsHeading(open.length)}</ResultHeading>
          <Text size={200}>{messages.roundConflictsHint}</Text>
          <div className={styles.actions}>
            <Button disabled={props.busy} onClick={() => props.onDecide(open, [])}>
              {messages.roundAcceptAll}
            </Button>
          </div>
          <ul className={styles.conflicts} data-testid="round-conflicts">
            {open.map((c) => {
              const date = excelDate(c.registryDate);
              return (
                <ConflictItem
                  key={conflictKeyOf(c)}
                  what={messages.roundConflictKey(c.indicator, c.area, c.period, c.dimension)}
                  registry={{
                    value: c.registryValue,
                    details: [...(c.registrySource ? [messages.roundConflictSource(c.registrySource)] : []), ...(date ? [messages.roundConflictDate(messages.date(date))] : [])],
                  }}
                  form={{ value: c.formValue, details: [c.owner, `${c.form} (${c.formCell})`] }}
                  busy={props.busy}
                  onTake={() => props.onDecide([c], [])}
                  onKeep={() => props.onDecide([], [c])}
                />
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}

/** One side of a conflict: its value and the lines under it (where it comes from). */
interface Side {
  value: CellValue;
  details: string[];
}

function ConflictItem(props: { what: string; registry: Side; form: Side; busy: boolean; onTake(): void; onKeep(): void }) {
  const messages = useMessages();
  const styles = useStyles();
  const { what } = props;
  const side = (label: string, s: Side) => (
    <div className={styles.side}>
      <dt className={styles.sideLabel}>{label}</dt>
      <dd className={styles.sideBody}>
        <span className={styles.value}>{shown(s.value, messages)}</span>
        {s.details.map((d) => (
          <span key={d} className={styles.detail}>
            {d}
          </span>
        ))}
      </dd>
    </div>
  );
  return (
    <li className={styles.conflict}>
      <Text weight="semibold">{what}</Text>
      <dl className={styles.sides}>
        {side(messages.roundConflictOld, props.registry)}
        {side(messages.roundConflictNew, props.form)}
      </dl>
      <span className={styles.actions}>
        <Button size="small" appearance="primary" disabled={props.busy} aria-label={messages.roundAcceptLabel(what)} onClick={props.onTake}>
          {messages.roundAccept}
        </Button>
        <Button size="small" disabled={props.busy} aria-label={messages.roundKeepLabel(what)} onClick={props.onKeep}>
          {messages.roundKeep}
        </Button>
      </span>
    </li>
  );
}

function shown(value: CellValue, messages: Messages): string {
  if (value === null || value === '') return '—';
  return typeof value === 'number' ? messages.number(value) : String(value);
}

/** An Excel date (days since 30/12/1899) as a day; null when the cell holds no date. */
function excelDate(value: CellValue): Date | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return null;
  return new Date(Math.round((value - 25569) * 86_400_000));
}
