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
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="480" style="border:0" loading="lazy" allow="clipboard-write"></iframe>`;
}
