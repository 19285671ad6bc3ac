import { useLocale } from './use-messages';

/**
 * The map's text on the first screen, before its chunk is asked for: the `Show map` /
 * `Hide map` button and the region while the map loads. Accessible names here are part of
 * the contract (docs/ui-contract.md, Map). The rest is in map-messages.ts, with the map.
 */
export interface MapShellMessages {
  map: string;
  showMap: string;
  hideMap: string;
  loadingMap: string;
  mapFailed: string;
}

const en: MapShellMessages = {
  map: 'Map',
  showMap: 'Show map',
  hideMap: 'Hide map',
  loadingMap: 'Loading the map…',
  mapFailed: 'The map could not be loaded.',
};

const es: MapShellMessages = {
  map: 'Mapa',
  showMap: 'Mostrar mapa',
  hideMap: 'Ocultar mapa',
  loadingMap: 'Cargando el mapa…',
  mapFailed: 'No se pudo cargar el mapa.',
};

export const mapShellMessagesFor = (lang: 'en' | 'es') => (lang === 'es' ? es : en);

export function useMapShellMessages(): MapShellMessages {
  return mapShellMessagesFor(useLocale());
}
