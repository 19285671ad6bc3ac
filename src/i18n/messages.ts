import type { IgnoredReason } from '../lib/url-codec';
import { pluralsOf } from './plural';
import { type EvidenceMessages, enEvidence, esEvidence } from './evidence-messages';

/**
 * Every string of the interface, in each language it speaks. Accessible names are part of
 * the public surface (docs/ui-contract.md): change the English ones only with the contract.
 */
export interface Messages extends EvidenceMessages {
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
  map: string;
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
  /** A packed store's excerpts and summary, fetched when the event is selected. */
  evidenceLoading: string;
  evidenceFailed: (reason: string) => string;
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
  /** The report panel's list of what an import dropped. */
  importDroppedTitle: (format: string, dropped: number) => string;
  importDroppedShown: (shown: number, dropped: number) => string;
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
  /** In place of the filters while a large store is drawn before it has all arrived. */
  filtersWhenLoaded: string;
  /** Events parsed and checked while the store still downloads. */
  eventsChecked: (count: number) => string;
  /** A packed store's rows fetched so far, of all its events. */
  packedEventsLoaded: (loaded: number, total: number) => string;
  /** A packed store whose opening window is on screen while the rest loads. */
  packedWindowLoaded: string;
  /** Drawn from the events that start in the window; those begun earlier are still read. */
  packedWindowLoading: string;
  loadingProgress: string;
  keepCurrentStore: string;
  linkFileStore: string;
  errorTimeout: string;
  errorTooLarge: string;
  errorEmpty: string;
  errorFile: string;
  currentStore: (label: string) => string;
  aggregateName: (count: string) => string;
  aggregateTitle: (count: string, from: string, to: string) => string;
  overview: string;
  lanes: string;
  /** A crowded lane's button: draw it event by event, or count it again. */
  expandLane: (lane: string) => string;
  collapseLane: (lane: string) => string;
  partFailed: (part: string) => string;
  tryAgain: string;
  language: string;
  searchMatches: (count: number, query: string) => string;
  searchPreparing: (share: number) => string;
  noSearchResults: (query: string) => string;
  noSearchResultsHint: string;
  clearSearch: string;
  bestMatch: string;
  searchHint: string;
  searchPackedScope: string;
  searchAndFilters: string;
  showEvents: (count: number) => string;
  exportMenu: string;
  exportJson: string;
  exportCsv: string;
  exportSummary: (count: number) => string;
  exported: (count: number, format: string) => string;
  copyCitation: string;
  citationCopied: string;
  citationNotCopied: string;
  citationSources: string;
  help: string;
  helpTitle: string;
  helpIntro: string;
  helpShortcuts: string;
  shortcuts: readonly (readonly [keys: string, action: string])[];
  helpStoreTitle: string;
  helpStore: readonly string[];
  helpLinksTitle: string;
  helpLinks: string;
  schemaLink: string;
  dragToClose: string;
  // Import (issue 14): TimelineJS, SIMILE, timemap and CSV files.
  importTitle: string;
  importFormat: (format: string, items: number) => string;
  importStep: (step: number, of: number) => string;
  /** The import worker's steps (import-protocol.ts, IMPORT_STAGES). */
  importStage: Readonly<
    Record<'reading' | 'converting' | 'preparing', (percent: string | null) => string>
  >;
  importPreview: string;
  importPreviewCaption: (shown: number, events: number, lanes: number) => string;
  importMapping: string;
  importNoColumn: string;
  importCounts: (mapped: number, guessed: number, dropped: number) => string;
  importNotes: string;
  importDateOrder: string;
  importDateOrderRows: (rows: string) => string;
  importDayMonth: string;
  importMonthDay: string;
  importButton: string;
  importRefused: (message: string) => string;
  importTooLarge: (size: string, limit: string) => string;
  importField: Record<
    | 'date'
    | 'end'
    | 'title'
    | 'summary'
    | 'actors'
    | 'tags'
    | 'place'
    | 'lat'
    | 'lon'
    | 'url'
    | 'source'
    | 'quote',
    string
  >;
  importColumnTitle: string;
  importColumnDate: string;
  importColumnLanes: string;
  exportTimelineJs: string;
  // Reading layout and embedding (issue 13).
  openInSourceline: string;
  moreActions: string;
  moreActionsTitle: string;
  embed: string;
  embedTitle: string;
  embedCode: string;
  embedHelp: string;
  embedFrameTitle: (storeTitle: string) => string;
}

const enNumber = new Intl.NumberFormat('en-GB');
const esNumber = new Intl.NumberFormat('es-ES');
const n = (value: number) => enNumber.format(value);
const enPercent = new Intl.NumberFormat('en-GB', { style: 'percent' });
const esPercent = new Intl.NumberFormat('es-ES', { style: 'percent' });
const nEs = (value: number) => esNumber.format(value);
const enPlural = pluralsOf('en');
const esPlural = pluralsOf('es');

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
  map: 'Map',
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
  evidence: (count) =>
    `Evidence: ${count} ${enPlural(count, { one: 'excerpt', other: 'excerpts' })}`,
  noExcerpts: 'No excerpts: the store gives no source for this event.',
  evidenceLoading: 'Loading the summary and excerpts…',
  evidenceFailed: (reason) => `The summary and excerpts could not be loaded. ${reason}`,
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
      case 'invalid-status':
        return `status: ${shown} is not a status (confirmed, reported, disputed, refuted, not-stated).`;
      case 'invalid-map':
        return `map: ${shown} is neither 1 (map shown) nor 0.`;
      case 'too-long':
        return `${key}: the value is too long.`;
      case 'repeated':
        return `${key} was given more than once; the first one is used.`;
      case 'unknown-parameter':
        return `${key} is not a parameter Sourceline knows.`;
    }
  },
  storeReport: (dropped, warnings) =>
    `${dropped} ${enPlural(dropped, { one: 'item', other: 'items' })} dropped · ${warnings} ${enPlural(warnings, { one: 'warning', other: 'warnings' })}`,
  problemsTitle: 'Problems found in this store',
  importDroppedTitle: (format, dropped) =>
    `Dropped on import from ${format}: ${n(dropped)} ${enPlural(dropped, { one: 'item', other: 'items' })}`,
  importDroppedShown: (shown, dropped) => `The first ${n(shown)} of ${n(dropped)} are listed.`,
  keyboardHint: '← → previous/next event · Esc clear · + − zoom · / search · ? help',
  openStore: 'Open store…',
  openStoreTitle: 'Open an event store',
  storeAddress: 'Store address',
  storeAddressHint:
    'A path on this site (/data/events.json) or an http(s) address that allows cross-origin reads.',
  invalidStoreAddress:
    'Enter a path starting with / or an address starting with http:// or https://.',
  open: 'Open',
  chooseFile: 'Open a file',
  dropHint:
    'You can also drop a store anywhere on the page, or a TimelineJS, SIMILE, timemap or CSV/TSV file to import.',
  dropOverlay: 'Drop the store to open it',
  cancel: 'Cancel',
  downloaded: (loaded, total) => (total === null ? `${loaded} received` : `${loaded} of ${total}`),
  validating: 'Checking the store…',
  eventsChecked: (count) =>
    `${n(count)} ${enPlural(count, { one: 'event', other: 'events' })} checked`,
  packedEventsLoaded: (loaded, total) =>
    `${n(loaded)} of ${n(total)} ${enPlural(total, { one: 'event', other: 'events' })} loaded`,
  packedWindowLoaded:
    'The events of the window shown are in; the rest of the store is loading. The band below the timeline shows where all events are.',
  packedWindowLoading:
    'The timeline shows the events that start in this window; longer ones begun earlier are still loading. The band below the timeline shows where all events are.',
  filtersWhenLoaded:
    'The timeline shows the events checked so far. Filters, the list and the details open once every event is in.',
  loadingProgress: 'Loading progress',
  keepCurrentStore: 'Keep the current store',
  linkFileStore:
    'This store was opened from a file, so no link can open it. Publish it at a web address and open it from there to share a link.',
  errorTimeout: 'The server stopped answering.',
  errorTooLarge: 'The store is too large to open.',
  errorEmpty: 'The store has no events to show.',
  errorFile: 'The file could not be read.',
  currentStore: (label) => `Shown: ${label}`,
  aggregateName: (count) => `${count} events counted by period: click a period to zoom in`,
  aggregateTitle: (count, from, to) =>
    `${count} events, ${from} – ${to}: click to zoom in and see them`,
  overview: 'Overview',
  lanes: 'Lanes',
  expandLane: (lane) => `Show each event in ${lane}`,
  collapseLane: (lane) => `Count ${lane}'s events`,
  partFailed: (part) => `${part}: this part of the page failed. The rest still works.`,
  tryAgain: 'Try again',
  language: 'Language',
  searchMatches: (count, query) =>
    `${n(count)} ${enPlural(count, { one: 'match', other: 'matches' })} for “${query}”`,
  searchPreparing: (share) => `Preparing the search… ${enPercent.format(share)}`,
  noSearchResults: (query) => `No events match “${query}”.`,
  noSearchResultsHint: 'Check the spelling, use fewer words, or clear the search or the filters.',
  clearSearch: 'Clear search',
  bestMatch: 'Best match',
  searchHint: 'Enter opens the best match.',
  searchPackedScope:
    'Searches titles, actors, places and tags. Summaries and excerpts of this packed store are not searched: they load per event.',
  searchAndFilters: 'Search and filters',
  showEvents: (count) => `Show ${n(count)} ${enPlural(count, { one: 'event', other: 'events' })}`,
  exportMenu: 'Export',
  exportJson: 'Download JSON',
  exportCsv: 'Download CSV',
  exportSummary: (count) =>
    `The ${n(count)} ${enPlural(count, { one: 'event', other: 'events' })} that pass the current filters and search. JSON is an event store (sourceline/1) that Sourceline can open again; CSV has one row per event.`,
  exported: (count, format) =>
    `${n(count)} ${enPlural(count, { one: 'event', other: 'events' })} downloaded as ${format}.`,
  copyCitation: 'Copy citation',
  citationCopied: 'Citation copied: paste it into your document.',
  citationNotCopied: 'The citation could not be copied to the clipboard.',
  citationSources: 'Sources',
  help: 'About and help',
  helpTitle: 'About Sourceline',
  helpIntro:
    'Sourceline shows events on a timeline you can zoom and pan. Every event rests on excerpts quoted word for word from its sources, in their original language, with a translation beside them. Choose an event to read them.',
  helpShortcuts: 'Keyboard shortcuts',
  shortcuts: [
    ['← →', 'Previous or next event'],
    ['Esc', 'Clear the selection'],
    ['+ −', 'Zoom in or out'],
    ['/', 'Search'],
    ['?', 'This help'],
  ],
  helpStoreTitle: 'What is an event store?',
  helpStore: [
    'An event store is one JSON file (format sourceline/1) that holds the events, the actors who take part in them and the sources every event is grounded in. Dates keep their precision: "2023-09" is September 2023, not 1 September.',
    'Open one with “Open store…”, by dropping a file on the page, or with a link: ?store=https://…/events.json. It is checked when it opens; a bad item is left out and reported, never the whole store.',
  ],
  helpLinksTitle: 'Links',
  helpLinks:
    'The address always describes what you see: the selected event, the time window, the filters, the search and the language. Copy it to share or cite exactly this view.',
  schemaLink: 'The JSON Schema of the format',
  dragToClose: 'Drag down to close',
  ...enEvidence,
  // Import (issue 14)
  importTitle: 'Import',
  importFormat: (format, items) => `Recognised: ${format} (${n(items)} read)`,
  importStep: (step, of) => `Step ${step} of ${of}:`,
  importStage: {
    reading: (percent) => (percent ? `Reading the file… ${percent}` : 'Reading the file…'),
    converting: () => 'Turning its rows into events…',
    preparing: () => 'Preparing the preview and the store…',
  },
  importPreview: 'Preview',
  importPreviewCaption: (shown, events, lanes) =>
    `The first ${n(shown)} of ${n(events)} events, in ${enPlural(lanes, { one: `${n(lanes)} lane`, other: `${n(lanes)} lanes` })}`,
  importMapping: 'Columns',
  importNoColumn: '(none)',
  importCounts: (mapped, guessed, dropped) =>
    `${n(mapped)} mapped · ${n(guessed)} guessed · ${n(dropped)} dropped`,
  importNotes: 'What was mapped, guessed and dropped',
  importDateOrder: 'Dates such as 03/04/2020 read as',
  importDateOrderRows: (rows) => `Day and month could be either way round (${rows}).`,
  importDayMonth: 'day/month/year',
  importMonthDay: 'month/day/year',
  importButton: 'Import',
  importRefused: (message) => `This file cannot be imported: ${message}`,
  importTooLarge: (size, limit) =>
    `This file is ${size}; an import may be at most ${limit}, so that its store stays within the size limit.`,
  importField: {
    date: 'date',
    end: 'end',
    title: 'title',
    summary: 'summary',
    actors: 'actors',
    tags: 'tags',
    place: 'place',
    lat: 'lat',
    lon: 'lon',
    url: 'url',
    source: 'source',
    quote: 'quote',
  },
  importColumnTitle: 'Title',
  importColumnDate: 'Date',
  importColumnLanes: 'Lanes',
  exportTimelineJs: 'Download TimelineJS JSON',
  // Reading layout and embedding (issue 13).
  openInSourceline: 'Open in Sourceline',
  moreActions: 'More',
  moreActionsTitle: 'More actions',
  embed: 'Embed',
  embedTitle: 'Embed this view',
  embedCode: 'Embed code',
  embedHelp:
    'Paste this code into a web page: it shows this timeline and the selected event, with a link to the full view.',
  embedFrameTitle: (storeTitle) => `${storeTitle} — Sourceline timeline`,
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
  map: 'Mapa',
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
  evidence: (count) =>
    `Pruebas: ${count} ${esPlural(count, { one: 'extracto', other: 'extractos' })}`,
  noExcerpts: 'Sin extractos: el almacén no da ninguna fuente para este evento.',
  evidenceLoading: 'Cargando el resumen y los extractos…',
  evidenceFailed: (reason) => `No se pudieron cargar el resumen ni los extractos. ${reason}`,
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
      case 'invalid-status':
        return `status: ${shown} no es un estado (confirmed, reported, disputed, refuted, not-stated).`;
      case 'invalid-map':
        return `map: ${shown} no es 1 (mapa visible) ni 0.`;
      case 'too-long':
        return `${key}: el valor es demasiado largo.`;
      case 'repeated':
        return `${key} aparece más de una vez; se usa el primero.`;
      case 'unknown-parameter':
        return `${key} no es un parámetro que Sourceline conozca.`;
    }
  },
  storeReport: (dropped, warnings) =>
    `${dropped} ${esPlural(dropped, { one: 'elemento descartado', other: 'elementos descartados' })} · ${warnings} ${esPlural(warnings, { one: 'aviso', other: 'avisos' })}`,
  problemsTitle: 'Problemas encontrados en este almacén',
  importDroppedTitle: (format, dropped) =>
    `Descartado al importar desde ${format}: ${nEs(dropped)} ${esPlural(dropped, { one: 'elemento', other: 'elementos' })}`,
  importDroppedShown: (shown, dropped) =>
    `Se listan los primeros ${nEs(shown)} de ${nEs(dropped)}.`,
  keyboardHint:
    '← → evento anterior/siguiente · Esc quitar selección · + − zoom · / buscar · ? ayuda',
  openStore: 'Abrir almacén…',
  openStoreTitle: 'Abrir un almacén de eventos',
  storeAddress: 'Dirección del almacén',
  storeAddressHint:
    'Una ruta de este sitio (/data/events.json) o una dirección http(s) que permita lecturas de otro origen.',
  invalidStoreAddress:
    'Escribe una ruta que empiece por / o una dirección que empiece por http:// o https://.',
  open: 'Abrir',
  chooseFile: 'Abrir un archivo',
  dropHint:
    'También puedes soltar un almacén en cualquier lugar de la página, o un archivo de TimelineJS, SIMILE, timemap o CSV/TSV para importarlo.',
  dropOverlay: 'Suelta el almacén para abrirlo',
  cancel: 'Cancelar',
  downloaded: (loaded, total) => (total === null ? `${loaded} recibidos` : `${loaded} de ${total}`),
  validating: 'Comprobando el almacén…',
  eventsChecked: (count) =>
    `${nEs(count)} ${esPlural(count, { one: 'evento comprobado', other: 'eventos comprobados' })}`,
  packedEventsLoaded: (loaded, total) =>
    `${nEs(loaded)} de ${nEs(total)} ${esPlural(total, { one: 'evento cargado', other: 'eventos cargados' })}`,
  packedWindowLoaded:
    'Los eventos de la ventana mostrada ya están; el resto del almacén se está cargando. La banda bajo la línea de tiempo muestra dónde están todos los eventos.',
  packedWindowLoading:
    'La línea de tiempo muestra los eventos que empiezan en esta ventana; los más largos, empezados antes, se están cargando. La banda bajo la línea de tiempo muestra dónde están todos los eventos.',
  filtersWhenLoaded:
    'La línea de tiempo muestra los eventos comprobados hasta ahora. Los filtros, la lista y los detalles se abren cuando estén todos.',
  loadingProgress: 'Progreso de la carga',
  keepCurrentStore: 'Mantener el almacén actual',
  linkFileStore:
    'Este almacén se abrió desde un archivo, así que ningún enlace puede abrirlo. Publícalo en una dirección web y ábrelo desde allí para compartir un enlace.',
  errorTimeout: 'El servidor dejó de responder.',
  errorTooLarge: 'El almacén es demasiado grande para abrirlo.',
  errorEmpty: 'El almacén no tiene eventos que mostrar.',
  errorFile: 'No se pudo leer el archivo.',
  currentStore: (label) => `Mostrado: ${label}`,
  aggregateName: (count) =>
    `${count} eventos contados por periodo: haz clic en un periodo para acercar`,
  aggregateTitle: (count, from, to) =>
    `${count} eventos, ${from} – ${to}: haz clic para acercar y verlos`,
  overview: 'Vista general',
  lanes: 'Filas',
  expandLane: (lane) => `Mostrar cada evento de ${lane}`,
  collapseLane: (lane) => `Contar los eventos de ${lane}`,
  partFailed: (part) => `${part}: esta parte de la página falló. El resto sigue funcionando.`,
  tryAgain: 'Volver a intentar',
  language: 'Idioma',
  searchMatches: (count, query) =>
    `${nEs(count)} ${esPlural(count, { one: 'coincidencia', other: 'coincidencias' })} para «${query}»`,
  searchPreparing: (share) => `Preparando la búsqueda… ${esPercent.format(share)}`,
  noSearchResults: (query) => `Ningún evento coincide con «${query}».`,
  noSearchResultsHint:
    'Revisa la ortografía, usa menos palabras o quita la búsqueda o los filtros.',
  clearSearch: 'Borrar la búsqueda',
  bestMatch: 'Mejor coincidencia',
  searchHint: 'Intro abre la mejor coincidencia.',
  searchPackedScope:
    'Busca en títulos, actores, lugares y etiquetas. Los resúmenes y extractos de este almacén empaquetado no se buscan: se cargan evento a evento.',
  searchAndFilters: 'Búsqueda y filtros',
  showEvents: (count) =>
    `Mostrar ${nEs(count)} ${esPlural(count, { one: 'evento', other: 'eventos' })}`,
  exportMenu: 'Exportar',
  exportJson: 'Descargar JSON',
  exportCsv: 'Descargar CSV',
  exportSummary: (count) =>
    `${esPlural(count, { one: 'El evento que pasa', other: `Los ${nEs(count)} eventos que pasan` })} los filtros y la búsqueda actuales. El JSON es un almacén de eventos (sourceline/1) que Sourceline puede volver a abrir; el CSV tiene una fila por evento.`,
  exported: (count, format) =>
    `${nEs(count)} ${esPlural(count, { one: 'evento descargado', other: 'eventos descargados' })} en ${format}.`,
  copyCitation: 'Copiar cita',
  citationCopied: 'Cita copiada: pégala en tu documento.',
  citationNotCopied: 'No se pudo copiar la cita al portapapeles.',
  citationSources: 'Fuentes',
  help: 'Acerca de y ayuda',
  helpTitle: 'Acerca de Sourceline',
  helpIntro:
    'Sourceline muestra eventos en una cronología que puedes acercar y desplazar. Cada evento se apoya en extractos citados palabra por palabra de sus fuentes, en su idioma original y con una traducción al lado. Elige un evento para leerlos.',
  helpShortcuts: 'Atajos de teclado',
  shortcuts: [
    ['← →', 'Evento anterior o siguiente'],
    ['Esc', 'Quitar la selección'],
    ['+ −', 'Acercar o alejar'],
    ['/', 'Buscar'],
    ['?', 'Esta ayuda'],
  ],
  helpStoreTitle: '¿Qué es un almacén de eventos?',
  helpStore: [
    'Un almacén de eventos es un archivo JSON (formato sourceline/1) con los eventos, los actores que participan en ellos y las fuentes en que se basa cada evento. Las fechas conservan su precisión: «2023-09» es septiembre de 2023, no el 1 de septiembre.',
    'Ábrelo con «Abrir almacén…», soltando un archivo en la página o con un enlace: ?store=https://…/events.json. Se comprueba al abrirlo: un elemento erróneo se descarta y se informa de él, nunca el almacén entero.',
  ],
  helpLinksTitle: 'Enlaces',
  helpLinks:
    'La dirección describe siempre lo que ves: el evento elegido, el periodo, los filtros, la búsqueda y el idioma. Cópiala para compartir o citar exactamente esta vista.',
  schemaLink: 'El JSON Schema del formato',
  dragToClose: 'Arrastra hacia abajo para cerrar',
  ...esEvidence,
  // Importar (issue 14)
  importTitle: 'Importar',
  importFormat: (format, items) => `Reconocido: ${format} (${nEs(items)} leídos)`,
  importStep: (step, of) => `Paso ${step} de ${of}:`,
  importStage: {
    reading: (percent) => (percent ? `Leyendo el archivo… ${percent}` : 'Leyendo el archivo…'),
    converting: () => 'Convirtiendo sus filas en eventos…',
    preparing: () => 'Preparando la vista previa y el almacén…',
  },
  importPreview: 'Vista previa',
  importPreviewCaption: (shown, events, lanes) =>
    `Los primeros ${nEs(shown)} de ${nEs(events)} eventos, en ${esPlural(lanes, { one: `${nEs(lanes)} carril`, other: `${nEs(lanes)} carriles` })}`,
  importMapping: 'Columnas',
  importNoColumn: '(ninguna)',
  importCounts: (mapped, guessed, dropped) =>
    `${nEs(mapped)} asignados · ${nEs(guessed)} deducidos · ${nEs(dropped)} descartados`,
  importNotes: 'Qué se asignó, dedujo y descartó',
  importDateOrder: 'Fechas como 03/04/2020 se leen como',
  importDateOrderRows: (rows) => `Día y mes podrían ir en cualquier orden (${rows}).`,
  importDayMonth: 'día/mes/año',
  importMonthDay: 'mes/día/año',
  importButton: 'Importar',
  importRefused: (message) => `Este archivo no se puede importar: ${message}`,
  importTooLarge: (size, limit) =>
    `Este archivo ocupa ${size}; una importación puede ocupar como mucho ${limit}, para que su almacén quepa en el límite.`,
  importField: {
    date: 'fecha',
    end: 'fin',
    title: 'título',
    summary: 'resumen',
    actors: 'actores',
    tags: 'etiquetas',
    place: 'lugar',
    lat: 'lat',
    lon: 'lon',
    url: 'url',
    source: 'fuente',
    quote: 'cita',
  },
  importColumnTitle: 'Título',
  importColumnDate: 'Fecha',
  importColumnLanes: 'Carriles',
  exportTimelineJs: 'Descargar TimelineJS JSON',
  // Reading layout and embedding (issue 13).
  openInSourceline: 'Abrir en Sourceline',
  moreActions: 'Más',
  moreActionsTitle: 'Más acciones',
  embed: 'Insertar',
  embedTitle: 'Insertar esta vista',
  embedCode: 'Código para insertar',
  embedHelp:
    'Pegue este código en una página web: muestra esta cronología y el evento elegido, con un enlace a la vista completa.',
  embedFrameTitle: (storeTitle) => `${storeTitle} — cronología de Sourceline`,
};
