import { serializeLink } from '../../lib/url-codec';
import { linkFromState, useViewStore } from '../../lib/view-store';

/** This page's address with a link's query (`?event=…`). */
export function linkAddress(search: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${search}`;
}

/** The link is built from the view itself, not read back from the address bar. */
export function currentLink(): string {
  return linkAddress(serializeLink(linkFromState(useViewStore.getState())));
}
