// The registry state of one workbook as the pane shows it: its status, whether an action is running,
// the last result and the last error (already in plain words). Reads the status on mount and again
// after every action, so the pane never shows a stale version.

import { useCallback, useEffect, useState } from 'react';
import { initRegistry, registryStatus, type InitResult, type RegistryStatus } from '../registry/init';
import { START_SHEET } from '../registry/startSheet';
import type { WorkbookPort } from '../workbook/port';
import { useMessages } from './messagesContext';
import { userMessage } from './userMessage';

export type Phase = 'loading' | 'idle' | 'working';

export interface RegistryState {
  phase: Phase;
  /** Null while loading the first time, or when the workbook could not be read. */
  status: RegistryStatus | null;
  result: InitResult | null;
  error: string | null;
}

export interface Registry extends RegistryState {
  reload(): Promise<void>;
  /** Makes the registry or brings it up to date; `gemeente` is a NIS code, used for a new registry. */
  makeOrUpdate(gemeente?: string): Promise<void>;
}

export function useRegistry(workbook: WorkbookPort): Registry {
  const messages = useMessages();
  const [state, setState] = useState<RegistryState>({ phase: 'loading', status: null, result: null, error: null });

  const reload = useCallback(async () => {
    setState((s) => ({ ...s, phase: 'loading', error: null }));
    try {
      const status = await registryStatus(workbook);
      setState((s) => ({ ...s, phase: 'idle', status }));
    } catch (error) {
      setState((s) => ({ ...s, phase: 'idle', status: null, error: userMessage(error, messages.statusFailed, messages.problem) }));
    }
  }, [workbook, messages]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const makeOrUpdate = useCallback(
    async (gemeente?: string) => {
      setState((s) => ({ ...s, phase: 'working', result: null, error: null }));
      let result: InitResult | null = null;
      let error: string | null = null;
      try {
        result = await initRegistry(workbook, gemeente ? { gemeente } : {});
        // A new registry opens on its Start sheet, which says where to begin.
        if (result.added.sheets.includes(START_SHEET)) await workbook.select(START_SHEET, 'A1');
      } catch (e) {
        error = userMessage(e, messages.errorGeneric, messages.problem);
      }
      // Read the status again either way: a failed run may still have changed part of the workbook.
      let status: RegistryStatus | null = null;
      try {
        status = await registryStatus(workbook);
      } catch (e) {
        error ??= userMessage(e, messages.statusFailed, messages.problem);
      }
      setState((s) => ({ phase: 'idle', status: status ?? s.status, result, error }));
    },
    [workbook, messages],
  );

  return { ...state, reload, makeOrUpdate };
}
