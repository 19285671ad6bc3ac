import { describe, expect, it } from 'vitest';
import { neutralizeHandlers } from './read-source-file';

describe('neutralizeHandlers', () => {
  it('renames event-handler attributes in tags, whatever their separator', () => {
    const html =
      '<body onload="a()"><img/onerror=b() src=x><p class="x" ONCLICK=\'c()\'>on=fire, online</p>';
    const out = neutralizeHandlers(html);
    expect(out).not.toMatch(/[\s/"']on[a-z]+\s*=/i);
    expect(out).toContain('data-was-onload="a()"');
    expect(out).toContain('data-was-onerror=b()');
    // Text between tags is left as it is.
    expect(out).toContain('>on=fire, online<');
  });
});
