// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_LINK } from '../lib/url-codec';
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
    // Marking the entry the page opened on is not a change of address.
    expect(writes).toEqual(['replace /']);
    writes = [];
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

  it('names a file in the address: by its name, marked, or by the address it came from', () => {
    viewActions.openLink(EMPTY_LINK, [], 'push', { kind: 'file', id: 7, name: 'incidents.csv' });
    vi.advanceTimersByTime(100);
    expect(window.location.search).toBe('?store=file:incidents.csv');
    const address = 'https://example.org/incidents.csv';
    viewActions.openLink(EMPTY_LINK, [], 'push', { kind: 'file', id: 8, name: 'x.csv', address });
    vi.advanceTimersByTime(100);
    expect(window.location.search).toBe(`?store=${address}`);
    // A draft the editor hands over is named by the page's hash (draft-preview-start.ts).
    viewActions.openLink(EMPTY_LINK, [], 'push', { kind: 'draft', id: 9, name: 'Draft' });
    vi.advanceTimersByTime(100);
    expect(window.location.search).toBe('');
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
    // Then in a task of its own (the idle period, where there is one).
    vi.advanceTimersByTime(2);
    expect(writes).toEqual([expect.stringMatching(/^replace \/\?from=2002-01-01/)]);
  });

  it('replaces the entry at most every 250 ms while the window keeps moving', () => {
    for (let year = 2000; year < 2006; year++) {
      panTo(year);
      vi.advanceTimersByTime(100);
    }
    // Moved every 100 ms for 600 ms: written twice, with the window of the moment.
    expect(writes).toEqual([
      expect.stringMatching(/^replace \/\?from=2002-01-01/),
      expect.stringMatching(/^replace \/\?from=2005-01-01/),
    ]);
  });

  it('replaces the entry in an idle period once it is due', () => {
    let idle: (() => void) | undefined;
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
      idle = callback;
      return 1;
    });
    vi.stubGlobal('cancelIdleCallback', () => (idle = undefined));
    panTo(2000);
    vi.advanceTimersByTime(300);
    expect(writes).toEqual([]);
    // Moved again while waiting for the idle period: its write takes the latest window.
    panTo(2001);
    idle!();
    expect(writes).toEqual([expect.stringMatching(/^replace \/\?from=2001-01-01/)]);
    vi.unstubAllGlobals();
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

  const frame = () => {
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
  };
  // What the browser does on Back or Forward: show another entry, then say so.
  const goTo = (state: unknown, search: string) => {
    window.history.replaceState(state, '', `/${search}`);
    writes.pop(); // the browser's move, not the app's write
    window.dispatchEvent(new PopStateEvent('popstate', { state }));
  };

  it('Back after a written change opens the entry it lands on, and writes nothing', () => {
    viewActions.toggleActor('russia', true);
    frame();
    expect(window.history.state).toEqual({ sourcelineEntry: 1 });
    writes = [];
    goTo({ sourcelineEntry: 0 }, '');
    vi.advanceTimersByTime(500);
    expect(writes).toEqual([]);
    expect(useViewStore.getState().actorIds).toEqual([]);
  });

  it('Back before a change is written lands on the view before that change, not one further', () => {
    const go = vi.spyOn(window.history, 'go').mockImplementation(() => {});
    viewActions.toggleActor('russia', true);
    frame();
    // Written: 0 (nothing chosen), 1 (russia). Chosen next, not yet written: russia and china.
    viewActions.toggleActor('china', true);
    // Back from there: the browser goes from entry 1 to entry 0.
    goTo({ sourcelineEntry: 0 }, '');
    expect(go).toHaveBeenCalledWith(1);
    // The pending change is not written over the entry landed on.
    vi.advanceTimersByTime(500);
    expect(writes.filter((write) => write.includes('china'))).toEqual([]);
    // The forward step's own popstate opens entry 1: russia alone, as before the last change.
    goTo({ sourcelineEntry: 1 }, '?actors=russia');
    expect(go).toHaveBeenCalledTimes(1);
    expect(useViewStore.getState().actorIds).toEqual(['russia']);
  });

  it('an unwritten pan or zoom does not move Back', () => {
    const go = vi.spyOn(window.history, 'go').mockImplementation(() => {});
    viewActions.toggleActor('russia', true);
    frame();
    panTo(2000);
    goTo({ sourcelineEntry: 0 }, '');
    expect(go).not.toHaveBeenCalled();
    expect(useViewStore.getState().actorIds).toEqual([]);
  });
});
