// A zone to drop files on, with a button that opens the file picker: how the Monitor and Halfjaar
// screens take files. The picker is cleared after each choice, so choosing the same file again
// still counts.

import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent, type DragEvent } from 'react';

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

export interface DropZoneProps {
  /** What to drop, e.g. "Sleep een bestand hierheen". */
  text: string;
  button: string;
  primary?: boolean;
  accept: string;
  multiple?: boolean;
  disabled: boolean;
  /** Test ids of the zone and of its hidden file input. */
  testId: string;
  onFiles(files: File[]): void;
}

export function DropZone(props: DropZoneProps) {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  function onPicked(event: ChangeEvent<HTMLInputElement>) {
    const files = event.target.files ? [...event.target.files] : [];
    event.target.value = '';
    if (files.length) props.onFiles(files);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length && !props.disabled) props.onFiles(props.multiple ? files : files.slice(0, 1));
  }

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid={`${props.testId}-drop-zone`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Text>{props.text}</Text>
      <input ref={picker} type="file" accept={props.accept} multiple={props.multiple} hidden onChange={onPicked} data-testid={`${props.testId}-file-picker`} />
      <Button appearance={props.primary ? 'primary' : undefined} disabled={props.disabled} onClick={() => picker.current?.click()}>
        {props.button}
      </Button>
    </div>
  );
}
