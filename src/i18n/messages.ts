import { pluralsOf } from './plural';
import { megabytesIn } from './megabytes';
import { type EvidenceMessages, enEvidence } from './evidence-messages';

/**
 * The strings of the first screen (the header, the filters, the timeline, loading), in
 * English here and in each other language it speaks in a file of its own (messages-es.ts),
 * loaded only by those who read it. The strings of the parts loaded after the first screen
 * (the list, the details, the dialogs, a store's load error) are in later-messages.ts, loaded
 * with them. Accessible names are part of the public surface (docs/ui-contract.md): change
 * the English ones only with the contract.
 */
export interface Messages extends EvidenceMessages {
  appName: string;
  tagline: string;
  loading: string;
  loadingStore: (location: string) => string;
  retry: string;
  openDefaultStore: string;
  timeline: string;
  skipToTimeline: string;
  /** On a phone with the map shown, where the map stands in for the timeline. */
  skipToMap: string;
  map: string;
  timelineControls: string;
  /**
   * The timeline's live description is the window ("Showing 7 May to 9 June:") and then what
   * is in it, one of the five below. Two parts, so that a narrow timeline can draw the second
   * alone (the axis gives the dates) while a screen reader still hears the whole sentence.
   */
  timelineWindow: (from: string, to: string) => string;
  timelineInView: (inView: number, total: number) => string;
  /** A store shown window by window: `total` is the whole store's, most of it not loaded. */
  timelineHeld: (inView: number, total: number) => string;
  /** The same, zoomed out too far for its events to be read and drawn one by one. */
  timelineTooWide: (total: number) => string;
  /** A search whose answer is not in yet (a large store's index being built). */
  timelineSearching: string;
  /** Matches found while a large store's index is still being built (`share` of it done). */
  timelineSoFar: (found: number, share: number) => string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  previousEvent: string;
  nextEvent: string;
  lanePerActor: string;
  events: string;
  eventDetails: string;
  actors: string;
  filters: string;
  match: string;
  any: string;
  all: string;
  clearFilters: string;
  searchEvents: string;
  copyLink: string;
  dismiss: string;
  problemsTitle: string;
  dropOverlay: string;
  cancel: string;
  /** Bytes received of a store, and of how many when the server said. */
  downloaded: (loaded: number, total: number | null) => string;
  validating: string;
  /** In place of the filters while a large store is drawn before it has all arrived. */
  filtersWhenLoaded: string;
  /** Events parsed and checked while the store still downloads. */
  eventsChecked: (count: number) => string;
  /** Search of a store shown window by window: what it covers. */
  searchHeldScope: string;
  /** The same store's counts beside each actor and status: what they count. */
  filterCountsHeld: string;
  /** The same, at a window holding too many events to load: no counts are shown. */
  filterCountsTooWide: string;
  loadingProgress: string;
  keepCurrentStore: string;
  aggregateName: (count: number) => string;
  aggregateTitle: (count: number, from: string, to: string) => string;
  overview: string;
  lanes: string;
  /** A crowded lane's button: draw it event by event, or count it again. */
  expandLane: (lane: string) => string;
  collapseLane: (lane: string) => string;
  partFailed: (part: string) => string;
  tryAgain: string;
  language: string;
  searchHint: string;
}

const enNumber = new Intl.NumberFormat('en-GB');
/** English counts, percentages and plurals, shared with later-messages.ts. */
export const n = (value: number) => enNumber.format(value);
export const enPercent = new Intl.NumberFormat('en-GB', { style: 'percent' });
export const enPlural = pluralsOf('en');
/** English sizes, shared with later-messages.ts. */
export const enMegabytes = megabytesIn('en-GB');

export const en: Messages = {
  appName: 'Sourceline',
  tagline: 'Events, and the words they rest on',
  loading: 'Loading…',
  loadingStore: (location) => `Loading events from ${location}…`,
  retry: 'Retry',
  openDefaultStore: 'Open the default store',
  timeline: 'Timeline',
  skipToTimeline: 'Skip to the timeline',
  skipToMap: 'Skip to the map',
  map: 'Map',
  timelineControls: 'Timeline controls',
  timelineWindow: (from, to) => `Showing ${from} to ${to}:`,
  timelineInView: (inView, total) =>
    `${n(inView)} of ${n(total)} ${enPlural(total, { one: 'event', other: 'events' })} in view.`,
  timelineTooWide: (total) =>
    `too many events to draw one by one; zoom in to see them. The store holds ${n(total)} ${enPlural(total, { one: 'event', other: 'events' })}.`,
  timelineSearching: 'searching.',
  timelineSoFar: (found, share) =>
    `${n(found)} ${enPlural(found, { one: 'event', other: 'events' })} found so far (still indexing, ${enPercent.format(share)}).`,
  timelineHeld: (inView, total) =>
    `${n(inView)} ${enPlural(inView, { one: 'event', other: 'events' })} in view. The store holds ${n(total)} ${enPlural(total, { one: 'event', other: 'events' })}; only those around the window shown are loaded.`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Fit all',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  lanePerActor: 'Lane per actor',
  events: 'Events',
  eventDetails: 'Event details',
  actors: 'Actors',
  filters: 'Filters',
  match: 'Match',
  any: 'Any',
  all: 'All',
  clearFilters: 'Clear filters',
  searchEvents: 'Search events',
  copyLink: 'Copy link',
  dismiss: 'Dismiss',
  problemsTitle: 'Problems found in this store',
  dropOverlay: 'Drop the store to open it',
  cancel: 'Cancel',
  downloaded: (loaded, total) =>
    total === null
      ? `${enMegabytes(loaded)} received`
      : `${enMegabytes(loaded)} of ${enMegabytes(total)}`,
  validating: 'Checking the store…',
  eventsChecked: (count) =>
    `${n(count)} ${enPlural(count, { one: 'event', other: 'events' })} checked`,
  searchHeldScope:
    'Searches the titles, actors, places and tags of the events loaded around the window shown, not the whole store: it is too large to load whole.',
  filterCountsHeld:
    'The counts are of the events loaded around the window shown, not of the whole store.',
  filterCountsTooWide:
    'No counts: this window holds too many events to load one by one. Zoom in to count them.',
  filtersWhenLoaded:
    'The timeline shows the events checked so far. Filters, the list and the details open once every event is in.',
  loadingProgress: 'Loading progress',
  keepCurrentStore: 'Keep the current store',
  aggregateName: (count) =>
    `${n(count)} ${enPlural(count, { one: 'event', other: 'events' })} counted by period: choose a period to zoom in`,
  aggregateTitle: (count, from, to) =>
    `${n(count)} ${enPlural(count, { one: 'event', other: 'events' })}, ${from} – ${to}: click or press Enter to zoom in and see ${enPlural(count, { one: 'it', other: 'them' })}`,
  overview: 'Overview',
  lanes: 'Lanes',
  expandLane: (lane) => `Show each event in ${lane}`,
  collapseLane: (lane) => `Count ${lane}'s events`,
  partFailed: (part) => `${part}: this part of the page failed. The rest still works.`,
  tryAgain: 'Try again',
  language: 'Language',
  searchHint: 'Enter opens the best match.',
  ...enEvidence,
};
