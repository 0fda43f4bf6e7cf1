// Renders a piece of the task pane as App does: Fluent's theme and the texts in one language.

import { configure, render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { catalogue, type Language } from '../../src/taskpane/messages';
import { MessagesContext } from '../../src/taskpane/messagesContext';

// findBy… and waitFor give up after one second by default; the first render of a file (Fluent's
// styles) takes longer than that on a loaded machine. Waiting longer costs nothing when all is well.
configure({ asyncUtilTimeout: 15_000 });

export function renderPane(ui: ReactElement, language: Language = 'nl') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MessagesContext.Provider value={catalogue[language]}>{ui}</MessagesContext.Provider>
    </FluentProvider>,
  );
}

/** A promise the test settles itself, to look at the screen while an operation is still running. */
export function pending<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
