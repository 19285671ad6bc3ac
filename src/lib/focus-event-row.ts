/** The details closed: the focus goes back to the event's row in the list. */
export function returnFocusToList(eventId: string | null) {
  if (eventId === null) return;
  const button = document.querySelector<HTMLButtonElement>(
    `.event-list [data-event-id="${CSS.escape(eventId)}"] button`,
  );
  button?.focus();
}
