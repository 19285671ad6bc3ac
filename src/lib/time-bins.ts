/**
 * Calendar-aligned time bins for aggregating events at coarse zoom. Bins are aligned to
 * fixed boundaries (not to the window), so panning keeps the same bins and the timeline's
 * items do not flicker or get rebuilt.
 */
export type BinUnit =
  | { readonly kind: 'ms'; readonly size: number }
  | { readonly kind: 'months'; readonly size: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const AVERAGE_MONTH = 30.44 * DAY;

export const BIN_UNITS: readonly BinUnit[] = [
  { kind: 'ms', size: MINUTE },
  { kind: 'ms', size: 5 * MINUTE },
  { kind: 'ms', size: 15 * MINUTE },
  { kind: 'ms', size: HOUR },
  { kind: 'ms', size: 3 * HOUR },
  { kind: 'ms', size: 6 * HOUR },
  { kind: 'ms', size: 12 * HOUR },
  { kind: 'ms', size: DAY },
  { kind: 'ms', size: 2 * DAY },
  { kind: 'ms', size: 7 * DAY },
  ...[1, 3, 6, 12, 24, 60, 120, 300, 600, 1200, 3000, 6000, 12000].map(
    (size) => ({ kind: 'months', size }) as const,
  ),
];

export function approximateSize(unit: BinUnit): number {
  return unit.kind === 'ms' ? unit.size : unit.size * AVERAGE_MONTH;
}

/** The finest unit that cuts `span` into at most `maxBins` bins. */
export function chooseBinUnit(span: number, maxBins: number): BinUnit {
  for (const unit of BIN_UNITS) {
    if (span / approximateSize(unit) <= maxBins) return unit;
  }
  return BIN_UNITS[BIN_UNITS.length - 1]!;
}

function monthIndex(time: number): number {
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

function monthStart(index: number): number {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(Math.floor(index / 12), index % 12, 1);
  return date.getTime();
}

/** Start of the bin that contains `time`. */
export function binFloor(time: number, unit: BinUnit): number {
  if (unit.kind === 'ms') return Math.floor(time / unit.size) * unit.size;
  const index = monthIndex(time);
  return monthStart(index - (((index % unit.size) + unit.size) % unit.size));
}

/** Start of the bin after the one starting at `binStart`. */
export function binNext(binStart: number, unit: BinUnit): number {
  if (unit.kind === 'ms') return binStart + unit.size;
  return monthStart(monthIndex(binStart) + unit.size);
}

/** First index in the ascending `values` whose value is >= `target`. */
export function lowerBound(values: Float64Array | readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** First index in the ascending `values` whose value is > `target`. */
export function upperBound(values: Float64Array | readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! <= target) low = mid + 1;
    else high = mid;
  }
  return low;
}
