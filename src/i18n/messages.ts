import type { IgnoredReason } from '../lib/url-codec';

/**
 * Every string of the interface, in each language it speaks. Accessible names are part of
 * the public surface (docs/ui-contract.md): change the English ones only with the contract.
 */
export interface Messages {
  appName: string;
  tagline: string;
  loading: string;
  loadingStore: (location: string) => string;
  storeFailed: string;
  storeRefused: string;
  httpError: (status: number) => string;
  networkError: string;
  retry: string;
  openDefaultStore: string;
  timeline: string;
  timelineControls: string;
  timelineDescription: (from: string, to: string, inView: number, total: number) => string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  previousEvent: string;
  nextEvent: string;
  lanePerActor: string;
  events: string;
  eventCount: (shown: number, total: number) => string;
  noEventsMatch: string;
  noEventsInStore: string;
  eventDetails: string;
  noSelection: string;
  closeDetails: string;
  approximate: string;
  dateNote: string;
  actors: string;
  tags: string;
  place: string;
  evidence: (count: number) => string;
  noExcerpts: string;
  translation: string;
  source: string;
  published: (date: string) => string;
  openSource: string;
  showInContext: string;
  contextTitle: string;
  quoteNotFound: string;
  close: string;
  filters: string;
  match: string;
  any: string;
  all: string;
  clearFilters: string;
  searchEvents: string;
  copyLink: string;
  linkCopied: string;
  linkNotCopied: string;
  dismiss: string;
  linkIgnored: string;
  ignoredReason: (reason: IgnoredReason, key: string, value: string) => string;
  storeReport: (dropped: number, warnings: number) => string;
  problemsTitle: string;
  keyboardHint: string;
  openStore: string;
  openStoreTitle: string;
  storeAddress: string;
  storeAddressHint: string;
  invalidStoreAddress: string;
  open: string;
  chooseFile: string;
  dropHint: string;
  dropOverlay: string;
  cancel: string;
  downloaded: (loaded: string, total: string | null) => string;
  validating: string;
  loadingProgress: string;
  keepCurrentStore: string;
  linkFileStore: string;
  errorTimeout: string;
  errorTooLarge: string;
  errorEmpty: string;
  errorFile: string;
  currentStore: (label: string) => string;
  aggregateTitle: (count: string) => string;
  overview: string;
  partFailed: (part: string) => string;
  tryAgain: string;
}

const enNumber = new Intl.NumberFormat('en-GB');
const esNumber = new Intl.NumberFormat('es-ES');
const n = (value: number) => enNumber.format(value);
const nEs = (value: number) => esNumber.format(value);

export const en: Messages = {
  appName: 'Sourceline',
  tagline: 'Events, and the words they rest on',
  loading: 'Loading…',
  loadingStore: (location) => `Loading events from ${location}…`,
  storeFailed: 'This event store could not be opened',
  storeRefused: 'The store was refused:',
  httpError: (status) => `The server answered with status ${status}.`,
  networkError: 'The store could not be reached. Check the address and your connection.',
  retry: 'Retry',
  openDefaultStore: 'Open the default store',
  timeline: 'Timeline',
  timelineControls: 'Timeline controls',
  timelineDescription: (from, to, inView, total) =>
    `Showing ${from} to ${to}: ${n(inView)} of ${n(total)} events in view.`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Fit all',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  lanePerActor: 'Lane per actor',
  events: 'Events',
  eventCount: (shown, total) =>
    shown === total ? `${n(total)} events` : `${n(shown)} of ${n(total)} events`,
  noEventsMatch: 'No events match these filters.',
  noEventsInStore: 'This store has no events to show.',
  eventDetails: 'Event details',
  noSelection: 'Choose an event on the timeline or in the list to read the sources it rests on.',
  closeDetails: 'Close details',
  approximate: 'Approximate date',
  dateNote: 'About this date',
  actors: 'Actors',
  tags: 'Tags',
  place: 'Place',
  evidence: (count) => (count === 1 ? 'Evidence: 1 excerpt' : `Evidence: ${count} excerpts`),
  noExcerpts: 'No excerpts: the store gives no source for this event.',
  translation: 'Translation',
  source: 'Source',
  published: (date) => `published ${date}`,
  openSource: 'Open the source',
  showInContext: 'Show in context',
  contextTitle: 'The excerpt in its source',
  quoteNotFound: 'The full text of this source is not in the store.',
  close: 'Close',
  filters: 'Filters',
  match: 'Match',
  any: 'Any',
  all: 'All',
  clearFilters: 'Clear filters',
  searchEvents: 'Search events',
  copyLink: 'Copy link',
  linkCopied: 'Link copied: it opens this exact view.',
  linkNotCopied: 'The link could not be copied to the clipboard; copy it from the address bar.',
  dismiss: 'Dismiss',
  linkIgnored: 'Parts of the link were ignored, and the address was cleaned:',
  ignoredReason: (reason, key, value) => {
    const shown = `“${value}”`;
    switch (reason) {
      case 'unknown-event':
        return `No event ${shown} in this store.`;
      case 'unknown-actor':
        return `No actor ${shown} in this store.`;
      case 'invalid-event':
        return `${shown} is not an event id.`;
      case 'invalid-actor':
        return `${shown} is not an actor id.`;
      case 'invalid-date':
        return `${key}: ${shown} is not a date.`;
      case 'inverted-window':
        return `${key}: ${shown} — the window ends before it starts.`;
      case 'window-out-of-range':
        return `${key}: ${shown} — the window is too narrow or too wide.`;
      case 'half-window':
        return `${key}: ${shown} — a window needs both from and to.`;
      case 'invalid-match':
        return `match: ${shown} is neither “any” nor “all”.`;
      case 'invalid-store':
        return `store: ${shown} is not a same-origin path or an http(s) address.`;
      case 'invalid-lang':
        return `lang: ${shown} is not a language of the interface (en, es).`;
      case 'too-long':
        return `${key}: the value is too long.`;
      case 'repeated':
        return `${key} was given more than once; the first one is used.`;
      case 'unknown-parameter':
        return `${key} is not a parameter Sourceline knows.`;
    }
  },
  storeReport: (dropped, warnings) =>
    `${dropped} ${dropped === 1 ? 'item' : 'items'} dropped · ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  problemsTitle: 'Problems found in this store',
  keyboardHint: '← → previous/next event · Esc clear · + − zoom · / search',
  openStore: 'Open store…',
  openStoreTitle: 'Open an event store',
  storeAddress: 'Store address',
  storeAddressHint:
    'A path on this site (/data/events.json) or an http(s) address that allows cross-origin reads.',
  invalidStoreAddress:
    'Enter a path starting with / or an address starting with http:// or https://.',
  open: 'Open',
  chooseFile: 'Open a file',
  dropHint: 'You can also drop a .json store anywhere on the page.',
  dropOverlay: 'Drop the store to open it',
  cancel: 'Cancel',
  downloaded: (loaded, total) => (total === null ? `${loaded} received` : `${loaded} of ${total}`),
  validating: 'Checking the store…',
  loadingProgress: 'Loading progress',
  keepCurrentStore: 'Keep the current store',
  linkFileStore:
    'This store was opened from a file, so no link can open it. Publish it at a web address and open it from there to share a link.',
  errorTimeout: 'The server stopped answering.',
  errorTooLarge: 'The store is too large to open.',
  errorEmpty: 'The store has no events to show.',
  errorFile: 'The file could not be read.',
  currentStore: (label) => `Shown: ${label}`,
  aggregateTitle: (count) => `${count} events: click to zoom in and see them`,
  overview: 'Overview',
  partFailed: (part) => `${part}: this part of the page failed. The rest still works.`,
  tryAgain: 'Try again',
};

export const es: Messages = {
  appName: 'Sourceline',
  tagline: 'Los hechos y las palabras en que se apoyan',
  loading: 'Cargando…',
  loadingStore: (location) => `Cargando los eventos de ${location}…`,
  storeFailed: 'No se pudo abrir este almacén de eventos',
  storeRefused: 'El almacén fue rechazado:',
  httpError: (status) => `El servidor respondió con el estado ${status}.`,
  networkError: 'No se pudo acceder al almacén. Comprueba la dirección y tu conexión.',
  retry: 'Reintentar',
  openDefaultStore: 'Abrir el almacén predeterminado',
  timeline: 'Cronología',
  timelineControls: 'Controles de la cronología',
  timelineDescription: (from, to, inView, total) =>
    `Del ${from} al ${to}: ${nEs(inView)} de ${nEs(total)} eventos a la vista.`,
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fitAll: 'Ver todo',
  previousEvent: 'Evento anterior',
  nextEvent: 'Evento siguiente',
  lanePerActor: 'Una fila por actor',
  events: 'Eventos',
  eventCount: (shown, total) =>
    shown === total ? `${nEs(total)} eventos` : `${nEs(shown)} de ${nEs(total)} eventos`,
  noEventsMatch: 'Ningún evento coincide con estos filtros.',
  noEventsInStore: 'Este almacén no tiene eventos que mostrar.',
  eventDetails: 'Detalles del evento',
  noSelection:
    'Elige un evento en la cronología o en la lista para leer las fuentes en que se basa.',
  closeDetails: 'Cerrar detalles',
  approximate: 'Fecha aproximada',
  dateNote: 'Sobre esta fecha',
  actors: 'Actores',
  tags: 'Etiquetas',
  place: 'Lugar',
  evidence: (count) => (count === 1 ? 'Pruebas: 1 extracto' : `Pruebas: ${count} extractos`),
  noExcerpts: 'Sin extractos: el almacén no da ninguna fuente para este evento.',
  translation: 'Traducción',
  source: 'Fuente',
  published: (date) => `publicado el ${date}`,
  openSource: 'Abrir la fuente',
  showInContext: 'Ver en contexto',
  contextTitle: 'El extracto en su fuente',
  quoteNotFound: 'El texto completo de esta fuente no está en el almacén.',
  close: 'Cerrar',
  filters: 'Filtros',
  match: 'Coincidencia',
  any: 'Cualquiera',
  all: 'Todos',
  clearFilters: 'Quitar filtros',
  searchEvents: 'Buscar eventos',
  copyLink: 'Copiar enlace',
  linkCopied: 'Enlace copiado: abre exactamente esta vista.',
  linkNotCopied: 'No se pudo copiar el enlace; cópialo de la barra de direcciones.',
  dismiss: 'Descartar',
  linkIgnored: 'Se ignoraron partes del enlace y se limpió la dirección:',
  ignoredReason: (reason, key, value) => {
    const shown = `«${value}»`;
    switch (reason) {
      case 'unknown-event':
        return `No hay ningún evento ${shown} en este almacén.`;
      case 'unknown-actor':
        return `No hay ningún actor ${shown} en este almacén.`;
      case 'invalid-event':
        return `${shown} no es un identificador de evento.`;
      case 'invalid-actor':
        return `${shown} no es un identificador de actor.`;
      case 'invalid-date':
        return `${key}: ${shown} no es una fecha.`;
      case 'inverted-window':
        return `${key}: ${shown}: la ventana termina antes de empezar.`;
      case 'window-out-of-range':
        return `${key}: ${shown}: la ventana es demasiado estrecha o demasiado amplia.`;
      case 'half-window':
        return `${key}: ${shown}: una ventana necesita from y to.`;
      case 'invalid-match':
        return `match: ${shown} no es «any» ni «all».`;
      case 'invalid-store':
        return `store: ${shown} no es una ruta del mismo origen ni una dirección http(s).`;
      case 'invalid-lang':
        return `lang: ${shown} no es un idioma de la interfaz (en, es).`;
      case 'too-long':
        return `${key}: el valor es demasiado largo.`;
      case 'repeated':
        return `${key} aparece más de una vez; se usa el primero.`;
      case 'unknown-parameter':
        return `${key} no es un parámetro que Sourceline conozca.`;
    }
  },
  storeReport: (dropped, warnings) =>
    `${dropped} ${dropped === 1 ? 'elemento descartado' : 'elementos descartados'} · ${warnings} ${warnings === 1 ? 'aviso' : 'avisos'}`,
  problemsTitle: 'Problemas encontrados en este almacén',
  keyboardHint: '← → evento anterior/siguiente · Esc quitar selección · + − zoom · / buscar',
  openStore: 'Abrir almacén…',
  openStoreTitle: 'Abrir un almacén de eventos',
  storeAddress: 'Dirección del almacén',
  storeAddressHint:
    'Una ruta de este sitio (/data/events.json) o una dirección http(s) que permita lecturas de otro origen.',
  invalidStoreAddress:
    'Escribe una ruta que empiece por / o una dirección que empiece por http:// o https://.',
  open: 'Abrir',
  chooseFile: 'Abrir un archivo',
  dropHint: 'También puedes soltar un almacén .json en cualquier lugar de la página.',
  dropOverlay: 'Suelta el almacén para abrirlo',
  cancel: 'Cancelar',
  downloaded: (loaded, total) => (total === null ? `${loaded} recibidos` : `${loaded} de ${total}`),
  validating: 'Comprobando el almacén…',
  loadingProgress: 'Progreso de la carga',
  keepCurrentStore: 'Mantener el almacén actual',
  linkFileStore:
    'Este almacén se abrió desde un archivo, así que ningún enlace puede abrirlo. Publícalo en una dirección web y ábrelo desde allí para compartir un enlace.',
  errorTimeout: 'El servidor dejó de responder.',
  errorTooLarge: 'El almacén es demasiado grande para abrirlo.',
  errorEmpty: 'El almacén no tiene eventos que mostrar.',
  errorFile: 'No se pudo leer el archivo.',
  currentStore: (label) => `Mostrado: ${label}`,
  aggregateTitle: (count) => `${count} eventos: haz clic para acercar y verlos`,
  overview: 'Vista general',
  partFailed: (part) => `${part}: esta parte de la página falló. El resto sigue funcionando.`,
  tryAgain: 'Volver a intentar',
};
