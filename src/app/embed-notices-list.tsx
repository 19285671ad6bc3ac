import { type ReactNode, useEffect, useState } from 'react';
import { lazyAfterFirstPaint } from '../lib/after-first-paint';
import { type Notice, useView, viewActions } from '../lib/view-store';
import { NOTICE_LIFE_MS, goesByItself, readerNotes } from './embed-notices';
import { NoticeWords } from './notice-words';
import { NoticeItem, NoticeRegion } from './notices';

const EmbedLinkNotice = lazyAfterFirstPaint(() =>
  import('./ignored-link-notice').then((module) => module.EmbedLinkNotice),
);

/**
 * The notices of an article's frame (`/embed/`): they lie over the frame's foot rather than
 * push its timeline down (embed.css), the answers to what the reader did go by themselves,
 * and what the link lost is said in its reader's terms, or not at all (embed-notices.ts).
 */
export function EmbedNotices() {
  const notices = useView((state) => state.notices);
  return (
    <NoticeRegion>
      {notices.map((notice) => {
        const notes = notice.kind === 'ignored-link' ? readerNotes(notice.ignored ?? []) : null;
        // Nothing the reader needs told: the frame shows what the article meant.
        if (notes?.length === 0) return null;
        const words = notes ? <EmbedLinkNotice notes={notes} /> : <NoticeWords notice={notice} />;
        return goesByItself(notice.kind) ? (
          <PassingNotice key={notice.id} notice={notice}>
            {words}
          </PassingNotice>
        ) : (
          <NoticeItem key={notice.id} notice={notice}>
            {words}
          </NoticeItem>
        );
      })}
    </NoticeRegion>
  );
}

/** A notice that goes by itself once read (NOTICE_LIFE_MS), kept while pointed at or focused. */
function PassingNotice({ notice, children }: { notice: Notice; children: ReactNode }) {
  // Kept while the pointer or the focus is on it: someone is reading it, or at its button. A
  // pointer is on it once it moves there: a notice that came up under a resting pointer (the
  // Copy citation button it covers, on a phone's frame) is not being read for that.
  const [pointerOn, setPointerOn] = useState(false);
  const [focusIn, setFocusIn] = useState(false);
  const held = pointerOn || focusIn;
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => viewActions.dismissNotice(notice.id), NOTICE_LIFE_MS);
    return () => clearTimeout(timer);
  }, [held, notice.id]);
  return (
    <NoticeItem
      notice={notice}
      holding={{
        onPointerMove: () => setPointerOn(true),
        onPointerLeave: () => setPointerOn(false),
        onFocus: () => setFocusIn(true),
        onBlur: (event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusIn(false);
        },
      }}
    >
      {children}
    </NoticeItem>
  );
}
