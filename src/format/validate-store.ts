import { locateJsonError } from './json-position';
import { MAX_STORE_BYTES } from './limits';
import * as schemas from './schema';
import {
  type EventsValidation,
  type Refusal,
  type ValidationInParts,
  type ValidationResult,
  actorsInNoEventWith,
  precheckEventsWith,
  refused,
  startValidationWith,
  validateInPartsWith,
} from './store-checker';
import type { EventCheckCache } from './event-check';
import type { Problem } from './problems';

export { MAX_STORE_BYTES };
export type {
  Actor,
  DroppedCounts,
  EventsValidation,
  Source,
  Store,
  StoreEvent,
  StoreHeader,
  ValidationInParts,
  ValidationResult,
  ValidationTotals,
} from './store-checker';

/** Parses JSON text and validates it; the entry point for files, fetches and the CLI. */
export function validateStoreText(text: string, byteLength = text.length): ValidationResult {
  if (byteLength > MAX_STORE_BYTES) return refuseTooLarge(byteLength);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const at = locateJsonError(text);
    return refused({
      path: '$',
      message: `not JSON: syntax error at line ${at.line}, column ${at.column} (character ${at.offset + 1})`,
      value: at.found,
      expected: 'a JSON document',
    });
  }
  return validateStore(data);
}

export function refuseTooLarge(byteLength: number): ValidationResult {
  return refused({
    path: '$',
    message: `the store is too large (${formatMegabytes(byteLength)})`,
    expected: `at most ${formatMegabytes(MAX_STORE_BYTES)}`,
  });
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Validates already-parsed JSON against `sourceline/1`, dropping bad items, keeping the rest.
 * With a cache, events unchanged since the last validation with it are not checked again
 * (their results are the same: event-check.test.ts holds the two to it).
 */
export function validateStore(data: unknown, cache?: EventCheckCache): ValidationResult {
  const validation = startValidationWith(data, schemas, cache);
  if (!validation.ok) return validation;
  const events = validation.addEvents(validation.eventItems);
  const { header, ...totals } = validation.finish();
  return { ok: true, store: { ...header, events }, ...totals };
}

/**
 * Checks events from `from` on into the cache until `deadline` passes; returns the index of
 * the first event not checked (see precheckEventsWith).
 */
export function precheckEvents(
  data: unknown,
  cache: EventCheckCache,
  from: number,
  deadline: number,
): number {
  return precheckEventsWith(data, schemas, cache, from, deadline);
}

/**
 * Checks everything but the events (format, top-level members, sources, actors) and
 * returns the validation to feed the events to, or the refusal.
 */
export function startValidation(data: unknown): Refusal | (EventsValidation & { ok: true }) {
  return startValidationWith(data, schemas);
}

/** validateStore's checks and problems, in parts (see ValidationInParts). */
export function validateInParts(
  data: unknown,
  cache?: EventCheckCache,
): Refusal | ValidationInParts {
  return validateInPartsWith(data, schemas, cache);
}

/** The warnings about actors no kept event names, given the actors they name (see actorsInNoEventWith). */
export function actorsInNoEvent(
  data: unknown,
  named: readonly string[],
  cache?: EventCheckCache,
): readonly Problem[] {
  return actorsInNoEventWith(data, schemas, named, cache);
}
