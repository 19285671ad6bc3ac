import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddressFetchError, fetchDocument } from './fetch-document';

afterEach(() => vi.unstubAllGlobals());

const address = { url: 'https://example.org/timeline.csv', name: null, sheet: false };

describe('fetching a document to import by its address', () => {
  it('gives its bytes', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('Date,Title')));
    expect(await (await fetchDocument(address)).text()).toBe('Date,Title');
  });

  it('refuses with the server’s status, not its English', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
    const error = await fetchDocument({ ...address, sheet: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddressFetchError);
    expect(error).toMatchObject({ status: 404, sheet: true });
  });

  it('refuses with no status when nothing answers (the browser’s “Failed to fetch”)', async () => {
    const offline = new TypeError('Failed to fetch');
    vi.stubGlobal('fetch', () => Promise.reject(offline));
    const error = await fetchDocument(address).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddressFetchError);
    expect(error).toMatchObject({ status: null, sheet: false, cause: offline });
  });

  it('lets an abort through as it is', async () => {
    const abort = new DOMException('stopped', 'AbortError');
    vi.stubGlobal('fetch', () => Promise.reject(abort));
    await expect(fetchDocument(address)).rejects.toBe(abort);
  });
});
