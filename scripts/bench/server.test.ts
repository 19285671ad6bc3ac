import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from './server.ts';

describe('bench static server', () => {
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-server-'));
    await mkdir(join(dir, 'dist/assets'), { recursive: true });
    await mkdir(join(dir, 'data'));
    await writeFile(join(dir, 'dist/index.html'), '<!doctype html><title>app</title>');
    await writeFile(join(dir, 'dist/assets/app.js'), 'console.log("é");');
    await writeFile(join(dir, 'data/store.json'), '{"format":"sourceline/1"}');
    await writeFile(join(dir, 'secret.txt'), 'outside');
    server = await startStaticServer(join(dir, 'dist'), [
      { prefix: '/__bench/data/', dir: join(dir, 'data') },
    ]);
  });

  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves files with their content type and length', async () => {
    const response = await fetch(`${server.url}/assets/app.js`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-length')).toBe(
      String(Buffer.byteLength('console.log("é");')),
    );
    expect(await response.text()).toBe('console.log("é");');
  });

  it('sends scripts gzip-compressed to a client that accepts it, stores as they are', async () => {
    const script = await fetch(`${server.url}/assets/app.js`, {
      headers: { 'Accept-Encoding': 'gzip, deflate' },
    });
    expect(script.headers.get('content-encoding')).toBe('gzip');
    expect(await script.text()).toBe('console.log("é");');
    const store = await fetch(`${server.url}/__bench/data/store.json`, {
      headers: { 'Accept-Encoding': 'gzip, deflate' },
    });
    expect(store.headers.get('content-encoding')).toBeNull();
    expect(store.headers.get('content-length')).toBe(String('{"format":"sourceline/1"}'.length));
  });

  it('serves mounts', async () => {
    const response = await fetch(`${server.url}/__bench/data/store.json`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({ format: 'sourceline/1' });
    expect((await fetch(`${server.url}/__bench/data/missing.json`)).status).toBe(404);
  });

  it('falls back to index.html for client routes, not for missing files', async () => {
    const route = await fetch(`${server.url}/some/route?store=/x.json`);
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await route.text()).toContain('<title>app</title>');
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
  });

  it('never serves outside its directories', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/__bench/data/..%2f..%2fsecret.txt',
    ]) {
      const response = await fetch(`${server.url}${path}`);
      expect(await response.text()).not.toBe('outside');
    }
  });

  it('answers one byte range with 206, as static hosts do (packed stores are read so)', async () => {
    const text = '{"format":"sourceline/1"}';
    const ranged = await fetch(`${server.url}/__bench/data/store.json`, {
      headers: { Range: 'bytes=2-7' },
    });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-range')).toBe(`bytes 2-7/${text.length}`);
    expect(await ranged.text()).toBe(text.slice(2, 8));
    const tail = await fetch(`${server.url}/__bench/data/store.json`, {
      headers: { Range: 'bytes=-4' },
    });
    expect(await tail.text()).toBe(text.slice(-4));
    const beyond = await fetch(`${server.url}/__bench/data/store.json`, {
      headers: { Range: `bytes=${text.length}-` },
    });
    expect(beyond.status).toBe(416);
  });
});
