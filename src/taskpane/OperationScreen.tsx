// The frame every operation screen shares (Controleren, Normen, Export): heading, what the operation
// does, its options, the button that runs it with a spinner while it works, the failure in plain
// words, and below that the result.

import { Button, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';
import type { Operation } from './useOperation';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  explanation: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  subheading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface OperationScreenProps {
  id: string;
  heading: string;
  explanation: string;
  /** Choices made before running, e.g. the export's format. */
  options?: ReactNode;
  run: { label: string; working: string; onRun(): void };
  state: Operation<unknown>;
  children?: ReactNode;
}

export function OperationScreen(props: OperationScreenProps) {
  const styles = useStyles();
  const working = props.state.phase === 'working';
  return (
    <section className={styles.panel} aria-labelledby={`${props.id}-heading`}>
      <Subtitle2 as="h2" id={`${props.id}-heading`}>
        {props.heading}
      </Subtitle2>
      <Text className={styles.explanation}>{props.explanation}</Text>
      {props.options}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={working} onClick={props.run.onRun}>
          {props.run.label}
        </Button>
        {working && <Spinner size="tiny" labelPosition="after" label={props.run.working} />}
      </div>
      {props.state.phase === 'failed' && <ErrorMessage text={props.state.message} />}
      {props.children}
    </section>
  );
}

/** A heading inside a result (findings of a sheet, deviations, conflicts). */
export function ResultHeading({ children }: { children: ReactNode }) {
  return <h3 className={useStyles().subheading}>{children}</h3>;
}
