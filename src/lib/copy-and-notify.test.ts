import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyAndNotify } from './copy-and-notify';
import { viewActions } from './view-store';

const notices = { copied: 'link-copied', failed: 'link-not-copied' } as const;

function clipboard(writeText: (text: string) => Promise<void>) {
  vi.stubGlobal('navigator', { clipboard: { writeText } });
}

describe('copyAndNotify', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('copies the text and says so', async () => {
    const written: string[] = [];
    clipboard(async (text) => {
      written.push(text);
    });
    const notify = vi.spyOn(viewActions, 'notify').mockImplementation(() => {});
    await expect(copyAndNotify('https://example.org/?event=a', notices)).resolves.toBe(true);
    expect(written).toEqual(['https://example.org/?event=a']);
    expect(notify.mock.calls).toEqual([['link-copied']]);
  });

  it('says the copy failed when the browser refuses', async () => {
    clipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const notify = vi.spyOn(viewActions, 'notify').mockImplementation(() => {});
    await expect(copyAndNotify('text', notices)).resolves.toBe(false);
    expect(notify.mock.calls).toEqual([['link-not-copied']]);
  });

  it('says the copy failed when there is no clipboard at all', async () => {
    vi.stubGlobal('navigator', {});
    const notify = vi.spyOn(viewActions, 'notify').mockImplementation(() => {});
    await expect(copyAndNotify('text', notices)).resolves.toBe(false);
    expect(notify.mock.calls).toEqual([['link-not-copied']]);
  });

  it('hands a refused text over to be copied by hand, and a copied one not', async () => {
    vi.spyOn(viewActions, 'notify').mockImplementation(() => {});
    const byHand = vi.fn();
    clipboard(() => Promise.reject(new DOMException('blocked', 'NotAllowedError')));
    await expect(copyAndNotify('the citation', notices, byHand)).resolves.toBe(false);
    expect(byHand.mock.calls).toEqual([['the citation']]);
    clipboard(async () => {});
    await expect(copyAndNotify('the link', notices, byHand)).resolves.toBe(true);
    expect(byHand).toHaveBeenCalledTimes(1);
  });
});
