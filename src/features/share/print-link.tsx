import { useEffect, useReducer } from 'react';
import { useAllMessages } from '../../i18n/later-messages';
import { useLocale } from '../../i18n/use-messages';
import { useViewStore } from '../../lib/view-store';
import { linkOf } from './current-link';

/**
 * vis-timeline drew its lanes for the height the timeline has on the screen, and cannot draw
 * them again for the paper before it is printed: print.css keeps that height (the paper's
 * narrower page would otherwise give it the phone layout's, with an empty band or cut lanes).
 */
function keepTimelineHeight() {
  for (const widget of document.querySelectorAll<HTMLElement>('.timeline-widget')) {
    widget.style.setProperty('--screen-height', `${widget.offsetHeight}px`);
  }
}

/**
 * On paper only (print.css): when the page was printed and the link that opens what it
 * shows, so that a printed or saved record can be traced back to the view it came from.
 */
export function PrintLink() {
  const t = useAllMessages();
  const locale = useLocale();
  const link = useViewStore(linkOf);
  const fromDraft = useViewStore((state) => state.storeSource.kind === 'draft');
  // The date is the day of printing, not of the page's opening.
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const beforePrint = () => {
      refresh();
      keepTimelineHeight();
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, []);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  return (
    <p className="print-only print-link">
      {link !== null
        ? t.printedFrom(date, link)
        : fromDraft
          ? t.printedOnDraft(date)
          : t.printedOn(date)}
    </p>
  );
}
