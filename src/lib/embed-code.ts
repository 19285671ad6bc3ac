// Apart from embed-path.ts, which the explorer's first screen reads: this is for the parts
// that make the code (the Embed dialog, the editor's Publish panel), loaded later.

/** Escapes a value for an HTML attribute in double quotes. */
function attribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * The `<iframe>` snippet a writer pastes into an article: text, shown in a text box. Made by
 * the explorer's Embed dialog and by the editor's Publish panel.
 * `allow="clipboard-write"`: Chromium refuses the clipboard to a frame from another origin
 * unless its page allows it, and Copy citation and Copy link in the frame write to it.
 */
export function embedSnippet(src: string, title: string): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${EMBED_HEIGHT_PX}" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`;
}

/** The frame's height in the code: an article's figure, with room for the events' lanes. */
export const EMBED_HEIGHT_PX = 480;

/**
 * The least height the code's writer is advised to keep: in a frame narrower than 560 px and
 * lower than this, embed.css has no room to stack the details under the timeline and hides
 * them behind a Details button (its `max-height: 26.1875em`, 419 px at the usual text size).
 */
export const EMBED_LEAST_HEIGHT_PX = 420;
