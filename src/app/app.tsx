import { useEffect, useRef, useState } from 'react';
import { useLocale, useMessages } from '../i18n/use-messages';
import { useView, viewActions } from '../lib/view-store';
import { EMPTY_LINK } from '../lib/url-codec';
import { DEFAULT_STORE_URL, useEventStore } from '../features/store-loading/api/get-store';
import { StoreError } from '../features/store-loading/store-error';
import { StoreReport } from '../features/store-loading/store-report';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import { EventList } from '../features/event-list/event-list';
import { EventDetails } from '../features/event-details/event-details';
import { ActorFilter } from '../features/filters/actor-filter';
import { SearchBox } from '../features/filters/search-box';
import { CopyLinkButton } from '../features/share/copy-link-button';
import { useKeyboardShortcuts } from './keyboard-shortcuts';
import { Notices } from './notices';
import './app.css';

export function App() {
  const t = useMessages();
  const locale = useLocale();
  const { storeUrl, pendingReconcile, selectedEventId, lang } = useView((state) => ({
    storeUrl: state.storeUrl,
    pendingReconcile: state.pendingReconcile,
    selectedEventId: state.selectedEventId,
    lang: state.lang,
  }));
  const location = storeUrl ?? DEFAULT_STORE_URL;
  const query = useEventStore(location);
  const loaded = query.data;
  const index = loaded?.index;

  const searchRef = useRef<HTMLInputElement>(null);
  const detailsHeadingRef = useRef<HTMLHeadingElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useKeyboardShortcuts(index, () => searchRef.current?.focus());

  useEffect(() => {
    if (index && pendingReconcile) viewActions.reconcileWithStore(index);
  }, [index, pendingReconcile]);

  useEffect(() => {
    if (focusRequest > 0) detailsHeadingRef.current?.focus();
  }, [focusRequest]);

  const selected = selectedEventId === null ? undefined : index?.eventById.get(selectedEventId);
  useEffect(() => {
    const base = index ? `${index.store.title} · ${t.appName}` : t.appName;
    document.title = selected ? `${selected.title} · ${base}` : base;
  }, [selected, index, t]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const returnFocusToList = (eventId: string | null) => {
    if (eventId === null) return;
    const button = document.querySelector<HTMLButtonElement>(
      `.event-list [data-event-id="${CSS.escape(eventId)}"] button`,
    );
    button?.focus();
  };

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__brand">
          <span className="app-header__logo" aria-hidden="true" />
          <div>
            <p className="app-header__name">{t.appName}</p>
            <h1 className="app-header__title">{index ? index.store.title : t.tagline}</h1>
          </div>
        </div>
        <div className="app-header__actions">
          <SearchBox inputRef={searchRef} />
          <CopyLinkButton />
        </div>
      </header>
      <Notices />
      {query.isPending ? (
        <div className="loading" aria-busy="true">
          <progress aria-label={t.loadingStore(location)} />
          <p>{t.loadingStore(location)}</p>
        </div>
      ) : null}
      {query.isError ? (
        <StoreError
          error={query.error}
          location={location}
          isDefault={storeUrl === null}
          onRetry={() => void query.refetch()}
          onOpenDefault={() => viewActions.openLink({ ...EMPTY_LINK, lang }, [], 'push')}
        />
      ) : null}
      {loaded && index ? (
        <main className="app-main">
          <aside className="app-sidebar" aria-label={t.filters}>
            <ActorFilter index={index} />
            <StoreReport loaded={loaded} />
          </aside>
          <div className="app-content">
            <TimelinePanel index={index} />
            <div className="app-lower">
              <EventList index={index} onChosen={() => setFocusRequest((n) => n + 1)} />
              <EventDetails
                index={index}
                headingRef={detailsHeadingRef}
                onClose={() => returnFocusToList(selectedEventId)}
              />
            </div>
          </div>
        </main>
      ) : null}
    </div>
  );
}
