import { preview } from './draft-preview-start';
import { EDITOR_MESSAGES } from '../i18n/editor-messages';
import { useLocale } from '../i18n/use-messages';
import './draft-preview.css';

/**
 * The editor's Preview: the draft arrives in sessionStorage and is opened like a file, through
 * the one owner of the store on screen, so it is validated and shown like any store (and its
 * link, like a file's, cannot be shared). `#draft-preview` stays in the address, so a reload
 * shows the draft again; "Back to editing" returns to the draft and event left.
 */
export function DraftPreviewBar() {
  const m = EDITOR_MESSAGES[useLocale()];
  if (!preview) return null;
  return (
    <div className="draft-preview-bar" role="region" aria-label={m.preview}>
      <p>{m.previewingDraft(preview.title)}</p>
      <a href={preview.back}>{m.backToEditing}</a>
    </div>
  );
}
