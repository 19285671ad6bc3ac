import { parseStoreDate } from '../format/dates';
import { type PluralForms, pluralsOf } from '../i18n/plural';
import type { StoreEvent } from '../format/validate-store';
import type { EventStatus } from '../format/schema';
import { type Locale, formatEventDate, formatStoreDate } from './date-format';
import type { StoreIndex } from './store-index';
import type { StoreOrigin } from './store-origin';
import { isolateBidi } from './bidi-isolate';
import { safeHttpUrl } from './safe-url';
import { passageLink } from './text-fragment';
import { EMPTY_LINK, serializeLink } from './url-codec';

const SOURCES_LABEL: Record<Locale, string> = { en: 'Sources', es: 'Fuentes' };
// The sources of `disputes` excerpts: the details' heading, which is "Disputed by" too.
const DISPUTED_BY_LABEL: Record<Locale, string> = { en: 'Disputed by', es: 'Lo discuten' };
/**
 * Said in the citation whenever the store states it: pasted, a claim only reported must not
 * read as a fact, nor a confirmed one as a claim.
 */
const STATUS_TEXT: Record<Locale, Record<EventStatus, string>> = {
  en: {
    confirmed: 'Status: confirmed',
    reported: 'Status: reported',
    disputed: 'Status: disputed',
    refuted: 'Status: refuted',
  },
  es: {
    confirmed: 'Estado: confirmado',
    reported: 'Estado: denunciado',
    disputed: 'Estado: discutido',
    refuted: 'Estado: desmentido',
  },
};
/** A status note longer than this is cut at a word: a citation is a line, not the note. */
export const STATUS_NOTE_MOST = 160;
const PASSAGES_LABEL: Record<Locale, PluralForms> = {
  en: { one: 'Passage', other: 'Passages' },
  es: { one: 'Pasaje', other: 'Pasajes' },
};
const DISPUTING_PASSAGES_LABEL: Record<Locale, PluralForms> = {
  en: { one: 'Disputing passage', other: 'Disputing passages' },
  es: { one: 'Pasaje que lo discute', other: 'Pasajes que lo discuten' },
};
const PLURAL: Record<Locale, ReturnType<typeof pluralsOf>> = {
  en: pluralsOf('en'),
  es: pluralsOf('es'),
};

/** Whose store the event is from: its address, or the file's or draft's name. */
const STORE_TEXT: Record<Locale, (origin: StoreOrigin) => string> = {
  en: (origin) =>
    origin.kind === 'file'
      ? `Store: file ${isolateBidi(origin.name)}`
      : origin.kind === 'draft'
        ? `Store: draft ${isolateBidi(origin.name)}`
        : `Store: ${origin.address}`,
  es: (origin) =>
    origin.kind === 'file'
      ? `Almacén: archivo ${isolateBidi(origin.name)}`
      : origin.kind === 'draft'
        ? `Almacén: borrador ${isolateBidi(origin.name)}`
        : `Almacén: ${origin.address}`,
};

/** Ends a sentence with a full stop unless it already ends with one (or ? or !), isolated or not. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.?!…]\u2069?$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The note whole when short, else up to the last word that fits and an ellipsis. */
function shortNote(note: string): string {
  const text = note.trim().replace(/\s+/gu, ' ');
  if (text.length <= STATUS_NOTE_MOST) return text;
  const cut = text.slice(0, STATUS_NOTE_MOST);
  const word = cut.lastIndexOf(' ');
  return `${(word > STATUS_NOTE_MOST / 2 ? cut.slice(0, word) : cut).replace(/[\s.,;:]+$/u, '')}…`;
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
 * An event with a status says it after its date ("Status: refuted — <note>."), and the
 * sources of its `disputes` excerpts are listed apart ("Disputed by: …"), never among the
 * sources that back it.
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
  // Store text is isolated (bidi-isolate.ts): its direction controls end with it.
  const parts = [
    sentence(isolateBidi(event.title.trim())),
    sentence(formatEventDate(event.when, event.approximate, locale)),
  ];
  if (event.status) {
    const note = event.statusNote ? isolateBidi(shortNote(event.statusNote)) : '';
    const status = STATUS_TEXT[locale][event.status];
    parts.push(sentence(note ? `${status} — ${note}` : status));
  }
  const excerpts = event.excerpts ?? [];
  const backing = excerpts.filter((excerpt) => excerpt.stance !== 'disputes');
  const disputing = excerpts.filter((excerpt) => excerpt.stance === 'disputes');
  const backingSources = sourceNames(index, backing, locale);
  const disputingSources = sourceNames(index, disputing, locale);
  if (backingSources.length > 0) {
    parts.push(sentence(`${SOURCES_LABEL[locale]}: ${backingSources.join('; ')}`));
  }
  if (disputingSources.length > 0) {
    parts.push(sentence(`${DISPUTED_BY_LABEL[locale]}: ${disputingSources.join('; ')}`));
  }
  // Each quote's own place on its page, where the source has an address: the disputing ones
  // apart, as their sources are, so that a reader can check both sides.
  parts.push(
    ...passagesText(index, backing, PASSAGES_LABEL[locale], locale),
    ...passagesText(index, disputing, DISPUTING_PASSAGES_LABEL[locale], locale),
  );
  parts.push(sentence(STORE_TEXT[locale](origin)));
  parts.push(link ? `Sourceline, ${link}` : 'Sourceline.');
  return parts.join(' ');
}

/** "Passages: <link>; <link>." for these excerpts whose source has an address, or nothing. */
function passagesText(
  index: StoreIndex,
  excerpts: readonly { source: string; quote: string; locator?: string }[],
  label: PluralForms,
  locale: Locale,
): string[] {
  const links = excerpts.flatMap((excerpt) => {
    const source = index.sourceById.get(excerpt.source);
    const url = safeHttpUrl(source?.url);
    const link = url
      ? passageLink(url, excerpt.quote, source?.text, source?.language, {
          label: source?.locatorLabel,
          locator: excerpt.locator,
        })
      : null;
    return link ? [link] : [];
  });
  if (links.length === 0) return [];
  // In angle brackets (RFC 3986, appendix C), so that the full stop is not taken into the link.
  return [
    `${PLURAL[locale](links.length, label)}: ${links.map((link) => `<${link}>`).join('; ')}.`,
  ];
}

/** Each source these excerpts quote, once: "Title (publisher, date)". */
function sourceNames(
  index: StoreIndex,
  excerpts: readonly { source: string }[],
  locale: Locale,
): string[] {
  const ids = [...new Set(excerpts.map((excerpt) => excerpt.source))];
  return ids.flatMap((id) => {
    const source = index.sourceById.get(id);
    if (!source) return [];
    const published = source.published ? parseStoreDate(source.published) : null;
    const details = [
      source.publisher && isolateBidi(source.publisher),
      published ? formatStoreDate(published, locale) : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    const title = isolateBidi(source.title);
    if (!details) return [title];
    // A title that ends in its own parenthesis would read "(…) (…)".
    return [/\)\s*$/u.test(source.title) ? `${title}, ${details}` : `${title} (${details})`];
  });
}
