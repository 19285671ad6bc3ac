import { registerDraft } from '../features/store-loading/api/get-store';
import { storeScreen } from '../features/store-loading/api/store-screen';
import {
  type DraftPreview,
  PREVIEW_HASH,
  PREVIEW_KEY,
} from '../features/editor/storage/draft-preview-handoff';

function readPreview(): DraftPreview | null {
  if (window.location.hash !== PREVIEW_HASH) return null;
  try {
    const raw = sessionStorage.getItem(PREVIEW_KEY);
    return raw ? (JSON.parse(raw) as DraftPreview) : null;
  } catch {
    return null;
  }
}

/** The draft this tab was opened to preview, if any (read once, at the page's start). */
export const preview = readPreview();

/**
 * Opens the previewed draft: loaded and validated like a file the person opened, not
 * shareable, and named as the draft it is ("Draft from the editor: <title>"), not as a file.
 */
export function startDraftPreview() {
  if (!preview) return;
  const document = new Blob([preview.text], { type: 'application/json' });
  storeScreen.open(registerDraft(document, preview.title.trim() || UNTITLED));
}

/** The name of a draft whose store title is empty (the validator says so at the field). */
const UNTITLED = 'Untitled draft';
