/**
 * What a store too large to load whole (held-windows.ts) has loaded for the list: the events
 * around the window shown (`loaded`), none yet because they are on their way (`loading`, a
 * window moved to from one too wide to read), or none because the window holds too many to
 * read one by one (`too-wide`). Undefined for any other store, which is loaded whole.
 */
export type HeldList = 'loaded' | 'loading' | 'too-wide';

/** The held list's state from the load progress (features/store-loading/api/get-store.ts). */
export function heldListOf(
  held: boolean,
  lookTooWide: boolean,
  windowTooWide: boolean,
): HeldList | undefined {
  if (!held) return undefined;
  // The look on screen was taken at a window too wide to read: it holds no events.
  if (!lookTooWide) return 'loaded';
  return windowTooWide ? 'too-wide' : 'loading';
}

/** Whether the list's count and the search's count of matches are of events it has loaded. */
export function listCounted(held: HeldList | undefined): boolean {
  return held === undefined || held === 'loaded';
}
