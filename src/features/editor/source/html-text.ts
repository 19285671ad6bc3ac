/**
 * The text of an HTML element as a reader sees it: a paragraph or a heading is a paragraph
 * (a blank line either side), a list item, a table row or a `div` a line of its own, a `<br>`
 * a line break, and inline text joined as it is drawn, its white space collapsed. Minified
 * pages have no white space between their tags, so `textContent` ran their paragraphs into
 * one another ("…en 24 años.Putin y Kim…"), and a passage cut across them was a "verbatim"
 * quote the page never showed.
 *
 * This follows the HTML standard's `innerText` (its rendered text collection steps: a block
 * asks for one line break before and after it, a `<p>` for two, adjacent requests merge into
 * the largest, none at the start or end), with the default style sheet's display of each
 * element standing in for a layout. `innerText` itself cannot be used: the pages are parsed
 * with DOMParser into a document that is never rendered (so that nothing in them runs or
 * loads), and there `innerText` is `textContent`. The result depends only on the markup, so
 * the same file always gives the same text, which is what the excerpts' quotes are checked
 * against.
 */

/** Elements whose content a reader never sees as text, or that hold no text of the page. */
const SKIPPED = new Set([
  'audio',
  'canvas',
  'embed',
  'head',
  'iframe',
  'img',
  'math',
  'noscript',
  'object',
  'picture',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'title',
  'video',
]);

/** Blocks that stand apart from what is around them by a blank line, as `<p>` does. */
const PARAGRAPHS = new Set([
  'blockquote',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'p',
  'pre',
  'table',
]);

/** Blocks (and table rows) that start and end a line of their own. */
const LINES = new Set([
  'address',
  'article',
  'aside',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'footer',
  'form',
  'header',
  'hgroup',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'plaintext',
  'search',
  'section',
  'summary',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'xmp',
]);

/** Where white space is kept as it is written. */
const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'textarea', 'xmp']);

/**
 * A piece of text; a number of line breaks asked for between two pieces; or null, white
 * space between tags (collapsible, so it is nothing at the start or end of a line: a list
 * written one item a line reads as the same list minified).
 */
type Piece = string | number | null;

function collect(node: Node, preformatted: boolean, out: Piece[]): void {
  if (node.nodeType === 3 /* TEXT_NODE */) {
    const data = (node as Text).data;
    if (preformatted) out.push(data);
    else if (/^[\t\n\f\r ]*$/.test(data)) out.push(null);
    else out.push(data.replace(/[\t\n\f\r ]+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 /* ELEMENT_NODE */) return;
  const element = node as Element;
  const name = element.localName;
  if (SKIPPED.has(name) || element.hasAttribute('hidden')) return;
  if (name === 'br') {
    out.push('\n');
    return;
  }
  const breaks = PARAGRAPHS.has(name) ? 2 : LINES.has(name) ? 1 : 0;
  if (breaks) out.push(breaks);
  const inPre = preformatted || PREFORMATTED.has(name);
  for (const child of element.childNodes) collect(child, inPre, out);
  // Cells of a row are apart as a tab sets them (tidied to a space), not run together.
  if (name === 'td' || name === 'th') out.push('\t');
  if (breaks) out.push(breaks);
}

/**
 * The element's text, with its blocks as lines and paragraphs. Lines are not yet trimmed
 * nor spaces collapsed across elements: `tidy` in read-source-file.ts does that.
 */
export function textOfHtml(root: Node): string {
  const pieces: Piece[] = [];
  collect(root, false, pieces);
  let text = '';
  let breaks = 0;
  for (const piece of pieces) {
    if (typeof piece === 'number') {
      breaks = Math.max(breaks, piece);
    } else if (piece === null) {
      if (text !== '' && breaks === 0) text += ' ';
    } else if (piece !== '') {
      if (text !== '' && breaks > 0) text += '\n'.repeat(breaks);
      text += piece;
      breaks = 0;
    }
  }
  return text;
}
