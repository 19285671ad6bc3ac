import { useAllMessages } from '../i18n/later-messages';
import type { Notice } from '../lib/view-store';
import { IgnoredLinkNotice } from './ignored-link-notice';

/** A notice's words on the full page, and for what the reader did in a frame. */
export function NoticeWords({ notice }: { notice: Notice }) {
  const t = useAllMessages();
  switch (notice.kind) {
    case 'link-copied':
      return t.linkCopied;
    case 'link-not-copied':
      return t.linkNotCopied;
    case 'link-file-store':
      return t.linkFileStore;
    case 'link-draft-store':
      return t.linkDraftStore;
    case 'citation-copied':
      return t.citationCopied;
    case 'citation-not-copied':
      return t.citationNotCopied;
    case 'ignored-link':
      return <IgnoredLinkNotice ignored={notice.ignored ?? []} />;
  }
}
