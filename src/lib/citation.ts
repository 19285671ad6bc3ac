import { parseStoreDate } from '../format/dates';
import { type PluralForms, pluralsOf } from '../i18n/plural';
import type { StoreEvent } from '../format/validate-store';
import { type Locale, formatEventDate, formatStoreDate } from './date-format';
import type { StoreIndex } from './store-index';
import type { StoreOrigin } from './store-origin';
import { safeHttpUrl } from './safe-url';
import { passageLink } from './text-fragment';
import { EMPTY_LINK, serializeLink } from './url-codec';

const SOURCES_LABEL: Record<Locale, string> = { en: 'Sources', es: 'Fuentes' };
const PASSAGES_LABEL: Record<Locale, PluralForms> = {
  en: { one: 'Passage', other: 'Passages' },
  es: { one: 'Pasaje', other: 'Pasajes' },
};
const PLURAL: Record<Locale, ReturnType<typeof pluralsOf>> = {
  en: pluralsOf('en'),
  es: pluralsOf('es'),
};

/** Whose store the event is from: its address, or the file's or draft's name. */
const STORE_TEXT: Record<Locale, (origin: StoreOrigin) => string> = {
  en: (origin) =>
    origin.kind === 'file'
      ? `Store: file ${origin.name}`
      : origin.kind === 'draft'
        ? `Store: draft ${origin.name}`
        : `Store: ${origin.address}`,
  es: (origin) =>
    origin.kind === 'file'
      ? `Almacén: archivo ${origin.name}`
      : origin.kind === 'draft'
        ? `Almacén: borrador ${origin.name}`
        : `Almacén: ${origin.address}`,
};

/** Ends a sentence with a full stop unless it already ends with one (or ? or !). */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.?!…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * The deep link that cites one event: the store (unless it is the default one) and the
 * event, nothing of the current window or filters, which a reader does not need.
 */
export function eventLink(base: string, store: string | null, eventId: string): string {
  return `${base}${serializeLink({ ...EMPTY_LINK, store, event: eventId })}`;
}

/**
 * A citation to paste into a document, in the interface language:
 * "Title. Date. Sources: Source (publisher, date); …. Store: <address>. Sourceline, <link>"
 * `link` is null for a store opened from a file or a draft, which no link can open. The
 * store is always named: the events are its author's, whoever serves the page.
 */
export function citationText(
  index: StoreIndex,
  event: StoreEvent,
  locale: Locale,
  link: string | null,
  origin: StoreOrigin,
): string {
  const parts = [
    sentence(event.title),
    sentence(formatEventDate(event.when, event.approximate, locale)),
  ];
  const sourceIds = [...new Set((event.excerpts ?? []).map((excerpt) => excerpt.source))];
  const sources = sourceIds.flatMap((id) => {
    const source = index.sourceById.get(id);
    if (!source) return [];
    const published = source.published ? parseStoreDate(source.published) : null;
    const details = [source.publisher, published ? formatStoreDate(published, locale) : undefined]
      .filter(Boolean)
      .join(', ');
    return [details ? `${source.title} (${details})` : source.title];
  });
  if (sources.length > 0) parts.push(sentence(`${SOURCES_LABEL[locale]}: ${sources.join('; ')}`));
  // Each supporting quote's own place on its page, where the source has an address.
  const passages = (event.excerpts ?? []).flatMap((excerpt) => {
    if (excerpt.stance === 'disputes') return [];
    const source = index.sourceById.get(excerpt.source);
    const url = safeHttpUrl(source?.url);
    const link = url ? passageLink(url, excerpt.quote, source?.text, source?.language) : null;
    return link ? [link] : [];
  });
  if (passages.length > 0) {
    const label = PLURAL[locale](passages.length, PASSAGES_LABEL[locale]);
    // In angle brackets (RFC 3986, appendix C), so that the full stop is not taken into the link.
    parts.push(`${label}: ${passages.map((link) => `<${link}>`).join('; ')}.`);
  }
  parts.push(sentence(STORE_TEXT[locale](origin)));
  parts.push(link ? `Sourceline, ${link}` : 'Sourceline.');
  return parts.join(' ');
}
