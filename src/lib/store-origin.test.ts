import { describe, expect, it } from 'vitest';
import { originAddress, originKey, storeOrigin } from './store-origin';
import { isStoreLocation, parseLink } from './url-codec';
import type { StoreSource } from './store-source';

const PAGE = 'http://localhost:4308/?event=x';
const url = (value: string): StoreSource => ({ kind: 'url', url: value });

describe('storeOrigin', () => {
  it('names this site’s default store, whichever way it is named', () => {
    const expected = { kind: 'default', address: 'http://localhost:4308/data/events.json' };
    expect(storeOrigin({ kind: 'default' }, PAGE)).toEqual(expected);
    expect(storeOrigin(url('/data/events.json'), PAGE)).toEqual(expected);
    expect(storeOrigin(url('http://localhost:4308/data/events.json'), PAGE)).toEqual(expected);
    // Upper-case scheme and host, and the default store under its full address.
    expect(storeOrigin(url('HTTP://LOCALHOST:4308/data/events.json'), PAGE)).toEqual(expected);
    // From the embed page, the default store is still this site's.
    expect(storeOrigin({ kind: 'default' }, 'http://localhost:4308/embed/?event=x')).toEqual(
      expected,
    );
  });

  it('names another path of this site by its path', () => {
    expect(storeOrigin(url('/data/other.json'), PAGE)).toEqual({
      kind: 'this-site',
      path: '/data/other.json',
      address: 'http://localhost:4308/data/other.json',
    });
    // A query makes it another store, not the default one.
    expect(storeOrigin(url('/data/events.json?v=2'), PAGE)).toMatchObject({
      kind: 'this-site',
      path: '/data/events.json?v=2',
    });
    // A path that walks up is resolved as fetch resolves it.
    expect(storeOrigin(url('/x/../data/events.json'), PAGE)).toMatchObject({ kind: 'default' });
  });

  it('names another site by its host and port', () => {
    expect(storeOrigin(url('http://localhost:4555/store.json'), PAGE)).toEqual({
      kind: 'other-site',
      host: 'localhost:4555',
      address: 'http://localhost:4555/store.json',
    });
    // Same host, another port: another site.
    expect(storeOrigin(url('http://localhost:4309/data/events.json'), PAGE)).toMatchObject({
      kind: 'other-site',
      host: 'localhost:4309',
    });
    // Same host and port, another scheme: another origin.
    expect(storeOrigin(url('https://localhost:4308/data/events.json'), PAGE)).toMatchObject({
      kind: 'other-site',
      host: 'localhost:4308',
    });
    // A default port is not spelled out; upper case is lowered.
    expect(storeOrigin(url('HTTPS://Data.Example:443/S.json'), PAGE)).toEqual({
      kind: 'other-site',
      host: 'data.example',
      address: 'https://data.example/S.json',
    });
    // 127.0.0.1 is not "localhost": the page cannot know they are the same machine.
    expect(storeOrigin(url('http://127.0.0.1:4308/data/events.json'), PAGE)).toMatchObject({
      kind: 'other-site',
      host: '127.0.0.1:4308',
    });
  });

  it('names the host the store is fetched from, never the user-info before it', () => {
    const origin = storeOrigin(url('http://evil.com@localhost:4555/'), PAGE);
    expect(origin).toEqual({
      kind: 'other-site',
      host: 'localhost:4555',
      address: 'http://localhost:4555/',
    });
    // User-info naming this very site does not make another site's store ours.
    expect(storeOrigin(url('http://localhost:4308@evil.example/s.json'), PAGE)).toMatchObject({
      kind: 'other-site',
      host: 'evil.example',
      address: 'http://evil.example/s.json',
    });
    // Nor does user-info on this site's own address make it someone else's.
    expect(storeOrigin(url('http://user:pw@localhost:4308/data/x.json'), PAGE)).toMatchObject({
      kind: 'this-site',
      address: 'http://localhost:4308/data/x.json',
    });
  });

  it('shows an international host in punycode, which cannot pass for a look-alike', () => {
    // "аpple.com" with a Cyrillic "а".
    expect(storeOrigin(url('https://\u0430pple.com/s.json'), PAGE)).toMatchObject({
      kind: 'other-site',
      host: 'xn--pple-43d.com',
    });
    expect(storeOrigin(url('https://bücher.example:8080/s.json'), PAGE)).toMatchObject({
      host: 'xn--bcher-kva.example:8080',
      address: 'https://xn--bcher-kva.example:8080/s.json',
    });
  });

  it('reads a protocol-relative address as another site (the link parser refuses it)', () => {
    expect(isStoreLocation('//evil.example/s.json')).toBe(false);
    expect(storeOrigin(url('//evil.example/s.json'), PAGE)).toMatchObject({
      kind: 'other-site',
      host: 'evil.example',
    });
    // Backslashes are slashes to the URL parser: still another site.
    expect(isStoreLocation('/\\evil.example/s.json')).toBe(false);
    expect(storeOrigin(url('/\\evil.example/s.json'), PAGE)).toMatchObject({
      kind: 'other-site',
      host: 'evil.example',
    });
  });

  it('never calls data: or blob: addresses this site’s (the link parser refuses them first)', () => {
    for (const value of [
      'data:application/json,{}',
      'blob:http://localhost:4308/0b5e9a0e-1111-2222-3333-444455556666',
      'javascript:alert(1)',
      'file:///etc/passwd',
    ]) {
      expect(isStoreLocation(value)).toBe(false);
      const { link, ignored } = parseLink(`?store=${encodeURIComponent(value)}`);
      expect(link.store).toBeNull();
      expect(ignored).toEqual([{ key: 'store', value, reason: 'invalid-store' }]);
      expect(storeOrigin(url(value), PAGE).kind).toBe('other-site');
    }
    // A blob: URL made by this very page is still not "this site's store".
    expect(
      storeOrigin(url('blob:http://localhost:4308/0b5e9a0e-1111-2222-3333-444455556666'), PAGE),
    ).toMatchObject({ kind: 'other-site', host: 'blob:' });
    expect(storeOrigin(url('data:application/json,{}'), PAGE)).toMatchObject({ host: 'data:' });
  });

  it('names a file and a draft by their names, with no address', () => {
    const file = storeOrigin({ kind: 'file', id: 3, name: 'my store.json' }, PAGE);
    const draft = storeOrigin({ kind: 'draft', id: 4, name: 'Treaty notes' }, PAGE);
    expect(file).toEqual({ kind: 'file', name: 'my store.json' });
    expect(draft).toEqual({ kind: 'draft', name: 'Treaty notes' });
    expect(originAddress(file)).toBeNull();
    expect(originAddress(draft)).toBeNull();
    expect(originKey(file)).not.toBe(originKey(draft));
  });

  it('names a document imported from an address by that address, as imported', () => {
    const imported = (address: string): StoreSource => ({
      kind: 'file',
      id: 5,
      name: 'timeline3.json',
      address,
    });
    expect(storeOrigin(imported('/tl/timeline3.json'), PAGE)).toEqual({
      kind: 'this-site',
      path: '/tl/timeline3.json',
      address: 'http://localhost:4308/tl/timeline3.json',
      imported: true,
    });
    const foreign = storeOrigin(imported('http://evil.com@other.example/t.json'), PAGE);
    expect(foreign).toEqual({
      kind: 'other-site',
      host: 'other.example',
      address: 'http://other.example/t.json',
      imported: true,
    });
    // Citations and exports name it as its address, not as a file.
    expect(originAddress(foreign)).toBe('http://other.example/t.json');
    // Whatever it is at the default store's address, it is not this site's own store.
    expect(storeOrigin(imported('/data/events.json'), PAGE)).toMatchObject({
      kind: 'this-site',
      imported: true,
    });
  });
});
