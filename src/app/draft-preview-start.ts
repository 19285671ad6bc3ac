import { registerFile } from '../features/store-loading/api/get-store';
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

/** Opens the previewed draft like a file the person opened: validated, not shareable. */
export function startDraftPreview() {
  if (!preview) return;
  const file = new File([preview.text], `${preview.title || 'draft'}.json`, {
    type: 'application/json',
  });
  storeScreen.open(registerFile(file));
}
