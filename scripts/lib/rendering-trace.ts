/**
 * The page's style and layout work, from a Chromium trace (`browser.startTracing` with the
 * devtools.timeline categories): how often the main thread recalculated styles and laid
 * out, how long that took, and which of it a script forced (an event that carries the
 * stack of the script that read layout after a write) rather than the frame's own
 * rendering. A CPU profile cannot say this: a forced layout shows there only as the self
 * time of whichever function read `offsetWidth`.
 */

/** One trace event, the fields read here. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    elementCount?: number;
    beginData?: {
      stackTrace?: { functionName?: string; url?: string }[];
      dirtyObjects?: number;
      totalObjects?: number;
      elementCount?: number;
    };
    data?: { stackTrace?: { functionName?: string; url?: string }[] };
  };
}

export interface RenderingWork {
  /** The trace event's name: Layout or UpdateLayoutTree (style recalculation). */
  kind: string;
  count: number;
  totalMs: number;
  maxMs: number;
  /** Forced by a script, by the script's innermost function (`function file`). */
  forcedBy: { by: string; count: number; totalMs: number }[];
  forcedMs: number;
  /** Layout only: the objects it laid out, summed, and the tree's size, at most. */
  dirtyObjects: number;
  totalObjects: number;
}

const KINDS = ['Layout', 'UpdateLayoutTree'] as const;

/** Style and layout on the page's main threads (CrRendererMain), forced or not. */
export function renderingWork(events: readonly TraceEvent[]): RenderingWork[] {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return KINDS.map((kind) => {
    const work: RenderingWork = {
      kind,
      count: 0,
      totalMs: 0,
      maxMs: 0,
      forcedBy: [],
      forcedMs: 0,
      dirtyObjects: 0,
      totalObjects: 0,
    };
    const forced = new Map<string, { by: string; count: number; totalMs: number }>();
    for (const event of events) {
      if (event.name !== kind || event.ph !== 'X' || !main.has(`${event.pid}:${event.tid}`))
        continue;
      const ms = (event.dur ?? 0) / 1000;
      work.count += 1;
      work.totalMs += ms;
      work.maxMs = Math.max(work.maxMs, ms);
      const begin = event.args?.beginData;
      work.dirtyObjects += begin?.dirtyObjects ?? 0;
      work.totalObjects = Math.max(work.totalObjects, begin?.totalObjects ?? 0);
      const stack = begin?.stackTrace ?? event.args?.data?.stackTrace;
      const top = stack?.[0];
      if (!top) continue;
      const by = `${top.functionName || '(anonymous)'} ${(top.url ?? '').split('/').pop()}`;
      const entry = forced.get(by) ?? { by, count: 0, totalMs: 0 };
      entry.count += 1;
      entry.totalMs += ms;
      forced.set(by, entry);
      work.forcedMs += ms;
    }
    work.forcedBy = [...forced.values()].sort((a, b) => b.totalMs - a.totalMs);
    return work;
  });
}
