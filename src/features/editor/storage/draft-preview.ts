import type { DraftDocument } from '../model/draft-document';
import { serializeStore } from '../model/serialize-store';

/**
 * Preview hands the draft to the explorer page in this tab: the document goes to
 * sessionStorage (this tab only, gone with it) and the explorer is opened with
 * `#draft-preview`, where it opens it like any file (src/app/draft-preview.tsx).
 */
export const PREVIEW_KEY = 'sourceline:draft-preview';
export const PREVIEW_HASH = '#draft-preview';

export interface DraftPreview {
  title: string;
  text: string;
  /** Where "Back to editing" goes: the editor, this draft, this event. */
  back: string;
}

export function startPreview(document: DraftDocument, back: string, lang: string): boolean {
  const preview: DraftPreview = { title: document.title, text: serializeStore(document), back };
  try {
    sessionStorage.setItem(PREVIEW_KEY, JSON.stringify(preview));
  } catch {
    return false;
  }
  const query = lang === 'en' ? '' : `?lang=${lang}`;
  window.location.assign(`/${query}${PREVIEW_HASH}`);
  return true;
}
