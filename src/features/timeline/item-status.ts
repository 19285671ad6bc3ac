import type { EventStatus } from '../../format/schema';
import { messagesFor } from '../../i18n/catalogue';
import type { Locale } from '../../lib/date-format';
import '../../components/status-mark.css';

/**
 * An event's status on the timeline, kept apart from the item's other labels: a class on
 * the item (its outline), a mark before its title (the same glyph as the legend and the
 * filter), and the status in words at the end of its text, so that its accessible name
 * says it. Not stated: nothing is added.
 */
/** The words added to an item's name, e.g. ", disputed"; empty when no status is stated. */
export function statusSuffix(status: EventStatus | undefined, locale: Locale): string {
  if (!status) return '';
  // Another language's words are in before the timeline is drawn in it (boot-app.tsx).
  const words = messagesFor(locale);
  return words.itemStatus(words.statusNames[status]);
}

export function statusClass(status: EventStatus | undefined): string {
  return status ? `has-status is-${status}` : '';
}

/** The status's glyph (drawn by status-mark.css), hidden from assistive technology. */
export function statusGlyph(status: EventStatus): HTMLElement {
  const mark = document.createElement('span');
  mark.className = `status-mark status-mark--${status}`;
  mark.setAttribute('aria-hidden', 'true');
  return mark;
}

/** Adds the mark and the words to an item's content (built from text only, like the rest). */
export function appendStatus(root: HTMLElement, status: EventStatus | undefined, suffix: string) {
  if (!status) return;
  root.prepend(statusGlyph(status));
  const words = document.createElement('span');
  words.className = 'visually-hidden';
  words.textContent = suffix;
  root.append(words);
}
