// What a make/update run did, in words: which version, how much was added, and any remarks.

import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { InitResult } from '../registry/init';
import { registrySchema } from '../registry/schema';
import { START_SHEET, fillOrderSheets } from '../registry/startSheet';
import { useMessages } from './messagesContext';

const useStyles = makeStyles({
  findings: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

export function ResultMessage({ result }: { result: InitResult }) {
  const messages = useMessages();
  const styles = useStyles();
  const title = result.created
    ? messages.resultCreated(result.toVersion)
    : result.fromVersion !== null && result.fromVersion !== result.toVersion
      ? messages.resultUpgraded(result.fromVersion, result.toVersion)
      : messages.resultCompleted(result.toVersion);
  const added = {
    sheets: result.added.sheets.length,
    tables: result.added.tables.length,
    columns: result.added.columns.length,
    names: result.added.names.length,
  };
  return (
    <MessageBar intent={result.findings.length === 0 ? 'success' : 'warning'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle> {messages.resultAdded(added)}
        {result.added.sheets.includes(START_SHEET) && <div>{messages.nextStep(START_SHEET, fillOrderSheets(registrySchema.tables))}</div>}
        {result.findings.length > 0 && (
          <>
            <div>{messages.findingsHeading(result.findings.length)}:</div>
            <ul className={styles.findings}>
              {result.findings.map((f, i) => (
                <li key={i}>
                  {messages.findingAt(f.sheet, f.cell)}: {messages.problem(f)}
                </li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
