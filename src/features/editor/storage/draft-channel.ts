/**
 * Two tabs on one draft: the first holds a Web Lock named after the draft and edits; any
 * other tab opens it read-only, says so, follows the saves the editing tab broadcasts, and
 * takes over when the lock is released (the other tab closed or left the draft). A draft
 * another tab edits is neither deleted nor renamed from here (`whileNotEditedElsewhere`).
 */
const CHANNEL = 'sourceline-drafts';

export type DraftMessage =
  | { type: 'saved'; draftId: string; tab: string }
  | { type: 'deleted'; draftId: string; tab: string }
  // A tab took or let go of a draft's lock: the lists mark the drafts edited elsewhere.
  | { type: 'editing'; draftId: string; tab: string }
  | { type: 'left'; draftId: string; tab: string };

const LOCK_PREFIX = 'sourceline-draft:';
const lockName = (draftId: string) => `${LOCK_PREFIX}${draftId}`;
const webLocks = () => (typeof navigator !== 'undefined' ? navigator.locks : undefined);

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
  const locks = webLocks();
  if (!locks) {
    onChange(true);
    return () => {};
  }
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const controller = new AbortController();
  const name = lockName(draftId);
  // Said to the other tabs once the lock is taken, and once it is really let go.
  const hold = () => {
    announce({ type: 'editing', draftId });
    return released.then(() => ({ held: true }));
  };
  const saidLeft = (result: unknown) => {
    if (result) announce({ type: 'left', draftId });
  };
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
    .then(saidLeft)
    .catch(() => undefined);
  return () => {
    controller.abort();
    release();
  };
}

/**
 * Runs `work` holding the draft's lock, so that no tab starts editing the draft meanwhile;
 * resolves to `refused` without running it when another tab holds the lock (edits the
 * draft). Not for the draft this tab holds (locks are not re-entrant). Without the Web Locks
 * API, no tab can tell: `work` runs.
 */
export async function whileNotEditedElsewhere<T>(
  draftId: string,
  work: () => Promise<T>,
): Promise<{ refused: false; value: T } | { refused: true }> {
  const locks = webLocks();
  if (!locks) return { refused: false, value: await work() };
  const result = await locks.request(lockName(draftId), { ifAvailable: true }, async (lock) =>
    lock ? { refused: false as const, value: await work() } : { refused: true as const },
  );
  // The other tabs saw the lock held meanwhile (a tab editing the draft, to them).
  if (!result.refused) announce({ type: 'left', draftId });
  return result;
}

/** The drafts whose lock some tab holds (this one's too: the caller leaves it out). */
export async function draftsBeingEdited(): Promise<Set<string>> {
  const locks = webLocks();
  if (!locks) return new Set();
  try {
    const { held = [] } = await locks.query();
    return new Set(
      held
        .map((lock) => lock.name ?? '')
        .filter((name) => name.startsWith(LOCK_PREFIX))
        .map((name) => name.slice(LOCK_PREFIX.length)),
    );
  } catch {
    return new Set();
  }
}
