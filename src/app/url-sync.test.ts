// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useViewStore, viewActions } from '../lib/view-store';
import { startUrlSync } from './url-sync';

describe('startUrlSync', () => {
  let stop: () => void;
  let writes: string[];

  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    window.history.replaceState(null, '', '/');
    useViewStore.setState(useViewStore.getInitialState());
    writes = [];
    const { pushState, replaceState } = window.history;
    vi.spyOn(window.history, 'pushState').mockImplementation(function (this: History, ...args) {
      writes.push(`push ${String(args[2])}`);
      pushState.apply(this, args);
    });
    vi.spyOn(window.history, 'replaceState').mockImplementation(function (this: History, ...args) {
      writes.push(`replace ${String(args[2])}`);
      replaceState.apply(this, args);
    });
    stop = startUrlSync();
  });

  afterEach(() => {
    stop();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  const panTo = (start: number) =>
    viewActions.setWindow({ start: Date.UTC(start, 0, 1), end: Date.UTC(start + 1, 0, 1) });

  it('pushes a filter change once the page has drawn it', () => {
    viewActions.toggleActor('russia', true);
    expect(writes).toEqual([]);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(writes).toEqual(['push /?actors=russia']);
    expect(window.location.search).toBe('?actors=russia');
  });

  it('still pushes where no frame is drawn (a background tab)', () => {
    viewActions.toggleActor('russia', true);
    vi.advanceTimersByTime(100);
    expect(writes).toEqual(['push /?actors=russia']);
  });

  it('replaces the entry for pans and zooms, once for a burst of them', () => {
    panTo(2000);
    panTo(2001);
    panTo(2002);
    vi.advanceTimersByTime(249);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([expect.stringMatching(/^replace \/\?from=2002-01-01/)]);
  });

  it('keeps the order: a pan settles the entry left, a pan after a filter goes to the new one', () => {
    panTo(2000);
    viewActions.toggleActor('russia', true);
    panTo(2010);
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([
      expect.stringMatching(/^replace \/\?from=2000-/),
      expect.stringMatching(/^push \/\?from=2000-.*actors=russia/),
      expect.stringMatching(/^replace \/\?from=2010-.*actors=russia/),
    ]);
  });

  it('drops queued writes when the person goes Back', () => {
    viewActions.toggleActor('russia', true);
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(500);
    expect(writes).toEqual([]);
  });
});
