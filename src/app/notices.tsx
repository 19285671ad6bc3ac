import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { useMessages } from '../i18n/use-messages';
import { lazyAfterFirstPaint } from '../lib/after-first-paint';
import { type Notice, useView, viewActions } from '../lib/view-store';
import { focusTimeline } from '../lib/focus-timeline';
import { NOTICE_LIFE_MS, goesByItself, readerNotes } from './embed-notices';

// A link's ignored parts are told a moment after the first events: their words need not
// delay them.
const IgnoredLinkNotice = lazyAfterFirstPaint(() =>
  import('./ignored-link-notice').then((module) => module.IgnoredLinkNotice),
);
const EmbedLinkNotice = lazyAfterFirstPaint(() =>
  import('./ignored-link-notice').then((module) => module.EmbedLinkNotice),
);

interface Props {
  /**
   * In an article's frame (`/embed/`): the notices lie over the frame's foot rather than push
   * its timeline down (embed.css), the answers to what the reader did go by themselves, and
   * what the link lost is said in its reader's terms, or not at all.
   */
  embedded?: boolean;
}

/** Transient notices in one polite live region, which exists before anything is announced. */
export function Notices({ embedded = false }: Props) {
  const notices = useView((state) => state.notices);
  return (
    <div role="status" className="notices">
      {notices.map((notice) => {
        const notes =
          embedded && notice.kind === 'ignored-link' ? readerNotes(notice.ignored ?? []) : null;
        // Nothing the reader needs told: the frame shows what the article meant.
        if (notes?.length === 0) return null;
        return (
          // A notice whose words are on their way appears whole once they are in.
          <Suspense key={notice.id} fallback={null}>
            <NoticeItem notice={notice} goes={embedded && goesByItself(notice.kind)}>
              {notes ? <EmbedLinkNotice notes={notes} /> : <NoticeWords notice={notice} />}
            </NoticeItem>
          </Suspense>
        );
      })}
    </div>
  );
}

function NoticeItem({
  notice,
  goes,
  children,
}: {
  notice: Notice;
  /** Whether it goes by itself once read (NOTICE_LIFE_MS). */
  goes: boolean;
  children: ReactNode;
}) {
  const t = useMessages();
  // Kept while the pointer or the focus is on it: someone is reading it, or at its button.
  const [pointerOn, setPointerOn] = useState(false);
  const [focusIn, setFocusIn] = useState(false);
  const held = pointerOn || focusIn;
  useEffect(() => {
    if (!goes || held) return;
    const timer = setTimeout(() => viewActions.dismissNotice(notice.id), NOTICE_LIFE_MS);
    return () => clearTimeout(timer);
  }, [goes, held, notice.id]);
  return (
    <div
      className={`notice notice--${notice.kind}`}
      onPointerEnter={() => setPointerOn(true)}
      onPointerLeave={() => setPointerOn(false)}
      onFocus={() => setFocusIn(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusIn(false);
      }}
    >
      <div className="notice__body">{children}</div>
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
  );
}

/** A notice's words on the full page, and for what the reader did in a frame. */
function NoticeWords({ notice }: { notice: Notice }) {
  const t = useMessages();
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
