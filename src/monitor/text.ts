// Text from monitor files as users see it and quote it. Names are compared by registry/keys.normalText.
export { normalText } from '../registry/keys';

/** A cell as text, as the user sees it: trimmed; numbers without exponent or grouping. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value).trim();
}

/**
 * Text from a file, quoted for a message: at most `max` characters, so a broken file (a 10 MB line,
 * a field that swallowed the rest of the file) still gets a message a person can read.
 */
export function quoted(value: string, max = 60): string {
  return `"${shortened(value, max)}"`;
}

export function shortened(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** Remembers a function of one text: monitor files repeat the same periods, areas and breakdowns. */
export function memo<R>(fn: (text: string) => R): (text: string) => R {
  const cache = new Map<string, R>();
  return (text) => {
    let result = cache.get(text);
    if (result === undefined && !cache.has(text)) cache.set(text, (result = fn(text)));
    return result as R;
  };
}
