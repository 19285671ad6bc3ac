import type { KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { draftActions, useDraftStore } from '../model/draft-store';

/** The id of the open event's Title field: New event from selection takes the focus there. */
export const EVENT_TITLE_ID = 'event-title';

/** The id of the open event's Start: an import's events kept without a date lead there. */
export const EVENT_START_ID = 'event-start';

/** The id of the open event's Status: the Publish panel's advice leads there. */
export const EVENT_STATUS_ID = 'event-status';

/** The ids of the store's own fields: a refused Download store takes the focus there. */
export const STORE_FIELD_IDS = { title: 'store-title', language: 'store-language' } as const;

/** In an inline form's onKeyDown: Escape cancels the form, and no other handler hears it. */
export function cancelOnEscape(event: KeyboardEvent, cancel: () => void) {
  if (event.key !== 'Escape' || event.defaultPrevented || event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.stopPropagation();
  cancel();
}

/**
 * Makes a change that removes the focused control (closes a form, deletes an item), draws it
 * at once, then gives the focus to what should have it, so that it never falls to the body.
 */
export function changeThenFocus(change: () => void, target: () => HTMLElement | null | undefined) {
  flushSync(change);
  target()?.focus();
}

/**
 * Selects an event of the open draft, if it still has it, and takes the focus to one of its
 * fields (EVENT_TITLE_ID, EVENT_START_ID, EVENT_STATUS_ID): the `Go to`/`Date` buttons beside
 * a note about an event.
 */
export function goToEventField(id: string, fieldId: string) {
  const events = useDraftStore.getState().document?.events ?? [];
  if (!events.some((event) => event.id === id)) return;
  changeThenFocus(
    () => draftActions.selectEvent(id),
    () => window.document.getElementById(fieldId),
  );
}

/**
 * Puts the focus on a field of the draft just opened, its words selected to be typed over,
 * once it is drawn and editable (the draft's lock is taken a moment after it opens): up to
 * a second, and only if the focus is still where the person left it (`from`, or nowhere).
 */
export function focusNewDraftField(id: string, from: Element | null, frames = 60) {
  const here = window.document.activeElement;
  if (here !== from && here !== window.document.body && here !== null) return;
  const field = window.document.getElementById(id);
  if (field instanceof HTMLInputElement && !field.matches(':disabled')) {
    field.focus();
    field.select();
  } else if (frames > 0) {
    requestAnimationFrame(() => focusNewDraftField(id, from, frames - 1));
  }
}
