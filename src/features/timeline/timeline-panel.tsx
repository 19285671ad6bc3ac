import { useId, useMemo } from 'react';
import { useLocale, useMessages } from '../../i18n/use-messages';
import { formatStoreDate } from '../../lib/date-format';
import { parseStoreDate } from '../../format/dates';
import { type StoreIndex, eventTime } from '../../lib/store-index';
import { formatInstant } from '../../lib/url-codec';
import { useFilteredEvents } from '../../lib/use-filtered-events';
import { useReducedMotion } from '../../lib/use-reduced-motion';
import { useView, viewActions } from '../../lib/view-store';
import { buildTimelineGroups, buildTimelineItems } from './timeline-items';
import { TimelineToolbar } from './timeline-toolbar';
import { TimelineWidget } from './timeline-widget';
import './timeline.css';

function describeInstant(ms: number, locale: 'en' | 'es'): string {
  const date = parseStoreDate(formatInstant(ms).slice(0, 10));
  return date ? formatStoreDate(date, locale) : '';
}

export function TimelinePanel({ index }: { index: StoreIndex }) {
  const t = useMessages();
  const locale = useLocale();
  const descriptionId = useId();
  const events = useFilteredEvents(index);
  const { window, selectedEventId, laneMode } = useView((state) => ({
    window: state.window,
    selectedEventId: state.selectedEventId,
    laneMode: state.laneMode,
  }));
  const reducedMotion = useReducedMotion();
  const items = useMemo(
    () => buildTimelineItems(index, events, laneMode, locale),
    [index, events, laneMode, locale],
  );
  const groups = useMemo(
    () => (laneMode === 'actors' ? buildTimelineGroups(index, events) : null),
    [index, events, laneMode],
  );
  if (window === null) return null;

  const inView = events.filter((event) => {
    const time = eventTime(event);
    return time.end >= window.start && time.start <= window.end;
  }).length;

  return (
    <section className="timeline-panel" aria-label={t.timeline} aria-describedby={descriptionId}>
      <TimelineToolbar index={index} />
      <p id={descriptionId} className="timeline-panel__description" aria-live="polite">
        {t.timelineDescription(
          describeInstant(window.start, locale),
          describeInstant(window.end, locale),
          inView,
          events.length,
        )}
      </p>
      <TimelineWidget
        items={items}
        groups={groups}
        window={window}
        selectedEventId={selectedEventId}
        reducedMotion={reducedMotion}
        onSelect={(id) =>
          viewActions.selectEvent(id === null ? null : (index.eventById.get(id) ?? null))
        }
        onWindowChange={viewActions.setWindow}
      />
    </section>
  );
}
