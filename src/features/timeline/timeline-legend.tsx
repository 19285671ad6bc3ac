import { StatusMark } from '../../components/status-mark';
import { useMessages } from '../../i18n/use-messages';
import type { EventStatus } from '../../format/schema';
import { STATUS_CHOICES, isContested, statusCounts } from '../../lib/event-evidence';
import type { StoreIndex } from '../../lib/store-index';
import { hasCoarseDates } from './coarse-dates';

/**
 * What the marks on the timeline's items mean: the status marks and the notch on a count
 * strip, where the store states a status for some event, and the hatching of an event dated
 * to a month or a year only, where it has one. Nothing for a store with neither.
 */
export function TimelineLegend({ index }: { index: StoreIndex }) {
  const t = useMessages();
  const counts = statusCounts(index);
  const stated = STATUS_CHOICES.filter(
    (s): s is EventStatus => s !== 'not-stated' && (counts.get(s) ?? 0) > 0,
  );
  const coarse = hasCoarseDates(index);
  if (stated.length === 0 && !coarse) return null;
  return (
    <section className="timeline-legend" aria-label={t.timelineLegend}>
      <ul>
        {stated.length === 0
          ? null
          : STATUS_CHOICES.map((status) =>
              status === 'not-stated' ? null : (
                <li key={status}>
                  <StatusMark status={status} /> {t.statusNames[status]}
                </li>
              ),
            )}
        {/* Only where there is a contested share to mark: else a line about nothing. */}
        {stated.some(isContested) ? (
          <li>
            <span className="timeline-legend__notch" aria-hidden="true" /> {t.legendNotch}
          </li>
        ) : null}
        {coarse ? (
          <li>
            <span className="timeline-legend__hatch" aria-hidden="true" /> {t.legendHatch}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
