import { type Notice, viewActions } from './view-store';

/**
 * Puts `text` on the clipboard and tells the person how that went, through the page's one
 * notice area: `copied` when it is there, `failed` when the browser refused (no permission,
 * an insecure page, a clipboard in use). Both Copy link and Copy citation go through here.
 */
export async function copyAndNotify(
  text: string,
  notices: { copied: Notice['kind']; failed: Notice['kind'] },
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    viewActions.notify(notices.failed);
    return false;
  }
  viewActions.notify(notices.copied);
  return true;
}
