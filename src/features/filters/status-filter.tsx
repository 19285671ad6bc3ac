import { StatusMark } from '../../components/status-mark';
import { useLocale, useMessages } from '../../i18n/use-messages';
import { STATUS_CHOICES, statusCounts } from '../../lib/event-evidence';
import { formatNumber } from '../../lib/number-format';
import type { StoreIndex } from '../../lib/store-index';
import { useView, viewActions } from '../../lib/view-store';

/**
 * "Status": one checkbox per status and one for events that state none, each with how
 * many of the store's events it has (as the actors are counted). Nothing chosen: all pass.
 */
export function StatusFilter({
  index,
  describedBy,
  uncounted = false,
}: {
  index: StoreIndex;
  describedBy?: string;
  /** No counts: the events to count are not loaded (actor-filter.tsx). */
  uncounted?: boolean;
}) {
  const t = useMessages();
  const locale = useLocale();
  const statuses = useView((state) => state.statuses);
  const counts = statusCounts(index);
  return (
    <div
      role="group"
      aria-labelledby="status-heading"
      aria-describedby={describedBy}
      className="filters__status"
    >
      <h2 id="status-heading">{t.statusGroup}</h2>
      <ul>
        {STATUS_CHOICES.map((status) => (
          <li key={status}>
            <label className="actor-option status-option">
              <input
                type="checkbox"
                checked={statuses.includes(status)}
                onChange={(event) => viewActions.toggleStatus(status, event.target.checked)}
              />
              <StatusMark status={status} />
              <span className="actor-option__name">
                {status === 'not-stated' ? t.statusNotStated : t.statusNames[status]}
              </span>
              {uncounted ? null : (
                <span className="actor-option__count">
                  {formatNumber(counts.get(status) ?? 0, locale)}
                </span>
              )}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
