import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embed-code';
import { isEmbedPath } from './embed-path';

describe('embedSnippet', () => {
  it('allows the frame to write to the clipboard (Copy citation, Copy link)', () => {
    expect(embedSnippet('https://example.org/embed/', 'T')).toMatch(
      / allow="clipboard-write"><\/iframe>$/,
    );
  });

  it('frames the link, with the title escaped so store text cannot break out', () => {
    const snippet = embedSnippet(
      'https://example.org/embed/?event=a&q=x',
      'Wars "and" <treaties> — Sourceline timeline',
    );
    expect(snippet).toBe(
      '<iframe src="https://example.org/embed/?event=a&amp;q=x" title="Wars &quot;and&quot; &lt;treaties&gt; — Sourceline timeline" width="100%" height="480" style="border:0" loading="lazy" allow="clipboard-write"></iframe>',
    );
  });
});

describe('isEmbedPath', () => {
  it('knows the embeddable page from the full one', () => {
    expect(isEmbedPath('/embed/')).toBe(true);
    expect(isEmbedPath('/embed')).toBe(true);
    expect(isEmbedPath('/')).toBe(false);
    expect(isEmbedPath('/embedded-elsewhere')).toBe(false);
  });
});
