/**
 * Which history Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y take back.
 *
 * The draft's Undo takes back changes to the draft. A text box whose text is not the draft's
 * yet (Add source before Save source, a rename, a new actor's name, a store's address) keeps
 * the browser's own text undo: the draft's would take back something else entirely (an event
 * made a minute ago) and leave the typing there. A field bound to the draft, where each pause
 * in typing is a step of the draft's history (the event form, the store's title and language),
 * is marked `data-undo="draft"` on it or a container; there the draft's Undo is the text's
 * undo too (the browser's would fight React over the field's value). The nearest mark wins,
 * so a local form inside a bound one (New actor in the event form) says `data-undo="text"`.
 */
export const UNDO_SCOPE = { draft: 'draft', text: 'text' } as const;

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'url',
  'email',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'week',
  'time',
]);

/** A control the person types into (not a read-only text, a checkbox or a list). */
function takesTyping(element: Element): boolean {
  if (element instanceof HTMLTextAreaElement) {
    return !element.readOnly && element.getAttribute('aria-readonly') !== 'true';
  }
  if (element instanceof HTMLInputElement) {
    return !element.readOnly && TEXT_INPUT_TYPES.has(element.type);
  }
  return element instanceof HTMLElement && element.isContentEditable;
}

/** Whether the key in this element belongs to the browser's text undo, not the draft's. */
export function isLocalTextUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element) || !takesTyping(target)) return false;
  const scope = target.closest('[data-undo]')?.getAttribute('data-undo');
  return scope !== UNDO_SCOPE.draft;
}

/** The draft's history step a key asks for, or null (a key it leaves to the page). */
export function draftHistoryKey(
  event: Pick<
    KeyboardEvent,
    'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'target' | 'defaultPrevented'
  >,
): 'undo' | 'redo' | null {
  if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  const step = key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : null;
  const asked = step ?? (key === 'y' && !event.shiftKey ? 'redo' : null);
  if (!asked || isLocalTextUndo(event.target)) return null;
  return asked;
}
