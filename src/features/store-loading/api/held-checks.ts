import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Problem } from '../../../format/problems';

/**
 * What the checks of a store read window by window have found so far: only the rows of the
 * windows looked at are read, and each stretch of rows is checked as it is read, so the list
 * grows as the person moves through the store. Rows put out of memory and read again are
 * checked again: each problem is kept once.
 */
export interface HeldChecks {
  readonly problems: readonly Problem[];
  /** Rows dropped (an event with several problems counts once). */
  readonly dropped: number;
  readonly warnings: number;
}

export interface HeldChecksStore extends StoreApi<HeldChecks> {
  add(problems: readonly Problem[]): void;
}

const NONE: HeldChecks = { problems: [], dropped: 0, warnings: 0 };

const ROW = /^events\[(\d+)\]/;

export function createHeldChecks(): HeldChecksStore {
  const store = createStore<HeldChecks>(() => NONE);
  const seen = new Set<string>();
  const droppedRows = new Set<string>();
  return {
    ...store,
    add(problems) {
      const fresh = problems.filter((problem) => {
        const key = `${problem.severity}\u0000${problem.path}\u0000${problem.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (fresh.length === 0) return;
      for (const problem of fresh) {
        if (problem.severity === 'dropped')
          droppedRows.add(ROW.exec(problem.path)?.[0] ?? problem.path);
      }
      const { problems: known, warnings } = store.getState();
      store.setState({
        // In the file's order, as a store read whole lists them.
        problems: [...known, ...fresh].sort(byRow),
        dropped: droppedRows.size,
        warnings: warnings + fresh.filter((problem) => problem.severity === 'warning').length,
      });
    },
  };
}

const rowOf = (problem: Problem) => Number(ROW.exec(problem.path)?.[1] ?? -1);
const byRow = (a: Problem, b: Problem) => rowOf(a) - rowOf(b);
