import { preview } from './draft-preview-start';
import { PUBLISH_HASH } from '../features/editor/storage/draft-preview-handoff';
import { EDITOR_MESSAGES } from '../i18n/editor-messages';
import { PUBLISH_MESSAGES } from '../i18n/publish-messages';
import { useLocale } from '../i18n/use-messages';
import './draft-preview.css';

/** The editor on the draft, its Publish panel open. */
function publishAddress(back: string): string {
  const url = new URL(back);
  url.hash = PUBLISH_HASH;
  return url.href;
}

/**
 * The editor's Preview: the draft arrives in sessionStorage and is opened like a file, through
 * the one owner of the store on screen, so it is validated and shown like any store (and its
 * link, like a file's, cannot be shared: Publish, in the editor, is how it gets one).
 * `#draft-preview` stays in the address, so a reload shows the draft again; "Back to editing"
 * returns to the draft and event left.
 */
export function DraftPreviewBar() {
  const lang = useLocale();
  const m = EDITOR_MESSAGES[lang];
  if (!preview) return null;
  return (
    <div className="draft-preview-bar" role="region" aria-label={m.preview}>
      <p>{m.previewingDraft(preview.title)}</p>
      <a href={preview.back}>{m.backToEditing}</a>
      <a href={publishAddress(preview.back)}>{PUBLISH_MESSAGES[lang].publish}</a>
    </div>
  );
}
