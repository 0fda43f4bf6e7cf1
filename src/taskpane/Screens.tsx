// The pane's navigation: one tab per task on the open workbook. Every screen stays mounted while
// another is shown, so a check or an import summary is still there when the user comes back. A
// screen that reads the workbook as it opens (Halfjaar) is mounted the first time it is shown.

import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { WorkbookPort } from '../workbook/port';
import { CheckPanel } from './CheckPanel';
import { ExportPanel } from './ExportPanel';
import type { Messages } from './messages';
import { useMessages } from './messagesContext';
import { MonitorPanel } from './MonitorPanel';
import { NormsPanel } from './NormsPanel';
import { ReportPanel } from './ReportPanel';
import { RoundPanel } from './RoundPanel';

const useStyles = makeStyles({
  screens: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Seven tabs do not fit in 350 px on one line: they wrap rather than scroll out of sight.
  tabs: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXXS, marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

interface Screen {
  id: string;
  label(messages: Messages): string;
  render(workbook: WorkbookPort, start: ReactNode): ReactNode;
  /** Rendered only once the tab was opened: the screen reads the workbook when it mounts. */
  onFirstVisit?: boolean;
}

const screens: Screen[] = [
  { id: 'start', label: (m) => m.tabStart, render: (_, start) => start },
  { id: 'check', label: (m) => m.tabCheck, render: (wb) => <CheckPanel workbook={wb} /> },
  { id: 'monitor', label: (m) => m.tabMonitor, render: (wb) => <MonitorPanel workbook={wb} /> },
  { id: 'norms', label: (m) => m.tabNorms, render: (wb) => <NormsPanel workbook={wb} /> },
  { id: 'round', label: (m) => m.tabRound, render: (wb) => <RoundPanel workbook={wb} />, onFirstVisit: true },
  { id: 'report', label: (m) => m.tabReport, render: (wb) => <ReportPanel workbook={wb} /> },
  { id: 'export', label: (m) => m.tabExport, render: (wb) => <ExportPanel workbook={wb} /> },
];

/** `start` is the Start screen's content, which differs inside Excel and in standalone mode. */
export function Screens({ workbook, start }: { workbook: WorkbookPort; start: ReactNode }) {
  const messages = useMessages();
  const styles = useStyles();
  const [selected, setSelected] = useState('start');
  const [visited, setVisited] = useState(() => new Set(['start']));

  function select(id: string) {
    setSelected(id);
    setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
  }

  return (
    <div className={styles.screens}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_, data) => select(String(data.value))}
        aria-label={messages.navigationLabel}
      >
        {screens.map((s) => (
          <Tab key={s.id} value={s.id} id={`tab-${s.id}`} aria-controls={`screen-${s.id}`}>
            {s.label(messages)}
          </Tab>
        ))}
      </TabList>
      {screens.map((s) => (
        <div key={s.id} role="tabpanel" id={`screen-${s.id}`} aria-labelledby={`tab-${s.id}`} hidden={s.id !== selected}>
          {(!s.onFirstVisit || visited.has(s.id)) && s.render(workbook, start)}
        </div>
      ))}
    </div>
  );
}
