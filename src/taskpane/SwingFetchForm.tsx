// Fetching from a Swing "in Cijfers" site: the site's address, the variable codes and, for sites
// that ask for one, an API key. The fetch and the import run in MonitorPanel.

import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useMessages } from './messagesContext';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  action: { alignSelf: 'flex-start' },
});

export interface SwingRequest {
  site: string;
  variables: string[];
  apiKey?: string;
}

export function SwingFetchForm(props: { disabled: boolean; onFetch(request: SwingRequest): void }) {
  const messages = useMessages();
  const styles = useStyles();
  const [site, setSite] = useState('');
  const [variables, setVariables] = useState('');
  const [apiKey, setApiKey] = useState('');
  const codes = variables.split(/[\s,;]+/).filter(Boolean);

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onFetch({ site: site.trim(), variables: codes, ...(apiKey.trim() ? { apiKey: apiKey.trim() } : {}) });
  }

  return (
    <form className={styles.form} onSubmit={submit}>
      <Field label={messages.swingSite} hint={messages.swingSiteHint}>
        <Input type="url" value={site} onChange={(_, d) => setSite(d.value)} placeholder="https://provincies.incijfers.be" />
      </Field>
      <Field label={messages.swingVariables} hint={messages.swingVariablesHint}>
        <Input value={variables} onChange={(_, d) => setVariables(d.value)} />
      </Field>
      <Field label={messages.swingApiKey}>
        <Input type="password" value={apiKey} onChange={(_, d) => setApiKey(d.value)} />
      </Field>
      <Button className={styles.action} type="submit" disabled={props.disabled || !site.trim() || codes.length === 0}>
        {messages.swingFetch}
      </Button>
    </form>
  );
}
