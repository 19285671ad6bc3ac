import { type CSSProperties, type Ref, useEffect, useId, useRef, useState } from 'react';
import { Highlight } from '../../components/highlight';
import { LinkedText } from '../../components/linked-text';
import { useLocale } from '../../i18n/use-messages';
import { type AllMessages, useAllMessages } from '../../i18n/later-messages';
import { actorColorVars } from '../../lib/actor-colors';
import { formatEventDate } from '../../lib/date-format';
import { type StoreIndex, laneColorOf } from '../../lib/store-index';
import { useSearchTerms } from '../../lib/use-filtered-events';
import { useView, useViewStore, viewActions } from '../../lib/view-store';
import { returnFocusToList } from '../../lib/focus-event-row';
import type { HeldList } from '../../lib/held-list';
import { useMediaQuery } from '../../lib/use-media-query';
import { CopyCitationButton } from './copy-citation-button';
import { ExcerptCard } from './excerpt-card';
import { HiddenByFilters } from './hidden-by-filters';
import { RelatedEvents } from './related-events';
import { SheetHandle } from './sheet-handle';
import type { SheetStop } from './sheet-stops';
import { useFitsAtHalf } from './use-fits-at-half';
import { useOwnClicks } from './use-own-clicks';
import { StatusBadge } from './status-badge';
import { useEventWithDetails } from './use-event-with-details';
import './event-details.css';

/**
 * A phone held sideways (app.css's bounds): a sheet at half height would cover the lanes, so
 * the details are a column beside the timeline instead, as from 1024 px. Asked here, in the
 * details' own chunk, not by the app: the first screen carries none of it.
 */
const SIDEWAYS_QUERY =
  'screen and (orientation: landscape) and (max-width: 63.9375em) and (max-height: 31.25em)';

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** The selected event and the evidence it rests on. The heading takes focus when chosen. */
interface Props {
  index: StoreIndex;
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
  /**
   * On a narrow screen the details are a bottom sheet over the page, shown only while an
   * event is selected, at half height (sheet-stops.ts); closing it (button, Escape, or a
   * drag down from half) clears the selection, and choosing an event again opens it again.
   * Held sideways they are a column beside the timeline instead, also only while selected.
   */
  sheet?: boolean;
  /** A store too large to load whole: what it has loaded around the window shown. */
  held?: HeldList | undefined;
  /** The same store: the rows of the window moved to are still on their way. */
  windowLoading?: boolean;
  /**
   * In another site's frame (`/embed/`), which shows them only for a chosen event (its own
   * line, embed-hint.tsx, says to choose one): no filters of its own to clear.
   */
  embedded?: boolean;
}

export function EventDetails({
  index,
  headingRef,
  onClose,
  sheet = false,
  embedded = false,
  held,
  windowLoading = false,
}: Props) {
  const t = useAllMessages();
  const locale = useLocale();
  const selectedEventId = useView((state) => state.selectedEventId);
  const terms = useSearchTerms(index);
  const sectionRef = useRef<HTMLElement>(null);
  const ownClicks = useOwnClicks();
  const groupId = useId();
  const beside = useMediaQuery(SIDEWAYS_QUERY) && sheet;
  const asSheet = sheet && !beside;
  // The sheet opens at half height; choosing another event in it keeps the stop it is at.
  const [stop, setStop] = useState<SheetStop>('half');
  const open = selectedEventId !== null;
  const [wasOpen, setWasOpen] = useState(open);
  if (wasOpen !== open) {
    setWasOpen(open);
    if (!open) setStop('half');
  }
  const listed = selectedEventId === null ? undefined : index.eventById.get(selectedEventId);
  // A packed store's summary and excerpts are fetched when the event is selected.
  const { event, pending, error, incoming } = useEventWithDetails(index, listed);

  const close = () => {
    viewActions.selectEvent(null);
    onClose();
  };

  // The sheet covers the lower part of the page, which stays in use: the page keeps room
  // below for it, and focus moved there (Tab, a list's row) is scrolled above it, not under.
  const sheetShown = asSheet && Boolean(event);
  const fits = useFitsAtHalf(sectionRef, sheetShown, event);
  useEffect(() => {
    const section = sectionRef.current;
    if (!sheetShown || !section) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--sheet-space', `${section.offsetHeight}px`);
      // The sheet came up, or grew, under a control the keyboard is on behind it (a row
      // reached by Tab before this ran): that is scrolled above it again, as a focus moved
      // there now would be. A tap's focus is left where the person put it.
      const focused = document.activeElement;
      if (
        focused instanceof HTMLElement &&
        !section.contains(focused) &&
        focused.matches(':focus-visible')
      )
        focused.scrollIntoView({ block: 'nearest' });
    });
    observer.observe(section);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sheet-space');
    };
  }, [sheetShown]);

  // Back, Forward or a link may change the selection while the focus is in these details:
  // closed (a phone's sheet) or emptied, they would leave it to the page's body. It goes to
  // the new event's heading, or with none to the row of the event left, as Escape does.
  useEffect(() => {
    if (embedded) return;
    return useViewStore.subscribe((state, previous) => {
      const left = previous.selectedEventId;
      if (state.selectedEventId === left) return;
      if (!sectionRef.current?.contains(document.activeElement)) return;
      requestAnimationFrame(() => {
        if (document.activeElement && document.activeElement !== document.body) return;
        if (state.selectedEventId === null) returnFocusToList(left, sheet);
        else sectionRef.current?.querySelector<HTMLElement>('h2')?.focus();
      });
    });
  }, [embedded, sheet]);

  if (!event && sheet) return null;
  if (!event) {
    return (
      <section className="event-details event-details--empty" aria-label={t.eventDetails}>
        {selectedEventId !== null && windowLoading ? (
          // Chosen from a search of the whole store: its window's rows are on their way.
          <p className="empty-state">{t.listWindowLoading}</p>
        ) : index.events.length === 0 ? (
          // A store begun, its events still to come: nothing to choose, no keys to use. A
          // store held window by window has none loaded here, which says nothing of the store.
          <p className="empty-state">{emptyHeldText(held, t) ?? t.noEventsInStore}</p>
        ) : (
          <>
            <p className="empty-state">{t.noSelection}</p>
            <p className="keyboard-hint">{t.keyboardHint}</p>
          </>
        )}
      </section>
    );
  }

  const excerpts = event.excerpts ?? [];
  // A disputing passage is never counted with the ones that back the event.
  const supporting = excerpts.filter((excerpt) => excerpt.stance !== 'disputes');
  const disputing = excerpts.filter((excerpt) => excerpt.stance === 'disputes');
  // Passage links are told apart by their source, and by a number where one source gives
  // several passages, so each link of the event has a name of its own.
  const perSource = new Map<string, number>();
  for (const excerpt of excerpts)
    perSource.set(excerpt.source, (perSource.get(excerpt.source) ?? 0) + 1);
  const nthOfSource = new Map<(typeof excerpts)[number], number | null>();
  const seen = new Map<string, number>();
  for (const excerpt of [...supporting, ...disputing]) {
    const nth = (seen.get(excerpt.source) ?? 0) + 1;
    seen.set(excerpt.source, nth);
    nthOfSource.set(excerpt, perSource.get(excerpt.source)! > 1 ? nth : null);
  }
  const card = (excerpt: (typeof excerpts)[number], i: number) => {
    const source = index.sourceById.get(excerpt.source);
    return source ? (
      <ExcerptCard
        // Another event's excerpts are other cards: a card's open context dialog closes
        // with the event it was of (Back, Next), not showing it beside the new one.
        key={`${event.id}:${i}`}
        excerpt={excerpt}
        source={source}
        storeLanguage={index.store.language}
        terms={terms}
        nthOfSource={nthOfSource.get(excerpt) ?? null}
      />
    ) : null;
  };
  return (
    <section
      ref={sectionRef}
      className={
        asSheet
          ? `event-details event-details--sheet${stop === 'full' ? ' event-details--sheet-full' : ''}`
          : beside
            ? 'event-details event-details--beside'
            : 'event-details'
      }
      aria-label={t.eventDetails}
      {...ownClicks}
    >
      {asSheet ? (
        <SheetHandle
          sheetRef={sectionRef}
          stop={stop}
          fits={fits}
          onStop={setStop}
          onClose={close}
        />
      ) : null}
      <header className="event-details__header">
        <h2 ref={headingRef} tabIndex={-1} dir="auto">
          <Highlight text={event.title} terms={terms} />
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t.closeDetails}
          title={t.closeDetails}
          onClick={close}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p className="event-details__date">
        <time dateTime={event.when.start.raw}>
          {formatEventDate(event.when, event.approximate, locale)}
        </time>
        {event.approximate ? <span className="badge">{t.approximate}</span> : null}
        <StatusBadge event={event} />
      </p>
      <HiddenByFilters index={index} event={listed ?? event} embedded={embedded} />
      {event.dateNote ? (
        <details className="event-details__date-note">
          <summary>{t.dateNote}</summary>
          <p dir="auto">{event.dateNote}</p>
        </details>
      ) : null}
      <div className="event-details__actions">
        <CopyCitationButton index={index} event={event} />
      </div>
      <dl className="event-details__facts">
        <dt>{t.actors}</dt>
        <dd>
          <ul className="chips">
            {event.actors.map((id) => {
              const actor = index.actorById.get(id);
              const lane = index.actorById.get(index.laneOf.get(id) ?? id);
              return (
                <li
                  key={id}
                  className="chip"
                  dir="auto"
                  style={
                    actorColorVars(
                      lane?.color ?? actor?.color ?? laneColorOf(index, id),
                    ) as CSSProperties
                  }
                >
                  <Highlight text={actor?.name ?? id} terms={terms} />
                </li>
              );
            })}
          </ul>
        </dd>
        {event.place ? (
          <>
            <dt>{t.place}</dt>
            <dd>
              <bdi>
                <Highlight text={event.place.name} terms={terms} />
              </bdi>
            </dd>
          </>
        ) : null}
        {event.tags && event.tags.length > 0 ? (
          <>
            <dt>{t.tags}</dt>
            <dd>
              <ul className="tags">
                {event.tags.map((tag, i) => (
                  <li key={i} dir="auto">
                    <Highlight text={tag} terms={terms} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {event.summary
        ? paragraphs(event.summary).map((paragraph, i) => (
            <p key={i} className="event-details__summary" dir="auto">
              <LinkedText text={paragraph} terms={terms} newTabNote={t.opensInNewTab} />
            </p>
          ))
        : null}
      <h3 className="event-details__evidence">
        {/* Not "0 excerpts" for excerpts still on their way, or that could not be read. */}
        {pending || error ? t.evidenceUncounted : t.evidence(excerpts.length, disputing.length)}
      </h3>
      {pending ? (
        <p className="empty-state" role="status">
          {t.evidenceLoading}
        </p>
      ) : error ? (
        <p className="empty-state" role="alert">
          {t.evidenceFailed(error.message)}
        </p>
      ) : excerpts.length === 0 ? (
        <p className="empty-state">{t.noExcerpts}</p>
      ) : null}
      {disputing.length === 0 ? (
        supporting.map(card)
      ) : (
        // Two named groups, so that a dispute is read as one, with a screen reader too.
        <>
          {supporting.length > 0 ? (
            <section aria-labelledby={`${groupId}-supports`}>
              <h4 id={`${groupId}-supports`} className="event-details__stance">
                {/* A refuted claim's own sources state it; they do not support it. */}
                {event.status === 'refuted' ? t.claimedBy : t.supportedBy}
              </h4>
              {supporting.map(card)}
            </section>
          ) : null}
          <section
            aria-labelledby={`${groupId}-disputes`}
            className="event-details__stance--disputes"
          >
            <h4 id={`${groupId}-disputes`} className="event-details__stance">
              {t.disputedBy}
            </h4>
            {disputing.map(card)}
          </section>
        </>
      )}
      <RelatedEvents
        index={index}
        event={event}
        incoming={incoming}
        onChosen={() => {
          if (typeof headingRef === 'object' && headingRef) headingRef.current?.focus();
        }}
      />
    </section>
  );
}

/** Why a store held window by window has no events here, or null for a store loaded whole. */
function emptyHeldText(held: HeldList | undefined, t: AllMessages): string | null {
  switch (held) {
    case 'too-wide':
      return t.detailsTooWide;
    case 'loading':
      return t.listWindowLoading;
    case 'loaded':
      return t.noEventsAroundWindow;
    default:
      return null;
  }
}
