// One long operation of a screen (check, import, flag, export) as the pane shows it: idle, working,
// done with a result, failed with a message in plain words, or cancelled by the user. A new run
// cancels the one before, so a late answer never overwrites a newer one.

import { useCallback, useEffect, useRef, useState } from 'react';
import { UserError } from '../errors';
import { useMessages } from './messagesContext';
import { userMessage } from './userMessage';

export type Operation<T> =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'done'; result: T }
  | { phase: 'failed'; message: string }
  | { phase: 'cancelled' };

export interface OperationControl<T> {
  state: Operation<T>;
  /** Runs `work`; a UserError is shown in its own words, anything else as `fallback`. */
  run(work: (signal: AbortSignal) => Promise<T>, fallback: string): Promise<void>;
  cancel(): void;
}

export function useOperation<T>(): OperationControl<T> {
  const [state, setState] = useState<Operation<T>>({ phase: 'idle' });
  const messages = useMessages();
  const current = useRef<AbortController | null>(null);

  useEffect(() => () => current.current?.abort(), []);

  const run = useCallback(async (work: (signal: AbortSignal) => Promise<T>, fallback: string) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setState({ phase: 'working' });
    let next: Operation<T>;
    try {
      next = { phase: 'done', result: await work(controller.signal) };
    } catch (error) {
      next =
        controller.signal.aborted || (error instanceof UserError && error.code === 'cancelled')
          ? { phase: 'cancelled' }
          : { phase: 'failed', message: userMessage(error, fallback, messages.problem) };
    }
    if (current.current === controller) setState(next);
  }, [messages]);

  const cancel = useCallback(() => current.current?.abort(), []);

  return { state, run, cancel };
}
