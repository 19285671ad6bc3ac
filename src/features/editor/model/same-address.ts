import type { DraftSource } from './draft-document';

/**
 * An address as a person pasting it means it: the same page whatever the case of its host,
 * with or without a `#fragment` or a trailing slash. Not a web address: as typed, trimmed.
 */
export function addressKey(url: string): string {
  const typed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(typed);
  } catch {
    return typed;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return typed;
  parsed.hash = '';
  if (parsed.pathname.length > 1) parsed.pathname = parsed.pathname.replace(/\/+$/, '');
  return parsed.href;
}

/**
 * The draft's first source at this address other than `except` (the one being edited):
 * an import makes one for each row's link, to be filled, and Add source with its address
 * would otherwise make a second source for the same page without a word.
 */
export function sourceAtAddress(
  sources: readonly DraftSource[],
  url: string,
  except?: string,
): DraftSource | undefined {
  if (url.trim() === '') return undefined;
  const key = addressKey(url);
  return sources.find(
    (source) =>
      source.id !== except && typeof source.url === 'string' && addressKey(source.url) === key,
  );
}

/**
 * A source at the same address given what the form holds: every field the form has filled
 * replaces the source's (its title, language, text), the rest stay, and so does its id, so
 * the events that cite it still do.
 */
export function filledWith(
  source: DraftSource,
  fields: Omit<DraftSource, 'id'>,
): Omit<DraftSource, 'id'> {
  const { id: _id, ...kept } = source;
  const filled = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => typeof value === 'string' && value.trim() !== ''),
  );
  return { ...kept, ...filled };
}
