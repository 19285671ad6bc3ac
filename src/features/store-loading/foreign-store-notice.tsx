import { Suspense, lazy } from 'react';
import { storeOrigin } from '../../lib/store-origin';
import { useStoreOnScreen } from './api/store-on-screen';

// Loaded only when a store from another site is on screen: most pages never show it.
const ForeignNoticeFor = lazy(() =>
  import('./foreign-notice-body').then((module) => ({ default: module.ForeignNoticeFor })),
);

/**
 * The first time a store from another site is on screen in this tab: say so, with its full
 * address, a way back to this site's own store and the validation report one click away.
 * Dismissed, it stays away for that store in this tab (sessionStorage), not for others.
 */
export function ForeignStoreNotice() {
  const shown = useStoreOnScreen((state) => state.shown);
  if (!shown) return null;
  const origin = storeOrigin(shown.source, window.location.href);
  if (origin.kind !== 'other-site') return null;
  return (
    <Suspense fallback={null}>
      <ForeignNoticeFor key={origin.address} origin={origin} loaded={shown.loaded} />
    </Suspense>
  );
}
