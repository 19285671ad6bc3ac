import { describe, expect, it } from 'vitest';
import type { DraftSource } from './draft-document';
import { addressKey, filledWith, sourceAtAddress } from './same-address';

const placeholder: DraftSource = {
  id: 'example-org-reports-21',
  title: 'example.org/reports/21',
  language: 'und',
  url: 'https://example.org/reports/21',
};
const other: DraftSource = { id: 'wire', title: 'Wire', language: 'en', url: 'https://w.org/a' };

describe('sources at the same address', () => {
  it('are the same page whatever the host’s case, a fragment or a trailing slash', () => {
    expect(addressKey(' https://EXAMPLE.org/reports/21/#top ')).toBe(
      'https://example.org/reports/21',
    );
    expect(addressKey('https://example.org/?q=1')).toBe('https://example.org/?q=1');
    expect(addressKey('not an address ')).toBe('not an address');
  });

  it('finds the draft’s source at an address, not the one being edited', () => {
    const sources = [other, placeholder];
    expect(sourceAtAddress(sources, 'https://example.org/reports/21/')).toBe(placeholder);
    expect(sourceAtAddress(sources, 'https://example.org/reports/2')).toBeUndefined();
    expect(sourceAtAddress(sources, '')).toBeUndefined();
    expect(sourceAtAddress(sources, placeholder.url!, placeholder.id)).toBeUndefined();
  });

  it('fills a source with what the form holds, keeping what it leaves empty', () => {
    expect(
      filledWith(placeholder, {
        title: 'Strike on Kharkiv',
        language: 'en',
        url: 'https://example.org/reports/21',
        text: 'The article.',
        publisher: '',
      }),
    ).toEqual({
      title: 'Strike on Kharkiv',
      language: 'en',
      url: 'https://example.org/reports/21',
      text: 'The article.',
    });
  });
});
