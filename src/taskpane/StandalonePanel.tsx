// Outside Excel there is no open workbook: the user opens an .xlsx from disk, or makes the demo
// registry or an empty workbook in memory, works on it with the same screens as in Excel, and
// downloads the result to open in Excel.

import { Button, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import { downloadName, offerDownload } from './download';
import { ErrorMessage } from './ErrorMessage';
import { useMessages } from './messagesContext';
import { RegistryPanel } from './RegistryPanel';
import { Screens } from './Screens';
import type { FileWorkbook, XlsxFiles } from './session';
import { userMessage } from './userMessage';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  choices: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  opened: { color: tokens.colorNeutralForeground2 },
  // Set apart from the screens above it: it saves the whole workbook, whatever screen is open.
  download: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  other: { marginTop: tokens.spacingVerticalL },
});

interface OpenDocument {
  /** A new id per opened workbook, so the registry screen starts afresh for each. */
  id: number;
  workbook: FileWorkbook;
  label: string;
  filename: string;
}

export function StandalonePanel({ files }: { files: XlsxFiles }) {
  const messages = useMessages();
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const nextId = useRef(1);
  const [doc, setDoc] = useState<OpenDocument | null>(null);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // A failed open keeps the workbook that was open: work in memory is not thrown away.
  async function open(make: () => Promise<FileWorkbook>, label: string, filename: string) {
    setOpening(true);
    setError(null);
    try {
      const workbook = await make();
      setDoc({ id: nextId.current++, workbook, label, filename });
    } catch (e) {
      setError(userMessage(e, messages.openFailed, messages.problem));
    } finally {
      setOpening(false);
    }
  }

  function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // so choosing the same file again still fires a change
    if (!file) return;
    void open(async () => files.open(await file.arrayBuffer()), messages.openedFile(file.name), downloadName(file.name));
  }

  async function download() {
    if (!doc) return;
    setError(null);
    try {
      offerDownload(await doc.workbook.save(), doc.filename);
    } catch (e) {
      setError(userMessage(e, messages.downloadFailed, messages.problem));
    }
  }

  // Before a workbook is open these are the whole page; after, they sit on the Start screen.
  const choices = (
    <>
      {doc ? (
        <Subtitle2 as="h2" className={styles.other}>
          {messages.otherFile}
        </Subtitle2>
      ) : (
        <Text>{messages.standaloneIntro}</Text>
      )}
      <div className={styles.choices}>
        <input ref={picker} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden onChange={onFileChosen} data-testid="file-picker" />
        <Button appearance={doc ? 'secondary' : 'primary'} disabled={opening} onClick={() => picker.current?.click()}>
          {messages.openFile}
        </Button>
        <Button disabled={opening} onClick={() => void open(files.demo, messages.openedDemo, downloadName())}>
          {messages.tryDemo}
        </Button>
        <Button disabled={opening} onClick={() => void open(files.blank, messages.openedBlank, downloadName())}>
          {messages.startBlank}
        </Button>
      </div>
      {opening && <Spinner size="tiny" labelPosition="after" label={messages.opening} />}
      {error && <ErrorMessage text={error} />}
    </>
  );

  if (!doc) return <div className={styles.panel}>{choices}</div>;

  return (
    <div className={styles.panel}>
      <Text className={styles.opened} data-testid="opened">
        {doc.label}
      </Text>
      <Screens
        key={doc.id}
        workbook={doc.workbook}
        start={
          <div className={styles.panel}>
            <RegistryPanel workbook={doc.workbook} />
            {choices}
          </div>
        }
      />
      <div className={styles.download}>
        <Button onClick={() => void download()}>{messages.download}</Button>
        <Text size={200} className={styles.hint}>
          {messages.downloadHint(doc.filename)}
        </Text>
      </div>
    </div>
  );
}
