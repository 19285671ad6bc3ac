import { embedSnippet } from '../../../lib/embed-code';
import { EMBED_PATH } from '../../../lib/embed-path';
import { EMPTY_LINK, serializeLink } from '../../../lib/url-codec';

export interface PublishedLinks {
  /** The explorer on the published store: what Copy link gives for it there. */
  readonly share: string;
  /** The `<iframe>` of the embeddable page on it: what the explorer's Embed dialog gives. */
  readonly embed: string;
}

/**
 * The link and the embed code of a store published at `address`, on the explorer at
 * `origin` (this site): the store's opening view, written by the explorer's own link codec.
 */
export function publishedLinks(
  origin: string,
  address: string,
  frameTitle: string,
): PublishedLinks {
  const query = serializeLink({ ...EMPTY_LINK, store: address });
  return {
    share: `${origin}/${query}`,
    embed: embedSnippet(`${origin}${EMBED_PATH}${query}`, frameTitle),
  };
}
