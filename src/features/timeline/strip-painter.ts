/**
 * Paints the aggregate strips that can be seen, and the others when they scroll into view.
 * A store with dozens of actors has more lanes than fit in the timeline's height; painting
 * all of their strips on every zoom step cost twice what painting the visible ones does.
 * A strip whose visibility is not known yet (just created) is painted at once.
 */
export class StripPainter {
  private readonly visible = new WeakMap<Element, boolean>();
  private readonly waiting = new Map<Element, () => void>();
  private readonly observed = new Set<Element>();
  private readonly observer: IntersectionObserver | null;

  constructor() {
    this.observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => this.seen(entries), { rootMargin: '64px 0px' })
        : null;
  }

  /** One pass over the strips shown now: each canvas with the paint it needs. */
  paint(paints: ReadonlyMap<Element, () => void>) {
    for (const canvas of this.observed) {
      if (paints.has(canvas)) continue;
      this.observer?.unobserve(canvas);
      this.observed.delete(canvas);
      this.waiting.delete(canvas);
    }
    for (const [canvas, paint] of paints) {
      if (!this.observed.has(canvas)) {
        this.observer?.observe(canvas);
        this.observed.add(canvas);
      }
      if (this.visible.get(canvas) === false) {
        this.waiting.set(canvas, paint);
      } else {
        this.waiting.delete(canvas);
        paint();
      }
    }
  }

  disconnect() {
    this.observer?.disconnect();
    this.observed.clear();
    this.waiting.clear();
  }

  private seen(entries: readonly IntersectionObserverEntry[]) {
    for (const entry of entries) {
      this.visible.set(entry.target, entry.isIntersecting);
      const paint = this.waiting.get(entry.target);
      if (entry.isIntersecting && paint) {
        this.waiting.delete(entry.target);
        paint();
      }
    }
  }
}
