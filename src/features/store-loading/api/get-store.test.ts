import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureStore } from '../../../lib/testing/fixture-store';
import type { TimeWindow } from '../../../lib/time-window';
import { useViewStore, viewActions } from '../../../lib/view-store';
import type { WorkerReply } from '../worker/protocol';
import type { StoreWorkerHandle } from './store-worker-client';

// The store's worker, as the page's side of the load sees it: its replies are the test's.
const worker = vi.hoisted(() => {
  const state = {
    reply: (_reply: unknown) => {},
    asked: [] as unknown[],
    terminated: false,
  };
  return state;
});
vi.mock('./early-store-load', () => ({
  takeEarlyStoreLoad: (): StoreWorkerHandle => ({
    started: Promise.resolve(),
    listen(onReply) {
      worker.reply = onReply as (reply: unknown) => void;
    },
    tell(request) {
      if (request.type === 'show-window') worker.asked.push(request.window);
    },
    terminate() {
      worker.terminated = true;
    },
  }),
}));

const { getStore, useLoadProgress } = await import('./get-store');
const { dispatchStoreOnScreen, useStoreOnScreen, INITIAL_STORE_ON_SCREEN } = await import(
  './store-on-screen'
);

const reply = (message: WorkerReply) => worker.reply(message);
const store = fixtureStore();
const { events, ...header } = store;
const extent = { start: Date.UTC(1990, 0, 1), end: Date.UTC(2020, 0, 1) };

describe('a packed store shown window by window', () => {
  beforeEach(() => {
    vi.stubGlobal('window', { location: { href: 'https://example.org/', search: '' } });
    worker.asked = [];
    worker.terminated = false;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('keeps the lanes of a look too wide to read until the look of the window moved to comes', async () => {
    const loaded = getStore(
      { kind: 'url', url: 'https://example.org/pack/manifest.json' },
      new AbortController().signal,
    );
    reply({ type: 'header', header });
    reply({
      type: 'opening',
      opening: {
        window: extent,
        extent,
        total: 1_000_000,
        density: null,
        complete: true,
        held: null,
      },
    });
    const { index, held } = await loaded;
    expect(index.events).toHaveLength(0);
    expect(useLoadProgress.getState().lookTooWide).toBe(true);

    // Zoomed into a few years: its rows are asked for, and the look on screen has none yet.
    viewActions.setWindow({ start: Date.UTC(2000, 0, 1), end: Date.UTC(2004, 0, 1) });
    expect(worker.asked).toHaveLength(1);
    const asked = worker.asked[0] as TimeWindow;
    expect(useLoadProgress.getState().movedWindow).toEqual({ window: asked, complete: false });
    // Still drawn from the pyramid: no look without lanes in between.
    expect(useLoadProgress.getState().lookTooWide).toBe(true);

    reply({ type: 'events', group: 0, events: events.map(({ when: _, ...input }) => input) });
    reply({
      type: 'window-in',
      window: asked,
      held: { window: asked, span: extent, groups: [0], complete: true },
    });
    expect(useLoadProgress.getState().lookTooWide).toBe(false);

    // Back out to a window too wide to read: its look (none) and the pyramid come together.
    viewActions.setWindow(extent);
    const wide = worker.asked[1] as TimeWindow;
    expect(useLoadProgress.getState().lookTooWide).toBe(false);
    reply({ type: 'window-in', window: wide, held: null });
    expect(useLoadProgress.getState().lookTooWide).toBe(true);
    expect(useLoadProgress.getState().movedWindow).toEqual({
      window: wide,
      complete: true,
      tooWide: true,
    });

    held!.stop();
    expect(worker.terminated).toBe(true);
    useViewStore.setState({ window: null });
  });
});

describe('the whole store handed to the page', () => {
  const inputs = events.map(({ when: _, ...input }) => input);
  const manyInputs = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ ...inputs[i % inputs.length]!, id: `event-${i}` }));
  const done = { dropped: { sources: 0, actors: 0, events: 0 }, problems: [], warnings: 0 };
  const load = (count: number, controller = new AbortController()) => {
    const loaded = getStore(
      { kind: 'url', url: 'https://example.org/store.json' },
      controller.signal,
    );
    let settled = false;
    loaded.then(
      () => (settled = true),
      () => (settled = true),
    );
    reply({ type: 'header', header });
    reply({ type: 'events', events: manyInputs(count) });
    reply({ type: 'done', store: header, report: { ...done, byteLength: count * 100 } });
    return { loaded, settled: () => settled };
  };
  // Every promise callback queued so far has run: what settles without a task of its own.
  const microtasks = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };

  beforeEach(() => {
    vi.stubGlobal('window', { location: { href: 'https://example.org/', search: '' } });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('settles a small store in the task of its last message: no wait before its first paint', async () => {
    const { loaded, settled } = load(inputs.length);
    await microtasks();
    expect(settled()).toBe(true);
    expect((await loaded).index.events).toHaveLength(inputs.length);
  });

  it('hands a large store over in tasks of its own, so the page paints between them', async () => {
    const { loaded, settled } = load(10_000);
    await microtasks();
    expect(settled()).toBe(false);
    const { index } = await loaded;
    expect(index.events).toHaveLength(10_000);
    expect(index.eventById.get('event-9999')?.id).toBe('event-9999');
  });

  it('drops a large store asked away while it was being indexed', async () => {
    const controller = new AbortController();
    const { loaded } = load(10_000, controller);
    controller.abort();
    await expect(loaded).rejects.toMatchObject({ name: 'AbortError' });
  });

  describe('a look at it while it loads', () => {
    const source = { kind: 'url', url: 'https://example.org/store.json' } as const;
    const preview = () => useStoreOnScreen.getState().preview;
    beforeEach(() => {
      useStoreOnScreen.setState(INITIAL_STORE_ON_SCREEN, true);
      dispatchStoreOnScreen({ type: 'request', source, kind: 'link' });
    });

    it('is indexed in tasks of its own when large, then shown', async () => {
      const controller = new AbortController();
      getStore(source, controller.signal).catch(() => {});
      reply({ type: 'header', header });
      reply({ type: 'events', events: manyInputs(10_000) });
      await microtasks();
      // Not in the task of the message that brought its events.
      expect(preview()).toBeNull();
      await vi.waitFor(() => expect(preview()?.events).toHaveLength(10_000));
      controller.abort();
    });

    it('is never shown once the whole store has come while it was indexed', async () => {
      const { loaded } = load(10_000);
      await loaded;
      // Time for the look's own tasks, had it gone on.
      for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve));
      expect(preview()).toBeNull();
    });
  });
});
