// The sheets of a theme workbook, before importing: which indicators it holds, which of them the
// registry already has, and a choice of which to import (all indicator sheets to begin with).

import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SheetOverview } from '../monitor';
import { useMessages } from './messagesContext';

const useStyles = makeStyles({
  picker: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, border: 'none' },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  skipped: { color: tokens.colorNeutralForeground3 },
  action: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalS },
});

export function ThemeSheetPicker(props: { file: string; sheets: SheetOverview[]; disabled: boolean; onImport(sheets: string[]): void }) {
  const messages = useMessages();
  const styles = useStyles();
  const indicators = props.sheets.filter((s) => s.kind === 'indicator');
  const [chosen, setChosen] = useState(() => new Set(indicators.map((s) => s.sheet)));

  function toggle(sheet: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(sheet);
    else next.delete(sheet);
    setChosen(next);
  }

  return (
    <fieldset className={styles.picker}>
      <legend className={styles.legend}>{messages.themeSheetsLegend(props.file)}</legend>
      {indicators.map((s) => (
        <Checkbox
          key={s.sheet}
          checked={chosen.has(s.sheet)}
          disabled={props.disabled}
          onChange={(_, data) => toggle(s.sheet, data.checked === true)}
          label={messages.themeSheet(s.sheet, s.title, s.rows, s.known)}
        />
      ))}
      {props.sheets
        .filter((s) => s.kind !== 'indicator')
        .map((s) => (
          <Text key={s.sheet} size={200} className={styles.skipped}>
            {messages.themeSheetSkipped(s.sheet, s.problem ?? null)}
          </Text>
        ))}
      <Button
        className={styles.action}
        appearance="primary"
        disabled={props.disabled || chosen.size === 0}
        onClick={() => props.onImport(indicators.filter((s) => chosen.has(s.sheet)).map((s) => s.sheet))}
      >
        {messages.themeImport(chosen.size)}
      </Button>
    </fieldset>
  );
}
