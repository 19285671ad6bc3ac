import type { StoreEvent } from '../../format/validate-store';
import { useLocale, useMessages } from '../../i18n/use-messages';
import { citationText, eventLink } from '../../lib/citation';
import { copyAndNotify } from '../../lib/copy-and-notify';
import type { StoreIndex } from '../../lib/store-index';
import { linkStoreOf } from '../../lib/store-source';
import { viewActions } from '../../lib/view-store';

/** Copies "Title. Date. Sources: …. Sourceline, <link>" for pasting into a document. */
export function CopyCitationButton({ index, event }: { index: StoreIndex; event: StoreEvent }) {
  const t = useMessages();
  const locale = useLocale();
  const copy = async () => {
    const source = viewActions.shownSource();
    // A store opened from a file has no address: the citation goes without a link.
    const link =
      source.kind === 'file'
        ? null
        : eventLink(
            `${window.location.origin}${window.location.pathname}`,
            linkStoreOf(source),
            event.id,
          );
    await copyAndNotify(citationText(index, event, locale, link), {
      copied: 'citation-copied',
      failed: 'citation-not-copied',
    });
  };
  return (
    <button type="button" className="event-details__cite" onClick={() => void copy()}>
      {t.copyCitation}
    </button>
  );
}
