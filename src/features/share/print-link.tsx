import { useEffect, useReducer } from 'react';
import { useAllMessages } from '../../i18n/later-messages';
import { useLocale } from '../../i18n/use-messages';
import { serializeLink } from '../../lib/url-codec';
import { linkFromState, useViewStore, viewActions } from '../../lib/view-store';
import { isLocalSource } from '../../lib/store-source';
import { linkAddress } from './current-link';

/**
 * On paper only (print.css): when the page was printed and the link that opens what it
 * shows, so that a printed or saved record can be traced back to the view it came from.
 */
export function PrintLink() {
  const t = useAllMessages();
  const locale = useLocale();
  const search = useViewStore((state) => serializeLink(linkFromState(state)));
  // The date is the day of printing, not of the page's opening.
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    window.addEventListener('beforeprint', refresh);
    return () => window.removeEventListener('beforeprint', refresh);
  }, []);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  return (
    <p className="print-only print-link">
      {isLocalSource(viewActions.shownSource())
        ? t.printedOn(date)
        : t.printedFrom(date, linkAddress(search))}
    </p>
  );
}
