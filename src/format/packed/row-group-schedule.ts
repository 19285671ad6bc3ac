/**
 * The order in which a packed store's row groups are read while the person moves the
 * timeline (issue 18): the groups of the window shown first, then the others, nearest to
 * that window first. No I/O here: the loader asks what to read next, says when a read has
 * finished or was cancelled, and hands over each new window; the schedule answers which
 * reads in flight were only for a window the person has left, so that they can be aborted.
 * A group is read once: never again after it is in, never twice at a time.
 */
import type { TimeWindow } from '../../lib/time-window';
import {
  type RowGroupSpan,
  groupsOverlapping,
  groupsStartingIn,
  rowsStartingInEstimate,
} from './row-groups';

export interface ScheduledRead {
  readonly group: number;
  /** Read for the window shown (aborted if the person leaves it), or in the background. */
  readonly forWindow: boolean;
}

export interface ReadLimits {
  /** Reads at once for the window shown: a window of several groups arrives sooner. */
  readonly window: number;
  /**
   * Reads at once in the background, and only while nothing of the window shown is waiting
   * or in flight, so that a window the person moves to never queues behind the rest.
   */
  readonly background: number;
}

export const READS_AT_ONCE: ReadLimits = { window: 2, background: 1 };

export class RowGroupSchedule {
  private readonly read = new Set<number>();
  private readonly inFlight = new Map<number, ScheduledRead>();
  private window: TimeWindow | null = null;
  /** The window's groups in reading order: those with events starting in it, then the rest. */
  private windowGroups: readonly number[] = [];
  private startingIn: readonly number[] = [];
  /** Groups around the window, read after its own (and aborted like them when it is left). */
  private marginGroups: readonly number[] = [];

  constructor(
    private readonly spans: readonly RowGroupSpan[],
    private readonly limits: ReadLimits = READS_AT_ONCE,
    /**
     * Whether the groups away from the window are read in the background. A store too large
     * to hold whole reads only those of the windows shown and their margins.
     */
    private readonly background = true,
  ) {}

  /**
   * The window shown is now `window`: its groups are read next. Returns the groups whose
   * reads in flight were started only for a window it no longer overlaps: abort them (they
   * are read again later, in their turn). A group read for the background goes on.
   */
  showWindow(window: TimeWindow, margin: readonly number[] = []): number[] {
    this.window = window;
    const overlapping = groupsOverlapping(this.spans, window);
    // The group holding most of the window's events first: its read is asked for first, so
    // it is in (and checked) first, while the others' are still on their way. A month that
    // begins at a group's last event was asked for after it, and waited for its bytes.
    const estimate = (at: number) => rowsStartingInEstimate(this.spans[at]!, window);
    this.startingIn = groupsStartingIn(this.spans, overlapping, window).sort(
      (a, b) => estimate(b) - estimate(a) || a - b,
    );
    const starting = new Set(this.startingIn);
    this.windowGroups = [...this.startingIn, ...overlapping.filter((at) => !starting.has(at))];
    const own = new Set(this.windowGroups);
    this.marginGroups = margin.filter((at) => !own.has(at));
    return this.leftBehind(new Set([...this.windowGroups, ...this.marginGroups]));
  }

  /**
   * No window to read for (one too wide to read row by row): returns the groups whose reads
   * in flight were only for the window left, to abort.
   */
  clearWindow(): number[] {
    this.window = null;
    this.startingIn = [];
    this.windowGroups = [];
    this.marginGroups = [];
    return this.leftBehind(new Set());
  }

  /** Whether `group` may hold an event starting in the window shown. */
  startsIn(group: number): boolean {
    return this.startingIn.includes(group);
  }

  /** The groups of the window shown, its own (not its margin's). */
  shownGroups(): readonly number[] {
    return this.windowGroups;
  }

  /** A group put out of memory: read again when a window needs it. */
  forget(group: number): void {
    this.read.delete(group);
  }

  private leftBehind(wanted: ReadonlySet<number>): number[] {
    return [...this.inFlight.values()]
      .filter((read) => read.forWindow && !wanted.has(read.group))
      .map((read) => read.group);
  }

  /** Marks a group read outside the schedule (the opening's look at the last groups). */
  markRead(group: number): void {
    this.read.add(group);
  }

  /** The next read to start now, marked in flight; null while the limits say wait (or all is read). */
  next(): ScheduledRead | null {
    const inFlight = [...this.inFlight.values()];
    const forWindow = inFlight.filter((read) => read.forWindow).length;
    const waiting = this.windowGroups.filter((at) => this.unread(at));
    if (waiting.length > 0) {
      const next = waiting[0]!;
      if (forWindow >= this.limits.window) return null;
      // A group that only reaches into the window (by a long event begun earlier) waits for
      // those of events starting in it: the timeline draws these first, and the first paint
      // should not share the network and the worker with the others.
      const reaching = !this.startingIn.includes(next);
      if (reaching && this.startingIn.some((at) => this.inFlight.has(at))) return null;
      return this.start(next, true);
    }
    if (this.windowGroups.some((at) => this.inFlight.get(at)?.forWindow)) return null;
    // Then the margin around the window (where a pan goes first), as many at a time.
    const aroundWindow = this.marginGroups.find((at) => this.unread(at));
    if (aroundWindow !== undefined) {
      return forWindow >= this.limits.window ? null : this.start(aroundWindow, true);
    }
    if (!this.background) return null;
    if (inFlight.length - forWindow >= this.limits.background) return null;
    const nearest = this.nearestUnread();
    return nearest === null ? null : this.start(nearest, false);
  }

  /** A read has delivered its group: it is never read again. */
  finished(group: number): void {
    this.inFlight.delete(group);
    this.read.add(group);
  }

  /** A read was aborted (or failed and will be tried again): the group waits for its turn. */
  cancelled(group: number): void {
    this.inFlight.delete(group);
  }

  /** Every group that may hold an event starting in the window shown is in. */
  windowStartsIn(): boolean {
    return this.window !== null && this.startingIn.every((at) => this.read.has(at));
  }

  /** Every group that may hold an event of the window shown is in. */
  windowComplete(): boolean {
    return this.window !== null && this.windowGroups.every((at) => this.read.has(at));
  }

  allRead(): boolean {
    return this.read.size === this.spans.length;
  }

  isRead(group: number): boolean {
    return this.read.has(group);
  }

  private unread(group: number): boolean {
    return !this.read.has(group) && !this.inFlight.has(group);
  }

  private start(group: number, forWindow: boolean): ScheduledRead {
    const read = { group, forWindow };
    this.inFlight.set(group, read);
    return read;
  }

  /**
   * The unread group closest in time to the window shown (the earliest one first on a tie):
   * where the person is likeliest to pan next. Without a window, time order.
   */
  private nearestUnread(): number | null {
    let best: number | null = null;
    let bestDistance = Infinity;
    for (const [at, span] of this.spans.entries()) {
      if (!this.unread(at)) continue;
      const distance = this.window === null ? at : distanceTo(span, this.window);
      if (distance < bestDistance) {
        best = at;
        bestDistance = distance;
      }
    }
    return best;
  }
}

/** How far the starts of a group's events lie from a window (0 when some may fall in it). */
function distanceTo(span: RowGroupSpan, window: TimeWindow): number {
  if (span.firstStart !== null && span.firstStart >= window.end) {
    return span.firstStart - window.end;
  }
  if (span.lastStart !== null && span.lastStart < window.start) {
    return window.start - span.lastStart;
  }
  return 0;
}
