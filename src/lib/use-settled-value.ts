import { useEffect, useState } from 'react';

/** A pause in typing or selecting long enough to say what it made (a key repeats every 30–100 ms). */
export const TYPING_PAUSE_MS = 600;

/**
 * The value once it has stopped changing for `ms`: for words in a live region that follow
 * what a person types or selects, which a screen reader would otherwise say at every key
 * (one date typed said its problems a dozen times). The first value is taken at once.
 */
export function useSettledValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
