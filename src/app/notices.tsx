import { type HTMLAttributes, type ReactNode, Suspense } from 'react';
import { useMessages } from '../i18n/use-messages';
import { lazyAfterFirstPaint } from '../lib/after-first-paint';
import { type Notice, useView, viewActions } from '../lib/view-store';
import { focusTimeline } from '../lib/focus-timeline';

// Notices come after the first events (a link's ignored parts a moment after them, the rest
// after a click): their words need not delay them.
const NoticeWords = lazyAfterFirstPaint(() =>
  import('./notice-words').then((module) => module.NoticeWords),
);

/**
 * Transient notices in one polite live region, which exists before anything is announced.
 * An article's frame has its own (embed-notices-list.tsx), built from the same parts.
 */
export function Notices() {
  const notices = useView((state) => state.notices);
  return (
    <NoticeRegion>
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice}>
          <NoticeWords notice={notice} />
        </NoticeItem>
      ))}
    </NoticeRegion>
  );
}

export function NoticeRegion({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="notices">
      {children}
    </div>
  );
}

/**
 * One notice, with its Dismiss button. `holding`: handlers on the notice (the frame's, which
 * keep a notice that goes by itself while it is pointed at or focused).
 */
export function NoticeItem({
  notice,
  holding,
  children,
}: {
  notice: Notice;
  holding?: HTMLAttributes<HTMLDivElement>;
  children: ReactNode;
}) {
  const t = useMessages();
  return (
    // A notice whose words are on their way appears whole once they are in.
    <Suspense fallback={null}>
      <div className={`notice notice--${notice.kind}`} {...holding}>
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
    </Suspense>
  );
}
