// The task pane's frame: theme, texts in the session's language, a title, and the screen for the mode.

import { FluentProvider, Title3, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { catalogue } from './messages';
import { MessagesContext } from './messagesContext';
import { RegistryPanel } from './RegistryPanel';
import { Screens } from './Screens';
import type { Session } from './session';
import { StandalonePanel } from './StandalonePanel';

const useStyles = makeStyles({
  // Office task panes are about 350 px wide; the standalone page keeps that width so it looks the same.
  pane: {
    boxSizing: 'border-box',
    maxWidth: '350px',
    minHeight: '100vh',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export function App({ session }: { session: Session }) {
  const styles = useStyles();
  const messages = catalogue[session.language];

  return (
    <FluentProvider theme={webLightTheme} lang={session.language === 'nl' ? 'nl-BE' : 'en'}>
      <MessagesContext.Provider value={messages}>
        <main className={styles.pane}>
          <header className={styles.header}>
            <img src="assets/icon-32.png" width={24} height={24} alt="" />
            <Title3 as="h1">{messages.appTitle}</Title3>
          </header>
          {session.mode === 'excel' ? (
            <Screens workbook={session.workbook} start={<RegistryPanel workbook={session.workbook} />} />
          ) : (
            <StandalonePanel files={session.files} />
          )}
        </main>
      </MessagesContext.Provider>
    </FluentProvider>
  );
}
