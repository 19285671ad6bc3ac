import type { IgnoredReason } from '../lib/url-codec';
import { pluralsOf } from './plural';
import { type EvidenceMessages, enEvidence } from './evidence-messages';

/**
 * Every string of the interface, in English here and in each other language it speaks in a
 * file of its own (messages-es.ts), loaded only by those who read it. Accessible names are part of
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
  /** A store shown window by window: `total` is the whole store's, most of it not loaded. */
  timelineDescriptionHeld: (from: string, to: string, inView: number, total: number) => string;
  /** The same, zoomed out too far for its events to be read and drawn one by one. */
  timelineDescriptionTooWide: (from: string, to: string, total: number) => string;
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
  /** Moved to another window while the store loads: its events are read before the rest. */
  packedMovedWindowLoading: string;
  /** A store too large to hold whole, read window by window: the window shown is in. */
  packedHeldWindowIn: string;
  /** The same, its window's events still on their way. */
  packedHeldWindowLoading: string;
  /** The same, a window holding too many events to read one by one. */
  packedHeldTooWide: string;
  /** The same, a later read failed: why (the server's answer, in English). */
  packedHeldFailed: (reason: string) => string;
  /** Search of a store shown window by window: what it covers. */
  searchHeldScope: string;
  /** The same store's counts beside each actor and status: what they count. */
  filterCountsHeld: string;
  /** The same store's report: what its problems cover. */
  reportHeldScope: string;
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
const n = (value: number) => enNumber.format(value);
const enPercent = new Intl.NumberFormat('en-GB', { style: 'percent' });
const enPlural = pluralsOf('en');

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
  timelineDescriptionTooWide: (from, to, total) =>
    `Showing ${from} to ${to}: too many events to draw one by one; zoom in to see them. The store holds ${n(total)} ${enPlural(total, { one: 'event', other: 'events' })}.`,
  timelineDescriptionHeld: (from, to, inView, total) =>
    `Showing ${from} to ${to}: ${n(inView)} ${enPlural(inView, { one: 'event', other: 'events' })} in view. The store holds ${n(total)} ${enPlural(total, { one: 'event', other: 'events' })}; only those around the window shown are loaded.`,
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
      case 'event-not-loaded':
        return `No event ${shown} around the window shown. This store is too large to load whole: a link to one of its events needs the window it is in (from and to).`;
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
  packedMovedWindowLoading:
    'The events of the window shown are loading first; the rest of the store follows. The band below the timeline shows where all events are.',
  packedHeldWindowIn:
    'The events of the window shown are in. The store is too large to load whole: the events of each window load as you move the timeline. The band below the timeline shows where all events are.',
  packedHeldWindowLoading:
    'The events of the window shown are loading. The store is too large to load whole: the events of each window load as you move the timeline. The band below the timeline shows where all events are.',
  packedHeldTooWide:
    'This window holds too many events to load one by one: zoom in to load them. The band below the timeline shows where all events are.',
  packedHeldFailed: (reason) =>
    `The events of the window shown could not be read: ${reason.replace(/\.$/, '')}. The timeline shows what was read before; Retry reads the store again at the window shown.`,
  searchHeldScope:
    'Searches the titles, actors, places and tags of the events loaded around the window shown, not the whole store: it is too large to load whole.',
  filterCountsHeld:
    'The counts are of the events loaded around the window shown, not of the whole store.',
  reportHeldScope:
    'Found in the rows read so far: this store is too large to load whole, so the rows of each window are checked as the timeline moves to it.',
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
