import { useId, useRef, useState, useSyncExternalStore } from 'react';
import { StatusMark } from '../components/status-mark';
import { StoreTitle } from '../components/store-title';
import { NewTabLink } from '../components/new-tab-link';
import { useAllMessages } from '../i18n/later-messages';
import { useView, useViewStore, viewActions } from '../lib/view-store';
import { sourceLabel } from '../lib/store-source';
import { useStoreOnScreen } from '../features/store-loading/api/store-on-screen';
import { storeScreen } from '../features/store-loading/api/store-screen';
import { StoreError } from '../features/store-loading/store-error';
import { StoreProgress } from '../features/store-loading/store-progress';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { EventDetails } from '../features/event-details/event-details';
import { SelectionAnnouncer } from '../features/event-details/selection-announcer';
import { viewLink } from '../features/share/embed-link';
import { useKeyboardShortcuts } from './keyboard-shortcuts';
import { usePageIdentity } from './use-page-identity';
import { embedTimelineWidth } from './embed-layout';
import { EmbedHint } from './embed-hint';
import { focusTimeline } from '../lib/focus-timeline';
import { EmbedFilterNote } from './embed-filter-note';
import { EmbedNotices } from './embed-notices-list';
import { PartBoundary } from './part-boundary';
import '../features/store-loading/store-loading.css';
import './app.css';
import './embed.css';

const noop = () => {};

// Beside its details, the embed's timeline has about three fifths of the frame: a 700 px
// frame opens on one lane, as a phone does, not on lanes with 250 px of time. Said as this
// page's part loads, before it draws the timeline (bytes in boot-app are on every page's
// first screen); a store that came in sooner has its first span from the frame's width.
viewActions.measureTimelineBy(embedTimelineWidth);

/** The full view's link, kept up to date as the person moves around in the frame. */
function useFullViewLink(): string {
  return useSyncExternalStore(useViewStore.subscribe, () => viewLink('full'));
}

/**
 * `/embed/`: the timeline and the details, for a page that frames it (docs/ui-contract.md,
 * Embedding). Same link parameters as `/`; no store controls, no search or filters of its
 * own (the link's apply); `Open in Sourceline` opens the same view in full.
 */
export function EmbedApp() {
  const t = useAllMessages();
  const selectedEventId = useView((state) => state.selectedEventId);
  const screen = useStoreOnScreen();
  const index = screen.shown?.loaded.index;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fullView = useFullViewLink();
  // A frame too short for both (embed.css): the details wait behind a button under the
  // timeline, and cover it when opened. Elsewhere the button is not shown.
  const [detailsWanted, setDetailsWanted] = useState(false);
  const detailsId = useId();
  // The details closed with the focus in them (their Close button, Esc) leave the frame, with
  // no event chosen; so does Show all events' button with its note. The focus goes to the
  // timeline, whose arrow keys choose an event, rather than to the page's body.
  useKeyboardShortcuts(index, noop, noop, focusTimeline);

  const selected = selectedEventId === null ? undefined : index?.eventById.get(selectedEventId);
  // Whose timeline this is, in an article's frame as on the full page (issue 19).
  const origin = usePageIdentity(screen.shown, selected);
  const detailsOpen = detailsWanted && selected !== undefined;

  return (
    <div className="embed">
      <header className="embed__header">
        <span className="app-header__logo" aria-hidden="true" />
        {index && origin ? (
          <StoreTitle title={index.store.title} origin={origin} className="embed__title" />
        ) : (
          <h1 className="embed__title">{t.appName}</h1>
        )}
        <NewTabLink className="embed__open" href={fullView} note={t.opensInNewTab}>
          {t.openInSourceline}
        </NewTabLink>
      </header>
      <EmbedNotices />
      {screen.phase === 'loading' && !index ? (
        <StoreProgress source={screen.requested} inline={false} onCancel={null} />
      ) : null}
      {screen.phase === 'failed' ? (
        <StoreError
          error={screen.error}
          location={sourceLabel(screen.requested)}
          onRetry={storeScreen.retry}
          fallbackLabel={t.openDefaultStore}
          onFallback={null}
          embedded
        />
      ) : null}
      {index ? (
        <main
          className={[
            'embed__main',
            selected ? '' : 'embed__main--no-event',
            detailsOpen ? 'embed__main--details-open' : '',
          ]
            .filter(Boolean)
            .join(' ')}
        >
          <div className="embed__view">
            <EmbedFilterNote index={index} onShowAll={focusTimeline} />
            <PartBoundary name={t.timeline}>
              <TimelinePanel index={index} />
            </PartBoundary>
            {selected ? null : (
              <EmbedHint index={index} held={Boolean(screen.shown?.loaded.held)} />
            )}
          </div>
          {/* Beside the details, not in them: a small frame hides them until asked. */}
          <SelectionAnnouncer index={index} />
          {selected ? (
            <div className="embed__details-bar">
              {/* Its status as on the timeline: a refuted claim must not read as a fact here either. */}
              {selected.status ? <StatusMark status={selected.status} /> : null}
              <span className="embed__details-title" dir="auto">
                {selected.title}
              </span>
              {selected.status ? (
                <span className="visually-hidden">
                  {t.itemStatus(t.statusNames[selected.status])}
                </span>
              ) : null}
              <button
                type="button"
                aria-expanded={detailsOpen}
                aria-controls={detailsId}
                onClick={() => setDetailsWanted(!detailsOpen)}
              >
                {t.embedDetails}
                <span className="embed__details-chevron" aria-hidden="true">
                  {detailsOpen ? '▾' : '▴'}
                </span>
              </button>
            </div>
          ) : null}
          {/* Only for an event: until one is chosen the timeline takes the frame. */}
          {selected ? (
            <div className="embed__details" id={detailsId}>
              <PartBoundary name={t.eventDetails}>
                <EventDetails
                  index={index}
                  headingRef={headingRef}
                  onClose={focusTimeline}
                  embedded
                />
              </PartBoundary>
            </div>
          ) : null}
        </main>
      ) : null}
    </div>
  );
}
