// Findings grouped by sheet, errors before warnings, each with its cell. The cell is a link that
// takes the user there: in Excel the cell is selected, in a file it becomes the cell it opens on.

import { Badge, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding, Severity } from '../findings';
import type { WorkbookPort } from '../workbook/port';
import { ErrorMessage } from './ErrorMessage';
import { useMessages } from './messagesContext';
import { ResultHeading } from './OperationScreen';
import { userMessage } from './userMessage';
import { push } from '../collections';

const useStyles = makeStyles({
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  where: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const SEVERITY_ORDER: Severity[] = ['error', 'warning'];

/** Sheets in the order the findings come (checkRegistry sorts them by the schema), errors first within each. */
export function groupFindings(findings: readonly Finding[]): { sheet: string; findings: Finding[] }[] {
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) push(bySheet, f.sheet, f);
  return [...bySheet].map(([sheet, list]) => ({
    sheet,
    findings: SEVERITY_ORDER.flatMap((severity) => list.filter((f) => f.severity === severity)),
  }));
}

export function FindingList({ findings, workbook }: { findings: readonly Finding[]; workbook: WorkbookPort }) {
  const messages = useMessages();
  const styles = useStyles();
  const [selectError, setSelectError] = useState<string | null>(null);
  const select = (sheet: string, cell: string) => {
    setSelectError(null);
    workbook.select(sheet, cell).catch((e) => setSelectError(userMessage(e, messages.selectFailed, messages.problem)));
  };

  return (
    <>
      {selectError && <ErrorMessage text={selectError} />}
      {groupFindings(findings).map((group) => (
        <section key={group.sheet} className={styles.sheet} aria-label={messages.findingsOnSheet(group.sheet)}>
          <ResultHeading>{group.sheet}</ResultHeading>
          <ul className={styles.list}>
            {group.findings.map((f, i) => (
              <li key={i} className={styles.item}>
                <span className={styles.where}>
                  <Badge appearance="tint" color={f.severity === 'error' ? 'danger' : 'warning'}>
                    {f.severity === 'error' ? messages.severityError : messages.severityWarning}
                  </Badge>
                  {f.cell && (
                    <Link as="button" onClick={() => select(f.sheet, f.cell!)} aria-label={messages.selectCell(f.sheet, f.cell)}>
                      {f.cell}
                    </Link>
                  )}
                </span>
                <Text>{messages.problem(f)}</Text>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
