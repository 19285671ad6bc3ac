import { Readability } from '@mozilla/readability';
import {
  type DecodedText,
  decodeTextBytes,
  htmlEncodingDeclared,
} from '../../../format/convert/decode-import';
import { textOfHtml } from './html-text';

/**
 * The text of an opened source file. HTML is parsed with DOMParser into a document that has
 * no browsing context: its scripts never run, its handlers never fire, its images, frames
 * and refreshes never load. Readability picks the article's main text from it; the text is
 * all we keep, never markup, with the page's blocks as its lines and paragraphs (html-text.ts).
 */
export interface SourceFileText {
  text: string;
  title: string;
  language: string;
}

export interface SourceFile extends SourceFileText {
  /** How the file's bytes were read: the person is told when it was not plain UTF-8. */
  encoding: Omit<DecodedText, 'text'>;
}

/**
 * Event-handler attributes renamed before parsing. A parsed document inherits the page's
 * Content-Security-Policy, and Chromium checks (and reports, though it blocks) every inline
 * handler as the parser sets it; renamed, they are plain data attributes. Only the text is
 * kept, so a renamed look-alike inside an attribute value costs nothing.
 */
export function neutralizeHandlers(html: string): string {
  return html.replace(/<[^>]*>/g, (tag) =>
    tag.replace(/([\s/"'])on([a-z-]+\s*=)/gi, '$1data-was-on$2'),
  );
}

export function textFromHtml(html: string): SourceFileText {
  const parsed = new DOMParser().parseFromString(neutralizeHandlers(html), 'text/html');
  const language = parsed.documentElement.getAttribute('lang') ?? '';
  const pageTitle = parsed.title.trim();
  // Readability changes the document it reads; it reads a copy so the fallback below sees
  // the page as it came. It hands back the article's element, whose blocks make the lines.
  const article = new Readability(parsed.cloneNode(true) as Document, {
    serializer: (node) => node,
  }).parse();
  const content = article?.content;
  const text = tidy(content ? textOfHtml(content) : '') || tidy(visibleText(parsed));
  return { text, title: article?.title?.trim() || pageTitle, language: article?.lang || language };
}

/** The body's text, without what a reader never sees as text (scripts, styles, templates). */
function visibleText(parsed: Document): string {
  return parsed.body ? textOfHtml(parsed.body) : '';
}

/** Paragraphs kept, the indentation and blank runs of HTML source dropped. */
export function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const isHtml = (file: File) => /\.html?$/i.test(file.name) || file.type === 'text/html';

/**
 * A file's text, decoded as decode-import.ts says (the importers' decoder): a page's own
 * `<meta charset>` when it is not UTF-8, and windows-1252 for a file that is not UTF-8 and
 * says nothing, so that a Latin-1 page keeps its accents rather than "�" in every quote.
 */
export async function readSourceFile(file: File): Promise<SourceFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const html = isHtml(file);
  const { text: raw, ...encoding } = decodeTextBytes(
    bytes,
    html ? htmlEncodingDeclared : () => undefined,
    'windows-1252',
  );
  const base = file.name.replace(/\.[^.]+$/, '');
  if (html) {
    const extracted = textFromHtml(raw);
    return { ...extracted, title: extracted.title || base, encoding };
  }
  return { text: raw.replace(/\r\n?/g, '\n'), title: base, language: '', encoding };
}
