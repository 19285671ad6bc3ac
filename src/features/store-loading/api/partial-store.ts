/**
 * When to show the partial store again while a large store loads. Each look costs the page
 * an index and a redraw: so a first look once there is something to see, then only when
 * it has grown several times over (and not too often), and none once most of the bytes are
 * in, when the whole store is near and a look would only delay it.
 */
export class PartialStoreSchedule {
  static readonly FIRST = 1_000;
  static readonly GROWTH = 4;
  static readonly MIN_INTERVAL_MS = 500;
  static readonly UNTIL_SHARE = 0.5;

  private next = PartialStoreSchedule.FIRST;
  private last = -Infinity;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** `share`: the part of the bytes received, null when the size is unknown. */
  due(count: number, share: number | null): boolean {
    if (count < this.next) return false;
    if (share !== null && share > PartialStoreSchedule.UNTIL_SHARE) return false;
    const now = this.now();
    if (now - this.last < PartialStoreSchedule.MIN_INTERVAL_MS) return false;
    this.next = count * PartialStoreSchedule.GROWTH;
    this.last = now;
    return true;
  }

  /** A look shown out of turn (a packed store's opening window): the next waits as after any. */
  shown(count: number) {
    this.next = Math.max(PartialStoreSchedule.FIRST, count * PartialStoreSchedule.GROWTH);
    this.last = this.now();
  }

  reset() {
    this.next = PartialStoreSchedule.FIRST;
    this.last = -Infinity;
  }
}
