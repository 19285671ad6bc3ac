import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text';

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks, decodes entities, drops tags', () => {
    expect(htmlToText('<p>First &amp; <b>bold</b></p><p>Second<br>line</p>')).toBe(
      'First & bold\n\nSecond\nline',
    );
  });

  it('keeps a link target as text after its words', () => {
    expect(htmlToText('See <a href="https://example.org/a">the report</a>.')).toBe(
      'See the report (https://example.org/a).',
    );
    expect(htmlToText('<a href="https://example.org/a">https://example.org/a</a>')).toBe(
      'https://example.org/a',
    );
  });

  it('drops a javascript: target and the content of scripts and styles', () => {
    const out = htmlToText(
      '<p onclick="alert(1)">Hi<script>alert(2)</script><style>p{}</style> <a href="javascript:alert(3)">x</a></p>',
    );
    expect(out).toBe('Hi x');
  });

  it('turns hostile markup into inert text, with no tag left', () => {
    const out = htmlToText('&lt;img src=x onerror=alert(1)&gt;<img src=x onerror="alert(1)">ok');
    expect(out).toBe('<img src=x onerror=alert(1)>ok');
  });

  it('leaves plain text alone, paragraphs included', () => {
    expect(htmlToText('a < b and c > d\n\nnext')).toBe('a < b and c > d\n\nnext');
  });

  it('decodes numeric entities', () => {
    expect(htmlToText('caf&#233; &#x2014; &nbsp;x')).toBe('café — x');
  });
});
