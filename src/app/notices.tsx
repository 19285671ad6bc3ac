import { Suspense } from 'react';
import { useMessages } from '../i18n/use-messages';
import { lazyAfterFirstPaint } from '../lib/after-first-paint';
import { useView, viewActions } from '../lib/view-store';
import { focusTimeline } from '../lib/focus-timeline';

// A link's ignored parts are told a moment after the first events: their words need not
// delay them.
const IgnoredLinkNotice = lazyAfterFirstPaint(() =>
  import('./ignored-link-notice').then((module) => module.IgnoredLinkNotice),
);

/** Transient notices in one polite live region, which exists before anything is announced. */
export function Notices() {
  const t = useMessages();
  const notices = useView((state) => state.notices);
  return (
    <div role="status" className="notices">
      {notices.map((notice) => (
        // A notice whose words are on their way appears whole once they are in.
        <Suspense key={notice.id} fallback={null}>
          <div className={`notice notice--${notice.kind}`}>
            <div className="notice__body">
              {notice.kind === 'link-copied' ? t.linkCopied : null}
              {notice.kind === 'link-not-copied' ? t.linkNotCopied : null}
              {notice.kind === 'link-file-store' ? t.linkFileStore : null}
              {notice.kind === 'link-draft-store' ? t.linkDraftStore : null}
              {notice.kind === 'citation-copied' ? t.citationCopied : null}
              {notice.kind === 'citation-not-copied' ? t.citationNotCopied : null}
              {notice.kind === 'ignored-link' ? (
                <IgnoredLinkNotice ignored={notice.ignored ?? []} />
              ) : null}
            </div>
            <button
              type="button"
              className="icon-button"
              aria-label={t.dismiss}
              title={t.dismiss}
              onClick={(event) => {
                // The button leaves with its notice: the focus goes to the next one's, or on.
                const next = event.currentTarget.closest('.notice')?.nextElementSibling;
                viewActions.dismissNotice(notice.id);
                const button = next?.querySelector('button');
                if (button) button.focus();
                else focusTimeline();
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        </Suspense>
      ))}
    </div>
  );
}
