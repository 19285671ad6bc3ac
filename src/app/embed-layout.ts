/**
 * The embed's layout in numbers, for what the first view is built around (embed.css lays
 * it out; the two must agree). Frames narrower than this stack the timeline above the
 * details: those below 560 px, and those below 640 px with the height to stack.
 */
export const EMBED_STACKED_QUERY = '(max-width: 559px), (max-width: 639px) and (min-height: 521px)';

/** embed.css's details column: at least 15rem, else 40% of the frame; and the gaps. */
const DETAILS_MIN_PX = 15 * 16;
const DETAILS_SHARE = 0.4;
const GAPS_PX = 24;

/** How wide the embed's timeline is: the frame's width, or what the details column leaves. */
export function embedTimelineWidth(): number {
  const width = window.innerWidth;
  if (window.matchMedia(EMBED_STACKED_QUERY).matches) return width;
  return width - Math.max(DETAILS_MIN_PX, DETAILS_SHARE * width) - GAPS_PX;
}
