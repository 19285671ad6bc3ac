import { Parser } from 'htmlparser2';
import { htmlToText } from './html-text';
import { readLink, relativeRead } from './links';
import { type ReportBuilder, type ValuedMessage, plainValue, withValues } from './import-report';
import type { StoreBuilder } from './store-builder';

/**
 * A TimelineJS slide's media (JSON `media`, or the sheet's Media columns), shared by both
 * importers. TimelineJS takes in `url` more than links: a protocol-relative `//host/…`
 * (its own examples use them), an `<iframe>` embed, or a `<blockquote>` whose text is the
 * slide's content (a quotation). A link becomes a source and a `Media:` line in the summary;
 * a quotation's words go to the summary as plain text; a relative path is read against the
 * address the file came from (links.ts), and dropped when it came from a disk.
 */
export interface SlideMedia {
  readonly url: string;
  readonly caption: string;
  readonly credit: string;
  /** JSON `media.link`: where the media links to (an item's page, say). */
  readonly link?: string;
}

type Reading =
  | { kind: 'link'; url: string; guessed?: string | ValuedMessage }
  | { kind: 'quote'; text: string }
  | { kind: 'none'; reason: string };

const HTTP = /^https?:\/\//i;

/** The `src` of the first `<iframe>`, or ''. */
function iframeSource(html: string): string {
  let src = '';
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'iframe' && src === '') src = (attributes.src ?? '').trim();
    },
  });
  parser.write(html);
  parser.end();
  return src;
}

function readUrl(raw: string, baseUrl?: string): Reading {
  const url = raw.trim();
  if (HTTP.test(url)) return { kind: 'link', url };
  if (/^\/\/[^/\s]/.test(url)) {
    return {
      kind: 'link',
      url: `https:${url}`,
      guessed: withValues`protocol-relative ${plainValue(url)}: read as https`,
    };
  }
  if (/^<blockquote\b/i.test(url)) {
    const text = htmlToText(url);
    return text ? { kind: 'quote', text } : { kind: 'none', reason: 'an empty quotation' };
  }
  if (/^<iframe\b/i.test(url)) {
    const src = readUrl(iframeSource(url), baseUrl);
    if (src.kind === 'link') return { ...src, guessed: 'an embed (iframe): its address kept' };
    return { kind: 'none', reason: 'an embed (iframe) without an http(s) address' };
  }
  if (url.startsWith('<')) return { kind: 'none', reason: 'embedded HTML is not imported' };
  const link = readLink(url, baseUrl);
  if (link.ok) {
    return {
      kind: 'link',
      url: link.url,
      ...(link.relative === undefined ? {} : { guessed: relativeRead(link.relative, link.url) }),
    };
  }
  if (link.reason === 'not-http') return { kind: 'none', reason: 'not an http(s) link' };
  return {
    kind: 'none',
    reason: 'a relative path: it cannot be resolved without the page the file came from',
  };
}

/**
 * What names a media-only slide (TimelineJS shows them: a video, a quotation): the caption,
 * else the quotation's words; '' when neither.
 */
export function mediaName(media: SlideMedia): string {
  const caption = htmlToText(media.caption);
  if (caption) return caption;
  const reading = readUrl(media.url);
  return reading.kind === 'quote' ? reading.text : '';
}

/** Puts a slide's media into the store; returns the summary with the media's lines added. */
export function addMedia(
  media: SlideMedia,
  summary: string,
  where: string,
  builder: StoreBuilder,
  report: ReportBuilder,
  /** The file's own address, when it came from one: relative links are read against it. */
  baseUrl?: string,
): string {
  const caption = htmlToText(media.caption);
  const credit = htmlToText(media.credit);
  const paragraphs = [summary];
  const reading = readUrl(media.url, baseUrl);
  if (reading.kind === 'link') {
    builder.source({
      title: caption || credit || reading.url,
      url: reading.url,
      ...(credit && caption ? { publisher: credit } : {}),
    });
    paragraphs.push(`Media: ${reading.url}`);
    if (reading.guessed) report.guessed(where, reading.guessed);
    report.mapped(
      where,
      'media → a source, and its link in the summary (a source backs an event only with a quote)',
    );
  } else if (reading.kind === 'quote') {
    const by = [caption, credit].filter(Boolean).join('; ');
    paragraphs.push(`Quote: ${reading.text}${by ? `\n(${by})` : ''}`);
    report.mapped(
      where,
      'a quotation as media → its text in the summary (no excerpt: no source text)',
    );
  } else {
    report.dropped(where, reading.reason);
  }
  const link = readLink(media.link ?? '', baseUrl);
  if (link.ok) paragraphs.push(`Link: ${link.url}`);
  return paragraphs.filter(Boolean).join('\n\n');
}
