import type { DraftDocument } from '../model/draft-document';
import { serializeStore } from '../model/serialize-store';
import { type DraftPreview, PREVIEW_HASH, PREVIEW_KEY } from './draft-preview-handoff';

/** Opens the explorer on this draft, in this tab (src/app/draft-preview.tsx shows it). */
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
