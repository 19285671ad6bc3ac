import { StatusMark } from '../../components/status-mark';
import { useMessages } from '../../i18n/use-messages';
import { STATUS_CHOICES, statusCounts } from '../../lib/event-evidence';
import type { StoreIndex } from '../../lib/store-index';

/**
 * What the marks on the timeline's items mean, and the notch on a count strip. Shown only
 * when the store states a status for some event; a store without any has no marks to read.
 */
export function StatusLegend({ index }: { index: StoreIndex }) {
  const t = useMessages();
  const counts = statusCounts(index);
  const stated = STATUS_CHOICES.filter((s) => s !== 'not-stated' && (counts.get(s) ?? 0) > 0);
  if (stated.length === 0) return null;
  return (
    <section className="status-legend" aria-label={t.statusLegend}>
      <ul>
        {STATUS_CHOICES.map((status) =>
          status === 'not-stated' ? null : (
            <li key={status}>
              <StatusMark status={status} /> {t.statusNames[status]}
            </li>
          ),
        )}
        {/* Only where there is a contested share to mark: else a line about nothing. */}
        {stated.some((s) => s === 'disputed' || s === 'refuted') ? (
          <li>
            <span className="status-legend__notch" aria-hidden="true" /> {t.legendNotch}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
