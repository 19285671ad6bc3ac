import { serializeLink } from '../../lib/url-codec';
import { linkFromState, useViewStore } from '../../lib/view-store';

/** The link is built from the view itself, not read back from the address bar. */
export function currentLink(): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${serializeLink(linkFromState(useViewStore.getState()))}`;
}
