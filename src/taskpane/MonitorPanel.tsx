// Monitor: add indicators from the Gemeente-Stadsmonitor's catalogue, and bring its figures into
// Metingen from a downloaded file or a Swing site. One import runs at a time; it shows the rows read
// as it goes, can be cancelled (nothing is written then), and ends with the import summary, whose
// conflicts are settled there.

import { Button, Checkbox, MessageBar, MessageBarBody, ProgressBar, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ImportProgress, ImportResult, MonitorSource } from '../monitor';
import type { WorkbookPort } from '../workbook/port';
import { CatalogueSearch } from './CatalogueSearch';
import { ErrorMessage } from './ErrorMessage';
import { ImportSummaryView } from './ImportSummaryView';
import { loadMonitor, type MonitorModule } from './loadMonitor';
import { useMessages } from './messagesContext';
import { MonitorFileImport } from './MonitorFileImport';
import { SwingFetchForm } from './SwingFetchForm';
import { useOperation } from './useOperation';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // The Swing form is folded away: most users import a downloaded file.
  swing: { '& > form': { marginTop: tokens.spacingVerticalS } },
  summary: { cursor: 'pointer', padding: `${tokens.spacingVerticalXS} 0`, fontWeight: tokens.fontWeightSemibold },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  progressLine: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

type Prepare = (monitor: MonitorModule, signal: AbortSignal) => Promise<MonitorSource>;

export function MonitorPanel({ workbook }: { workbook: WorkbookPort }) {
  const messages = useMessages();
  const styles = useStyles();
  const importing = useOperation<ImportResult>();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [allAreas, setAllAreas] = useState(false);
  const { state } = importing;
  const working = state.phase === 'working';

  function start(prepare: Prepare, sheets?: string[]) {
    setProgress(null);
    void importing.run(async (signal) => {
      const monitor = await loadMonitor();
      const source = await prepare(monitor, signal);
      return monitor.importSource(workbook, source, { allAreas, sheets, signal, onProgress: setProgress });
    }, messages.importFailed);
  }

  return (
    <div className={styles.panel}>
      <section className={styles.section} aria-labelledby="catalogue-heading">
        <Subtitle2 as="h2" id="catalogue-heading">
          {messages.catalogueHeading}
        </Subtitle2>
        <CatalogueSearch workbook={workbook} />
      </section>

      <section className={styles.section} aria-labelledby="import-heading">
        <Subtitle2 as="h2" id="import-heading">
          {messages.importHeading}
        </Subtitle2>
        <Text>{messages.importExplanation}</Text>
        <MonitorFileImport workbook={workbook} disabled={working} onImport={(source, sheets) => start(async () => source, sheets)} />
        <details className={styles.swing}>
          <summary className={styles.summary}>{messages.swingHeading}</summary>
          <SwingFetchForm
            disabled={working}
            onFetch={(request) => start((monitor, signal) => monitor.fetchSwing({ site: request.site, variables: request.variables, apiKey: request.apiKey, signal }))}
          />
        </details>
        <Checkbox checked={allAreas} disabled={working} onChange={(_, d) => setAllAreas(d.checked === true)} label={messages.importAllAreas} />
      </section>

      <div aria-live="polite" className={styles.section}>
        {working && (
          <div className={styles.progress}>
            <ProgressBar value={progress?.fraction ?? undefined} thickness="large" aria-label={messages.importProgressLabel} />
            <div className={styles.progressLine}>
              <Text data-testid="import-progress">{progress ? messages.importRowsSoFar(progress.rowsRead) : messages.importStarting}</Text>
              <Button onClick={importing.cancel}>{messages.cancel}</Button>
            </div>
          </div>
        )}
        {state.phase === 'cancelled' && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{messages.importCancelled}</MessageBarBody>
          </MessageBar>
        )}
        {state.phase === 'failed' && <ErrorMessage text={state.message} />}
        {state.phase === 'done' && <ImportSummaryView result={state.result} workbook={workbook} />}
      </div>
    </div>
  );
}
