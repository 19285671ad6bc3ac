/**
 * Which row groups of a packed store's events file are held (issue 18): a store too large
 * to hold whole keeps the groups it has read, least recently used first out, within a
 * budget of rows, so that memory stays bounded however far the person pans. The groups of
 * the window shown are never put out while it is shown. No events here, only group numbers:
 * the loader hands events out and tells the page which groups to drop.
 */
export class GroupCache {
  /** Held groups and their rows, least recently used first (a Map keeps insertion order). */
  private readonly held = new Map<number, number>();
  private rows = 0;

  constructor(private readonly budgetRows: number) {}

  has(group: number): boolean {
    return this.held.has(group);
  }

  /** Rows held, over every group. */
  get heldRows(): number {
    return this.rows;
  }

  groups(): number[] {
    return [...this.held.keys()];
  }

  /** The window shown uses these groups: they become the most recently used. */
  use(groups: Iterable<number>): void {
    for (const group of groups) {
      const rows = this.held.get(group);
      if (rows === undefined) continue;
      this.held.delete(group);
      this.held.set(group, rows);
    }
  }

  /**
   * Holds a group just read, then puts out the least recently used groups, except those in
   * `keep`, until the rows held are within the budget again. Returns the groups put out.
   */
  add(group: number, rows: number, keep: ReadonlySet<number> = new Set()): number[] {
    const before = this.held.get(group);
    if (before !== undefined) {
      this.held.delete(group);
      this.rows -= before;
    }
    this.held.set(group, rows);
    this.rows += rows;
    const evicted: number[] = [];
    for (const [old, oldRows] of this.held) {
      if (this.rows <= this.budgetRows) break;
      if (old === group || keep.has(old)) continue;
      this.held.delete(old);
      this.rows -= oldRows;
      evicted.push(old);
    }
    return evicted;
  }
}
