// Counts as a two-column list of label and number, the way the import summary and the norm
// statuses show them; numbers in the user's locale (13.728).

import { makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from './messagesContext';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: '1fr auto', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  pair: { display: 'contents' },
  label: { margin: 0 },
  value: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
});

export function CountList({ counts, testId }: { counts: { label: string; value: number }[]; testId?: string }) {
  const messages = useMessages();
  const styles = useStyles();
  return (
    <dl className={styles.list} data-testid={testId}>
      {counts.map((c) => (
        <div key={c.label} className={styles.pair}>
          <dt className={styles.label}>{c.label}</dt>
          <dd className={styles.value}>{messages.number(c.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
