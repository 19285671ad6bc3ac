import { Suspense, lazy } from 'react';
import { useMapShellMessages } from '../../i18n/map-shell-messages';
import type { StoreIndex } from '../../lib/store-index';

// The map's code and the country shapes load the first time the map is shown: a page
// that never opens it does not pay for them.
const MapPanel = lazy(() => import('./map-panel'));

/** Where the map goes in the layout; the map itself arrives with its chunk. */
export function MapSlot({
  index,
  held = false,
  heldTooWide = false,
  onChosen,
}: {
  index: StoreIndex;
  /** A packed store shown window by window, and at a window too wide to load (map-panel). */
  held?: boolean;
  heldTooWide?: boolean;
  /** After an event is chosen on the map (map-panel.tsx). */
  onChosen?: () => void;
}) {
  const m = useMapShellMessages();
  return (
    <Suspense
      fallback={
        <section className="map-panel map-panel--loading" aria-label={m.map}>
          <p role="status">{m.loadingMap}</p>
        </section>
      }
    >
      <MapPanel index={index} held={held} heldTooWide={heldTooWide} onChosen={onChosen} />
    </Suspense>
  );
}
