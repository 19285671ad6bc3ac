import type { MapMessages } from '../../i18n/map-messages';
import type { WindowDates } from '../../lib/window-dates';
import type { PlaceMarker } from './place-clusters';

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
