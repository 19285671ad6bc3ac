import { Readability } from '@mozilla/readability';
import {
  type DecodedText,
  decodeTextBytes,
  htmlEncodingDeclared,
} from '../../../format/convert/decode-import';
import { textOfHtml } from './html-text';
import { type PageMetadata, pageMetadata } from './page-metadata';

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
  /** What a web page says about itself (page-metadata.ts); empty for a text file. */
  metadata: PageMetadata;
}

export interface SourceFile extends SourceFileText {
  /** How the file's bytes were read: the person is told when it was not plain UTF-8. */
  encoding: Omit<DecodedText, 'text'>;
}

/**
 * What Chromium would check against the page's Content-Security-Policy as the parser builds
 * the document, renamed before parsing. A parsed document inherits that policy, and though it
 * blocks them, Chromium checks and reports (as console errors) every inline handler, every
 * `style` attribute and every `<style>` element the parser sets: a saved news page has dozens.
 * Renamed, handlers and style attributes are plain data attributes, and a `<style>` element
 * a `<noframes>`, which the tokenizer reads the same way (its content is raw text up to its
 * end tag, in SVG as in HTML) and which nothing applies; textFromHtml removes them before
 * reading. Only the text is kept, so a renamed look-alike inside an attribute value or a
 * script costs nothing.
 */
export function neutralizeMarkup(html: string): string {
  return html.replace(/<[^>]*>/g, (tag) =>
    tag
      .replace(/^<(\/?)style(?=[\s/>])/i, (_, end: string) =>
        end ? '</noframes' : '<noframes data-was-style',
      )
      .replace(/([\s/"'])(on[a-z-]+|style)(\s*=)/gi, '$1data-was-$2$3'),
  );
}

export function textFromHtml(html: string): SourceFileText {
  const parsed = new DOMParser().parseFromString(neutralizeMarkup(html), 'text/html');
  // Style sheets, renamed: their rules are not text, and Readability would weigh them as text.
  for (const sheet of parsed.querySelectorAll('noframes[data-was-style]')) sheet.remove();
  const language = parsed.documentElement.getAttribute('lang') ?? '';
  const pageTitle = parsed.title.trim();
  // Readability changes the document it reads; it reads a copy so the fallback below sees
  // the page as it came. It hands back the article's element, whose blocks make the lines.
  const article = new Readability(parsed.cloneNode(true) as Document, {
    serializer: (node) => node,
  }).parse();
  const content = article?.content;
  const text = tidy(content ? textOfHtml(content) : '') || tidy(visibleText(parsed));
  return {
    text,
    title: article?.title?.trim() || pageTitle,
    language: article?.lang || language,
    metadata: pageMetadata(parsed),
  };
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
  return {
    text: raw.replace(/\r\n?/g, '\n'),
    title: base,
    language: '',
    metadata: {},
    encoding,
  };
}
