import { useMessages } from '../../i18n/use-messages';
import type { StoreEvent } from '../../format/validate-store';
import type { StoreIndex } from '../../lib/store-index';
import type { TimeWindow } from '../../lib/time-window';
import { useView, viewActions } from '../../lib/view-store';

export const ZOOM_STEP = 0.5;

interface Props {
  index: StoreIndex;
  /** The events the filters and the search leave, for Fit all; null: the whole store's. */
  shown: readonly StoreEvent[] | null;
  /** The window on screen, which the view may not have chosen yet (a loading store). */
  shownWindow: TimeWindow;
}

export function TimelineToolbar({ index, shown, shownWindow }: Props) {
  const t = useMessages();
  const laneMode = useView((state) => state.laneMode);
  return (
    <div className="timeline-toolbar" role="toolbar" aria-label={t.timelineControls}>
      <div className="button-group">
        <button
          type="button"
          onClick={() => viewActions.step(index, -1)}
          aria-keyshortcuts="ArrowLeft"
          title={t.previousEvent}
        >
          <span aria-hidden="true">←</span>{' '}
          <span className="timeline-toolbar__text">{t.previousEvent}</span>
        </button>
        <button
          type="button"
          onClick={() => viewActions.step(index, 1)}
          aria-keyshortcuts="ArrowRight"
          title={t.nextEvent}
        >
          <span className="timeline-toolbar__text">{t.nextEvent}</span>{' '}
          <span aria-hidden="true">→</span>
        </button>
      </div>
      <div className="button-group">
        <button
          type="button"
          onClick={() => viewActions.zoom(ZOOM_STEP, index, shownWindow)}
          aria-label={t.zoomIn}
          title={t.zoomIn}
          aria-keyshortcuts="+"
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          onClick={() => viewActions.zoom(1 / ZOOM_STEP, index, shownWindow)}
          aria-label={t.zoomOut}
          title={t.zoomOut}
          aria-keyshortcuts="-"
        >
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" onClick={() => viewActions.fitAll(index, shown)}>
          {t.fitAll}
        </button>
      </div>
      <button
        type="button"
        className="toggle"
        aria-pressed={laneMode === 'actors'}
        onClick={() => viewActions.setLaneMode(laneMode === 'actors' ? 'single' : 'actors')}
        title={t.lanePerActor}
      >
        <span className="timeline-toolbar__icon" aria-hidden="true">
          ☰
        </span>
        <span className="timeline-toolbar__text">{t.lanePerActor}</span>
      </button>
    </div>
  );
}
