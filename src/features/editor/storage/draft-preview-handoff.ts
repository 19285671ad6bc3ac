/**
 * What the editor's Preview leaves for the explorer page in this tab: the document goes to
 * sessionStorage (this tab only, gone with it) and the explorer is opened with
 * `#draft-preview`. Apart from the editor's code, so that the explorer's first screen reads
 * the handoff without loading the editor's serializer and messages.
 */
export const PREVIEW_KEY = 'sourceline:draft-preview';
export const PREVIEW_HASH = '#draft-preview';
/** The editor's address with this opens its Publish panel (the preview's bar links there). */
export const PUBLISH_HASH = '#publish';

export interface DraftPreview {
  title: string;
  text: string;
  /** Where "Back to editing" goes: the editor, this draft, this event. */
  back: string;
}
