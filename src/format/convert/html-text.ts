import { Parser } from 'htmlparser2';

export const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A start tag met inside text that holds HTML, written back as markup for htmlToText. */
export const startTag = (name: string, attributes: Record<string, string>) =>
  `<${name}${Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('')}>`;

/**
 * HTML (as TimelineJS and SIMILE text fields hold it) to plain text, with htmlparser2: a
 * tokenizer that needs no DOM, so it runs the same in the CLI and in a Web Worker. Nothing
 * is rendered: tags are dropped, entities decoded, block elements become paragraphs (a blank
 * line between), `<br>` a line break, and a link's target is kept as text after its words.
 * The content of script, style and other non-text elements is dropped with them.
 */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
const SILENT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'head',
  'title',
  'select',
  'textarea',
  'button',
]);
const LINK_TARGET = /^(https?:|mailto:)/i;

/** True when the text may hold markup or entities worth parsing. */
export const looksLikeHtml = (text: string) =>
  /<[a-z!/]|&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(text);

/** Collapses runs of white space inside lines and trims blank-line runs to one. */
function tidy(text: string): string {
  return text
    .split('\n\n')
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
        .filter((line, i, lines) => line !== '' || (i > 0 && i < lines.length - 1))
        .join('\n'),
    )
    .filter((paragraph) => paragraph.trim() !== '')
    .join('\n\n');
}

export function htmlToText(html: string): string {
  if (!looksLikeHtml(html)) return tidy(html.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n\n'));
  let out = '';
  let silentDepth = 0;
  const links: { href: string; start: number }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SILENT.has(name)) silentDepth++;
        if (silentDepth > 0) return;
        if (BLOCKS.has(name)) out += '\n\n';
        else if (name === 'br') out += '\n';
        else if (name === 'a')
          links.push({ href: (attributes.href ?? '').trim(), start: out.length });
        else if (name === 'img' && attributes.alt) out += attributes.alt;
      },
      ontext(text) {
        if (silentDepth === 0) out += text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (SILENT.has(name)) {
          silentDepth = Math.max(0, silentDepth - 1);
          return;
        }
        if (silentDepth > 0) return;
        if (BLOCKS.has(name)) out += '\n\n';
        else if (name === 'a') {
          const link = links.pop();
          if (link && LINK_TARGET.test(link.href)) {
            const words = out.slice(link.start).trim();
            if (words !== link.href) out += words === '' ? link.href : ` (${link.href})`;
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return tidy(out.replace(/\n{3,}/g, '\n\n'));
}
