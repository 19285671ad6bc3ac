import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureEvent, fixtureIndex, ms } from './testing/fixture-store';
import { openingWindowOf } from './opening-window';
import { extentOf } from './store-index';
import { fitWindow, focusWindow, span, zoomWindow } from './time-window';

const DAY = 86_400_000;
import { useStepEnds } from './step-ends';
import { EMPTY_LINK, type IgnoredValue, type LinkState, parseLink } from './url-codec';
import { type ViewState, linkFromState, useViewStore, viewActions } from './view-store';

const INITIAL = useViewStore.getState();
const index = fixtureIndex();
const event = (id: string) => index.eventById.get(id)!;
const state = () => useViewStore.getState();
const WINDOW = { start: ms('2023-01-01T00:00:00Z'), end: ms('2024-01-01T00:00:00Z') };

/** A view as the app has it once a store is loaded: reconciled, with a window. */
function loaded(patch: Partial<ViewState> = {}) {
  useViewStore.setState({
    ...INITIAL,
    window: WINDOW,
    pendingReconcile: false,
    historyMode: 'none',
    ...patch,
  });
}

/** Runs an action and returns how many times the view changed. */
function changes(action: () => void): number {
  let count = 0;
  const unsubscribe = useViewStore.subscribe(() => count++);
  action();
  unsubscribe();
  return count;
}

beforeEach(() => {
  useViewStore.setState(INITIAL, true);
});

describe('openLink', () => {
  const link: LinkState = {
    ...EMPTY_LINK,
    event: 'vostochny-summit',
    window: WINDOW,
    actors: ['kim-jong-un'],
    match: 'all',
    q: 'summit',
    store: '/data/x.json',
    lang: 'es',
    map: true,
  };

  it('takes the whole view from the link, with the history mode given', () => {
    loaded({ selectedEventId: 'sanctions-period', query: 'old', laneMode: 'single' });
    viewActions.openLink(link, [], 'none');
    expect(state()).toMatchObject({
      selectedEventId: 'vostochny-summit',
      window: WINDOW,
      actorIds: ['kim-jong-un'],
      match: 'all',
      query: 'summit',
      lang: 'es',
      mapShown: true,
      notices: [],
      pendingReconcile: true,
      historyMode: 'none',
      // How lanes are drawn is not part of a link.
      laneMode: 'single',
    });
    // The link written back is the one opened, store location included.
    expect(linkFromState(state())).toEqual(link);
    viewActions.openLink(EMPTY_LINK, [], 'replace');
    expect(state()).toMatchObject({ selectedEventId: null, query: '', historyMode: 'replace' });
  });

  it('adds a notice listing what the link had that was ignored', () => {
    const parsed = parseLink('?event=vostochny-summit&lang=fr&match=most');
    viewActions.openLink(parsed.link, parsed.ignored, 'replace');
    expect(state().notices).toHaveLength(1);
    expect(state().notices[0]).toMatchObject({
      kind: 'ignored-link',
      ignored: [
        { key: 'match', value: 'most', reason: 'invalid-match' },
        { key: 'lang', value: 'fr', reason: 'invalid-lang' },
      ],
    });
  });
});

describe('reconcileWithStore', () => {
  it('drops an unknown event and unknown actors with one notice, and replaces the entry', () => {
    viewActions.openLink(
      { ...EMPTY_LINK, event: 'no-such-event', actors: ['ghost', 'china', 'phantom'] },
      [],
      'none',
    );
    viewActions.reconcileWithStore(index);
    const ignored: IgnoredValue[] = [
      { key: 'event', value: 'no-such-event', reason: 'unknown-event' },
      { key: 'actors', value: 'ghost', reason: 'unknown-actor' },
      { key: 'actors', value: 'phantom', reason: 'unknown-actor' },
    ];
    expect(state()).toMatchObject({
      selectedEventId: null,
      actorIds: ['china'],
      pendingReconcile: false,
      historyMode: 'replace',
    });
    expect(state().notices).toHaveLength(1);
    expect(state().notices[0]).toMatchObject({ kind: 'ignored-link', ignored });
  });

  it('says an event is not around the window shown, not absent, for a store known only there', () => {
    viewActions.openLink({ ...EMPTY_LINK, event: 'elsewhere' }, [], 'none');
    viewActions.reconcileWithStore(index, 'around-window');
    expect(state().selectedEventId).toBeNull();
    expect(state().notices[0]?.ignored).toEqual([
      { key: 'event', value: 'elsewhere', reason: 'event-not-loaded' },
    ]);
  });

  it('adds what the store did not know to the notice about the link', () => {
    const parsed = parseLink('?lang=fr&actors=ghost');
    viewActions.openLink(parsed.link, parsed.ignored, 'none');
    viewActions.reconcileWithStore(index);
    expect(state().notices.map((n) => n.ignored?.map((i) => i.reason))).toEqual([
      ['invalid-lang', 'unknown-actor'],
    ]);
  });

  it('adds no notice when everything is known', () => {
    viewActions.openLink(
      { ...EMPTY_LINK, event: 'vostochny-summit', actors: ['kim-jong-un'], window: WINDOW },
      [],
      'none',
    );
    viewActions.reconcileWithStore(index);
    expect(state()).toMatchObject({
      selectedEventId: 'vostochny-summit',
      actorIds: ['kim-jong-un'],
      window: WINDOW,
      notices: [],
      historyMode: 'replace',
    });
  });

  it('opens a linked event without a window at a zoom around that event', () => {
    viewActions.openLink({ ...EMPTY_LINK, event: 'vostochny-summit' }, [], 'none');
    viewActions.reconcileWithStore(index);
    const { window } = state();
    expect(window).toEqual(focusWindow({ start: ms('2023-09-01'), end: ms('2023-10-01') }));
    expect(window!.start).toBeLessThan(ms('2023-09-01'));
    expect(window!.end).toBeGreaterThan(ms('2023-10-01'));
  });

  it('opens on the recent stretch when the link has neither a window nor a known event', () => {
    viewActions.openLink({ ...EMPTY_LINK, event: 'no-such-event' }, [], 'none');
    viewActions.reconcileWithStore(index);
    expect(state().window).toEqual(openingWindowOf(index));
  });
});

describe('selectEvent', () => {
  it('pushes a history entry', () => {
    loaded();
    viewActions.selectEvent(event('vostochny-summit'));
    expect(state()).toMatchObject({ selectedEventId: 'vostochny-summit', historyMode: 'push' });
    useViewStore.setState({ historyMode: 'none' });
    viewActions.selectEvent(null);
    expect(state()).toMatchObject({ selectedEventId: null, historyMode: 'push' });
  });

  it('does nothing when the event is already selected', () => {
    loaded({ selectedEventId: 'vostochny-summit' });
    expect(changes(() => viewActions.selectEvent(event('vostochny-summit')))).toBe(0);
    expect(state().historyMode).toBe('none');
    loaded();
    expect(changes(() => viewActions.selectEvent(null))).toBe(0);
  });

  it('pans to an event out of view, and leaves the window alone for one in view', () => {
    loaded();
    viewActions.selectEvent(event('vostochny-summit'));
    expect(state().window).toBe(WINDOW);
    viewActions.selectEvent(event('putin-visits-pyongyang'));
    const { window } = state();
    expect(span(window!)).toBe(span(WINDOW));
    expect(window!.start).toBeLessThan(ms('2000-07-19'));
    expect(window!.end).toBeGreaterThan(ms('2000-07-19'));
  });
});

describe('step', () => {
  it('selects the next and previous event that pass the filters, pushing', () => {
    loaded({ selectedEventId: 'vostochny-summit', actorIds: ['kim-jong-un'] });
    viewActions.step(index, 1);
    expect(state()).toMatchObject({
      selectedEventId: 'pyongyang-treaty-signed',
      historyMode: 'push',
    });
    viewActions.step(index, -1);
    expect(state().selectedEventId).toBe('vostochny-summit');
  });

  it('changes nothing of the view at the end, and says so to the announcer each time', () => {
    loaded({ selectedEventId: 'pyongyang-treaty-signed' });
    const before = useStepEnds.getState().count;
    expect(changes(() => viewActions.step(index, 1))).toBe(0);
    expect(state().selectedEventId).toBe('pyongyang-treaty-signed');
    viewActions.step(index, 1);
    expect(useStepEnds.getState()).toEqual({ direction: 1, count: before + 2 });
    viewActions.step(index, -1);
    expect(useStepEnds.getState().count).toBe(before + 2);
  });

  it('with nothing selected, starts from the middle of the window', () => {
    loaded(); // 2023: its middle is 2 July 2023
    viewActions.step(index, 1);
    expect(state().selectedEventId).toBe('vostochny-summit');
    loaded();
    viewActions.step(index, -1);
    expect(state().selectedEventId).toBe('sanctions-period');
  });
});

describe('panning and zooming replace the entry', () => {
  it('setWindow replaces, rounded', () => {
    loaded();
    viewActions.setWindow({ start: ms('2020-01-01T00:00:10Z'), end: ms('2021-01-01T00:00:50Z') });
    expect(state()).toMatchObject({
      window: { start: ms('2020-01-01T00:00:00Z'), end: ms('2021-01-01T00:01:00Z') },
      historyMode: 'replace',
    });
  });

  it('zoom replaces', () => {
    loaded();
    viewActions.zoom(0.5);
    expect(state().historyMode).toBe('replace');
    expect(span(state().window!)).toBe(span(WINDOW) / 2);
  });

  it('zoom keeps the selected event in view: it zooms around its start, not the centre', () => {
    const summit = event('vostochny-summit');
    const at = summit.when.start.start;
    loaded({ window: { start: at - 10 * DAY, end: at + 300 * DAY }, selectedEventId: summit.id });
    viewActions.zoom(0.25, index);
    const { start, end } = state().window!;
    expect(start).toBeLessThanOrEqual(at);
    expect(end).toBeGreaterThanOrEqual(at);
    // Around the centre, the window would have started months after the summit.
    expect(zoomWindow({ start: at - 10 * DAY, end: at + 300 * DAY }, 0.25).start).toBeGreaterThan(
      at,
    );
  });

  it('zoom with the selected event out of view zooms around the centre', () => {
    const summit = event('vostochny-summit');
    const at = summit.when.start.start;
    const away = { start: at + 100 * DAY, end: at + 400 * DAY };
    loaded({ window: away, selectedEventId: summit.id });
    viewActions.zoom(0.5, index);
    expect(state().window).toEqual(zoomWindow(away, 0.5));
  });

  it('zoom without a window does nothing', () => {
    expect(changes(() => viewActions.zoom(0.5))).toBe(0);
    expect(state().window).toBeNull();
  });

  it('fitAll replaces', () => {
    loaded();
    viewActions.fitAll(index);
    expect(state()).toMatchObject({ window: fitWindow(index.extent), historyMode: 'replace' });
  });

  it('fitAll fits the events shown, and the whole store when none is left', () => {
    loaded();
    const shown = index.events.slice(0, 2);
    viewActions.fitAll(index, shown);
    expect(state().window).toEqual(fitWindow(extentOf(shown)!));
    expect(state().window).not.toEqual(fitWindow(index.extent));
    viewActions.fitAll(index, []);
    expect(state().window).toEqual(fitWindow(index.extent));
  });

  it('fitAll leaves no label room after events too many to be labelled, nor does their first view', () => {
    // 260 events in 2000, then one a year to 2040: the last 40 span the store, which opens whole.
    const start = (i: number) => (i < 260 ? '2000-01-01' : String(1741 + i));
    const many = fixtureIndex({
      events: Array.from({ length: 300 }, (_, i) => fixtureEvent(`event-${i}`, start(i))),
    });
    loaded();
    viewActions.timeAreaMeasured(465);
    try {
      viewActions.fitAll(many);
      expect(state().window).toEqual(fitWindow(many.extent, 465, 300));
      // 41 years of events, two years on at most: not the 26 of a label's room.
      expect(state().window!.end - many.extent.end).toBeLessThan(
        ms('2002-01-01') - ms('2000-01-01'),
      );
      viewActions.fitAll(many, many.events.slice(0, 40));
      expect(state().window).toEqual(fitWindow(extentOf(many.events.slice(0, 40))!, 465));
      viewActions.enterStore(many, { kind: 'url', url: '/data/many.json' });
      expect(state().window).toEqual(fitWindow(many.extent, 465, 300));
    } finally {
      viewActions.timeAreaMeasured(Infinity);
    }
  });

  it('fitAll and a store opened later leave label room in the time area the timeline measured', () => {
    loaded();
    viewActions.timeAreaMeasured(465);
    try {
      viewActions.fitAll(index);
      expect(state().window).toEqual(fitWindow(index.extent, 465));
      expect(state().window).not.toEqual(fitWindow(index.extent));
      viewActions.enterStore(index, { kind: 'url', url: '/data/other.json' });
      expect(state().window).toEqual(openingWindowOf(index, Infinity, 465));
    } finally {
      viewActions.timeAreaMeasured(Infinity);
    }
  });
});

describe('the map', () => {
  it('Show map and Hide map push an entry, and nothing when unchanged', () => {
    loaded();
    viewActions.setMapShown(true);
    expect(state()).toMatchObject({ mapShown: true, historyMode: 'push' });
    expect(linkFromState(state()).map).toBe(true);
    useViewStore.setState({ historyMode: 'none' });
    expect(changes(() => viewActions.setMapShown(true))).toBe(0);
    viewActions.setMapShown(false);
    expect(state()).toMatchObject({ mapShown: false, historyMode: 'push' });
  });

  it('stays as it is when another store is entered', () => {
    loaded({ mapShown: true });
    viewActions.enterStore(index, { kind: 'default' });
    expect(state().mapShown).toBe(true);
  });
});

describe('filters and search push an entry', () => {
  it('toggleActor pushes, adding and removing', () => {
    loaded();
    viewActions.toggleActor('russia', true);
    expect(state()).toMatchObject({ actorIds: ['russia'], historyMode: 'push' });
    viewActions.toggleActor('china', true);
    expect(state().actorIds).toEqual(['russia', 'china']);
    useViewStore.setState({ historyMode: 'none' });
    viewActions.toggleActor('russia', false);
    expect(state()).toMatchObject({ actorIds: ['china'], historyMode: 'push' });
  });

  it('setMatch pushes, and does nothing when unchanged', () => {
    loaded();
    expect(changes(() => viewActions.setMatch('any'))).toBe(0);
    viewActions.setMatch('all');
    expect(state()).toMatchObject({ match: 'all', historyMode: 'push' });
  });

  it('setQuery pushes, and does nothing when unchanged', () => {
    loaded({ query: 'kim' });
    expect(changes(() => viewActions.setQuery('kim'))).toBe(0);
    viewActions.setQuery('kim jong');
    expect(state()).toMatchObject({ query: 'kim jong', historyMode: 'push' });
  });

  it('clearFilters pushes, and does nothing when there is nothing to clear', () => {
    loaded();
    expect(changes(() => viewActions.clearFilters())).toBe(0);
    for (const patch of [{ actorIds: ['china'] }, { match: 'all' as const }, { query: 'kim' }]) {
      loaded({ ...patch, selectedEventId: 'vostochny-summit' });
      viewActions.clearFilters();
      expect(state()).toMatchObject({
        actorIds: [],
        match: 'any',
        query: '',
        // The selection stays.
        selectedEventId: 'vostochny-summit',
        historyMode: 'push',
      });
    }
  });
});

describe('what does not touch the address', () => {
  it('setLaneMode and notices use no history', () => {
    loaded({ historyMode: 'push' });
    viewActions.setLaneMode('single');
    expect(state()).toMatchObject({ laneMode: 'single', historyMode: 'none' });
    viewActions.notify('link-copied');
    viewActions.notify('link-copied');
    expect(state().notices.map((n) => n.kind)).toEqual(['link-copied']);
    expect(state().historyMode).toBe('none');
    viewActions.dismissNotice(state().notices[0]!.id);
    expect(state().notices).toEqual([]);
  });
});
