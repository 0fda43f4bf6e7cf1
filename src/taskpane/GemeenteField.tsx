// The optional municipality (NIS code) for a new registry. Names the municipality as soon as the
// code is known, so a typo shows before the registry is made rather than after.

import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { findMunicipality } from '../registry/gemeenten';
import type { Messages } from './messages';
import { useMessages } from './messagesContext';

export type GemeenteCheck = { valid: true; message: string | null } | { valid: false; message: string };

/** Empty is fine (the municipality can be set later); otherwise five digits of a Flemish municipality. */
export function checkGemeente(value: string, messages: Messages): GemeenteCheck {
  if (value === '') return { valid: true, message: null };
  if (!/^\d{5}$/.test(value)) return { valid: false, message: messages.gemeenteInvalid };
  const municipality = findMunicipality(value);
  if (!municipality) return { valid: false, message: messages.gemeenteUnknown(value) };
  return { valid: true, message: messages.gemeenteFound(municipality.name) };
}

export function GemeenteField(props: { value: string; onChange(value: string): void; disabled: boolean }) {
  const messages = useMessages();
  // Half-typed codes are not flagged until the user leaves the field or has typed five characters.
  const [left, setLeft] = useState(false);
  const value = props.value.trim();
  const check = checkGemeente(value, messages);
  const show = check.valid || left || value.length >= 5 || /\D/.test(value);

  return (
    <Field
      label={messages.gemeenteLabel}
      hint={messages.gemeenteHint}
      validationState={!show || check.message === null ? 'none' : check.valid ? 'success' : 'error'}
      validationMessage={show ? (check.message ?? undefined) : undefined}
    >
      <Input
        value={props.value}
        inputMode="numeric"
        maxLength={5}
        placeholder="11002"
        disabled={props.disabled}
        onChange={(_, data) => props.onChange(data.value)}
        onBlur={() => setLeft(true)}
      />
    </Field>
  );
}
