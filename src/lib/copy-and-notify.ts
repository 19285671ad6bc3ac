import { type Notice, viewActions } from './view-store';

/**
 * Puts `text` on the clipboard and tells the person how that went, through the page's one
 * notice area: `copied` when it is there, `failed` when the browser refused (no permission,
 * an insecure page, a clipboard in use, a frame whose page did not allow clipboard-write).
 * Refused, the text goes to `byHand` too, which shows it to be copied by hand: a notice alone
 * left a reader in an embedded timeline with no way to the citation. Both Copy link and Copy
 * citation go through here.
 */
export async function copyAndNotify(
  text: string,
  notices: { copied: Notice['kind']; failed: Notice['kind'] },
  byHand?: (text: string) => void,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    viewActions.notify(notices.failed);
    byHand?.(text);
    return false;
  }
  viewActions.notify(notices.copied);
  return true;
}
