import { parseStoreDate } from '../../format/dates';
import type { MapMessages } from '../../i18n/map-messages';
import { type Locale, formatStoreDate } from '../../lib/date-format';
import type { TimeWindow } from '../../lib/time-window';
import { formatInstant } from '../../lib/url-codec';
import type { PlaceMarker } from './place-clusters';

/** A window's first and last day, as the timeline's description names them. */
export interface WindowDates {
  readonly from: string;
  readonly to: string;
}

export function windowDates(window: TimeWindow, locale: Locale): WindowDates {
  return {
    from: describeInstant(window.start, locale),
    // The end is where the window stops, not in it: a window to 30 June ends at midnight
    // after that day, which is the day to name.
    to: describeInstant(Math.max(window.start, window.end - 1), locale),
  };
}

function describeInstant(ms: number, locale: Locale): string {
  const date = parseStoreDate(formatInstant(ms).slice(0, 10));
  return date ? formatStoreDate(date, locale) : '';
}

/**
 * The map's description: the events on screen, in how many places, of which dates, and how
 * many of the window's are not on screen; or that the window has none with a place.
 */
export function describeMap(
  m: MapMessages,
  shown: number,
  places: number,
  outside: number,
  dates: WindowDates,
  filtered = false,
): string {
  if (shown + Math.max(0, outside) === 0) return m.noneInWindow(dates.from, dates.to, filtered);
  return m.description(shown, places, Math.max(0, outside), dates.from, dates.to);
}

/** A place control's accessible name: where, how many events, and which (the first ones). */
export function markerName(
  m: MapMessages,
  marker: PlaceMarker,
  names: readonly string[],
  titles: readonly string[],
): string {
  const place = names[marker.nameId] ?? m.unnamedPlace;
  return m.placeName(place, marker.mixedNames, marker.count, titles.slice(0, marker.count));
}
