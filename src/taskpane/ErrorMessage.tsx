import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMessages } from './messagesContext';

/** An error in plain words; the text is already user-facing (see userMessage.ts). */
export function ErrorMessage({ text }: { text: string }) {
  const messages = useMessages();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{messages.errorTitle}</MessageBarTitle> {text}
      </MessageBarBody>
    </MessageBar>
  );
}
