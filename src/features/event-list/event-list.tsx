import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import type { StoreEvent } from '../../format/validate-store';
import { useLocale } from '../../i18n/use-messages';
import { type AllMessages, useAllMessages } from '../../i18n/later-messages';
import { type Locale, formatEventDate } from '../../lib/date-format';
import type { StoreIndex } from '../../lib/store-index';
import {
  useBestMatch,
  useFilteredEvents,
  useSearchPending,
  useSearchTerms,
} from '../../lib/use-filtered-events';
import { useView, viewActions } from '../../lib/view-store';
import { Highlight } from '../../components/highlight';
import { StatusMark } from '../../components/status-mark';
import { type HeldList, listCounted } from '../../lib/held-list';
import { type ListEmpty, listEmptyState } from './list-state';
import { WholeStoreSearch } from './whole-store-search';
import type { WholeStoreChannel } from '../../lib/whole-store-search';
import { hasQueryWords } from '../../lib/search-text';
import './event-list.css';

/** Up to this many events the list is plain DOM; beyond, only the rows in view exist. */
const VIRTUALIZE_ABOVE = 200;
const ESTIMATED_ROW_HEIGHT = 64;

interface RowProps {
  event: StoreEvent;
  selected: boolean;
  best: boolean;
  bestLabel: string;
  /** The event's status in words, where it has one: a refuted claim never reads as a fact. */
  statusName: string | null;
  terms: ReadonlySet<string>;
  locale: Locale;
  onChosen: () => void;
}

function EventRow({
  event,
  selected,
  best,
  bestLabel,
  statusName,
  terms,
  locale,
  onChosen,
}: RowProps) {
  return (
    <button
      type="button"
      aria-current={selected ? 'true' : undefined}
      onClick={() => {
        viewActions.selectEvent(event);
        onChosen();
      }}
    >
      <span className="event-list__title" dir="auto">
        <Highlight text={event.title} terms={terms} />
      </span>
      <span className="event-list__meta">
        <time className="event-list__date" dateTime={event.when.start.raw}>
          {formatEventDate(event.when, event.approximate, locale)}
        </time>
        {event.status && statusName ? (
          <span className={`event-list__status event-list__status--${event.status}`}>
            <StatusMark status={event.status} /> {statusName}
          </span>
        ) : null}
        {best ? <span className="event-list__best">{bestLabel}</span> : null}
      </span>
    </button>
  );
}

/**
 * Scrolls the list's own column to the row, and nothing else: `scrollIntoView` also scrolls
 * the page, which on a phone (where the list has no column of its own) pushed the timeline
 * up under the header when a link opened on an event.
 */
function revealWithin(scroller: HTMLElement, row: HTMLElement) {
  const box = scroller.getBoundingClientRect();
  const at = row.getBoundingClientRect();
  if (at.top < box.top) scroller.scrollTop -= box.top - at.top;
  else if (at.bottom > box.bottom) scroller.scrollTop += at.bottom - box.bottom;
}

/**
 * Every event that passes the filters, in time order: the keyboard's way into the timeline.
 * `held`: what a store too large to load whole has loaded (list-state.ts), for what an empty
 * list says.
 */
export function EventList({
  index,
  onChosen,
  held,
  wholeStore,
}: {
  index: StoreIndex;
  onChosen: () => void;
  held?: HeldList;
  /** A store too large to load whole: a search of all its events, beside the loaded ones'. */
  wholeStore?: WholeStoreChannel | undefined;
}) {
  const t = useAllMessages();
  const locale = useLocale();
  const events = useFilteredEvents(index);
  const selectedEventId = useView((state) => state.selectedEventId);
  const query = useView((state) => state.query);
  const terms = useSearchTerms(index);
  const search = useSearchPending(index);
  // Ranking shows as a mark on the best match; the list itself stays in time order.
  const best = useBestMatch(index, events);
  const bestId = events.length > 1 ? (best?.id ?? null) : null;
  const counted = listCounted(held);
  const empty = listEmptyState({
    held,
    shown: events.length,
    total: index.events.length,
    query,
    // No match so far is not "no match" while the index is built: not every event is in yet.
    pending: search.pending || search.partial,
  });
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = events.length > VIRTUALIZE_ABOVE;
  // The virtualizer lays out every row again (all 100,000 at that size: ~10 ms) whenever
  // this function is a new one, so it changes only with the events: a render for another
  // reason (a selection, the map shown) is not also a pass over the whole list.
  const itemKey = useCallback((i: number) => events[i]!.id, [events]);
  // This build does not use the React Compiler, whose memoization the rule protects.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? events.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
    getItemKey: itemKey,
  });

  useEffect(() => {
    if (selectedEventId === null) return;
    if (virtual) {
      const position = events.findIndex((event) => event.id === selectedEventId);
      if (position >= 0) virtualizer.scrollToIndex(position, { align: 'auto' });
      return;
    }
    const item = scrollRef.current?.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(selectedEventId)}"]`,
    );
    if (item && scrollRef.current) revealWithin(scrollRef.current, item);
  }, [selectedEventId, events, virtual, virtualizer]);

  const row = (event: StoreEvent) => (
    <EventRow
      event={event}
      selected={event.id === selectedEventId}
      best={event.id === bestId}
      bestLabel={t.bestMatch}
      statusName={event.status ? t.statusNames[event.status] : null}
      terms={terms}
      locale={locale}
      onChosen={onChosen}
    />
  );

  return (
    <section className="event-list" aria-labelledby="event-list-heading">
      <header className="event-list__header">
        <h2 id="event-list-heading">{t.events}</h2>
        <span className="event-list__count" aria-live="polite">
          {!counted
            ? null
            : search.pending
              ? t.eventCountSearching(index.events.length)
              : search.partial
                ? t.eventCountSoFar(events.length, index.events.length)
                : t.eventCount(events.length, index.events.length)}
        </span>
      </header>
      {query && counted ? (
        <p className="event-list__matches" aria-live="polite">
          {search.pending
            ? t.searchPreparing(search.progress)
            : search.partial
              ? t.searchMatchesSoFar(events.length, query, search.progress)
              : t.searchMatches(events.length, query)}
        </p>
      ) : null}
      {empty === 'no-search-match' || empty === 'no-search-match-held' ? (
        <div className="empty-state event-list__empty">
          <p>
            <strong>
              {empty === 'no-search-match'
                ? t.noSearchResults(query)
                : t.noSearchResultsHeld(query)}
            </strong>
          </p>
          <p>{empty === 'no-search-match' ? t.noSearchResultsHint : t.noSearchResultsHeldHint}</p>
          <button type="button" onClick={() => viewActions.setQuery('')}>
            {t.clearSearch}
          </button>
        </div>
      ) : empty !== null ? (
        <p className="empty-state">{emptyText(empty, query, t)}</p>
      ) : null}
      {wholeStore && hasQueryWords(query) ? (
        <WholeStoreSearch channel={wholeStore} query={query} onChosen={onChosen} />
      ) : null}
      {virtual ? (
        <p className="print-only">{t.listTooLongToPrint(events.length, VIRTUALIZE_ABOVE)}</p>
      ) : null}
      <div ref={scrollRef} className="event-list__scroller">
        {virtual ? (
          <ol
            className="event-list__items is-virtual"
            aria-label={t.events}
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const event = events[item.index]!;
              return (
                <li
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  data-event-id={event.id}
                  aria-setsize={events.length}
                  aria-posinset={item.index + 1}
                  className={event.id === selectedEventId ? 'is-selected' : undefined}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {row(event)}
                </li>
              );
            })}
          </ol>
        ) : (
          <ol className="event-list__items" aria-label={t.events}>
            {events.map((event) => (
              <li
                key={event.id}
                data-event-id={event.id}
                className={event.id === selectedEventId ? 'is-selected' : undefined}
              >
                {row(event)}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

/** What an empty list says, for the states that are one sentence. */
function emptyText(
  empty: Exclude<ListEmpty, 'no-search-match' | 'no-search-match-held'>,
  query: string,
  t: AllMessages,
): string {
  switch (empty) {
    case 'too-wide':
      return t.listTooWide;
    case 'too-wide-search':
      return t.listTooWideSearch(query);
    case 'window-loading':
      return t.listWindowLoading;
    case 'no-events-in-store':
      return t.noEventsInStore;
    case 'no-events-around-window':
      return t.noEventsAroundWindow;
    case 'no-filter-match':
      return t.noEventsMatch;
    case 'no-filter-match-held':
      return t.noEventsMatchHeld;
  }
}
