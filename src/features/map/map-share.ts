/**
 * How much of the middle column the map takes below the timeline, from 1024 px (the
 * reading layout): a share of the height both have, set by the separator between them
 * (map-splitter.tsx) and kept for the next visit.
 */

/** The timeline keeps the larger part by default: its lanes are what the page is read by. */
export const DEFAULT_MAP_SHARE = 0.4;
/** A step of the separator by its arrow keys. */
export const MAP_SHARE_STEP = 0.05;

/** What each side needs at the least: the map its bar and a strip of world, the timeline
 * its toolbar, axis, one lane and the overview band. */
export interface ShareBounds {
  /** The height the two panels share, in px (the separator's own excluded). */
  readonly totalPx: number;
  readonly minMapPx: number;
  readonly minTimelinePx: number;
}

/** The share kept within what both sides need; where they cannot both have it, half each. */
export function clampShare(share: number, { totalPx, minMapPx, minTimelinePx }: ShareBounds) {
  if (!(totalPx > 0) || minMapPx + minTimelinePx >= totalPx) return 0.5;
  const low = minMapPx / totalPx;
  const high = 1 - minTimelinePx / totalPx;
  return Math.min(high, Math.max(low, Number.isFinite(share) ? share : DEFAULT_MAP_SHARE));
}

/** The share when the separator's middle is at `y`, the two panels spanning `top`…`bottom`. */
export function shareAtPointer(y: number, top: number, bottom: number) {
  return bottom > top ? (bottom - y) / (bottom - top) : DEFAULT_MAP_SHARE;
}

/**
 * The share after a key on the separator (WAI-ARIA's window splitter: the arrows move it,
 * Home and End to the ends, the map being the pane its value measures), or null for a key
 * it does not take.
 */
export function shareAfterKey(share: number, key: string, bounds: ShareBounds): number | null {
  switch (key) {
    case 'ArrowUp':
      return clampShare(share + MAP_SHARE_STEP, bounds);
    case 'ArrowDown':
      return clampShare(share - MAP_SHARE_STEP, bounds);
    case 'Home':
      return clampShare(0, bounds);
    case 'End':
      return clampShare(1, bounds);
    default:
      return null;
  }
}

/** The map's flex-grow beside the timeline's 1, for its share of the height. */
export const mapGrowFor = (share: number) => share / (1 - share);

const STORAGE_KEY = 'sourceline.map-share';

/** The share the person left the separator at, or the default (storage may be refused). */
export function storedMapShare(storage: Pick<Storage, 'getItem'> | null = safeStorage()) {
  const kept = Number(storage?.getItem(STORAGE_KEY) ?? NaN);
  return kept > 0 && kept < 1 ? kept : DEFAULT_MAP_SHARE;
}

export function keepMapShare(
  share: number,
  storage: Pick<Storage, 'setItem'> | null = safeStorage(),
) {
  try {
    storage?.setItem(STORAGE_KEY, String(share));
  } catch {
    // Private modes and full quotas refuse it: the share lasts for this page only.
  }
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
