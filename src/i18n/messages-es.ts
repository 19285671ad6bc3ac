import type { EvidenceMessages } from './evidence-messages';
import type { EvidenceDetailMessages } from './evidence-detail-messages';
import type { LaterMessages } from './later-messages';
import type { Messages } from './messages';
import { ADMIRALTY_WORDS } from './admiralty-words';
import { pluralsOf } from './plural';
import { megabytesIn } from './megabytes';
import { addressFailureEs } from './address-failure-messages';
import { importFieldsEs } from './import-fields-es';

/** The interface in Spanish (loaded when the link or the reader asks for it: catalogue.ts). */
const esNumber = new Intl.NumberFormat('es-ES');
const esPercent = new Intl.NumberFormat('es-ES', { style: 'percent' });
const nEs = (value: number) => esNumber.format(value);
const esPlural = pluralsOf('es');
const esMegabytes = megabytesIn('es-ES');

const esEvidence: EvidenceMessages = {
  statusNames: {
    confirmed: 'Confirmado',
    reported: 'Denunciado',
    disputed: 'Discutido',
    refuted: 'Desmentido',
  },
  statusNotStated: 'Sin indicar',
  statusGroup: 'Estado',
  itemStatus: (status) => `, ${status.toLowerCase()}`,
  timelineLegend: 'Leyenda',
  legendNotch: 'En los periodos contados: la parte discutida o desmentida',
  legendHatch: 'Fechado solo por mes o año',
  aggregateContested: (count) =>
    `${nEs(count)} ${esPlural(count, { one: 'discutido o desmentido', other: 'discutidos o desmentidos' })}`,
};

const esEvidenceDetail: EvidenceDetailMessages = {
  openPassage: 'Abrir el pasaje',
  opensInNewTab: 'Se abre en una pestaña nueva',
  passageOf: (title, nth) => ` en ${title}${nth === null ? '' : `, pasaje ${nth}`}`,
  copyOf: (title) => ` de ${title}`,
  archivedCopy: 'Copia archivada',
  noAddress: 'El almacén no da la dirección web de esta fuente',
  accessedOn: (date) => `consultada el ${date}`,
  statusLabel: (status) => `Estado: ${status}`,
  supportedBy: 'Lo respaldan',
  claimedBy: 'Lo afirman',
  disputedBy: 'Lo discuten',
  reliability: (grade) => `Fiabilidad ${grade}: ${ADMIRALTY_WORDS.es[grade]}`,
  locatorAt: (label, locator) => (label ? `${label} ${locator}` : `en ${locator}`),
  relatedEvents: 'Eventos relacionados',
  relationOut: {
    causes: 'causó',
    'responds-to': 'responde a',
    'part-of': 'parte de',
    'see-also': 'véase también',
  },
  relationIn: {
    causes: 'causado por',
    'responds-to': 'respondido por',
    'part-of': 'incluye',
    'see-also': 'véase también',
  },
  exportCsl: 'Descargar fuentes (CSL-JSON)',
};

export const es: Messages = {
  appName: 'Sourceline',
  tagline: 'Los hechos y las palabras en que se apoyan',
  loading: 'Cargando…',
  loadingStore: (location) => `Cargando los eventos de ${location}…`,
  retry: 'Reintentar',
  openDefaultStore: 'Abrir el almacén predeterminado',
  timeline: 'Cronología',
  skipToTimeline: 'Saltar a la cronología',
  skipToMap: 'Saltar al mapa',
  map: 'Mapa',
  timelineControls: 'Controles de la cronología',
  timelineWindow: (from, to) => `Del ${from} al ${to}:`,
  timelineInView: (inView, total) =>
    `${nEs(inView)} de ${nEs(total)} ${esPlural(total, { one: 'evento', other: 'eventos' })} a la vista.`,
  timelineTooWide: (total) =>
    `demasiados eventos para dibujarlos uno a uno; acerca la vista para verlos. El almacén tiene ${nEs(total)} ${esPlural(total, { one: 'evento', other: 'eventos' })}.`,
  timelineSearching: 'buscando.',
  timelineSoFar: (found, share) =>
    `${nEs(found)} ${esPlural(found, { one: 'evento encontrado', other: 'eventos encontrados' })} hasta ahora (aún indexando, ${esPercent.format(share)}).`,
  timelineHeld: (inView, total) =>
    `${nEs(inView)} ${esPlural(inView, { one: 'evento', other: 'eventos' })} a la vista. El almacén tiene ${nEs(total)} ${esPlural(total, { one: 'evento', other: 'eventos' })}; solo están cargados los de alrededor de la ventana mostrada.`,
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  fitAll: 'Ver todo',
  previousEvent: 'Evento anterior',
  nextEvent: 'Evento siguiente',
  lanePerActor: 'Una fila por actor',
  events: 'Eventos',
  eventDetails: 'Detalles del evento',
  actors: 'Actores',
  filters: 'Filtros',
  match: 'Coincidencia',
  any: 'Cualquiera',
  all: 'Todos',
  clearFilters: 'Quitar filtros',
  searchEvents: 'Buscar eventos',
  copyLink: 'Copiar enlace',
  dismiss: 'Descartar',
  problemsTitle: 'Problemas encontrados en este almacén',
  dropOverlay: 'Suelta el almacén para abrirlo',
  cancel: 'Cancelar',
  downloaded: (loaded, total) =>
    total === null
      ? `${esMegabytes(loaded)} recibidos`
      : `${esMegabytes(loaded)} de ${esMegabytes(total)}`,
  validating: 'Comprobando el almacén…',
  eventsChecked: (count) =>
    `${nEs(count)} ${esPlural(count, { one: 'evento comprobado', other: 'eventos comprobados' })}`,
  searchHeldScope:
    'Busca en los títulos, actores, lugares y etiquetas de los eventos cargados alrededor de la ventana mostrada, no en todo el almacén: es demasiado grande para cargarlo entero.',
  filterCountsHeld:
    'Los recuentos son de los eventos cargados alrededor de la ventana mostrada, no de todo el almacén.',
  filterCountsTooWide:
    'Sin recuentos: esta ventana tiene demasiados eventos para cargarlos uno a uno. Acerca la vista para contarlos.',
  filtersWhenLoaded:
    'La línea de tiempo muestra los eventos comprobados hasta ahora. Los filtros, la lista y los detalles se abren cuando estén todos.',
  loadingProgress: 'Progreso de la carga',
  keepCurrentStore: 'Mantener el almacén actual',
  aggregateName: (count) =>
    `${nEs(count)} ${esPlural(count, { one: 'evento contado', other: 'eventos contados' })} por periodo: elige un periodo para acercarlo`,
  aggregateTitle: (count, from, to) =>
    `${nEs(count)} ${esPlural(count, { one: 'evento', other: 'eventos' })}, ${from} – ${to}: haz clic o pulsa Intro para acercar y ${esPlural(count, { one: 'verlo', other: 'verlos' })}`,
  overview: 'Vista general',
  lanes: 'Filas',
  expandLane: (lane) => `Mostrar cada evento de ${lane}`,
  collapseLane: (lane) => `Contar los eventos de ${lane}`,
  partFailed: (part) => `${part}: esta parte de la página falló. El resto sigue funcionando.`,
  tryAgain: 'Volver a intentar',
  language: 'Idioma',
  searchHint: 'Intro abre la mejor coincidencia.',
  ...esEvidence,
};

/** The strings of the parts loaded after the first screen (later-messages.ts), in Spanish. */
/* Why a file to import could not be fetched from its address (later-messages.ts). */

export const esLater: LaterMessages = {
  linkCopied: 'Enlace copiado: abre exactamente esta vista.',
  linkNotCopied: 'No se pudo copiar el enlace; cópialo de la barra de direcciones.',
  linkFileStore:
    'Este almacén se abrió desde un archivo, así que ningún enlace puede abrirlo. Publícalo en una dirección web y ábrelo desde allí para compartir un enlace.',
  linkDraftStore:
    'Es un borrador del editor, guardado en este navegador, así que ningún enlace puede abrirlo. Para compartirlo, elige Publicar arriba de la página.',
  citationCopied: 'Cita copiada: pégala en tu documento.',
  citationNotCopied: 'No se pudo copiar la cita al portapapeles.',
  ...esEvidenceDetail,
  linkIgnored: 'Se ignoraron partes del enlace y se limpió la dirección:',
  ignoredReason: (reason, key, value) => {
    const shown = `«${value}»`;
    switch (reason) {
      case 'unknown-event':
        return `No hay ningún evento ${shown} en este almacén.`;
      case 'event-not-loaded':
        return `No hay ningún evento ${shown} alrededor de la ventana mostrada. Este almacén es demasiado grande para cargarlo entero: un enlace a uno de sus eventos necesita la ventana en que está (from y to).`;
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
      case 'file-store':
        return `Este enlace se hizo con un archivo abierto, ${shown}, que ningún enlace puede abrir: este es el almacén del propio sitio. Para ver el archivo, vuelva a abrirlo con Abrir almacén.`;
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
  eventCount: (shown, total) => {
    const events = `${nEs(total)} ${esPlural(total, { one: 'evento', other: 'eventos' })}`;
    return shown === total ? events : `${nEs(shown)} de ${events}`;
  },
  eventCountSoFar: (shown, total) =>
    `${nEs(shown)} de ${nEs(total)} ${esPlural(total, { one: 'evento', other: 'eventos' })} hasta ahora`,
  eventCountSearching: (total) =>
    `Buscando en ${nEs(total)} ${esPlural(total, { one: 'evento', other: 'eventos' })}…`,
  noEventsMatch: 'Ningún evento coincide con estos filtros.',
  noEventsInStore: 'Este almacén no tiene eventos que mostrar.',
  noSelection:
    'Elige un evento en la cronología o en la lista para leer las fuentes en que se basa.',
  noSelectionEmbedded: 'Elige un evento para leer sus fuentes.',
  detailsTooWide:
    'Esta ventana tiene demasiados eventos para mostrarlos uno a uno: acerca la vista y elige un evento para leer las fuentes en que se basa.',
  packedEventsLoaded: (loaded, total) =>
    `${nEs(loaded)} de ${nEs(total)} ${esPlural(total, { one: 'evento cargado', other: 'eventos cargados' })}`,
  findingLinkedEvent: (searched, total) =>
    `Buscando el evento que nombra el enlace: ${nEs(searched)} de ${nEs(total)} eventos revisados`,
  packedWindowLoaded:
    'Los eventos de la ventana mostrada ya están; el resto del almacén se está cargando. La banda bajo la línea de tiempo muestra dónde están todos los eventos.',
  packedWindowLoading:
    'La línea de tiempo muestra los eventos que empiezan en esta ventana; los más largos, empezados antes, se están cargando. La banda bajo la línea de tiempo muestra dónde están todos los eventos.',
  packedMovedWindowLoading:
    'Los eventos de la ventana mostrada se cargan primero; el resto del almacén viene después. La banda bajo la línea de tiempo muestra dónde están todos los eventos.',
  hiddenByFilters:
    'Los filtros o la búsqueda ocultan este evento: no está en la cronología ni en la lista.',
  keyboardHintEmbedded: '← → evento anterior/siguiente · Esc quitar selección · + − zoom',
  closeDetails: 'Cerrar detalles',
  eventChosen: (title, date) => `Seleccionado: ${title}, ${date}`,
  noLaterEvent: 'No hay ningún evento posterior',
  noEarlierEvent: 'No hay ningún evento anterior',
  printedFrom: (date, link) => `Impreso el ${date} desde ${link}`,
  printedOn: (date) => `Impreso el ${date}, de un almacén abierto como archivo.`,
  printedOnDraft: (date) => `Impreso el ${date}, de un borrador del editor.`,
  listTooLongToPrint: (events, most) =>
    `La lista de estos ${nEs(events)} eventos es demasiado larga para imprimirla: fíltrala a ${nEs(most)} eventos o menos para imprimirla.`,
  dateNote: 'Sobre esta fecha',
  evidence: (count, disputing) =>
    `Pruebas: ${count} ${esPlural(count, { one: 'extracto', other: 'extractos' })}${disputing > 0 ? `, ${disputing} ${esPlural(disputing, { one: 'lo discute', other: 'lo discuten' })}` : ''}`,
  evidenceUncounted: 'Pruebas',
  noExcerpts: 'Sin extractos: el almacén no da ninguna fuente para este evento.',
  evidenceLoading: 'Cargando el resumen y los extractos…',
  evidenceFailed: (reason) => `No se pudieron cargar el resumen ni los extractos. ${reason}`,
  published: (date) => `publicado el ${date}`,
  openSource: 'Abrir la fuente',
  showInContext: 'Ver en contexto',
  contextTitle: 'El extracto en su fuente',
  quoteNotFound: 'El texto completo de esta fuente no está en el almacén.',
  storeReport: (dropped, leftOut, warnings) =>
    `${nEs(dropped)} ${esPlural(dropped, { one: 'elemento descartado', other: 'elementos descartados' })} · ` +
    (leftOut > 0
      ? `${nEs(leftOut)} ${esPlural(leftOut, { one: 'campo omitido', other: 'campos omitidos' })} · `
      : '') +
    `${nEs(warnings)} ${esPlural(warnings, { one: 'aviso', other: 'avisos' })}`,
  storeProblems: (count) =>
    `${nEs(count)} ${esPlural(count, { one: 'problema', other: 'problemas' })}`,
  // Format names are nouns ("tabla CSV/TSV", "canal web (RSS o Atom)": import-formats-es.ts).
  importDroppedTitle: (format, dropped, leftOut) =>
    `Descartado al importar un archivo de tipo ${format}: ${nEs(dropped)} ${esPlural(dropped, { one: 'elemento', other: 'elementos' })}` +
    (leftOut > 0
      ? `, y ${nEs(leftOut)} ${esPlural(leftOut, { one: 'campo de un elemento conservado', other: 'campos de elementos conservados' })}`
      : ''),
  importDroppedShown: (shown, dropped) =>
    `Se listan los primeros ${nEs(shown)} de ${nEs(dropped)}.`,
  packerReportTitle: 'Encontrado al empaquetar el almacén',
  packerReportScope: (listed, total) =>
    `npm run pack dejó esto fuera del paquete o avisó de ello; las rutas son las del almacén que empaquetó.${listed < total ? ` Se listan los primeros ${nEs(listed)} de ${nEs(total)}.` : ''}`,
  packerReportNotListed: (dropped) =>
    `npm run pack dejó ${nEs(dropped)} ${esPlural(dropped, { one: 'elemento', other: 'elementos' })} fuera del paquete. Su lista la mostró el empaquetador al crear el paquete: este paquete guarda solo la cuenta.`,
  keyboardHint:
    '← → evento anterior/siguiente · Esc quitar selección · + − zoom · / buscar · ? ayuda',
  openStore: 'Abrir almacén…',
  openStoreTitle: 'Abrir un almacén de eventos',
  storeAddress: 'Dirección del almacén',
  storeAddressHint:
    'Una ruta de este sitio (/data/events.json) o una dirección http(s) que permita lecturas de otro origen.',
  invalidStoreAddress:
    'Escribe una ruta que empiece por / o una dirección que empiece por http:// o https://.',
  chooseFile: 'Abrir un archivo',
  dropHint:
    'También puedes soltar un almacén en cualquier lugar de la página, o un archivo de TimelineJS, SIMILE, timemap, KML, KMZ, GeoJSON, RSS, Atom, CSV/TSV o de hoja de cálculo (Excel u OpenDocument) para importarlo.',
  packedHeldWindowIn:
    'Los eventos de la ventana mostrada ya están. El almacén es demasiado grande para cargarlo entero: los eventos de cada ventana se cargan al mover la línea de tiempo. La banda bajo la línea de tiempo muestra dónde están todos los eventos.',
  packedHeldWindowLoading:
    'Los eventos de la ventana mostrada se están cargando. El almacén es demasiado grande para cargarlo entero: los eventos de cada ventana se cargan al mover la línea de tiempo. La banda bajo la línea de tiempo muestra dónde están todos los eventos.',
  packedHeldTooWide:
    'Esta ventana tiene demasiados eventos para cargarlos uno a uno: acerca la vista para cargarlos. La banda bajo la línea de tiempo muestra dónde están todos los eventos.',
  packedHeldFailed: (reason) =>
    `No se pudieron leer los eventos de la ventana mostrada: ${reason.replace(/\.$/, '')}. La línea de tiempo muestra lo leído antes; Reintentar vuelve a leer el almacén en la ventana mostrada.`,
  reportHeldScope:
    'Encontrados en las filas leídas hasta ahora: este almacén es demasiado grande para cargarlo entero, así que las filas de cada ventana se comprueban cuando la línea de tiempo se mueve a ella.',
  currentStore: (label) => `Mostrado: ${label}`,
  searchMatches: (count, query) =>
    `${nEs(count)} ${esPlural(count, { one: 'coincidencia', other: 'coincidencias' })} para «${query}»`,
  wholeSearchHeading: 'En todo el almacén',
  wholeSearchButton: (total, query) =>
    `Buscar «${query}» en ${esPlural(total, { one: 'el único evento', other: `los ${nEs(total)} eventos` })}`,
  wholeSearchScope:
    'Se busca en sus títulos, resúmenes, actores, lugares y etiquetas, no en sus extractos.',
  wholeSearchExcerpts: (bytes) =>
    `Buscar también en sus extractos (${bytes === null ? 'una descarga grande' : `lee hasta ${esMegabytes(bytes)}`})`,
  wholeSearchScopeWithExcerpts:
    'Se busca en sus títulos, resúmenes, extractos, actores, lugares y etiquetas.',
  wholeSearchProgress: (searched, total, found) =>
    `${nEs(searched)} de ${nEs(total)} eventos revisados: ${nEs(found)} ${esPlural(found, { one: 'coincidencia', other: 'coincidencias' })} hasta ahora`,
  wholeSearchStop: 'Dejar de buscar',
  wholeSearchFound: (found, query) =>
    `${nEs(found)} ${esPlural(found, { one: 'evento de todo el almacén coincide', other: 'eventos de todo el almacén coinciden' })} con «${query}».`,
  wholeSearchNone: (query) => `Ningún evento de todo el almacén coincide con «${query}».`,
  wholeSearchStopped: (searched, total, found) =>
    `Búsqueda detenida tras ${nEs(searched)} de ${nEs(total)} eventos, con ${nEs(found)} ${esPlural(found, { one: 'coincidencia', other: 'coincidencias' })}: puede haber más.`,
  wholeSearchListed: (listed) =>
    `Se muestran los ${nEs(listed)} más recientes: añade palabras para afinar la búsqueda.`,
  wholeSearchFailed: (message) => `No se pudo buscar en todo el almacén: ${message}`,
  wholeSearchAgain: 'Buscar de nuevo',
  searchPreparing: (share) => `Preparando la búsqueda… ${esPercent.format(share)}`,
  searchHeavyNotStarted:
    'Los resúmenes y extractos de este almacén empaquetado se cargan para la búsqueda cuando empiezas a buscar.',
  searchHeavyAdding: (share) =>
    `Busca en títulos, actores, lugares y etiquetas; se están añadiendo los resúmenes y extractos (${esPercent.format(share)}).`,
  searchHeavyFailed: (reason) =>
    `Busca en títulos, actores, lugares y etiquetas. No se pudieron añadir los resúmenes y extractos: ${reason}`,
  searchMatchesSoFar: (count, query, share) =>
    `${nEs(count)} ${esPlural(count, { one: 'coincidencia', other: 'coincidencias' })} hasta ahora para «${query}» (aún indexando, ${esPercent.format(share)})`,
  noSearchResults: (query) => `Ningún evento coincide con «${query}».`,
  noSearchResultsHint:
    'Revisa la ortografía, usa menos palabras o quita la búsqueda o los filtros.',
  listTooWide:
    'Esta ventana tiene demasiados eventos para cargarlos y listarlos uno a uno: acerca la vista para listarlos. La banda bajo la línea de tiempo muestra dónde están.',
  listTooWideSearch: (query) =>
    `No se ha buscado «${query}»: la búsqueda abarca los eventos cargados alrededor de la ventana mostrada, y esta ventana tiene demasiados eventos para cargarlos. Acerca la vista para buscar en sus eventos.`,
  listWindowLoading: 'Cargando los eventos de la ventana mostrada…',
  noEventsAroundWindow:
    'No hay eventos alrededor de la ventana mostrada. La banda bajo la línea de tiempo muestra dónde están los eventos del almacén.',
  noEventsMatchHeld:
    'Ninguno de los eventos cargados alrededor de la ventana mostrada coincide con estos filtros.',
  noSearchResultsHeld: (query) =>
    `Ninguno de los eventos cargados alrededor de la ventana mostrada coincide con «${query}».`,
  noSearchResultsHeldHint:
    'La búsqueda abarca los títulos, actores, lugares y etiquetas de los eventos cargados alrededor de la ventana mostrada, no todo el almacén: mueve la línea de tiempo para buscar en otros eventos, o quita la búsqueda o los filtros.',
  clearSearch: 'Borrar la búsqueda',
  bestMatch: 'Mejor coincidencia',
  searchAndFilters: 'Búsqueda y filtros',
  showEvents: (count) =>
    `Mostrar ${nEs(count)} ${esPlural(count, { one: 'evento', other: 'eventos' })}`,
  showEventsUncounted: 'Mostrar los eventos',
  exportMenu: 'Exportar',
  exportJson: 'Descargar JSON',
  exportCsv: 'Descargar CSV',
  exportSummary: (count) =>
    `${esPlural(count, { one: 'El evento que pasa', other: `Los ${nEs(count)} eventos que pasan` })} los filtros y la búsqueda actuales. El JSON es un almacén de eventos (sourceline/1) que Sourceline puede volver a abrir; el CSV tiene una fila por evento, con sus pruebas, y de las fuentes y los actores solo sus ids y nombres (el resto de sus campos está en el JSON).`,
  exported: (count, format) =>
    `${nEs(count)} ${esPlural(count, { one: 'evento descargado', other: 'eventos descargados' })} en ${format}.`,
  copyCitation: 'Copiar cita',
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
  helpMakeTitle: 'Haz tu propia cronología',
  helpMake:
    'En el editor, pega un artículo o abre una página guardada, selecciona el pasaje en que se apoya un evento y se convierte en su extracto. O empieza con una hoja de cálculo, un archivo de TimelineJS o cualquier almacén. Los borradores se quedan en este navegador hasta que los descargas.',
  helpMakeLink: 'Abrir el editor',
  schemaLink: 'El JSON Schema del formato',
  expandDetails: 'Ampliar los detalles',
  // Importar (issue 14)
  importTitle: 'Importar',
  importFormat: (format, items) =>
    `Formato reconocido: ${format} (${nEs(items)} ${esPlural(items, { one: 'elemento leído', other: 'elementos leídos' })})`,
  importStep: (step, of) => `Paso ${step} de ${of}:`,
  importStage: {
    reading: (percent) => (percent ? `Leyendo el archivo… ${percent}` : 'Leyendo el archivo…'),
    converting: () => 'Convirtiendo sus filas en eventos…',
    preparing: () => 'Preparando la vista previa y el almacén…',
  },
  importPreview: 'Vista previa',
  importPreviewCaption: (shown, events, lanes) => {
    const inLanes = esPlural(lanes, {
      one: `${nEs(lanes)} carril`,
      other: `${nEs(lanes)} carriles`,
    });
    if (shown < events)
      return `Los primeros ${nEs(shown)} de ${nEs(events)} eventos, en ${inLanes}`;
    return `${esPlural(events, { one: 'El evento', other: `Los ${nEs(events)} eventos` })}, en ${inLanes}`;
  },
  importMapping: 'Columnas',
  importNoColumn: '(ninguna)',
  importCounts: (mapped, guessed, dropped, leftOut, warned) =>
    [
      `${nEs(mapped)} ${esPlural(mapped, { one: 'asignado', other: 'asignados' })}`,
      `${nEs(guessed)} ${esPlural(guessed, { one: 'deducido', other: 'deducidos' })}`,
      `${nEs(dropped)} ${esPlural(dropped, { one: 'elemento descartado', other: 'elementos descartados' })}`,
      ...(leftOut > 0
        ? [
            `${nEs(leftOut)} ${esPlural(leftOut, { one: 'campo omitido', other: 'campos omitidos' })}`,
          ]
        : []),
      ...(warned > 0
        ? [`${nEs(warned)} ${esPlural(warned, { one: 'aviso', other: 'avisos' })}`]
        : []),
    ].join(' · '),
  importNotes: 'Qué se asignó, dedujo y descartó',
  importDateOrder: 'Fechas como 03/04/2020 se leen como',
  importDateOrderRows: (rows) => `Día y mes podrían ir en cualquier orden (${rows}).`,
  importDateOrderAssumed: 'Leído con el mes primero, como TimelineJS lee esta hoja.',
  importDateExamples: 'Tal como las escribe el archivo:',
  importNotADate: 'ninguna fecha',
  importColumnTaken: (column, field) => `Sin columna: «${column}» está elegida para ${field}.`,
  importColumnUsedBy: (column, field) => `${column} — elegida para ${field}`,
  importUpdating: 'Actualizando la vista previa…',
  storeIsImportable: (format) =>
    `Es un archivo de tipo ${format}, no un almacén de Sourceline. Impórtalo para verlo aquí: el diálogo Importar muestra en qué se convierte antes de abrirlo.`,
  storeIsImportableElsewhere: (format) =>
    `Es un archivo de tipo ${format}, no un almacén de Sourceline: Sourceline puede importarlo, pero no en una línea de tiempo insertada.`,
  importIt: 'Importarlo…',
  importDayMonth: 'día/mes/año',
  importMonthDay: 'mes/día/año',
  importButton: 'Importar',
  importRefused: (message) => `Este archivo no se puede importar: ${message}`,
  importChooseColumn: (columns, field) =>
    `Elige la columna en ${columns}, abajo, en la lista «${field}».`,
  importFetchFailed: addressFailureEs,
  importCrashed:
    'El importador se detuvo por un error inesperado. Recarga la página y vuelve a intentarlo; si vuelve a detenerse, es que no puede leer este archivo.',
  importTooLarge: (size, limit) =>
    `Este archivo ocupa ${esMegabytes(size)}; una importación puede ocupar como mucho ${esMegabytes(limit)}, para que su almacén quepa en el límite.`,
  importField: importFieldsEs,
  importColumnTitle: 'Título',
  importColumnDate: 'Fecha',
  importColumnLanes: 'Carriles',
  exportTimelineJs: 'Descargar TimelineJS JSON',
  exportGeoJson: 'Descargar GeoJSON (para mapas)',
  exportKml: 'Descargar KML (para Google Earth)',
  printView: 'Imprimir o guardar como PDF…',
  // Reading layout and embedding (issue 13).
  openInSourceline: 'Abrir en Sourceline',
  embedDetails: 'Detalles',
  embedFiltered: ({ query, actors, statuses }) => {
    const parts = [
      query ? `búsqueda «${query}»` : '',
      actors ? `${nEs(actors)} ${esPlural(actors, { one: 'actor', other: 'actores' })}` : '',
      statuses ? `${nEs(statuses)} ${esPlural(statuses, { one: 'estado', other: 'estados' })}` : '',
    ];
    return `Filtrado: ${parts.filter(Boolean).join(', ')}`;
  },
  embedNoMatch: ({ query, actors, statuses }) => {
    const others = actors + statuses > 0;
    if (!query) return 'Ningún evento de esta cronología coincide con sus filtros.';
    return `Ningún evento de esta cronología coincide con la búsqueda «${query}»${others ? ' y sus filtros' : ''}.`;
  },
  embedShowAll: 'Mostrar todos los eventos',
  embedNoteFileStore: (fileName) =>
    `Este marco se hizo con un archivo abierto en el ordenador de su autor («${fileName}»), que ningún enlace puede abrir: muestra en su lugar la cronología propia de este sitio.`,
  embedNoteOtherStore:
    'La cronología para la que se hizo este marco no se puede abrir desde su enlace: muestra en su lugar la cronología propia de este sitio.',
  embedNoteEventMissing: 'El evento que este marco debía abrir no está en esta cronología.',
  moreActions: 'Más',
  moreActionsTitle: 'Más acciones',
  embed: 'Insertar',
  embedTitle: 'Insertar esta vista',
  embedCode: 'Código para insertar',
  embedShows: 'Mostrar',
  embedShowsView: 'Esta vista',
  embedShowsWhole: 'Toda la cronología',
  embedCopy: 'Copiar el código',
  embedCopied: 'Código copiado.',
  embedNotCopied:
    'El navegador no dejó copiarlo: el código está seleccionado, pulsa Ctrl+C (⌘C en un Mac).',
  embedHelp:
    'Pega este código en una página web: muestra esta cronología, con un enlace a la vista completa. Esta vista conserva sus fechas y el evento elegido.',
  emptyWindow: (side, title, date) =>
    `No hay eventos en esta ventana. El más cercano es ${side === 'earlier' ? 'anterior' : 'posterior'}: «${title}», ${date}.`,
  emptyWindowShow: 'Mostrar el evento más cercano',
  embedHelpWhole: (from, to) =>
    `Pega este código en una página web: muestra esta cronología, con un enlace a la vista completa. Se abre en la cronología entera tal como está ahora, del ${from} al ${to}, sin ningún evento elegido.`,
  embedSizeAdvice: (height, leastHeight) =>
    `El código da al marco ${height} px de alto. Dale al menos ${leastHeight} px: en un marco más bajo en un móvil, los detalles de un evento esperan tras un botón Detalles.`,
  embedNoMap:
    'Una cronología insertada no muestra el mapa: el código muestra la cronología y los detalles de los eventos.',
  embedNotFromFile:
    'Este almacén se abrió desde un archivo, así que ninguna página puede insertarlo. Publícalo en una dirección web y ábrelo desde allí para insertarlo.',
  embedNotFromDraft:
    'Es un borrador del editor, guardado en este navegador, así que ninguna página puede insertarlo. Para insertarlo, elige Publicar arriba de la página: el editor explica cómo ponerlo en una dirección web, y da el código para insertar.',
  embedNotImported:
    'Esta cronología se importó aquí, y una cronología insertada no importa. Expórtala con Descargar JSON (Exportar), publica ese archivo en una dirección web y ábrelo desde allí para insertarlo.',
  embedFrameTitle: (storeTitle) => `${storeTitle} — cronología de Sourceline`,
  copyByHandTitle: (what) => (what === 'link' ? 'Copia el enlace' : 'Copia la cita'),
  copyByHandHelp:
    'El navegador no dejó que esta página lo pusiera en el portapapeles. Está seleccionado abajo: pulsa Ctrl+C (⌘C en un Mac) para copiarlo.',
  copyByHandText: (what) => (what === 'link' ? 'Enlace' : 'Cita'),
  approximate: 'Fecha aproximada',
  tags: 'Etiquetas',
  place: 'Lugar',
  translation: 'Traducción',
  source: 'Fuente',
  close: 'Cerrar',
  open: 'Abrir',
  storeFailed: 'No se pudo abrir este almacén de eventos',
  storeRefused: 'El almacén fue rechazado:',
  httpError: (status) => `El servidor respondió con el estado ${status}.`,
  networkError: 'No se pudo acceder al almacén. Comprueba la dirección y tu conexión.',
  networkErrorElsewhere:
    'Está en otro sitio, que puede no permitir que otros sitios lean sus archivos (CORS): descarga el archivo y ábrelo con el botón «Abrir almacén…».',
  googleSheetUnread:
    'Una hoja de Google se lee de su copia publicada en la web: en Google Sheets, elige Archivo → Compartir → Publicar en la web y vuelve a abrir su dirección. O descárgala (Archivo → Descargar → Microsoft Excel) y abre el archivo con el botón «Abrir almacén…».',
  networkErrorEmbedded:
    'No se pudo acceder a los eventos de esta cronología: comprueba tu conexión o inténtalo más tarde.',
  networkErrorElsewhereEmbedded:
    'Están en otro sitio, que puede no permitir que este los lea (CORS): quien publicó esta cronología puede permitirlo o poner su archivo en otro lugar.',
  googleSheetUnreadEmbedded:
    'Una hoja de Google se lee de su copia publicada en la web: quien compartió esta cronología puede publicarla (en Google Sheets, Archivo → Compartir → Publicar en la web).',
  errorTimeout: 'El servidor dejó de responder.',
  errorTooLarge: 'El almacén es demasiado grande para abrirlo.',
  errorEmpty: 'El almacén no tiene eventos que mostrar.',
  errorFile: 'No se pudo leer el archivo.',
};
