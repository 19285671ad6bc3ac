import { serializeLink } from '../../lib/url-codec';
import { type TimeWindow, fitWindow } from '../../lib/time-window';
import { linkFromState, useViewStore } from '../../lib/view-store';

/** What an embed code shows: the view as it is, or the whole timeline. */
export type EmbedShows = 'view' | 'whole';

/** A frame in an article's column: narrower than the page, so more room for the last label. */
const FRAME_WIDTH_PX = 600;

/** The path of the page made to be framed (docs/ui-contract.md, Embedding). */
export const EMBED_PATH = '/embed/';

/** Whether this page is the embeddable one. */
export function isEmbedPath(pathname: string): boolean {
  return pathname === '/embed' || pathname.startsWith(EMBED_PATH);
}

/**
 * The current view as a link to the embeddable page, or to the full view (`/`); given the
 * store's extent, the whole of it instead of the window, with no event open (an event
 * would take the frame's room from the timeline).
 */
export function viewLink(page: 'embed' | 'full', whole?: TimeWindow): string {
  const link = linkFromState(useViewStore.getState());
  const query = serializeLink(
    whole ? { ...link, event: null, window: fitWindow(whole, FRAME_WIDTH_PX) } : link,
  );
  return `${window.location.origin}${page === 'embed' ? EMBED_PATH : '/'}${query}`;
}

/** Escapes a value for an HTML attribute in double quotes. */
function attribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * The `<iframe>` snippet a writer pastes into an article: text, shown in a text box.
 * `allow="clipboard-write"`: Chromium refuses the clipboard to a frame from another origin
 * unless its page allows it, and Copy citation and Copy link in the frame write to it.
 */
export function embedSnippet(src: string, title: string): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="480" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`;
}
