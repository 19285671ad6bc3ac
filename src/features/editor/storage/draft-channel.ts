/**
 * Two tabs on one draft: the first holds a Web Lock named after the draft and edits; any
 * other tab opens it read-only, says so, follows the saves the editing tab broadcasts, and
 * takes over when the lock is released (the other tab closed or left the draft).
 */
const CHANNEL = 'sourceline-drafts';

export type DraftMessage =
  | { type: 'saved'; draftId: string; tab: string }
  | { type: 'deleted'; draftId: string; tab: string };

export const TAB_ID = Math.random().toString(36).slice(2);

let channel: BroadcastChannel | null = null;
function getChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL);
  return channel;
}

export function announce(message: Omit<DraftMessage, 'tab'>) {
  getChannel()?.postMessage({ ...message, tab: TAB_ID });
}

export function listenToDrafts(listener: (message: DraftMessage) => void): () => void {
  const ch = getChannel();
  if (!ch) return () => {};
  const handle = (event: MessageEvent<DraftMessage>) => {
    if (event.data.tab !== TAB_ID) listener(event.data);
  };
  ch.addEventListener('message', handle);
  return () => ch.removeEventListener('message', handle);
}

/**
 * Holds the draft's lock while this tab edits it. `onChange(true)` when this tab may edit,
 * `onChange(false)` when another tab holds the draft (and then again `true` once it lets go).
 * Returns a release function. Without the Web Locks API every tab edits (and saves say so).
 */
export function holdDraft(draftId: string, onChange: (editable: boolean) => void): () => void {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) {
    onChange(true);
    return () => {};
  }
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const controller = new AbortController();
  const name = `sourceline-draft:${draftId}`;
  const hold = () => released;
  void locks
    .request(name, { ifAvailable: true }, (lock) => {
      if (lock) {
        onChange(true);
        return hold();
      }
      onChange(false);
      // Wait for the tab that holds it; then this one edits.
      return locks
        .request(name, { signal: controller.signal }, () => {
          onChange(true);
          return hold();
        })
        .catch(() => undefined);
    })
    .catch(() => undefined);
  return () => {
    controller.abort();
    release();
  };
}
