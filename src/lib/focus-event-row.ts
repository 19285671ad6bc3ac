/**
 * The details closed: the focus goes back to the event's row in the list. `keepScroll` where
 * the list is the page's, below the timeline (a phone's sheet closed): focused so, the row
 * would scroll the page away from the timeline the person was looking at.
 */
export function returnFocusToList(eventId: string | null, keepScroll = false) {
  if (eventId === null) return;
  const button = document.querySelector<HTMLButtonElement>(
    `.event-list [data-event-id="${CSS.escape(eventId)}"] button`,
  );
  button?.focus({ preventScroll: keepScroll });
}
