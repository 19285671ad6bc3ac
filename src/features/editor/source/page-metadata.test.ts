// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageMetadata, publicationDate } from './page-metadata';

const page = (head: string) =>
  new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body><p>Text.</p></body></html>`,
    'text/html',
  );

const jsonLd = (data: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('pageMetadata: the address', () => {
  it('is the canonical link', () => {
    expect(
      pageMetadata(page('<link rel="canonical" href="https://www.example-wire.com/world/x/">')),
    ).toEqual({ url: 'https://www.example-wire.com/world/x/' });
  });

  it('is og:url when there is no canonical link', () => {
    expect(
      pageMetadata(page('<meta property="og:url" content="http://example.org/a?b=1">')).url,
    ).toBe('http://example.org/a?b=1');
  });

  it('is the canonical link over og:url', () => {
    const head =
      '<meta property="og:url" content="https://example.org/og"><link rel="canonical" href="https://example.org/canonical">';
    expect(pageMetadata(page(head)).url).toBe('https://example.org/canonical');
  });

  it('passes over a canonical link that is not an absolute http(s) address', () => {
    for (const href of ['javascript:alert(1)', '/world/x', 'ftp://example.org/x', 'data:,x']) {
      expect(pageMetadata(page(`<link rel="canonical" href="${href}">`)).url).toBeUndefined();
      expect(
        pageMetadata(
          page(
            `<link rel="canonical" href="${href}"><meta property="og:url" content="https://example.org/og">`,
          ),
        ).url,
      ).toBe('https://example.org/og');
    }
  });

  it('is written as a URL, with no white space in it', () => {
    expect(pageMetadata(page('<link rel="canonical" href="  https://Example.org/a b ">')).url).toBe(
      'https://example.org/a%20b',
    );
  });
});

describe('pageMetadata: the publication date', () => {
  it('is article:published_time, to the day it gives', () => {
    expect(
      pageMetadata(page('<meta property="article:published_time" content="2024-11-12T03:10:00Z">')),
    ).toEqual({ published: '2024-11-12' });
  });

  it('is og:article:published_time, <meta name="date"> or JSON-LD datePublished otherwise', () => {
    expect(
      pageMetadata(
        page('<meta property="og:article:published_time" content="2024-11-13T09:00:00+09:00">'),
      ).published,
    ).toBe('2024-11-13');
    expect(pageMetadata(page('<meta name="date" content="2024-11-14">')).published).toBe(
      '2024-11-14',
    );
    expect(
      pageMetadata(
        page(jsonLd({ '@type': 'NewsArticle', datePublished: '2024-11-15T10:00:00.000Z' })),
      ).published,
    ).toBe('2024-11-15');
  });

  it('takes the first of them in that order', () => {
    const all =
      jsonLd({ datePublished: '2024-01-04' }) +
      '<meta name="date" content="2024-01-03">' +
      '<meta property="og:article:published_time" content="2024-01-02">' +
      '<meta property="article:published_time" content="2024-01-01">';
    expect(pageMetadata(page(all)).published).toBe('2024-01-01');
    expect(
      pageMetadata(page(all.replace(/<meta property="article:published_time"[^>]*>/, '')))
        .published,
    ).toBe('2024-01-02');
  });

  it('passes over a date that cannot be read, for the next one', () => {
    const head =
      '<meta property="article:published_time" content="yesterday">' +
      '<meta name="date" content="2024-02-30">' +
      jsonLd({ datePublished: 'June 19, 2024' });
    expect(pageMetadata(page(head)).published).toBe('2024-06-19');
    expect(
      pageMetadata(page('<meta property="article:published_time" content="03/04/2020">')),
    ).toEqual({});
  });
});

describe('pageMetadata: the publisher', () => {
  it('is og:site_name', () => {
    expect(pageMetadata(page('<meta property="og:site_name" content=" Example  Wire ">'))).toEqual({
      publisher: 'Example Wire',
    });
  });

  it('is the JSON-LD publisher’s name otherwise, as an object, a reference or a list', () => {
    expect(
      pageMetadata(page(jsonLd({ '@type': 'NewsArticle', publisher: { name: 'Diario' } })))
        .publisher,
    ).toBe('Diario');
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', publisher: { '@id': 'https://x.org/#org' } },
        { '@type': 'Organization', '@id': 'https://x.org/#org', name: 'Gaceta' },
      ],
    };
    expect(pageMetadata(page(jsonLd(graph))).publisher).toBe('Gaceta');
    expect(
      pageMetadata(page(jsonLd([{ '@type': 'WebPage' }, { publisher: [{}, { name: 'Wire' }] }])))
        .publisher,
    ).toBe('Wire');
  });

  it('is og:site_name over the JSON-LD publisher', () => {
    const head =
      jsonLd({ publisher: { name: 'From JSON-LD' } }) +
      '<meta property="og:site_name" content="From Open Graph">';
    expect(pageMetadata(page(head)).publisher).toBe('From Open Graph');
  });

  it('passes over an address or a paragraph given as a name', () => {
    const head =
      '<meta property="og:site_name" content="https://example-wire.com">' +
      jsonLd({ publisher: { name: 'x'.repeat(201) } }) +
      jsonLd({ publisher: 'Example Wire' });
    expect(pageMetadata(page(head)).publisher).toBe('Example Wire');
  });
});

describe('pageMetadata: JSON-LD', () => {
  it('is read as data: a block that is not JSON is passed over, and nothing runs', () => {
    const head =
      '<script type="application/ld+json">{ "datePublished": "2024-01-01", </script>' +
      '<script type="application/ld+json">window.__ran = 1; ({"datePublished": "2024-01-02"})</script>' +
      '<script type="application/ld+json">{"publisher": {"name": "Wire"}, "datePublished": "2024-01-03"}</script>' +
      '<script>{"datePublished": "2024-01-04"}</script>';
    expect(pageMetadata(page(head))).toEqual({ publisher: 'Wire', published: '2024-01-03' });
    expect((window as unknown as { __ran?: number }).__ran).toBeUndefined();
  });

  it('reads no author: a source has no field for one', () => {
    const head =
      '<meta name="author" content="Staff reporter">' +
      jsonLd({ author: { name: 'Ana Pérez' }, publisher: { name: 'Wire' } });
    expect(pageMetadata(page(head))).toEqual({ publisher: 'Wire' });
  });

  it('is empty for a page that says nothing about itself', () => {
    expect(pageMetadata(page('<title>Untitled</title>'))).toEqual({});
  });
});

describe('publicationDate', () => {
  it('keeps a date at the precision the page gives, to the day at most', () => {
    expect(publicationDate('2024')).toBe('2024');
    expect(publicationDate('2024-11')).toBe('2024-11');
    expect(publicationDate('2024-11-12T23:30:00-05:00')).toBe('2024-11-12');
    expect(publicationDate('12 November 2024')).toBe('2024-11-12');
    expect(publicationDate('2024-13-01')).toBeUndefined();
  });
});
