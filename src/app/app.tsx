import { type MouseEvent, type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { useView, viewActions } from '../lib/view-store';
import { EMPTY_LINK } from '../lib/url-codec';
import { focusTimeline } from '../lib/focus-timeline';
import { returnFocusToList } from '../lib/focus-event-row';
import { type StoreSource, sameSource, sourceLabel } from '../lib/store-source';
import { useLoadProgress } from '../features/store-loading/api/get-store';
import { useStoreOnScreen } from '../features/store-loading/api/store-on-screen';
import { storeScreen } from '../features/store-loading/api/store-screen';
import { StoreProgress } from '../features/store-loading/store-progress';
import { ForeignStoreNotice } from '../features/store-loading/foreign-store-notice';
// On the first screen, not after it: a file dropped before the zone is there would be
// opened by the browser in place of the page (the view lost).
import { DropZone } from '../features/store-loading/drop-zone';
import { StoreTitle } from '../components/store-title';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { SearchBox } from '../features/filters/search-box';
import { CopyLinkButton } from '../features/share/copy-link-button';
import { MapSlot } from '../features/map/map-slot';
import { MapToggle } from '../features/map/map-toggle';
import { COMPACT_QUERY, PHONE_QUERY, useMediaQuery } from '../lib/use-media-query';
import { prepareSearch } from '../lib/search-service';
import { searchReadsDetails } from '../lib/packed-details-registry';
import { heldListOf } from '../lib/held-list';
import { useKeyboardShortcuts } from './keyboard-shortcuts';
import { usePageIdentity } from './use-page-identity';
import { readingTimelineWidth } from './reading-layout-width';
import type { DrawerHandle } from './filters-drawer';
import { LanguageSelect } from './language-select';
import { Notices } from './notices';
import { PartBoundary } from './part-boundary';
import type { HelpHandle } from './help-dialog';
import {
  afterFirstPaint,
  lazyAfterFirstPaint,
  markFirstPaint,
  useFirstPaintDone,
} from '../lib/after-first-paint';
import '../features/store-loading/store-loading.css';
import './app.css';
import './reading-layout.css';
import './print.css';

// What the first events do not need appears a moment after them (lib/after-first-paint.ts):
// the list's virtualizer, the details and the dialogs stay out of the first screen's script.
// Beside the filters and the details, a 1024 px page's timeline is 439 px wide: it opens on
// one lane, as a phone and a narrow embed do, not on lanes with 250 px of time. Said as this
// module loads, before the timeline is drawn.
viewActions.measureTimelineBy(readingTimelineWidth);

// A store that cannot be opened is the rare case: its screen is not among the first bytes,
// but it is fetched once the first events are painted, so that a store opened later, when the
// network has gone, can still say why it failed. A failed load counts as the first paint.
const loadStoreError = () =>
  import('../features/store-loading/store-error').then((module) => module.StoreError);
const StoreError = lazyAfterFirstPaint(loadStoreError);
void afterFirstPaint(loadStoreError);
const EventList = lazyAfterFirstPaint(() =>
  import('../features/event-list/event-list').then((module) => module.EventList),
);
const EventDetails = lazyAfterFirstPaint(() =>
  import('../features/event-details/event-details').then((module) => module.EventDetails),
);
const StoreReport = lazyAfterFirstPaint(() =>
  import('../features/store-loading/store-report').then((module) => module.StoreReport),
);
const OpenStoreButton = lazyAfterFirstPaint(() =>
  import('../features/store-loading/open-store-dialog').then((module) => module.OpenStoreButton),
);
const EmbedButton = lazyAfterFirstPaint(() =>
  import('../features/share/embed-button').then((module) => module.EmbedButton),
);
const ExportMenu = lazyAfterFirstPaint(() =>
  import('../features/export/export-menu').then((module) => module.ExportMenu),
);
const PrintLink = lazyAfterFirstPaint(() =>
  import('../features/share/print-link').then((module) => module.PrintLink),
);
const HelpButton = lazyAfterFirstPaint(() =>
  import('./help-dialog').then((module) => module.HelpButton),
);
// Only a narrow screen has the drawer and only a phone the `More` menu; only a store too
// large to load whole has the line saying what of it is loaded: a desktop's first screen
// with an ordinary store carries none of them.
const FiltersDrawer = lazyAfterFirstPaint(() =>
  import('./filters-drawer').then((module) => module.FiltersDrawer),
);
const MoreActions = lazyAfterFirstPaint(() =>
  import('./more-actions').then((module) => module.MoreActions),
);
const SelectionAnnouncer = lazyAfterFirstPaint(() =>
  import('../features/event-details/selection-announcer').then(
    (module) => module.SelectionAnnouncer,
  ),
);
// Nothing to keep before anything can be focused: it comes with the rest of the page.
const FocusKeptAcrossLayouts = lazyAfterFirstPaint(() =>
  import('./focus-across-layouts').then((module) => module.FocusKeptAcrossLayouts),
);
// The filters are drawn after the first events (shellIn): their code is fetched then too.
const ActorFilter = lazyAfterFirstPaint(() =>
  import('../features/filters/actor-filter').then((module) => module.ActorFilter),
);
const HeldStatus = lazyAfterFirstPaint(() =>
  import('../features/store-loading/held-status').then((module) => module.HeldStatus),
);
const PackedSearchNote = lazyAfterFirstPaint(() =>
  import('../features/filters/packed-search-note').then((module) => module.PackedSearchNote),
);

/** A refused document at an address, opened in the Import dialog (store-error.tsx offers it). */
function importFromAddress(source: StoreSource): (() => void) | null {
  if (source.kind !== 'url') return null;
  return () =>
    void import('../features/store-loading/import/import-state').then(({ importActions }) =>
      importActions.openUrl(source.url),
    );
}

/**
 * The header's tools, the filters, the list and the details come in the frame after the
 * first events, not with them: rendered (or, for those loaded after the first paint anyway,
 * suspended) in the same commit as the timeline, they put their work before the first
 * events' paint (scripts/bench/README.md). Nor does a store slow to come hold them back
 * longer than this, from the page's start.
 */
const SHELL_WAIT_MS = 1500;

/** `topBar`: the editor's Preview bar, after the skip link, which stays the page's first. */
export function App({ topBar }: { topBar?: ReactNode }) {
  const t = useMessages();
  const selectedEventId = useView((state) => state.selectedEventId);
  const lang = useView((state) => state.lang);
  const search = useView((state) => state.query);
  const mapShown = useView((state) => state.mapShown);
  const screen = useStoreOnScreen();
  const displayed = screen.shown?.loaded;
  const index = displayed?.index;
  // A large store is drawn while it loads, from the events checked so far, when nothing
  // else is on screen (a search waits for the whole store: its index is built once).
  const previewIndex = search ? undefined : (screen.preview ?? undefined);
  const timelineIndex = index ?? previewIndex;
  const opening = useLoadProgress((state) => state.opening);
  // A store shown window by window, at a window too wide to read: no events drawn there.
  const heldTooWide = useLoadProgress((state) =>
    state.movedWindow ? state.movedWindow.tooWide === true : state.opening?.held === null,
  );
  // Its lanes drawn from the density pyramid: the look on screen has no events (it was taken
  // at such a window), and keeps them while a window moved to loads its rows.
  const heldCounted = useLoadProgress((state) => state.lookTooWide);
  const heldWindowLoading = useLoadProgress(
    (state) => state.movedWindow !== null && !state.movedWindow.complete,
  );
  // What of it the list and the filters' counts have: none of the window's events, there.
  const heldList = heldListOf(displayed?.held !== undefined, heldCounted, heldTooWide);

  const searchRef = useRef<HTMLInputElement>(null);
  const detailsHeadingRef = useRef<HTMLHeadingElement>(null);
  const drawerRef = useRef<DrawerHandle>(null);
  const helpRef = useRef<HelpHandle>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const focusDetails = () => setFocusRequest((n) => n + 1);
  // Phones and narrow tablets: search and filters in a drawer, details in a bottom sheet.
  const compact = useMediaQuery(COMPACT_QUERY);
  // Phones: one header row, the secondary actions behind `More`.
  const phone = useMediaQuery(PHONE_QUERY);
  // A store slow to come does not hold them back; one whose events are about to be drawn
  // does (a large store's first part): rendered then, they would delay that first draw.
  const shellIn = useFirstPaintDone(timelineIndex ? Number.POSITIVE_INFINITY : SHELL_WAIT_MS);
  useKeyboardShortcuts(
    index,
    () => {
      if (compact) drawerRef.current?.open();
      searchRef.current?.focus();
    },
    () => helpRef.current?.open(),
    (eventId) => returnFocusToList(eventId, compact),
  );

  useEffect(() => {
    if (focusRequest > 0) detailsHeadingRef.current?.focus();
  }, [focusRequest]);

  const selected = selectedEventId === null ? undefined : index?.eventById.get(selectedEventId);
  // Whose timeline this is: said under the title, in the document title and the notice.
  const origin = usePageIdentity(screen.shown, selected);

  // The timeline says when it has drawn its first events (its chunk may still be on its
  // way when the store is in); these cases have no timeline to wait for.
  const timelineInPlace = !(compact && index && mapShown);
  useEffect(() => {
    if (screen.phase === 'failed' || (index && !timelineInPlace)) markFirstPaint();
  }, [index, screen.phase, timelineInPlace]);

  const loading = screen.phase === 'loading';
  const switching = screen.shown !== null && !sameSource(screen.shown.source, screen.requested);

  const searchBox = (
    <SearchBox
      inputRef={searchRef}
      onFocus={() => index && prepareSearch(index)}
      scopeNote={
        displayed?.held ? (
          t.searchHeldScope
        ) : index && searchReadsDetails(index) ? (
          <Suspense fallback={null}>
            <PackedSearchNote index={index} />
          </Suspense>
        ) : undefined
      }
      onSubmitted={() => {
        // Enter opens the best match; on a phone the drawer gives way to the details.
        if (index && viewActions.openBestMatch(index) && compact) drawerRef.current?.close();
      }}
    />
  );
  const filters = index ? (
    <>
      <PartBoundary name={t.filters}>
        <Suspense fallback={null}>
          <ActorFilter
            index={index}
            countsNote={
              heldList === 'too-wide'
                ? t.filterCountsTooWide
                : heldList
                  ? t.filterCountsHeld
                  : undefined
            }
            uncounted={heldList !== undefined && heldList !== 'loaded'}
          />
        </Suspense>
      </PartBoundary>
      {displayed ? (
        <PartBoundary name={t.problemsTitle}>
          <Suspense fallback={null}>
            <StoreReport loaded={displayed} />
          </Suspense>
        </PartBoundary>
      ) : null}
    </>
  ) : null;

  const eventList =
    index && shellIn ? (
      <PartBoundary name={t.events}>
        <Suspense fallback={null}>
          <EventList
            index={index}
            onChosen={focusDetails}
            held={heldList}
            wholeStore={displayed?.held}
          />
        </Suspense>
      </PartBoundary>
    ) : null;
  const eventDetails =
    index && shellIn ? (
      <PartBoundary name={t.eventDetails}>
        <Suspense fallback={null}>
          <EventDetails
            index={index}
            headingRef={detailsHeadingRef}
            onClose={() => returnFocusToList(selectedEventId, compact)}
            sheet={compact}
            held={heldList}
            windowLoading={displayed?.held !== undefined && heldWindowLoading}
          />
        </Suspense>
      </PartBoundary>
    ) : null;

  const secondaryActions = (
    <>
      {index ? <MapToggle /> : null}
      <Suspense fallback={null}>
        {index ? <ExportMenu index={index} /> : null}
        <OpenStoreButton />
      </Suspense>
      <CopyLinkButton />
      <Suspense fallback={null}>{index ? <EmbedButton index={index} /> : null}</Suspense>
      {phone ? (
        <div className="more-actions__tools">
          <LanguageSelect />
          <Suspense fallback={null}>
            <HelpButton handleRef={helpRef} />
          </Suspense>
        </div>
      ) : null}
    </>
  );

  return (
    <div className="app">
      {shellIn ? (
        <Suspense fallback={null}>
          <FocusKeptAcrossLayouts layout={phone ? 'phone' : compact ? 'compact' : 'wide'} />
        </Suspense>
      ) : null}
      {shellIn && index ? (
        // A boundary of its own: in the focus keeper's, the keeper waited for this part's
        // chunk too, and a focus moved in that wait was not followed.
        <Suspense fallback={null}>
          <SelectionAnnouncer index={index} />
        </Suspense>
      ) : null}
      {timelineIndex ? (
        <a
          className="skip-link"
          href={timelineInPlace ? '#timeline' : '#map'}
          onClick={skipToTimeline}
        >
          {timelineInPlace ? t.skipToTimeline : t.skipToMap}
        </a>
      ) : null}
      {topBar}
      <header className="app-header">
        <div className="app-header__brand">
          <span className="app-header__logo" aria-hidden="true" />
          <div>
            <p className="app-header__name">{t.appName}</p>
            {index && origin ? (
              <StoreTitle title={index.store.title} origin={origin} className="app-header__title" />
            ) : (
              <h1 className="app-header__title">{t.tagline}</h1>
            )}
            {index && shellIn ? (
              <Suspense fallback={null}>
                <PrintLink />
              </Suspense>
            ) : null}
          </div>
        </div>
        <div className="app-header__actions">
          {shellIn && compact && index ? (
            <Suspense fallback={null}>
              <FiltersDrawer
                index={index}
                handleRef={drawerRef}
                onOpened={() => prepareSearch(index)}
                held={heldList}
              >
                {searchBox}
                {filters}
              </FiltersDrawer>
            </Suspense>
          ) : null}
          {compact || !shellIn ? null : searchBox}
          {!shellIn ? null : phone ? (
            <Suspense fallback={null}>
              <MoreActions>{secondaryActions}</MoreActions>
            </Suspense>
          ) : (
            secondaryActions
          )}
        </div>
        {/* After the actions, where a wide screen draws it: Tab follows what the eye reads.
            Narrower, app.css lifts it onto the title's row, at the top right. */}
        {phone || !shellIn ? null : (
          <div className="app-header__tools">
            <LanguageSelect />
            <Suspense fallback={null}>
              <HelpButton handleRef={helpRef} />
            </Suspense>
          </div>
        )}
      </header>
      <Notices />
      <ForeignStoreNotice />
      <Suspense fallback={null}>
        <DropZone />
      </Suspense>
      {loading ? (
        <div>
          <StoreProgress
            source={screen.requested}
            inline={displayed !== undefined || previewIndex !== undefined}
            onCancel={switching ? storeScreen.cancel : null}
          />
        </div>
      ) : null}
      {displayed?.held ? (
        <Suspense fallback={null}>
          <HeldStatus />
        </Suspense>
      ) : null}
      {screen.phase === 'failed' ? (
        <Suspense fallback={null}>
          <StoreError
            error={screen.error}
            location={sourceLabel(screen.requested)}
            onRetry={storeScreen.retry}
            onImport={importFromAddress(screen.requested)}
            fallbackLabel={displayed ? t.keepCurrentStore : t.openDefaultStore}
            onFallback={
              displayed
                ? switching
                  ? storeScreen.cancel
                  : null
                : screen.requested.kind === 'default'
                  ? null
                  : () => viewActions.openLink({ ...EMPTY_LINK, lang }, [], 'push')
            }
          />
        </Suspense>
      ) : null}
      {timelineIndex ? (
        // The same tree with or without the whole store, so that the timeline drawn from a
        // partial store stays mounted when the rest arrives.
        <main className={compact ? 'app-main app-main--compact' : 'app-main app-main--reading'}>
          {compact ? null : (
            // From 1024 px: filters and the list in a column of their own, the timeline in
            // the middle and the details beside it, each scrolling on its own (reading-layout.css).
            <div className="app-sidebar">
              <aside className="app-sidebar__filters" aria-label={t.filters}>
                {!index ? (
                  <p className="app-sidebar__waiting">{t.filtersWhenLoaded}</p>
                ) : shellIn ? (
                  filters
                ) : null}
              </aside>
              {index ? eventList : null}
            </div>
          )}
          <div className="app-content">
            {/* On a phone the map and the timeline are alternatives; wider, the map is below it. */}
            {compact && index && mapShown ? null : (
              <PartBoundary name={t.timeline}>
                <TimelinePanel
                  index={timelineIndex}
                  partial={!index}
                  opening={opening}
                  heldTotal={displayed?.held?.total ?? null}
                  heldTooWide={heldTooWide}
                  heldCounted={heldCounted}
                />
              </PartBoundary>
            )}
            {index && mapShown ? (
              <PartBoundary name={t.map}>
                <MapSlot
                  index={index}
                  held={Boolean(displayed?.held)}
                  heldTooWide={heldTooWide}
                  onChosen={compact ? focusDetails : undefined}
                />
              </PartBoundary>
            ) : null}
            {index && compact ? <div className="app-lower">{eventList}</div> : null}
          </div>
          {/* One place in the tree in both layouts (a sheet is fixed, wherever it is): the
              details, and a dialog open in them, are kept when the window crosses 1024 px. */}
          {index ? (
            <div className={compact ? 'app-details app-details--sheet' : 'app-details'}>
              {eventDetails}
            </div>
          ) : null}
        </main>
      ) : null}
    </div>
  );
}

/** Focus, not the fragment: the address holds the view's link (and no history entry). */
function skipToTimeline(event: MouseEvent) {
  event.preventDefault();
  focusTimeline();
}
