import type { EventStatus } from '../../format/schema';
import { messagesFor } from '../../i18n/catalogue';
import type { Locale } from '../../lib/date-format';
import { isContested } from '../../lib/event-evidence';
import type { LaneTimes, TimeIndex } from '../../lib/time-index';
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

// For each lane of a time index, how many of its first k events (in its start order) are
// disputed or refuted: any bin's count is then two lookups, so aggregates stay as cheap to
// build as before. Built once per time index (a filter change), on first use.
const contestedPrefix = new WeakMap<LaneTimes, Int32Array>();

function prefixOf(time: TimeIndex, times: LaneTimes): Int32Array {
  let prefix = contestedPrefix.get(times);
  if (prefix) return prefix;
  prefix = new Int32Array(times.positions.length + 1);
  for (let i = 0; i < times.positions.length; i++) {
    const event = time.events[times.positions[i]!]!;
    prefix[i + 1] = prefix[i]! + (isContested(event.status) ? 1 : 0);
  }
  contestedPrefix.set(times, prefix);
  return prefix;
}

/** Disputed or refuted events among a lane's events `from` (inclusive) to `to` (exclusive). */
export function contestedBetween(time: TimeIndex, times: LaneTimes, from: number, to: number) {
  const prefix = prefixOf(time, times);
  return prefix[to]! - prefix[from]!;
}
