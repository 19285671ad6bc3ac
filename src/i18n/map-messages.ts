import { pluralsOf } from './plural';
import { useLocale } from './use-messages';
import { type MapShellMessages, mapShellMessagesFor } from './map-shell-messages';

/**
 * The map's interface text (issue 17), loaded with the map's chunk; what the first screen
 * shows of it (the button, the region while it loads) is in map-shell-messages.ts.
 */
export interface MapMessages extends MapShellMessages {
  /** What the map shows, for its description ("12 events in 4 places"). */
  description: (shown: number, places: number, outside: number) => string;
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
  description: (shown, places, outside) =>
    `${enEvents(shown)} in ${enNumber.format(places)} ${enPlural(places, { one: 'place', other: 'places' })}` +
    (outside > 0 ? `; ${enEvents(outside)} of this window outside the view` : ''),
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
};

const es: MapMessages = {
  ...mapShellMessagesFor('es'),
  description: (shown, places, outside) =>
    `${esEvents(shown)} en ${esNumber.format(places)} ${esPlural(places, { one: 'lugar', other: 'lugares' })}` +
    (outside > 0 ? `; ${esEvents(outside)} de esta ventana fuera de la vista` : ''),
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
};

export function useMapMessages(): MapMessages {
  return useLocale() === 'es' ? es : en;
}

export const mapMessagesFor = (lang: 'en' | 'es') => (lang === 'es' ? es : en);
