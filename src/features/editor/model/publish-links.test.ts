import { describe, expect, it } from 'vitest';
import { parseLink } from '../../../lib/url-codec';
import { publishedLinks } from './publish-links';

describe('publishedLinks', () => {
  it('opens the published store in the explorer, and frames its embeddable page', () => {
    const links = publishedLinks(
      'https://sourceline.example',
      'https://files.example/t/store.json?v=2&x=1',
      'Talks <and> "treaties" — Sourceline timeline',
    );
    expect(links.share).toBe(
      'https://sourceline.example/?store=https://files.example/t/store.json%3Fv%3D2%26x%3D1',
    );
    // The explorer reads the address back whole, query and all.
    expect(parseLink(new URL(links.share).search).link.store).toBe(
      'https://files.example/t/store.json?v=2&x=1',
    );
    expect(links.embed).toBe(
      '<iframe src="https://sourceline.example/embed/?store=https://files.example/t/store.json%3Fv%3D2%26x%3D1" title="Talks &lt;and&gt; &quot;treaties&quot; — Sourceline timeline" width="100%" height="480" style="border:0" loading="lazy" allow="clipboard-write"></iframe>',
    );
  });

  it('names a store on this site by its path', () => {
    expect(publishedLinks('http://127.0.0.1:4173', '/data/mine.json', 'T').share).toBe(
      'http://127.0.0.1:4173/?store=/data/mine.json',
    );
  });
});
