// Choosing a monitor download to import: dropped on the zone or picked with the button. A CSV or a
// Swing JSON goes straight to the import; a theme workbook first lists its sheets to choose from.

import { Spinner } from '@fluentui/react-components';
import type { MonitorSource, SheetOverview } from '../monitor';
import type { WorkbookPort } from '../workbook/port';
import { DropZone } from './DropZone';
import { ErrorMessage } from './ErrorMessage';
import { loadMonitor } from './loadMonitor';
import { useMessages } from './messagesContext';
import { ThemeSheetPicker } from './ThemeSheetPicker';
import { useOperation } from './useOperation';

type XlsxSource = Extract<MonitorSource, { kind: 'xlsx' }>;
type Theme = { source: XlsxSource; sheets: SheetOverview[] };

export const MONITOR_FILE_TYPES = '.csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function MonitorFileImport(props: { workbook: WorkbookPort; disabled: boolean; onImport(source: MonitorSource, sheets?: string[]): void }) {
  const messages = useMessages();
  const reading = useOperation<Theme | null>();

  function take(file: File) {
    void reading.run(async () => {
      const monitor = await loadMonitor();
      const source = await monitor.monitorSourceFromFile(file);
      if (source.kind !== 'xlsx') {
        props.onImport(source);
        return null;
      }
      return { source, sheets: await monitor.describeThemeWorkbook(props.workbook, source) };
    }, messages.monitorFileFailed);
  }

  const busy = props.disabled || reading.state.phase === 'working';
  const theme = reading.state.phase === 'done' ? reading.state.result : null;
  return (
    <>
      <DropZone
        text={messages.monitorDrop}
        button={messages.monitorPick}
        accept={MONITOR_FILE_TYPES}
        disabled={busy}
        testId="monitor"
        onFiles={([file]) => take(file)}
      />
      {reading.state.phase === 'working' && <Spinner size="tiny" labelPosition="after" label={messages.monitorReadingFile} />}
      {reading.state.phase === 'failed' && <ErrorMessage text={reading.state.message} />}
      {theme && (
        <ThemeSheetPicker
          key={theme.source.name}
          file={theme.source.name}
          sheets={theme.sheets}
          disabled={props.disabled}
          onImport={(sheets) => props.onImport(theme.source, sheets)}
        />
      )}
    </>
  );
}
