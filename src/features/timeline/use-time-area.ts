import { type RefCallback, useCallback, useRef, useState } from 'react';
import { textScale } from '../../lib/text-scale';
import { viewActions } from '../../lib/view-store';
import type { ScreenFit } from './level-of-detail';

/** The lane label column before vis-timeline has drawn it, from timeline.css (.tl-lane). */
const LABEL_COLUMN_GUESS_PX = 120;
/** The time axis above the items. */
const AXIS_GUESS_PX = 56;
const NO_LANES_OPENED: ReadonlySet<string> = new Set();

/**
 * The size of the timeline's time area, followed as the panel is resized, for fitting the
 * labels and lanes to it (level-of-detail.ts), and the view fitted to it (fitWindow). Read
 * from vis-timeline's panels once drawn.
 */
export function useTimeArea(grouped: boolean): [RefCallback<HTMLElement>, ScreenFit | null] {
  const [fit, setFit] = useState<ScreenFit | null>(null);
  const observer = useRef<ResizeObserver | null>(null);

  const ref = useCallback(
    (section: HTMLElement | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!section) return;
      const measure = () => {
        const widget = section.querySelector<HTMLElement>('.timeline-widget');
        if (!widget) return;
        const labels = section.querySelector<HTMLElement>('.vis-panel.vis-left');
        const axis = section.querySelector<HTMLElement>('.vis-panel.vis-top');
        const labelsPx = grouped ? (labels?.offsetWidth ?? LABEL_COLUMN_GUESS_PX) : 0;
        // In the design's px, which label-fit.ts's widths and heights are tuned in: with
        // larger text the same area holds fewer labels and rows (text-scale.ts).
        const scale = textScale();
        const widthPx = Math.max(1, (widget.clientWidth - labelsPx) / scale);
        const heightPx = Math.max(
          1,
          (widget.clientHeight - (axis?.offsetHeight ?? AXIS_GUESS_PX)) / scale,
        );
        viewActions.timeAreaMeasured(widthPx);
        setFit((shown) =>
          shown && Math.abs(shown.widthPx - widthPx) < 2 && Math.abs(shown.heightPx - heightPx) < 2
            ? shown
            : { widthPx, heightPx, expandedLanes: NO_LANES_OPENED },
        );
      };
      observer.current = new ResizeObserver(measure);
      observer.current.observe(section);
      measure();
      // Measured again when lanes come or go: the label column appears or goes with them.
    },
    [grouped],
  );
  return [ref, fit];
}
