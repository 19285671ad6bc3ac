import type { DraftDocument } from '../model/draft-document';
import { serializeStore } from '../model/serialize-store';
import {
  type DraftPreview,
  PREVIEW_HASH,
  PREVIEW_KEY,
  PUBLISH_HASH,
} from './draft-preview-handoff';

/** Marks the editor's address that the preview goes back to, by its link or by Back. */
const RETURN_HASH = '#back-from-preview';

// Read as the editor's modules load: the editor rewrites its address as soon as it renders.
let returning = typeof window !== 'undefined' && window.location.hash === RETURN_HASH;

let publishing = typeof window !== 'undefined' && window.location.hash === PUBLISH_HASH;

/**
 * Whether the page was opened to publish (the preview's Publish link), until forgotten: read
 * by a state's initializer, which StrictMode runs twice, so it is forgotten apart, once used.
 */
export function publishAsked(): boolean {
  return publishing;
}

export function forgetPublishAsked() {
  publishing = false;
}

/** Whether the page came back from the preview; true once, so the focus is moved once. */
export function takeReturnFromPreview(): boolean {
  const was = returning;
  returning = false;
  return was;
}

/**
 * Opens the explorer on this draft, in this tab (src/app/draft-preview.tsx shows it). Back
 * comes to the open event by the id it has now: the address follows the selection only
 * after a render, and the preview can give the event its title's id in the same click.
 */
export function startPreview(
  document: DraftDocument,
  editorHref: string,
  lang: string,
  openEventId: string | null,
): boolean {
  const back = new URL(editorHref);
  back.hash = RETURN_HASH;
  if (openEventId) back.searchParams.set('event', openEventId);
  else back.searchParams.delete('event');
  const preview: DraftPreview = {
    title: document.title,
    text: serializeStore(document),
    back: back.href,
  };
  try {
    sessionStorage.setItem(PREVIEW_KEY, JSON.stringify(preview));
  } catch {
    return false;
  }
  // The browser's Back comes to the same address as the preview's link, and the same focus.
  window.history.replaceState(window.history.state, '', back.href);
  const query = lang === 'en' ? '' : `?lang=${lang}`;
  window.location.assign(`/${query}${PREVIEW_HASH}`);
  return true;
}
