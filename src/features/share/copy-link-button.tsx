import { useState } from 'react';
import { CopyByHand } from '../../components/copy-by-hand';
import { useMessages } from '../../i18n/use-messages';
import { copyAndNotify } from '../../lib/copy-and-notify';
import { viewActions } from '../../lib/view-store';
import { currentLink } from './current-link';

export function CopyLinkButton() {
  const t = useMessages();
  const [byHand, setByHand] = useState<string | null>(null);
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
      <button type="button" className="primary" onClick={() => void copy()}>
        {t.copyLink}
      </button>
      {byHand === null ? null : (
        <CopyByHand what="link" text={byHand} onClose={() => setByHand(null)} />
      )}
    </>
  );
}
