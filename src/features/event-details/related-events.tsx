import { useId } from 'react';
import type { StoreEvent } from '../../format/validate-store';
import { useLocale } from '../../i18n/use-messages';
import { useAllMessages } from '../../i18n/later-messages';
import { formatEventDate } from '../../lib/date-format';
import { type IncomingRelation, relatedLinks } from '../../lib/event-evidence';
import type { StoreIndex } from '../../lib/store-index';
import { withIncoming } from './packed-related';
import { viewActions } from '../../lib/view-store';

/**
 * "Related events": the relations the event states ("caused …") and the ones other events
 * state about it ("caused by …"). Choosing one selects it, a history entry like any selection.
 */
export function RelatedEvents({
  index,
  event,
  incoming,
  onChosen,
}: {
  index: StoreIndex;
  event: StoreEvent;
  /** A packed store's: the relations other events state about this one, fetched with it. */
  incoming?: readonly IncomingRelation[] | undefined;
  onChosen: () => void;
}) {
  const t = useAllMessages();
  const locale = useLocale();
  const headingId = useId();
  const own = relatedLinks(index, event);
  const links = incoming ? withIncoming(index, event, own, incoming) : own;
  if (links.length === 0) return null;
  return (
    // A list named by its heading, as ui-contract.md says: not a region of the same name too.
    <div className="related-events">
      <h3 id={headingId} className="event-details__evidence">
        {t.relatedEvents}
      </h3>
      <ul aria-labelledby={headingId}>
        {links.map((link) => (
          <li key={`${link.direction}-${link.relation}-${link.event.id}`}>
            <span className="related-events__relation">
              {(link.direction === 'out' ? t.relationOut : t.relationIn)[link.relation]}
            </span>{' '}
            <button
              type="button"
              className="link-button"
              dir="auto"
              onClick={() => {
                viewActions.selectEvent(link.event);
                onChosen();
              }}
            >
              {link.event.title}
            </button>{' '}
            <span className="related-events__date">
              ({formatEventDate(link.event.when, link.event.approximate, locale)})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
