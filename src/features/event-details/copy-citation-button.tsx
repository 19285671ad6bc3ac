import { useState } from 'react';
import { CopyByHand } from '../../components/copy-by-hand';
import type { StoreEvent } from '../../format/validate-store';
import { useLocale } from '../../i18n/use-messages';
import { useAllMessages } from '../../i18n/later-messages';
import { citationText, eventLink } from '../../lib/citation';
import { copyAndNotify } from '../../lib/copy-and-notify';
import type { StoreIndex } from '../../lib/store-index';
import { linkStoreOf, linkableSource } from '../../lib/store-source';
import { storeOrigin } from '../../lib/store-origin';
import { viewActions } from '../../lib/view-store';

/** Copies "Title. Date. Sources: …. Store: <address>. Sourceline, <link>" for a document. */
export function CopyCitationButton({ index, event }: { index: StoreIndex; event: StoreEvent }) {
  const t = useAllMessages();
  const locale = useLocale();
  const [byHand, setByHand] = useState<string | null>(null);
  const copy = async () => {
    const source = viewActions.shownSource();
    // A store opened from a file or a draft has no address: the citation goes without a link.
    const linkable = linkableSource(source);
    const link =
      linkable &&
      eventLink(
        `${window.location.origin}${window.location.pathname}`,
        linkStoreOf(linkable),
        event.id,
      );
    const origin = storeOrigin(source, window.location.href);
    await copyAndNotify(
      citationText(index, event, locale, link, origin),
      { copied: 'citation-copied', failed: 'citation-not-copied' },
      setByHand,
    );
  };
  return (
    <>
      <button type="button" className="event-details__cite" onClick={() => void copy()}>
        {t.copyCitation}
      </button>
      {byHand === null ? null : (
        <CopyByHand what="citation" text={byHand} onClose={() => setByHand(null)} />
      )}
    </>
  );
}
