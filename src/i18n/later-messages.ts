import type { ImportWords } from '../format/convert/import-report';
import type { ProblemGroup } from '../format/problems';
import type { IgnoredReason, Lang } from '../lib/url-codec';
import { laterMessagesOf, useCatalogue } from './catalogue';
import { type EvidenceDetailMessages, enEvidenceDetail } from './evidence-detail-messages';
import { type Messages, en, enMegabytes, enPercent, enPlural, n } from './messages';
import { useLocale, useMessages } from './use-messages';
import { useModuleWhen } from '../lib/use-module-when';
import { addressFailureEn } from './address-failure-messages';

/** What an embed's link filters by: its search (empty for none), and how many actors and statuses. */
export interface EmbedFilters {
  readonly query: string;
  readonly actors: number;
  readonly statuses: number;
}

/**
 * The strings of the parts loaded after the first screen (the event list and details, search
 * results, the dialogs, import, export, embedding, a store's load error): in English here, loaded with those parts
 * rather than before the first events are drawn, and in each other language beside its first
 * screen's (messages-es.ts). Accessible names are part of the public surface
 * (docs/ui-contract.md): change the English ones only with the contract.
 */
export interface LaterMessages extends EvidenceDetailMessages {
  /** What a notice says after Copy link or Copy citation, or of a link that cannot be made. */
  linkCopied: string;
  linkNotCopied: string;
  linkFileStore: string;
  linkDraftStore: string;
  citationCopied: string;
  citationNotCopied: string;
  /** The notice of a link's ignored parts: it comes a moment after the first events. */
  linkIgnored: string;
  ignoredReason: (reason: IgnoredReason, key: string, value: string) => string;
  eventCount: (shown: number, total: number) => string;
  /** The count while a search's answer is not in yet: no number of matches is known. */
  eventCountSearching: (total: number) => string;
  /** The count of matches found before a large store's index is complete. */
  eventCountSoFar: (shown: number, total: number) => string;
  noEventsMatch: string;
  noEventsInStore: string;
  noSelection: string;
  /** The details of a store held window by window, at a window too wide to draw its events. */
  detailsTooWide: string;
  /** A packed store's rows fetched so far, of all its events. */
  packedEventsLoaded: (loaded: number, total: number) => string;
  /** A packed store's rows searched for the event a link names without a window. */
  findingLinkedEvent: (searched: number, total: number) => string;
  /** A packed store whose opening window is on screen while the rest loads. */
  packedWindowLoaded: string;
  /** Drawn from the events that start in the window; those begun earlier are still read. */
  packedWindowLoading: string;
  /** Moved to another window while the store loads: its events are read before the rest. */
  packedMovedWindowLoading: string;
  /**
   * The one line under an embedded timeline while no event is chosen (no list, no search, no
   * help there): short, for a phone's article frame.
   */
  noSelectionEmbedded: string;
  /** The event open in the details is hidden by the filters or the search chosen since. */
  hiddenByFilters: string;
  /** After it, where a keyboard is likely and the frame is wide enough. */
  keyboardHintEmbedded: string;
  closeDetails: string;
  /**
   * Said when an event is chosen where the focus does not follow it (an arrow key, Previous
   * or Next, Enter in the search, Back): what a sighted person sees highlighted.
   */
  eventChosen: (title: string, date: string) => string;
  /** Said when Next (or the arrow key) finds no later event, Previous no earlier one. */
  noLaterEvent: string;
  noEarlierEvent: string;
  /** On paper only: when it was printed, and the link that opens the view printed. */
  printedFrom: (date: string, link: string) => string;
  /** On paper only, for a store opened from a file, which no link can open. */
  printedOn: (date: string) => string;
  /** On paper only, for a draft handed over by the editor, which no link can open. */
  printedOnDraft: (date: string) => string;
  listTooLongToPrint: (events: number, most: number) => string;
  dateNote: string;
  /** The excerpts' count, and how many of them dispute the event: a dispute is not support. */
  evidence: (count: number, disputing: number) => string;
  /** The heading while a packed store's excerpts load, or when they could not: no count to give. */
  evidenceUncounted: string;
  noExcerpts: string;
  /** A packed store's excerpts and summary, fetched when the event is selected. */
  evidenceLoading: string;
  evidenceFailed: (reason: string) => string;
  published: (date: string) => string;
  openSource: string;
  showInContext: string;
  contextTitle: string;
  quoteNotFound: string;
  /** Items dropped (the store's and the importer's), an import's fields left out of items kept, warnings. */
  storeReport: (dropped: number, leftOut: number, warnings: number) => string;
  /** The report's summary when what it lists dropped no item and is no warning (a store's title). */
  storeProblems: (count: number) => string;
  /** The report panel's list of what an import dropped. */
  /** Whole items dropped, then fields left out of the items kept (said only when there are some). */
  importDroppedTitle: (format: string, dropped: number, leftOut: number) => string;
  importDroppedShown: (shown: number, dropped: number) => string;
  /** The report panel's list of what the packer (`npm run pack`) dropped and warned about. */
  packerReportTitle: string;
  /** What its paths name, and how many of its problems it lists. */
  packerReportScope: (listed: number, total: number) => string;
  /** A pack whose manifest gives only the dropped counts (packed before it kept the list). */
  packerReportNotListed: (dropped: number) => string;
  keyboardHint: string;
  openStore: string;
  openStoreTitle: string;
  storeAddress: string;
  storeAddressHint: string;
  invalidStoreAddress: string;
  chooseFile: string;
  dropHint: string;
  /** A store too large to hold whole, read window by window: the window shown is in. */
  packedHeldWindowIn: string;
  /** The same, its window's events still on their way. */
  packedHeldWindowLoading: string;
  /** The same, a window holding too many events to read one by one. */
  packedHeldTooWide: string;
  /** The same, a later read failed: why (the server's answer, in English). */
  packedHeldFailed: (reason: string) => string;
  /** The same store's report: what its problems cover. */
  reportHeldScope: string;
  currentStore: (label: string) => string;
  searchMatches: (count: number, query: string) => string;
  /** A search of every event of a store too large to load whole (whole-store-search.tsx). */
  wholeSearchHeading: string;
  wholeSearchButton: (total: number, query: string) => string;
  wholeSearchScope: string;
  /** The choice to search the excerpts too: what it reads (the details file), when known. */
  wholeSearchExcerpts: (detailsBytes: number | null) => string;
  wholeSearchScopeWithExcerpts: string;
  wholeSearchProgress: (searched: number, total: number, found: number) => string;
  wholeSearchStop: string;
  wholeSearchFound: (found: number, query: string) => string;
  wholeSearchNone: (query: string) => string;
  wholeSearchStopped: (searched: number, total: number, found: number) => string;
  wholeSearchListed: (listed: number) => string;
  wholeSearchFailed: (message: string) => string;
  wholeSearchAgain: string;
  searchPreparing: (share: number) => string;
  /** A packed store shown whole: its summaries and excerpts come into the search at its start. */
  searchHeavyNotStarted: string;
  searchHeavyAdding: (share: number) => string;
  searchHeavyFailed: (reason: string) => string;
  /** Matches found while the index is still being built (`share` of it done). */
  searchMatchesSoFar: (count: number, query: string, share: number) => string;
  noSearchResults: (query: string) => string;
  noSearchResultsHint: string;
  /**
   * A store too large to load whole (held-windows.ts), whose list holds the events loaded
   * around the window shown: the window holds too many events to load, so none are listed.
   */
  listTooWide: string;
  /** The same, with a search: it covers the loaded events, and none are. */
  listTooWideSearch: (query: string) => string;
  /** The same, the events of a window moved to from one too wide still on their way. */
  listWindowLoading: string;
  /** The same, the window and its margin loaded and holding no events. */
  noEventsAroundWindow: string;
  /** The same, none of the loaded events passing the filters. */
  noEventsMatchHeld: string;
  /** The same, none of the loaded events matching the search. */
  noSearchResultsHeld: (query: string) => string;
  noSearchResultsHeldHint: string;
  clearSearch: string;
  bestMatch: string;
  searchAndFilters: string;
  showEvents: (count: number) => string;
  /** The same, for a store too large to load whole whose window's events are not loaded. */
  showEventsUncounted: string;
  exportMenu: string;
  exportJson: string;
  exportCsv: string;
  exportSummary: (count: number) => string;
  exported: (count: number, format: string) => string;
  copyCitation: string;
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
  /** The way from the explorer to the editor, which has no other link to it. */
  helpMakeTitle: string;
  helpMake: string;
  helpMakeLink: string;
  schemaLink: string;
  /** A phone's sheet handle: a button with aria-expanded, half height or full. */
  expandDetails: string;
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
  /** Notes mapped, guessed; items dropped whole; fields left out of items kept (when any). */
  importCounts: (
    mapped: number,
    guessed: number,
    dropped: number,
    leftOut: number,
    warned: number,
  ) => string;
  importNotes: string;
  importDateOrder: string;
  importDateOrderRows: (rows: string) => string;
  importDateOrderAssumed: string;
  /** Before the dates the question is about, as the file writes them. */
  importDateExamples: string;
  /** What a date reads as one way round, when it reads as no date that way. */
  importNotADate: string;
  /** Under a field whose column, recognised by its name, was chosen for another field. */
  importColumnTaken: (column: string, field: string) => string;
  /** A column in a field's list that another field reads: choosing it here moves it. */
  importColumnUsedBy: (column: string, field: string) => string;
  /** While a changed choice is converted again: the preview shown is the one before it. */
  importUpdating: string;
  storeIsImportable: (format: string) => string;
  /** Where the page cannot import (the embedded timeline). */
  storeIsImportableElsewhere: (format: string) => string;
  importIt: string;
  importDayMonth: string;
  importMonthDay: string;
  importButton: string;
  importRefused: (message: string) => string;
  /** A table's needed column was not recognised: it can be chosen in the dialog's Columns. */
  importChooseColumn: (columns: string, field: string) => string;
  /** The file's size and the most an import may be, in bytes. */
  importTooLarge: (size: number, limit: number) => string;
  /**
   * A file to import could not be fetched from its address: the server's status, or null for
   * no answer; and what to do, unless `advise` is false.
   */
  importFetchFailed: (status: number | null, advise?: boolean) => string;
  /** The importer stopped on an error of its own, not on what it found in the file. */
  importCrashed: string;
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
    | 'quote'
    | 'translation'
    | 'status',
    string
  >;
  importColumnTitle: string;
  importColumnDate: string;
  importColumnLanes: string;
  exportTimelineJs: string;
  exportGeoJson: string;
  exportKml: string;
  /** Opens the browser's print dialog on the page as print.css lays it out. */
  printView: string;
  // Reading layout and embedding (issue 13).
  openInSourceline: string;
  /** A frame too short for the details under the timeline: the button that shows them over it. */
  embedDetails: string;
  /**
   * The embed's link filters its events (it has no search box or filters to show it): what
   * applies, in one line over its timeline. The query is the link's, shown as text.
   */
  embedFiltered: (filters: EmbedFilters) => string;
  /** The embed's link leaves no events: over its empty timeline, naming what applies. */
  embedNoMatch: (filters: EmbedFilters) => string;
  /** Shows the whole store in the frame, the link's search and filters set aside. */
  embedShowAll: string;
  /**
   * What the frame's link lost, told to an article's reader (app/embed-notices.ts): the full
   * page's notice, for the link's author, names parameters and the address bar.
   */
  embedNoteFileStore: (fileName: string) => string;
  embedNoteOtherStore: string;
  embedNoteEventMissing: string;
  moreActions: string;
  moreActionsTitle: string;
  embed: string;
  embedTitle: string;
  embedCode: string;
  /** The choice of what the code shows (a group of two radio buttons). */
  embedShows: string;
  embedShowsView: string;
  embedShowsWhole: string;
  embedCopy: string;
  embedCopied: string;
  embedNotCopied: string;
  embedHelp: string;
  /** The same, for the whole timeline: its first and last events' days as the store is now. */
  embedHelpWhole: (from: string, to: string) => string;
  /**
   * A timeline window with none of the events that pass the filters and the search: where the
   * nearest one is, and a button that opens it there.
   */
  emptyWindow: (side: 'earlier' | 'later', title: string, date: string) => string;
  emptyWindowShow: string;
  /** The height the code gives the frame, and the least its layout needs (lib/embed-code.ts). */
  embedSizeAdvice: (height: number, leastHeight: number) => string;
  /** Said when the map is shown: the frame has none, and the code does not ask for it. */
  embedNoMap: string;
  /** Why there is no code: a file, which no address opens. */
  embedNotFromFile: string;
  /** Why there is no code: a draft from the editor, which no address opens. */
  embedNotFromDraft: string;
  /** Why there is no code: a document imported here, which the embedded page does not import. */
  embedNotImported: string;
  embedFrameTitle: (storeTitle: string) => string;
  /** The browser refused the clipboard (a frame without clipboard-write): the text, to copy by hand. */
  copyByHandTitle: (what: 'link' | 'citation') => string;
  copyByHandHelp: string;
  copyByHandText: (what: 'link' | 'citation') => string;
  // The words of the details and the dialogs.
  approximate: string;
  tags: string;
  place: string;
  translation: string;
  source: string;
  close: string;
  open: string;
  // Why a store could not be opened (store-error.tsx).
  storeFailed: string;
  storeRefused: string;
  httpError: (status: number) => string;
  networkError: string;
  /** Added to networkError for an address on another site, which may not allow the read. */
  networkErrorElsewhere: string;
  googleSheetUnread: string;
  /**
   * The same three in a frame (`/embed/`), which has no Open store… and whose address is the
   * article's: nothing for its reader to do there but wait and try again.
   */
  networkErrorEmbedded: string;
  networkErrorElsewhereEmbedded: string;
  googleSheetUnreadEmbedded: string;
  errorTimeout: string;
  errorTooLarge: string;
  errorEmpty: string;
  errorFile: string;
}

/** Every string of the interface: what a part loaded after the first screen reads. */
export type AllMessages = Messages & LaterMessages;

export const laterEn: LaterMessages = {
  ...enEvidenceDetail,
  linkCopied: 'Link copied: it opens this exact view.',
  linkNotCopied: 'The link could not be copied to the clipboard; copy it from the address bar.',
  linkFileStore:
    'This store was opened from a file, so no link can open it. Publish it at a web address and open it from there to share a link.',
  linkDraftStore:
    'This is a draft from the editor, kept in this browser, so no link can open it. To share it, choose Publish at the top of the page.',
  citationCopied: 'Citation copied: paste it into your document.',
  citationNotCopied: 'The citation could not be copied to the clipboard.',
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
      case 'file-store':
        return `This link was made with a file open, ${shown}, which no link can open: this is the site’s own store. To see the file, open it again with Open store.`;
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
  eventCount: (shown, total) => {
    const events = `${n(total)} ${enPlural(total, { one: 'event', other: 'events' })}`;
    return shown === total ? events : `${n(shown)} of ${events}`;
  },
  eventCountSoFar: (shown, total) =>
    `${n(shown)} of ${n(total)} ${enPlural(total, { one: 'event', other: 'events' })} so far`,
  eventCountSearching: (total) =>
    `Searching ${n(total)} ${enPlural(total, { one: 'event', other: 'events' })}…`,
  noEventsMatch: 'No events match these filters.',
  noEventsInStore: 'This store has no events to show.',
  noSelection: 'Choose an event on the timeline or in the list to read the sources it rests on.',
  detailsTooWide:
    'This window holds too many events to show one by one: zoom in, then choose an event to read the sources it rests on.',
  packedEventsLoaded: (loaded, total) =>
    `${n(loaded)} of ${n(total)} ${enPlural(total, { one: 'event', other: 'events' })} loaded`,
  findingLinkedEvent: (searched, total) =>
    `Looking for the event the link names: ${n(searched)} of ${n(total)} events searched`,
  packedWindowLoaded:
    'The events of the window shown are in; the rest of the store is loading. The band below the timeline shows where all events are.',
  packedWindowLoading:
    'The timeline shows the events that start in this window; longer ones begun earlier are still loading. The band below the timeline shows where all events are.',
  packedMovedWindowLoading:
    'The events of the window shown are loading first; the rest of the store follows. The band below the timeline shows where all events are.',
  noSelectionEmbedded: 'Choose an event to read its sources.',
  hiddenByFilters:
    'The filters or the search hide this event: it is not on the timeline or in the list.',
  keyboardHintEmbedded: '← → previous/next event · Esc clear · + − zoom',
  closeDetails: 'Close details',
  eventChosen: (title, date) => `Selected: ${title}, ${date}`,
  noLaterEvent: 'No later event',
  noEarlierEvent: 'No earlier event',
  printedFrom: (date, link) => `Printed on ${date} from ${link}`,
  printedOn: (date) => `Printed on ${date}, from a store opened as a file.`,
  printedOnDraft: (date) => `Printed on ${date}, from a draft in the editor.`,
  listTooLongToPrint: (events, most) =>
    `The list of these ${n(events)} events is too long to print: filter it to ${n(most)} events or fewer to print it.`,
  dateNote: 'About this date',
  evidence: (count, disputing) =>
    `Evidence: ${count} ${enPlural(count, { one: 'excerpt', other: 'excerpts' })}${disputing > 0 ? `, ${disputing} disputing it` : ''}`,
  evidenceUncounted: 'Evidence',
  noExcerpts: 'No excerpts: the store gives no source for this event.',
  evidenceLoading: 'Loading the summary and excerpts…',
  evidenceFailed: (reason) => `The summary and excerpts could not be loaded. ${reason}`,
  published: (date) => `published ${date}`,
  openSource: 'Open the source',
  showInContext: 'Show in context',
  contextTitle: 'The excerpt in its source',
  quoteNotFound: 'The full text of this source is not in the store.',
  storeReport: (dropped, leftOut, warnings) =>
    `${n(dropped)} ${enPlural(dropped, { one: 'item', other: 'items' })} dropped · ` +
    (leftOut > 0
      ? `${n(leftOut)} ${enPlural(leftOut, { one: 'field', other: 'fields' })} left out · `
      : '') +
    `${n(warnings)} ${enPlural(warnings, { one: 'warning', other: 'warnings' })}`,
  storeProblems: (count) => `${n(count)} ${enPlural(count, { one: 'problem', other: 'problems' })}`,
  importDroppedTitle: (format, dropped, leftOut) =>
    `Dropped on import from ${format}: ${n(dropped)} ${enPlural(dropped, { one: 'item', other: 'items' })}` +
    (leftOut > 0
      ? `, and ${n(leftOut)} ${enPlural(leftOut, { one: 'field of an item kept', other: 'fields of items kept' })}`
      : ''),
  importDroppedShown: (shown, dropped) => `The first ${n(shown)} of ${n(dropped)} are listed.`,
  packerReportTitle: 'Found when the store was packed',
  packerReportScope: (listed, total) =>
    `npm run pack left these out of the pack or warned about them; paths are those of the store it packed.${listed < total ? ` The first ${n(listed)} of ${n(total)} are listed.` : ''}`,
  packerReportNotListed: (dropped) =>
    `npm run pack left ${n(dropped)} ${enPlural(dropped, { one: 'item', other: 'items' })} out of the pack. Their list was printed by the packer when the pack was made: this pack keeps only the count.`,
  keyboardHint: '← → previous/next event · Esc clear · + − zoom · / search · ? help',
  openStore: 'Open store…',
  openStoreTitle: 'Open an event store',
  storeAddress: 'Store address',
  storeAddressHint:
    'A path on this site (/data/events.json) or an http(s) address that allows cross-origin reads.',
  invalidStoreAddress:
    'Enter a path starting with / or an address starting with http:// or https://.',
  chooseFile: 'Open a file',
  dropHint:
    'You can also drop a store anywhere on the page, or a TimelineJS, SIMILE, timemap, KML, KMZ, GeoJSON, RSS, Atom, CSV/TSV, Excel or OpenDocument spreadsheet file to import.',
  packedHeldWindowIn:
    'The events of the window shown are in. The store is too large to load whole: the events of each window load as you move the timeline. The band below the timeline shows where all events are.',
  packedHeldWindowLoading:
    'The events of the window shown are loading. The store is too large to load whole: the events of each window load as you move the timeline. The band below the timeline shows where all events are.',
  packedHeldTooWide:
    'This window holds too many events to load one by one: zoom in to load them. The band below the timeline shows where all events are.',
  packedHeldFailed: (reason) =>
    `The events of the window shown could not be read: ${reason.replace(/\.$/, '')}. The timeline shows what was read before; Retry reads the store again at the window shown.`,
  reportHeldScope:
    'Found in the rows read so far: this store is too large to load whole, so the rows of each window are checked as the timeline moves to it.',
  currentStore: (label) => `Shown: ${label}`,
  searchMatches: (count, query) =>
    `${n(count)} ${enPlural(count, { one: 'match', other: 'matches' })} for “${query}”`,
  wholeSearchHeading: 'In the whole store',
  wholeSearchButton: (total, query) =>
    `Search all ${n(total)} ${enPlural(total, { one: 'event', other: 'events' })} for “${query}”`,
  wholeSearchScope:
    'Their titles, summaries, actors, places and tags are searched, not their excerpts.',
  wholeSearchExcerpts: (bytes) =>
    `Search their excerpts too (${bytes === null ? 'a large download' : `reads up to ${enMegabytes(bytes)}`})`,
  wholeSearchScopeWithExcerpts:
    'Their titles, summaries, excerpts, actors, places and tags are searched.',
  wholeSearchProgress: (searched, total, found) =>
    `${n(searched)} of ${n(total)} events searched: ${n(found)} ${enPlural(found, { one: 'match', other: 'matches' })} so far`,
  wholeSearchStop: 'Stop searching',
  wholeSearchFound: (found, query) =>
    `${n(found)} ${enPlural(found, { one: 'event of the whole store matches', other: 'events of the whole store match' })} “${query}”.`,
  wholeSearchNone: (query) => `No event of the whole store matches “${query}”.`,
  wholeSearchStopped: (searched, total, found) =>
    `Stopped after ${n(searched)} of ${n(total)} events, with ${n(found)} ${enPlural(found, { one: 'match', other: 'matches' })}: more may match.`,
  wholeSearchListed: (listed) =>
    `The ${n(listed)} most recent are listed: add words to narrow the search.`,
  wholeSearchFailed: (message) => `The whole store could not be searched: ${message}`,
  wholeSearchAgain: 'Search again',
  searchPreparing: (share) => `Preparing the search… ${enPercent.format(share)}`,
  searchHeavyNotStarted:
    'Summaries and excerpts of this packed store load for the search when you start searching.',
  searchHeavyAdding: (share) =>
    `Searches titles, actors, places and tags; summaries and excerpts are being added (${enPercent.format(share)}).`,
  searchHeavyFailed: (reason) =>
    `Searches titles, actors, places and tags. Summaries and excerpts could not be added: ${reason}`,
  searchMatchesSoFar: (count, query, share) =>
    `${n(count)} ${enPlural(count, { one: 'match', other: 'matches' })} so far for “${query}” (still indexing, ${enPercent.format(share)})`,
  noSearchResults: (query) => `No events match “${query}”.`,
  noSearchResultsHint: 'Check the spelling, use fewer words, or clear the search or the filters.',
  listTooWide:
    'This window holds too many events to load and list one by one: zoom in to list them. The band below the timeline shows where they are.',
  listTooWideSearch: (query) =>
    `Not searched for “${query}”: the search covers the events loaded around the window shown, and this window holds too many events to load. Zoom in to search its events.`,
  listWindowLoading: 'Loading the events of the window shown…',
  noEventsAroundWindow:
    'No events around the window shown. The band below the timeline shows where the store’s events are.',
  noEventsMatchHeld: 'None of the events loaded around the window shown match these filters.',
  noSearchResultsHeld: (query) =>
    `None of the events loaded around the window shown match “${query}”.`,
  noSearchResultsHeldHint:
    'The search covers the titles, actors, places and tags of the events loaded around the window shown, not the whole store: move the timeline to search other events, or clear the search or the filters.',
  clearSearch: 'Clear search',
  bestMatch: 'Best match',
  searchAndFilters: 'Search and filters',
  showEvents: (count) => `Show ${n(count)} ${enPlural(count, { one: 'event', other: 'events' })}`,
  showEventsUncounted: 'Show the events',
  exportMenu: 'Export',
  exportJson: 'Download JSON',
  exportCsv: 'Download CSV',
  exportSummary: (count) =>
    `The ${n(count)} ${enPlural(count, { one: 'event', other: 'events' })} that pass the current filters and search. JSON is an event store (sourceline/1) that Sourceline can open again; CSV has one row per event, its evidence included, and of the sources and actors only their ids and names (their other fields are in the JSON).`,
  exported: (count, format) =>
    `${n(count)} ${enPlural(count, { one: 'event', other: 'events' })} downloaded as ${format}.`,
  copyCitation: 'Copy citation',
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
  helpMakeTitle: 'Make your own timeline',
  helpMake:
    'In the editor, paste an article or open a saved page, select the passage an event rests on, and it becomes the event’s excerpt. Or start from a spreadsheet, a TimelineJS file or any store. Drafts stay in this browser until you download them.',
  helpMakeLink: 'Open the editor',
  schemaLink: 'The JSON Schema of the format',
  expandDetails: 'Expand details',
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
  importPreviewCaption: (shown, events, lanes) => {
    const inLanes = enPlural(lanes, { one: `${n(lanes)} lane`, other: `${n(lanes)} lanes` });
    if (shown < events) return `The first ${n(shown)} of ${n(events)} events, in ${inLanes}`;
    return `${enPlural(events, { one: 'The event', other: `All ${n(events)} events` })}, in ${inLanes}`;
  },
  importMapping: 'Columns',
  importNoColumn: '(none)',
  importCounts: (mapped, guessed, dropped, leftOut, warned) =>
    `${n(mapped)} mapped · ${n(guessed)} guessed · ${n(dropped)} ${enPlural(dropped, { one: 'item', other: 'items' })} dropped` +
    (leftOut > 0
      ? ` · ${n(leftOut)} ${enPlural(leftOut, { one: 'field', other: 'fields' })} left out`
      : '') +
    (warned > 0
      ? ` · ${n(warned)} ${enPlural(warned, { one: 'warning', other: 'warnings' })}`
      : ''),
  importNotes: 'What was mapped, guessed and dropped',
  importDateOrder: 'Dates such as 03/04/2020 read as',
  importDateOrderRows: (rows) => `Day and month could be either way round (${rows}).`,
  importDateOrderAssumed: 'Read month first, as TimelineJS reads this sheet.',
  importDateExamples: 'As the file writes them:',
  importNotADate: 'no date',
  importColumnTaken: (column, field) => `No column: “${column}” is chosen for ${field}.`,
  importColumnUsedBy: (column, field) => `${column} — chosen for ${field}`,
  importUpdating: 'Updating the preview…',
  storeIsImportable: (format) =>
    `This is a ${format} file, not a Sourceline store. Import it to see it here: the Import dialog shows what it becomes before it opens.`,
  storeIsImportableElsewhere: (format) =>
    `This is a ${format} file, not a Sourceline store: Sourceline can import it, but not in an embedded timeline.`,
  importIt: 'Import it…',
  importDayMonth: 'day/month/year',
  importMonthDay: 'month/day/year',
  importButton: 'Import',
  importRefused: (message) => `This file cannot be imported: ${message}`,
  importChooseColumn: (columns, field) =>
    `Choose the column under ${columns}, below, in the “${field}” list.`,
  importFetchFailed: addressFailureEn,
  importCrashed:
    'The importer stopped on an unexpected error. Reload the page and try again; if it stops again, it cannot read this file.',
  importTooLarge: (size, limit) =>
    `This file is ${enMegabytes(size)}; an import may be at most ${enMegabytes(limit)}, so that its store stays within the size limit.`,
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
    translation: 'translation',
    status: 'status',
  },
  importColumnTitle: 'Title',
  importColumnDate: 'Date',
  importColumnLanes: 'Lanes',
  exportTimelineJs: 'Download TimelineJS JSON',
  exportGeoJson: 'Download GeoJSON (for maps)',
  exportKml: 'Download KML (for Google Earth)',
  printView: 'Print or save as PDF…',
  // Reading layout and embedding (issue 13).
  openInSourceline: 'Open in Sourceline',
  embedDetails: 'Details',
  embedFiltered: ({ query, actors, statuses }) => {
    const parts = [
      query ? `search “${query}”` : '',
      actors ? `${n(actors)} ${enPlural(actors, { one: 'actor', other: 'actors' })}` : '',
      statuses ? `${n(statuses)} ${enPlural(statuses, { one: 'status', other: 'statuses' })}` : '',
    ];
    return `Filtered: ${parts.filter(Boolean).join(', ')}`;
  },
  embedNoMatch: ({ query, actors, statuses }) => {
    const others = actors + statuses > 0;
    if (!query) return 'No events in this timeline match its filters.';
    return `No events in this timeline match the search “${query}”${others ? ' with its filters' : ''}.`;
  },
  embedShowAll: 'Show all events',
  embedNoteFileStore: (fileName) =>
    `This frame was made with a file open on its author’s computer (“${fileName}”), which no link can open: it shows this site’s own timeline instead.`,
  embedNoteOtherStore:
    'The timeline this frame was made for cannot be opened from its link: it shows this site’s own timeline instead.',
  embedNoteEventMissing: 'The event this frame was made to open is not in this timeline.',
  moreActions: 'More',
  moreActionsTitle: 'More actions',
  embed: 'Embed',
  embedTitle: 'Embed this view',
  embedCode: 'Embed code',
  embedShows: 'Show',
  embedShowsView: 'This view',
  embedShowsWhole: 'The whole timeline',
  embedCopy: 'Copy code',
  embedCopied: 'Code copied.',
  embedNotCopied:
    'The browser did not let the page copy it: the code is selected, press Ctrl+C (⌘C on a Mac).',
  embedHelp:
    'Paste this code into a web page: it shows this timeline, with a link to the full view. This view keeps its dates and the selected event.',
  embedHelpWhole: (from, to) =>
    `Paste this code into a web page: it shows this timeline, with a link to the full view. It opens on the whole timeline as it is now, ${from} to ${to}, with no event selected.`,
  emptyWindow: (side, title, date) =>
    `No events in this window. The nearest is ${side}: “${title}”, ${date}.`,
  emptyWindowShow: 'Show the nearest event',
  embedSizeAdvice: (height, leastHeight) =>
    `The code makes the frame ${height} px high. Give it at least ${leastHeight} px: in a lower frame on a phone, an event’s details wait behind a Details button.`,
  embedNoMap:
    'An embedded timeline shows no map: the code shows the timeline and the events’ details.',
  embedNotFromFile:
    'This store was opened from a file, so no page can embed it. Publish it at a web address and open it from there to embed it.',
  embedNotFromDraft:
    'This is a draft from the editor, kept in this browser, so no page can embed it. To embed it, choose Publish at the top of the page: the editor says how to put it at a web address, and gives the embed code.',
  embedNotImported:
    'This timeline was imported here, and an embedded timeline does not import. Export it with Download JSON (Export), publish that file at a web address, and open it from there to embed it.',
  embedFrameTitle: (storeTitle) => `${storeTitle} — Sourceline timeline`,
  copyByHandTitle: (what) => (what === 'link' ? 'Copy the link' : 'Copy the citation'),
  copyByHandHelp:
    'The browser did not let this page put it on the clipboard. It is selected below: press Ctrl+C (⌘C on a Mac) to copy it.',
  copyByHandText: (what) => (what === 'link' ? 'Link' : 'Citation'),
  approximate: 'Approximate date',
  tags: 'Tags',
  place: 'Place',
  translation: 'Translation',
  source: 'Source',
  close: 'Close',
  open: 'Open',
  storeFailed: 'This event store could not be opened',
  storeRefused: 'The store was refused:',
  httpError: (status) => `The server answered with status ${status}.`,
  networkError: 'The store could not be reached. Check the address and your connection.',
  networkErrorElsewhere:
    'It is on another site, which may not let other sites read its files (CORS): download the file, then open it with the Open store… button.',
  googleSheetUnread:
    'A Google Sheet is read from its copy published to the web: in Google Sheets, choose File → Share → Publish to web, then open its address again. Or download it (File → Download → Microsoft Excel) and open the file with the Open store… button.',
  networkErrorEmbedded:
    'The events of this timeline could not be reached: check your connection, or try again later.',
  networkErrorElsewhereEmbedded:
    'They are on another site, which may not let this one read them (CORS): whoever published this timeline can allow it, or put its file elsewhere.',
  googleSheetUnreadEmbedded:
    'A Google Sheet is read from its copy published to the web: whoever shared this timeline can publish it (in Google Sheets, File → Share → Publish to web).',
  errorTimeout: 'The server stopped answering.',
  errorTooLarge: 'The store is too large to open.',
  errorEmpty: 'The store has no events to show.',
  errorFile: 'The file could not be read.',
};

// One merged set per language's first-screen set: the same object on every render.
const merged = new WeakMap<Messages, AllMessages>();

/** Every string of the interface in the reader's language (English until it has arrived). */
export function useAllMessages(): AllMessages {
  return allMessagesOf(useMessages());
}

/**
 * The same in a language given, not the view's: on the editor's page, which has no view and
 * its own language.
 */
export function useAllMessagesIn(lang: Lang): AllMessages {
  return allMessagesOf(useCatalogue(lang));
}

function allMessagesOf(first: Messages): AllMessages {
  let all = merged.get(first);
  if (!all) {
    // The first screen's set is English until the language's file is in; so is this one.
    const later = first === en ? laterEn : (laterMessagesOf(first) ?? laterEn);
    all = { ...first, ...later };
    merged.set(first, all);
  }
  return all;
}

/*
 * Words in Spanish for what the code says in English (the importers' report, the validator's
 * problems) are fetched the first time the Spanish interface asks for them, never by the
 * English one; whatever asked renders again when they arrive, in English meanwhile, as the
 * messages do. The Import dialog is there from just after the first paint, so the importers'
 * are in long before a file is.
 */
function spanishWords<T>(load: () => Promise<T>): (given?: Lang) => T | undefined {
  return function useSpanishWords(given?: Lang) {
    const viewLang = useLocale();
    const lang = given ?? viewLang;
    // Spanish words among English messages (the language's file still on its way) would be
    // the half-translated sentence the tables avoid.
    const messagesIn = useCatalogue(lang) !== en;
    const spanish = lang === 'es' && messagesIn;
    const words = useModuleWhen(spanish, load);
    return spanish ? (words ?? undefined) : undefined;
  };
}

/**
 * The importers' words in the reader's language; undefined for their own English ones
 * (englishImportWords, import-report.ts, which the caller has: importing it here would
 * bring the import report's code to every part that reads these strings).
 */
export const useTranslatedImportWords: (lang?: Lang) => ImportWords | undefined = spanishWords(() =>
  import('./import-report-es').then((module) => module.spanishImportWords),
);

/**
 * A line of the store report in the reader's language, or undefined for the validator's
 * own English (describeProblemGroup, which the caller has), also when the tables lack a part.
 */
export const useTranslatedProblems: (
  lang?: Lang,
) => ((group: ProblemGroup) => string | undefined) | undefined = spanishWords(() =>
  import('./problem-report-es').then((module) => module.problemGroupInSpanish),
);
