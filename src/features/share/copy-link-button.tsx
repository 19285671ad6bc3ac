import { useState } from 'react';
import { CopyByHand } from '../../components/copy-by-hand';
import { useMessages } from '../../i18n/use-messages';
import { copyAndNotify } from '../../lib/copy-and-notify';
import { linkableSource } from '../../lib/store-source';
import { useView, viewActions } from '../../lib/view-store';
import { currentLink } from './current-link';

export function CopyLinkButton() {
  const t = useMessages();
  const [byHand, setByHand] = useState<string | null>(null);
  // A file or a draft has no link: the button can only say so, and is not the page's first action.
  const linkable = useView((state) => linkableSource(state.storeSource) !== null);
  const copy = async () => {
    const link = currentLink();
    if (link === null) {
      // Copying a link that silently opens another store would mislead whoever receives it.
      viewActions.notify(
        viewActions.shownSource().kind === 'draft' ? 'link-draft-store' : 'link-file-store',
      );
      return;
    }
    await copyAndNotify(link, { copied: 'link-copied', failed: 'link-not-copied' }, setByHand);
  };
  return (
    <>
      <button
        type="button"
        className={linkable ? 'primary' : undefined}
        onClick={() => void copy()}
      >
        {t.copyLink}
      </button>
      {byHand === null ? null : (
        <CopyByHand what="link" text={byHand} onClose={() => setByHand(null)} />
      )}
    </>
  );
}
