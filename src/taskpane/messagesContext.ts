// The texts in the user's language, handed down once by App instead of through every component.

import { createContext, useContext } from 'react';
import { catalogue, type Messages } from './messages';

export const MessagesContext = createContext<Messages>(catalogue.nl);

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
