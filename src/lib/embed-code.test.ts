import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_PX, EMBED_LEAST_HEIGHT_PX, embedSnippet } from './embed-code';
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

describe('the height the Embed dialog advises', () => {
  // The media query under which embed.css hides an event's details behind a Details button.
  const css = readFileSync(new URL('../app/embed.css', import.meta.url), 'utf8');
  const hiding =
    /@media \(max-width: [\d.]+em\) and \(max-height: ([\d.]+)em\) \{[^@]*?\.embed__details-bar \{\s*grid-area: bar;/.exec(
      css,
    );

  it('is the least at which the frame shows the details under the timeline', () => {
    expect(hiding).not.toBeNull();
    // In px at the browser's usual 16 px text: the query holds up to this, and no higher.
    const lastHiddenPx = Math.floor(Number(hiding![1]) * 16);
    expect(EMBED_LEAST_HEIGHT_PX).toBe(lastHiddenPx + 1);
  });

  it('is kept by the code itself', () => {
    expect(EMBED_HEIGHT_PX).toBeGreaterThanOrEqual(EMBED_LEAST_HEIGHT_PX);
    expect(embedSnippet('https://example.org/embed/', 'T')).toContain(
      ` height="${EMBED_HEIGHT_PX}" `,
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
