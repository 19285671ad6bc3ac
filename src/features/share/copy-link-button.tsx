import { useMessages } from '../../i18n/use-messages';
import { isLocalSource } from '../../lib/store-source';
import { viewActions } from '../../lib/view-store';
import { currentLink } from './current-link';

export function CopyLinkButton() {
  const t = useMessages();
  const copy = async () => {
    if (isLocalSource(viewActions.shownSource())) {
      // Copying a link that silently opens another store would mislead whoever receives it.
      viewActions.notify('link-file-store');
      return;
    }
    try {
      await navigator.clipboard.writeText(currentLink());
      viewActions.notify('link-copied');
    } catch {
      viewActions.notify('link-not-copied');
    }
  };
  return (
    <button type="button" className="primary" onClick={() => void copy()}>
      {t.copyLink}
    </button>
  );
}
