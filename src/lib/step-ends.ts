import { create } from 'zustand';

/**
 * Previous or Next (a button or an arrow key) found no event further that way. Nothing
 * changes on screen then, so the selection's announcer says it; `count` tells one press
 * from the next, which would otherwise set the same state.
 */
export const useStepEnds = create<{ direction: 1 | -1; count: number }>()(() => ({
  direction: 1,
  count: 0,
}));

export function stepEnded(direction: 1 | -1) {
  useStepEnds.setState((state) => ({ direction, count: state.count + 1 }));
}
