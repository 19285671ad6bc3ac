import { pluralsOf } from './plural';
import { useLocale } from './use-messages';
import { type MapShellMessages, mapShellMessagesFor } from './map-shell-messages';

/**
 * The map's interface text (issue 17), loaded with the map's chunk; what the first screen
 * shows of it (the button, the region while it loads) is in map-shell-messages.ts.
 */
export interface MapMessages extends MapShellMessages {
  /**
   * What the map shows, for its description: "12 events in 4 places, 1 June 2024 to 30 June
   * 2024", the dates being the timeline's window the places are of (on a phone the timeline
   * is not shown: the map says which dates it covers).
   */
  description: (shown: number, places: number, outside: number, from: string, to: string) => string;
  /** The window has no event with a place (that passes the filters, when `filtered`). */
  noneInWindow: (from: string, to: string, filtered: boolean) => string;
  /** No event of the whole store has coordinates: the map will never show one. */
  noPlacesInStore: string;
  /**
   * A packed store too large to load whole, at a window with too many events to load (the
   * timeline's `timelineTooWide`): nothing is loaded, so nothing is placed.
   * `phone`: the timeline is not shown beside the map.
   */
  tooManyToLoad: (phone: boolean) => string;
  /** On a phone, where the timeline (and its `Fit all`) is not shown: every date's places. */
  allDates: string;
  /** The description while a search's answer is not in yet: no match is placed. */
  searching: string;
  /** A place control's name: the place, how many events, and the first of them. */
  placeName: (place: string, mixed: boolean, count: number, titles: readonly string[]) => string;
  unnamedPlace: string;
  selectedHere: string;
  surface: string;
  controls: string;
  zoomMapIn: string;
  zoomMapOut: string;
  wholeWorld: string;
  /** `mixed`: the place's events are at it and at places near it (the button's "and nearby"). */
  eventsAt: (place: string, mixed: boolean) => string;
  closeList: string;
  zoomHere: string;
  more: (count: number) => string;
  selectedOnMap: (title: string) => string;
  /** The separator between the timeline and the map (map-splitter.tsx): its name, tooltip
   * and value. */
  resizeMap: string;
  resizeMapHint: string;
  mapShare: (percent: number) => string;
}

// One formatter each, as n.toLocaleString(lang) would format (it makes a new one per call:
// a map renders a name with counts for every place, many times a second while it moves).
const enNumber = new Intl.NumberFormat('en');
const esNumber = new Intl.NumberFormat('es');
const enPlural = pluralsOf('en');
const esPlural = pluralsOf('es');
const enEvents = (n: number) =>
  `${enNumber.format(n)} ${enPlural(n, { one: 'event', other: 'events' })}`;
const esEvents = (n: number) =>
  `${esNumber.format(n)} ${esPlural(n, { one: 'evento', other: 'eventos', many: 'de eventos' })}`;

const en: MapMessages = {
  ...mapShellMessagesFor('en'),
  description: (shown, places, outside, from, to) =>
    `${enEvents(shown)} in ${enNumber.format(places)} ${enPlural(places, { one: 'place', other: 'places' })}, ${from} to ${to}` +
    (outside > 0 ? `; ${enEvents(outside)} of this window outside the view` : ''),
  noneInWindow: (from, to, filtered) =>
    `No event ${filtered ? 'that passes the filters ' : ''}from ${from} to ${to} has a place on the map`,
  noPlacesInStore:
    'No event in this store has a place on the map: places appear in the list and the details only.',
  tooManyToLoad: (phone) =>
    `Too many events at these dates to load them: ${phone ? 'hide the map and zoom the timeline in' : 'zoom the timeline in'} to see their places.`,
  allDates: 'All dates',
  searching: 'Searching; the matches are placed when the search is ready.',
  placeName: (place, mixed, count, titles) => {
    const where = mixed ? `${place} and nearby` : place;
    if (count === 1) return `${where}, 1 event: ${titles[0] ?? ''}`;
    const rest = count - titles.length;
    return `${where}, ${enEvents(count)}: ${titles.join('; ')}${rest > 0 ? `; and ${enNumber.format(rest)} more` : ''}`;
  },
  unnamedPlace: 'Unnamed place',
  selectedHere: 'the selected event is here',
  surface: 'Map view: arrow keys pan, + and − zoom',
  controls: 'Map controls',
  zoomMapIn: 'Zoom map in',
  zoomMapOut: 'Zoom map out',
  wholeWorld: 'Whole world',
  eventsAt: (place, mixed) => `Events at ${place}${mixed ? ' and nearby' : ''}`,
  closeList: 'Close the list',
  zoomHere: 'Zoom in here',
  more: (count) => `and ${enEvents(count)} more: zoom in to see them`,
  selectedOnMap: (title) => `Selected: ${title}`,
  resizeMap: 'Resize the map',
  resizeMapHint:
    'Drag, or use the arrow keys, to share the height between the timeline and the map; double-click for the default',
  mapShare: (percent) => `Map ${percent}% of the height`,
};

const es: MapMessages = {
  ...mapShellMessagesFor('es'),
  description: (shown, places, outside, from, to) =>
    `${esEvents(shown)} en ${esNumber.format(places)} ${esPlural(places, { one: 'lugar', other: 'lugares' })}, del ${from} al ${to}` +
    (outside > 0 ? `; ${esEvents(outside)} de esta ventana fuera de la vista` : ''),
  noneInWindow: (from, to, filtered) =>
    `Ningún evento ${filtered ? 'que pase los filtros ' : ''}del ${from} al ${to} tiene un lugar en el mapa`,
  noPlacesInStore:
    'Ningún evento de este almacén tiene un lugar en el mapa: los lugares solo aparecen en la lista y en los detalles.',
  tooManyToLoad: (phone) =>
    `Demasiados eventos en estas fechas para cargarlos: ${phone ? 'oculta el mapa y acerca la línea de tiempo' : 'acerca la línea de tiempo'} para ver sus lugares.`,
  allDates: 'Todas las fechas',
  searching: 'Buscando; las coincidencias se sitúan cuando la búsqueda esté lista.',
  placeName: (place, mixed, count, titles) => {
    const where = mixed ? `${place} y alrededores` : place;
    if (count === 1) return `${where}, 1 evento: ${titles[0] ?? ''}`;
    const rest = count - titles.length;
    return `${where}, ${esEvents(count)}: ${titles.join('; ')}${rest > 0 ? `; y ${esNumber.format(rest)} más` : ''}`;
  },
  unnamedPlace: 'Lugar sin nombre',
  selectedHere: 'el evento seleccionado está aquí',
  surface: 'Vista del mapa: las flechas desplazan, + y − acercan y alejan',
  controls: 'Controles del mapa',
  zoomMapIn: 'Acercar el mapa',
  zoomMapOut: 'Alejar el mapa',
  wholeWorld: 'Todo el mundo',
  eventsAt: (place, mixed) => `Eventos en ${place}${mixed ? ' y alrededores' : ''}`,
  closeList: 'Cerrar la lista',
  zoomHere: 'Acercar aquí',
  more: (count) => `y ${esEvents(count)} más: acerca el mapa para verlos`,
  selectedOnMap: (title) => `Seleccionado: ${title}`,
  resizeMap: 'Cambiar el tamaño del mapa',
  resizeMapHint:
    'Arrastra, o usa las flechas, para repartir el alto entre la cronología y el mapa; doble clic para volver al reparto inicial',
  mapShare: (percent) => `Mapa: ${percent} % del alto`,
};

export function useMapMessages(): MapMessages {
  return useLocale() === 'es' ? es : en;
}

export const mapMessagesFor = (lang: 'en' | 'es') => (lang === 'es' ? es : en);
