import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerReply } from '../worker/protocol';
import { takeEarlyStoreLoad, startEarlyStoreLoad } from './early-store-load';
import { spawnStoreWorker, urlRequest } from './store-worker-client';
import { requestInName } from '../worker/request-in-name';

/** Stands in for the browser's Worker: records what the page posts, replies on demand. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((message: { data: WorkerReply }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  /** The load the worker starts on: from its name, or the first message posted. */
  get request() {
    return (
      requestInName(this.options.name ?? '') ?? (this.posted[0] as { request: unknown }).request
    );
  }
  postMessage(data: unknown) {
    this.posted.push(data);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: WorkerReply) {
    this.onmessage?.({ data });
  }
  fail(message: string) {
    const event = { message, preventDefault: vi.fn() };
    this.onerror?.(event);
    return event;
  }
}

const progress = (loaded: number): WorkerReply => ({
  type: 'progress',
  progress: { phase: 'download', loaded, total: 100 },
});

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  takeEarlyStoreLoad('none');
  vi.unstubAllGlobals();
});

describe('spawnStoreWorker', () => {
  it("gives a URL load in the worker's name and hands over replies that came before anyone listened", () => {
    const handle = spawnStoreWorker(urlRequest('/data/x.json', 'http://host/app/?a=1'));
    const worker = FakeWorker.made[0]!;
    expect(worker.request).toEqual({
      kind: 'url',
      url: 'http://host/data/x.json',
      timeoutMs: 30_000,
    });
    expect(worker.posted).toEqual([]);
    worker.reply(progress(10));
    worker.reply(progress(20));
    const seen: unknown[] = [];
    handle.listen(
      (reply) => seen.push(reply),
      (message) => seen.push(message),
    );
    expect(seen).toEqual([progress(10), progress(20)]);
    worker.reply(progress(30));
    expect(seen).toEqual([progress(10), progress(20), progress(30)]);
  });

  it('keeps a worker error in its place among the replies, and handles the event', () => {
    const handle = spawnStoreWorker(urlRequest('/data/x.json', 'http://host/'));
    const worker = FakeWorker.made[0]!;
    worker.reply(progress(10));
    const event = worker.fail('boom');
    expect(event.preventDefault).toHaveBeenCalled();
    const seen: unknown[] = [];
    handle.listen(
      (reply) => seen.push(reply),
      (message) => seen.push(`error: ${message}`),
    );
    expect(seen).toEqual([progress(10), 'error: boom']);
  });

  it('delivers nothing more once terminated', () => {
    const handle = spawnStoreWorker(urlRequest('/data/x.json', 'http://host/'));
    const worker = FakeWorker.made[0]!;
    const seen: unknown[] = [];
    handle.listen(
      (reply) => seen.push(reply),
      () => {},
    );
    handle.terminate();
    worker.reply(progress(10));
    expect(worker.terminated).toBe(true);
    expect(seen).toEqual([]);
  });
});

describe('started', () => {
  it("settles at the worker's first message, which no listener sees", async () => {
    const handle = spawnStoreWorker(urlRequest('/data/x.json', 'http://host/'));
    const worker = FakeWorker.made[0]!;
    let started = false;
    void handle.started.then(() => (started = true));
    await Promise.resolve();
    expect(started).toBe(false);
    worker.onmessage?.({ data: { type: 'started' } as never });
    worker.reply(progress(10));
    await handle.started;
    const seen: unknown[] = [];
    handle.listen(
      (reply) => seen.push(reply),
      (message) => seen.push(message),
    );
    expect(seen).toEqual([progress(10)]);
  });

  it('settles when the worker fails to load, or is stopped', async () => {
    const failed = spawnStoreWorker(urlRequest('/data/x.json', 'http://host/'));
    FakeWorker.made[0]!.fail('no script');
    await failed.started;
    const stopped = spawnStoreWorker(urlRequest('/data/x.json', 'http://host/'));
    stopped.terminate();
    await stopped.started;
  });
});

describe('a file', () => {
  it('is posted to the worker: it cannot go in a name', () => {
    const file = new Blob(['{}']);
    spawnStoreWorker({ kind: 'file', file });
    const worker = FakeWorker.made[0]!;
    expect(requestInName(worker.options.name ?? '')).toBeNull();
    expect(worker.posted).toEqual([{ type: 'load', request: { kind: 'file', file } }]);
  });
});

describe('tell', () => {
  it('tells the worker each window the timeline moves to, and each search of the whole store', () => {
    const handle = spawnStoreWorker(urlRequest('/p/manifest.json', 'http://host/'));
    handle.tell({ type: 'show-window', window: { start: 10, end: 20 } });
    handle.tell({ type: 'search-store', search: { id: 1, query: 'treaty' } });
    expect(FakeWorker.made[0]!.posted).toEqual([
      { type: 'show-window', window: { start: 10, end: 20 } },
      { type: 'search-store', search: { id: 1, query: 'treaty' } },
    ]);
  });
});

describe('early store load', () => {
  const at = (search: string) => ({ search, href: `http://host/${search}` });

  it('loads the default store when the link names none, and is taken once', () => {
    startEarlyStoreLoad(at('?event=x'));
    // With the event the link names (a packed store would open around it).
    expect(FakeWorker.made[0]!.request).toEqual({
      kind: 'url',
      url: 'http://host/data/events.json',
      timeoutMs: 30_000,
      event: 'x',
    });
    expect(takeEarlyStoreLoad('default')).not.toBeNull();
    expect(takeEarlyStoreLoad('default')).toBeNull();
    expect(FakeWorker.made[0]!.terminated).toBe(false);
  });

  it("with the link's window, not its event: the window says where to open", () => {
    startEarlyStoreLoad(at('?event=x&from=2024-01-01&to=2024-03-01'));
    expect(FakeWorker.made[0]!.request).toEqual({
      kind: 'url',
      url: 'http://host/data/events.json',
      timeoutMs: 30_000,
      // A date as `to` is its whole day.
      window: { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 2, 2) },
    });
  });

  it("loads the link's store", () => {
    startEarlyStoreLoad(at('?store=%2Fstores%2Fbig.json'));
    expect(FakeWorker.made[0]!.request).toEqual({
      kind: 'url',
      url: 'http://host/stores/big.json',
      timeoutMs: 30_000,
    });
    expect(takeEarlyStoreLoad('url:/stores/big.json')).not.toBeNull();
  });

  it('leaves the load to the page when a worker cannot be started', () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('blocked', 'SecurityError');
        }
      },
    );
    expect(() => startEarlyStoreLoad(at(''))).not.toThrow();
    expect(takeEarlyStoreLoad('default')).toBeNull();
  });

  it('stops a load that turns out not to be the one wanted', () => {
    startEarlyStoreLoad(at('?store=%2Fstores%2Fbig.json'));
    expect(takeEarlyStoreLoad('default')).toBeNull();
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });
});
