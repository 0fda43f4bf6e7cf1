// Choosing a monitor download to import: dropped on the zone or picked with the button. A CSV or a
// Swing JSON goes straight to the import; a theme workbook first lists its sheets to choose from.

import { Button, Spinner, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import type { MonitorSource, SheetOverview } from '../monitor';
import type { WorkbookPort } from '../workbook/port';
import { ErrorMessage } from './ErrorMessage';
import { loadMonitor } from './loadMonitor';
import { useMessages } from './messagesContext';
import { ThemeSheetPicker } from './ThemeSheetPicker';
import { useOperation } from './useOperation';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

type XlsxSource = Extract<MonitorSource, { kind: 'xlsx' }>;
type Theme = { source: XlsxSource; sheets: SheetOverview[] };

export const MONITOR_FILE_TYPES = '.csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function MonitorFileImport(props: { workbook: WorkbookPort; disabled: boolean; onImport(source: MonitorSource, sheets?: string[]): void }) {
  const messages = useMessages();
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
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

  function onPicked(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // so choosing the same file again still fires a change
    if (file) take(file);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !props.disabled) take(file);
  }

  const busy = props.disabled || reading.state.phase === 'working';
  const theme = reading.state.phase === 'done' ? reading.state.result : null;
  return (
    <>
      <div
        className={mergeClasses(styles.zone, over && styles.over)}
        data-testid="monitor-drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <Text>{messages.monitorDrop}</Text>
        <input ref={picker} type="file" accept={MONITOR_FILE_TYPES} hidden onChange={onPicked} data-testid="monitor-file-picker" />
        <Button disabled={busy} onClick={() => picker.current?.click()}>
          {messages.monitorPick}
        </Button>
      </div>
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
