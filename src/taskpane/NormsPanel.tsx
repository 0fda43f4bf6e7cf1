// Normen: runs Toets aan normen, which writes status, colours and notes next to every value in
// Metingen, and shows the counts per status, the deviations and gaps to act on, and the trend of
// an indicator the user picks.

import { Badge, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { chartSeries, flagRegistry, type FlagCounts, type FlagResult, type MeasurementFlag } from '../norms';
import type { WorkbookPort } from '../workbook/port';
import { CountList } from './CountList';
import { ExcelChartButton } from './ExcelChartButton';
import { FindingList } from './FindingList';
import { useMessages } from './messagesContext';
import { OperationScreen, ResultHeading } from './OperationScreen';
import { TrendChart } from './TrendChart';
import { useOperation } from './useOperation';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  // A native select is as wide as its longest option; in 350 px it must shrink and cut the text.
  picker: { minWidth: 0, maxWidth: '100%', '& select': { minWidth: 0, textOverflow: 'ellipsis' } },
});

/** Statuses in the order a coordinator reads them: what is fine, what needs action, what is missing. */
const STATUS_ORDER: (keyof FlagCounts)[] = ['ok', 'on_track', 'deviation', 'off_track', 'outlier', 'no_norm', 'missing', 'stale'];
/** Measurements that ask for action. */
const ATTENTION = new Set<MeasurementFlag['status']>(['deviation', 'off_track', 'outlier']);
const ATTENTION_COLOR = { deviation: 'danger', off_track: 'warning', outlier: 'important' } as const;
/** Rows listed at once; the workbook has them all (Metingen, Overzicht). */
const SHOWN = 50;

export function NormsPanel({ workbook }: { workbook: WorkbookPort }) {
  const messages = useMessages();
  const styles = useStyles();
  const flag = useOperation<FlagResult>();
  const [chart, setChart] = useState<number | null>(null);
  const { state } = flag;

  function start() {
    setChart(null);
    void flag.run(() => flagRegistry(workbook), messages.flagFailed);
  }

  const result = state.phase === 'done' ? state.result : null;
  const attention = result?.measurements.filter((m) => ATTENTION.has(m.status)) ?? [];
  // The chart can show indicators whose latest value is a number; an ordinal label (C) cannot be drawn.
  const charts = result?.overview.filter((o) => typeof o.waarde === 'number') ?? [];
  const chosen = charts[chart ?? 0];
  const series = result && chosen ? chartSeries(result, chosen.indicator, chosen.gebied, chosen.dimensie) : null;

  return (
    <OperationScreen
      id="norms"
      heading={messages.normsHeading}
      explanation={messages.normsExplanation}
      run={{ label: result ? messages.flagAgain : messages.flagRun, working: messages.flagWorking, onRun: start }}
      state={state}
    >
      {result && (
        <>
          <MessageBar intent={attention.length || result.gaps.length ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{messages.flagDone(result.evaluated)}</MessageBarTitle> {messages.flagWritten}
            </MessageBarBody>
          </MessageBar>
          <CountList testId="flag-counts" counts={STATUS_ORDER.map((s) => ({ label: messages.statusLabel(s), value: result.counts[s] }))} />

          {attention.length > 0 && (
            <>
              <ResultHeading>{messages.flagAttentionHeading(attention.length)}</ResultHeading>
              <ul className={styles.list} data-testid="flag-attention">
                {attention.slice(0, SHOWN).map((m) => (
                  <li key={`${m.sheet}!${m.row}`} className={styles.item}>
                    <Badge appearance="tint" color={ATTENTION_COLOR[m.status as keyof typeof ATTENTION_COLOR]}>
                      {messages.statusLabel(m.status)}
                    </Badge>
                    <Text>
                      {messages.flagRowAt(m.sheet, m.row)}: {m.message}
                    </Text>
                  </li>
                ))}
                {attention.length > SHOWN && <li>{messages.flagMore(attention.length - SHOWN)}</li>}
              </ul>
            </>
          )}

          {result.gaps.length > 0 && (
            <>
              <ResultHeading>{messages.flagGapsHeading(result.gaps.length)}</ResultHeading>
              <ul className={styles.list} data-testid="flag-gaps">
                {result.gaps.slice(0, SHOWN).map((g) => (
                  <li key={`${g.indicator}|${g.gebied}|${g.periode}`} className={styles.item}>
                    <Badge appearance="tint" color="subtle">
                      {messages.statusLabel(g.status)}
                    </Badge>
                    <Text>{g.message}</Text>
                  </li>
                ))}
                {result.gaps.length > SHOWN && <li>{messages.flagMore(result.gaps.length - SHOWN)}</li>}
              </ul>
            </>
          )}

          {result.findings.length > 0 && (
            <>
              <ResultHeading>{messages.flagFindingsHeading(result.findings.length)}</ResultHeading>
              <FindingList findings={result.findings} workbook={workbook} />
            </>
          )}

          <ResultHeading>{messages.chartHeading}</ResultHeading>
          {charts.length === 0 ? (
            <Text>{messages.chartNothing}</Text>
          ) : (
            <>
              <Field label={messages.chartPick}>
                <Select className={styles.picker} value={String(chart ?? 0)} onChange={(_, d) => setChart(Number(d.value))}>
                  {charts.map((o, i) => (
                    <option key={i} value={i}>
                      {messages.chartOption(o.naam || o.indicator, o.gebiednaam || o.gebied, o.dimensie)}
                    </option>
                  ))}
                </Select>
              </Field>
              <TrendChart series={series!} labels={{ title: chosen.naam || chosen.indicator, unit: chosen.eenheid, area: chosen.gebiednaam || chosen.gebied }} />
              <ExcelChartButton
                key={`${chosen.indicator} ${chosen.gebied} ${chosen.dimensie}`}
                workbook={workbook}
                series={series!}
                title={messages.chartTitle(chosen.naam || chosen.indicator, chosen.gebiednaam || chosen.gebied)}
              />
            </>
          )}
        </>
      )}
    </OperationScreen>
  );
}
