// What an import did: the counts of ImportSummary, what it added to the registry, and the conflicts
// (values entered by hand that the file would have overwritten, to settle here) and errors, each in
// the import's own Dutch words with what to do.

import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ImportResult } from '../monitor';
import type { WorkbookPort } from '../workbook/port';
import { CountList } from './CountList';
import { ImportConflicts } from './ImportConflicts';
import { useMessages } from './messagesContext';
import { ResultHeading } from './OperationScreen';

const useStyles = makeStyles({
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
});

/** Errors listed at once; the count stays complete and the rest is one line. */
const SHOWN_ERRORS = 20;

export function ImportSummaryView({ result, workbook }: { result: ImportResult; workbook: WorkbookPort }) {
  const messages = useMessages();
  const styles = useStyles();
  const s = result.summary;
  const errorAt = (e: ImportResult['errors'][number]) => messages.importErrorAt(e.sheet ?? null, e.line, e.column);

  return (
    <section className={styles.summary} aria-labelledby="import-summary-heading" data-testid="import-summary">
      <MessageBar intent={s.conflicts || s.skipped ? 'warning' : 'success'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="import-summary-heading">{messages.importDone(s.file)}</MessageBarTitle> {result.changed ? messages.importChanged : messages.importNothingChanged}
        </MessageBarBody>
      </MessageBar>
      <CountList
        testId="import-counts"
        counts={[
          { label: messages.importRowsRead, value: s.rowsRead },
          { label: messages.importAdded, value: s.added },
          { label: messages.importUpdated, value: s.updated },
          { label: messages.importUnchanged, value: s.unchanged },
          { label: messages.importConflicts, value: s.conflicts },
          { label: messages.importEmpty, value: s.empty },
          { label: messages.importSkipped, value: s.skipped },
          { label: messages.importNotSelected, value: s.notSelected },
        ]}
      />
      {s.notSelected > 0 && <Text size={200}>{messages.importNotSelectedHint}</Text>}

      {(s.indicatorsAdded.length > 0 || s.areasAdded.length > 0 || s.areaMappings.length > 0 || s.notices.length > 0) && (
        <ul className={styles.list}>
          {s.indicatorsAdded.map((i) => (
            <li key={i.id}>{messages.importIndicatorAdded(i.id, i.name, i.code, i.from)}</li>
          ))}
          {s.areasAdded.map((a) => (
            <li key={a.code}>{messages.importAreaAdded(a.code, a.name)}</li>
          ))}
          {s.areaMappings.map((m) => (
            <li key={`${m.from}>${m.to}`}>{messages.importAreaMapped(m.fromName, m.toName, m.values)}</li>
          ))}
          {s.notices.map((n) => (
            <li key={n.message}>{messages.problem(n)}</li>
          ))}
        </ul>
      )}

      {s.conflictList.length > 0 && <ImportConflicts workbook={workbook} file={s.file} conflicts={s.conflictList} />}

      {result.errors.length > 0 && (
        <>
          <ResultHeading>{messages.importErrorsHeading(s.skipped)}</ResultHeading>
          <ul className={styles.list} data-testid="import-errors">
            {result.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
              <li key={i}>
                {errorAt(e)}: {messages.problem(e)}
              </li>
            ))}
            {result.errors.length > SHOWN_ERRORS && <li>{messages.importMoreErrors(result.errors.length - SHOWN_ERRORS)}</li>}
          </ul>
        </>
      )}
    </section>
  );
}
