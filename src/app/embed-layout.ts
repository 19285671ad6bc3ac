import { textScale } from '../lib/text-scale';

/**
 * How wide the embed's timeline is beside an event's details, for what its first view is
 * built around: embed.css stacks it above the details in frames below 560 px, and below
 * 640 px when taller than 520 px; elsewhere the details column beside it takes 15rem or 40%
 * of the frame, and the gaps 24 px. The two must agree. With no event chosen the timeline
 * takes the whole frame, but its lanes are chosen for this narrower width, which it has as
 * soon as an event is (the time area it measures then sets its first span). Arithmetic, not the media query's text: these bytes are
 * on the first screen's path. In the design's px, as the em breakpoints are (text-scale.ts).
 */
export function embedTimelineWidth(): number {
  const scale = textScale();
  const width = window.innerWidth / scale;
  const height = window.innerHeight / scale;
  const stacked = width < 560 || (width < 640 && height > 520);
  return stacked ? width : width - Math.max(240, 0.4 * width) - 24;
}
