import type { Problem } from '../../../format/problems';
import { StoreLoadError } from './store-load-error';

/*
 * The loader's errors whose own words the store error shows under its reason
 * (store-error.tsx): the numbers that help, a size, a count, seconds. In English here, as
 * the loader says them; i18n/store-error-es.ts says each in Spanish, and its coverage test
 * runs these to hold it to what they say.
 */

/** A store with no event to show: none at all, or every one dropped. */
export function noEvents(dropped: number, problems: readonly Problem[]): StoreLoadError {
  return new StoreLoadError({
    kind: 'empty',
    message:
      dropped > 1
        ? `The store has no valid events: all ${dropped} were dropped.`
        : dropped === 1
          ? 'The store has no valid events: its only event was dropped.'
          : 'The store has no events.',
    problems,
  });
}

/** A store larger than the limit, by what it declared or what was read of it (`size`). */
export function tooLarge(size: number, limit: number): StoreLoadError {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return new StoreLoadError({
    kind: 'too-large',
    message: `The store is larger than ${mb(limit)}${size > limit ? ` (at least ${mb(size)})` : ''}.`,
  });
}

/** A server that sent nothing for the loader's whole wait. */
export function timedOut(timeoutMs: number): StoreLoadError {
  return new StoreLoadError({
    kind: 'timeout',
    message: `The server sent nothing for ${Math.round(timeoutMs / 1000)} seconds.`,
  });
}
