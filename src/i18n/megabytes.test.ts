import { describe, expect, it } from 'vitest';
import { en } from './messages';
import { megabytesIn } from './megabytes';

describe('sizes as the interface writes them', () => {
  it('one decimal, in the language’s own way of writing numbers', () => {
    expect(megabytesIn('en-GB')(1.5 * 1_048_576)).toBe('1.5 MB');
    expect(megabytesIn('es-ES')(1.5 * 1_048_576)).toBe('1,5 MB');
    expect(megabytesIn('en-GB')(1024 * 1_048_576)).toBe('1,024.0 MB');
    expect(megabytesIn('en-GB')(0)).toBe('0.0 MB');
  });

  it('the store’s download progress, with and without the size the server said', () => {
    expect(en.downloaded(3 * 1_048_576, null)).toBe('3.0 MB received');
    expect(en.downloaded(1_048_576 / 2, 200 * 1_048_576)).toBe('0.5 MB of 200.0 MB');
  });
});
