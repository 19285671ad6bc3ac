/**
 * The draft last worked on in this browser, so that `/edit/` opened again (a bookmark, the
 * explorer's `Open the editor`) lands in it rather than on the list. Kept in localStorage:
 * every tab of the browser shares it, and the last draft opened or saved wins. Which tab
 * may edit that draft is not decided here: it opens as an address would, under the draft's
 * Web Lock (draft-channel.ts), read-only in a tab while another edits it.
 */
export const LAST_DRAFT_KEY = 'sourceline:last-draft';

/** localStorage, or null where it is refused (some private windows, a sandboxed frame). */
type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function rememberedDraft(from: Storage | null = storage()): string | null {
  try {
    return from?.getItem(LAST_DRAFT_KEY) || null;
  } catch {
    return null;
  }
}

export function rememberDraft(id: string, into: Storage | null = storage()) {
  try {
    if (into?.getItem(LAST_DRAFT_KEY) !== id) into?.setItem(LAST_DRAFT_KEY, id);
  } catch {
    // Storage refused or full: /edit/ opens on the list next time, as it did before.
  }
}

/** Forgets the draft if it is the one remembered (it was deleted, or is not there). */
export function forgetDraft(id: string, from: Storage | null = storage()) {
  try {
    if (from?.getItem(LAST_DRAFT_KEY) === id) from.removeItem(LAST_DRAFT_KEY);
  } catch {
    // Nothing to do: a missing draft is found missing again, quietly, next time.
  }
}

/**
 * Which draft `/edit/` opens: the one its address names (`?draft=`, a link or Back to
 * editing: said when missing), else the one last worked on (given up quietly when missing),
 * else none (the list).
 */
export type DraftToOpen = { id: string; from: 'address' | 'remembered' } | null;

export function draftToOpen(address: string | null, remembered: string | null): DraftToOpen {
  if (address) return { id: address, from: 'address' };
  if (remembered) return { id: remembered, from: 'remembered' };
  return null;
}
