// Search the Gemeente-Stadsmonitor's indicator catalogue and add an indicator to the registry's
// Indicatoren, with its definition, unit and source. The catalogue is loaded on the first search.

import { Button, Field, MessageBar, MessageBarBody, SearchBox, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Catalogue, CatalogueEntry, PickResult } from '../monitor';
import type { WorkbookPort } from '../workbook/port';
import { ErrorMessage } from './ErrorMessage';
import { loadMonitor } from './loadMonitor';
import { useMessages } from './messagesContext';
import { useOperation } from './useOperation';
import { userMessage } from './userMessage';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  entry: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3 },
  add: { flexShrink: 0, whiteSpace: 'nowrap' },
});

/** Results shown at once: the pane is narrow, and a longer query narrows them down. */
const SHOWN = 8;

export function CatalogueSearch({ workbook }: { workbook: WorkbookPort }) {
  const messages = useMessages();
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const adding = useOperation<PickResult>();
  const wanted = query.trim() !== '';

  useEffect(() => {
    if (!wanted || catalogue) return;
    let current = true;
    loadMonitor()
      .then((m) => m.loadCatalogue())
      .then((c) => current && setCatalogue(c))
      .catch((e) => current && setLoadError(userMessage(e, messages.catalogueFailed, messages.problem)));
    return () => {
      current = false;
    };
  }, [wanted, catalogue, messages]);

  const results = catalogue && wanted ? catalogue.search(query, SHOWN) : [];

  function add(entry: CatalogueEntry) {
    void adding.run(async () => (await loadMonitor()).addFromCatalogue(workbook, [entry.code], { catalogue: catalogue! }), messages.addIndicatorFailed);
  }

  return (
    <>
      <Field label={messages.catalogueLabel} hint={catalogue ? messages.catalogueHint(catalogue.edition) : undefined}>
        <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} placeholder={messages.cataloguePlaceholder} />
      </Field>
      {wanted && !catalogue && !loadError && <Spinner size="tiny" labelPosition="after" label={messages.catalogueLoading} />}
      {loadError && <ErrorMessage text={loadError} />}
      {catalogue && wanted && results.length === 0 && <Text>{messages.catalogueNothing(query.trim())}</Text>}
      {results.length > 0 && (
        <ul className={styles.list} aria-label={messages.catalogueResults}>
          {results.map((entry) => (
            <li key={entry.code} className={styles.item}>
              <span className={styles.entry}>
                <Text weight="semibold">{entry.title}</Text>
                <Text size={200} className={styles.meta}>
                  {entry.code} · {entry.theme} · {entry.unit}
                </Text>
              </span>
              <Button className={styles.add} size="small" disabled={adding.state.phase === 'working'} onClick={() => add(entry)} aria-label={messages.addIndicatorLabel(entry.code, entry.title)}>
                {messages.addIndicator}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {adding.state.phase === 'failed' && <ErrorMessage text={adding.state.message} />}
      {adding.state.phase === 'done' && (
        <MessageBar intent={adding.state.result.added.length ? 'success' : 'info'} layout="multiline">
          <MessageBarBody>
            {adding.state.result.added.map((a) => messages.indicatorAdded(a.id, a.name, a.code, a.left)).join(' ')}
            {adding.state.result.existing.map((e) => messages.indicatorExists(e.id, e.code)).join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
