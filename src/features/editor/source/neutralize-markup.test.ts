// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { neutralizeMarkup, textFromHtml } from './read-source-file';

describe('neutralizeMarkup', () => {
  it('renames event-handler attributes in tags, whatever their separator', () => {
    const html =
      '<body onload="a()"><img/onerror=b() src=x><p class="x" ONCLICK=\'c()\'>on=fire, online</p>';
    const out = neutralizeMarkup(html);
    expect(out).not.toMatch(/[\s/"']on[a-z]+\s*=/i);
    expect(out).toContain('data-was-onload="a()"');
    expect(out).toContain('data-was-onerror=b()');
    // Text between tags is left as it is.
    expect(out).toContain('>on=fire, online<');
  });

  it('renames style attributes and style elements, and nothing that only looks like them', () => {
    const html =
      '<head><style media="screen">.ad{display:block}</style></head><body><p STYLE="color:red" data-style="x">style=plain</p>' +
      '<svg><style>circle{fill:red}</style></svg><stylish-box>x</stylish-box></body>';
    const out = neutralizeMarkup(html);
    const parsed = new DOMParser().parseFromString(out, 'text/html');
    expect(parsed.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(out).toContain('<noframes data-was-style media="screen">.ad{display:block}</noframes>');
    expect(out).toContain('data-was-STYLE="color:red" data-style="x">style=plain<');
    expect(out).toContain('<stylish-box>x</stylish-box>');
  });
});

describe('textFromHtml with style sheets', () => {
  it('keeps their rules out of the text, wherever they stand', () => {
    const read = textFromHtml(
      '<html><head><style>.ad{display:block}</style></head><body><article>' +
        '<style>p{margin:0}</style><p style="color:red">North Korea has ratified a mutual defence treaty with Russia.</p>' +
        '<svg><style>circle{fill:red}</style></svg></article></body></html>',
    );
    expect(read.text).toBe('North Korea has ratified a mutual defence treaty with Russia.');
  });
});
