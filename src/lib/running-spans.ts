import type { StoreEvent } from '../format/validate-store';
import { lowerBound, upperBound } from './time-bins';

/**
 * The spans (periods, and dates as coarse as a month) still running at an instant: begun
 * before it and ending after it. A window near the end of a long store has almost every
 * span begun before it, so walking them from the first one (as the timeline did) cost a
 * pass over all of them on every pan and zoom: 15 ms and more at 100,000 events, twice per
 * redraw. Here a count is two binary searches, and a list looks only near the instant.
 *
 * Counting: every span ends after it starts (an end is the end of its day, month or year),
 * so those ended by `t` all began before it, and the running ones are those begun before `t`
 * less those ended by it. Listing: spans are kept by length class (powers of two); a span of
 * class k runs at `t` only if it began within 2^(k+1) ms before it, so each class is searched
 * over that stretch alone.
 */
export interface RunningSpans {
  /** How many spans began before `t` and end after it. */
  countAt(t: number): number;
  /** Their positions (as given), in time order of their start. */
  listAt(t: number): number[];
}

interface LengthClass {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly positions: Int32Array;
  /** Every span of the class is shorter than this. */
  readonly longestMs: number;
}

const built = new WeakMap<Int32Array, RunningSpans>();

/**
 * The running spans among `spans` (positions into `events`, in time order of their start).
 * Built once per list and kept with it: the lists belong to a time index, built once per
 * filter change.
 */
export function runningSpans(events: readonly StoreEvent[], spans: Int32Array): RunningSpans {
  let found = built.get(spans);
  if (!found) built.set(spans, (found = buildRunningSpans(events, spans)));
  return found;
}

const startOf = (event: StoreEvent) => event.when.start.start;
const endOf = (event: StoreEvent) => (event.when.end ?? event.when.start).end;

/** Length classes are powers of two of milliseconds: 2^63 ms is far beyond any date. */
const CLASSES = 64;

function buildRunningSpans(events: readonly StoreEvent[], spans: Int32Array): RunningSpans {
  const starts = new Float64Array(spans.length);
  const ends = new Float64Array(spans.length);
  // Each span's class, counted first so that every class's arrays are made at their size and
  // filled in a second pass: no list per class, no map (at 100,000 events those were ~100 ms
  // of a large store's handover).
  const classOf = new Int8Array(spans.length);
  const classSizes = new Int32Array(CLASSES);
  // Spans that end where they start (none should) never run: set apart from the count.
  const emptyStarts: number[] = [];
  for (let i = 0; i < spans.length; i++) {
    const event = events[spans[i]!]!;
    starts[i] = startOf(event);
    ends[i] = endOf(event);
    if (ends[i]! <= starts[i]!) {
      emptyStarts.push(starts[i]!);
      ends[i] = starts[i]!;
      classOf[i] = -1;
      continue;
    }
    // A span shorter than a millisecond still is shorter than its class's 2 ms.
    const k = Math.max(0, Math.floor(Math.log2(ends[i]! - starts[i]!)));
    classOf[i] = k;
    classSizes[k]!++;
  }
  // Only the classes in use: this runs for every lane at each filter change.
  const byClass: (LengthClass | null)[] = Array.from(classSizes, (size, k) =>
    size === 0
      ? null
      : {
          starts: new Float64Array(size),
          ends: new Float64Array(size),
          positions: new Int32Array(size),
          longestMs: 2 ** (k + 1),
        },
  );
  const filled = new Int32Array(CLASSES);
  const sortedEnds = new Float64Array(spans.length - emptyStarts.length);
  let running = 0;
  for (let i = 0; i < spans.length; i++) {
    const k = classOf[i]!;
    if (k < 0) continue;
    sortedEnds[running++] = ends[i]!;
    const lengthClass = byClass[k]!;
    const at = filled[k]!++;
    lengthClass.starts[at] = starts[i]!;
    lengthClass.ends[at] = ends[i]!;
    lengthClass.positions[at] = spans[i]!;
  }
  sortedEnds.sort();
  const classes = byClass.filter((lengthClass): lengthClass is LengthClass => lengthClass !== null);
  return {
    countAt(t) {
      return lowerBound(starts, t) - upperBound(sortedEnds, t) - lowerBound(emptyStarts, t);
    },
    listAt(t) {
      const found: { start: number; position: number }[] = [];
      for (const lengthClass of classes) {
        const to = lowerBound(lengthClass.starts, t);
        for (let i = lowerBound(lengthClass.starts, t - lengthClass.longestMs); i < to; i++) {
          if (lengthClass.ends[i]! > t)
            found.push({ start: lengthClass.starts[i]!, position: lengthClass.positions[i]! });
        }
      }
      // In the order the spans were given (time order), as a walk from the first would give.
      return found
        .sort((a, b) => a.start - b.start || a.position - b.position)
        .map((span) => span.position);
    },
  };
}
