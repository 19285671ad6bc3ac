import { textScale } from '../lib/text-scale';

/**
 * How wide the full page's timeline is, for what its first view is built around (one lane
 * or a lane per actor, its first span). From 1024 px reading-layout.css puts the filters
 * column before it (13.5rem; 16rem from 1400 px) and the details after it (clamp(22rem,
 * 30vw, 34rem); clamp(24rem, 32vw, 36rem) from 1400 px), with 0.75rem gaps and 1rem of
 * padding each side, a rem being base.css's 15 px: at 1024 px that leaves the timeline
 * 439 px, in which lanes left about 250 px of time. The two must agree. Arithmetic, as
 * embed-layout.ts does, not the media queries' text: these bytes are on the first screen's
 * path. In the design's px: with larger text, the page is a narrower one (text-scale.ts).
 */
export function readingTimelineWidth(): number {
  const width = window.innerWidth / textScale();
  if (width < 1024) return width;
  const wide = width >= 1400 ? 2 : 0;
  const details = Math.min(
    Math.max((22 + wide) * 15, (0.3 + wide / 100) * width),
    (34 + wide) * 15,
  );
  return width - (13.5 + wide * 1.25) * 15 - details - 52.5;
}
