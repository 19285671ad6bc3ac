import { type ReactNode, useId } from 'react';

/**
 * A link that opens in a new tab, and says so: a sighted reader sees the arrow, a screen
 * reader hears the note as the link's description (WCAG G201), while the link's name stays
 * what the contract names it. The note is `hidden`: a description may come from a hidden
 * element, and browsing the page does not read it a second time.
 */
export function NewTabLink({
  href,
  note,
  className,
  children,
}: {
  href: string;
  /** "Opens in a new tab", in the interface's language. */
  note: string;
  className?: string;
  children: ReactNode;
}) {
  const noteId = useId();
  return (
    <>
      <a
        href={href}
        className={className}
        target="_blank"
        rel="noopener noreferrer"
        aria-describedby={noteId}
      >
        {children}
        <span className="new-tab-mark" aria-hidden="true">
          ↗
        </span>
      </a>
      <span id={noteId} className="new-tab-note" hidden>
        {note}
      </span>
    </>
  );
}
