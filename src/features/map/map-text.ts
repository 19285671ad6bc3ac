import type { MapMessages } from '../../i18n/map-messages';
import type { PlaceMarker } from './place-clusters';

/** The map's description: the events on screen, in how many places, and how many are not. */
export function describeMap(
  m: MapMessages,
  shown: number,
  places: number,
  outside: number,
): string {
  return m.description(shown, places, Math.max(0, outside));
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
