import { serializeLink } from '../../lib/url-codec';
import { type ViewState, linkFromState, useViewStore } from '../../lib/view-store';
import { linkableSource } from '../../lib/store-source';

/** This page's address with a link's query (`?event=…`). */
export function linkAddress(search: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${search}`;
}

/**
 * The link is built from the view itself, not read back from the address bar, with the
 * store a link can name (`linkableSource`): null for a file or a draft.
 */
export function currentLink(): string | null {
  return linkOf(useViewStore.getState());
}

export function linkOf(state: ViewState): string | null {
  const storeSource = linkableSource(state.storeSource);
  return storeSource && linkAddress(serializeLink(linkFromState({ ...state, storeSource })));
}
