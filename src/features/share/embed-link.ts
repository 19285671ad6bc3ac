import { EMBED_PATH } from '../../lib/embed-path';
import { serializeLink } from '../../lib/url-codec';
import { type TimeWindow, fitWindow } from '../../lib/time-window';
import { linkFromState, useViewStore } from '../../lib/view-store';

/** What an embed code shows: the view as it is, or the whole timeline. */
export type EmbedShows = 'view' | 'whole';

/** A frame in an article's column: narrower than the page, so more room for the last label. */
const FRAME_WIDTH_PX = 600;

/**
 * The current view as a link to the embeddable page, or to the full view (`/`); given the
 * store's extent, the whole of it instead of the window, with no event open (an event
 * would take the frame's room from the timeline). The embeddable page has no map: its link
 * does not ask for one (a `map=1` there did nothing), and the Embed dialog says so.
 */
export function viewLink(page: 'embed' | 'full', whole?: TimeWindow): string {
  const view = linkFromState(useViewStore.getState());
  const link = page === 'embed' ? { ...view, map: false } : view;
  const query = serializeLink(
    whole ? { ...link, event: null, window: fitWindow(whole, FRAME_WIDTH_PX) } : link,
  );
  return `${window.location.origin}${page === 'embed' ? EMBED_PATH : '/'}${query}`;
}
