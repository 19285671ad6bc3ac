import { describe, expect, it } from 'vitest';
import xss, { escapeAllHtml } from './escape-all-html';

describe('escape-all-html (vis-timeline sanitizer stand-in)', () => {
  it('escapes every character that could start markup, so a string shows as the text it is', () => {
    expect(escapeAllHtml(`<img src=x onerror="alert(1)">Tom & 'Jerry'`)).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Tom &amp; &#39;Jerry&#39;',
    );
  });

  it('leaves plain axis labels as they are', () => {
    expect(new xss.FilterXSS().process('Mon 24 February 2022')).toBe('Mon 24 February 2022');
  });
});
