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
    showWindow(window) {
      worker.asked.push(window);
    },
    terminate() {
      worker.terminated = true;
    },
  }),
}));

const { getStore, useLoadProgress } = await import('./get-store');

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
