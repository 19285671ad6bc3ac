import { describe, expect, it } from 'vitest';
import {
  buildStoreIndex,
  eventTime,
  laneColorOf,
  lanesOfEvent,
  storeIndexSteps,
  timeOrder,
} from './store-index';
import {
  SAMPLE_ORDER,
  fixtureEvent,
  fixtureIndex,
  fixtureStore,
  ms,
} from './testing/fixture-store';

describe('buildStoreIndex', () => {
  it('orders events by start', () => {
    const index = fixtureIndex();
    expect(index.events.map((event) => event.id)).toEqual([...SAMPLE_ORDER]);
    index.events.forEach((event, position) => {
      expect(index.positionOf.get(event.id)).toBe(position);
      expect(index.eventById.get(event.id)).toBe(event);
    });
  });

  it('breaks ties on the start by the end, then by the title', () => {
    const index = fixtureIndex({
      events: [
        fixtureEvent('long', '2024-06', { title: 'A long one', end: '2024-09' }),
        fixtureEvent('zulu', '2024-06', { title: 'Zulu' }),
        fixtureEvent('alpha', '2024-06', { title: 'Alpha' }),
        fixtureEvent('short', '2024-06', { title: 'A short one', end: '2024-06-02' }),
        fixtureEvent('earlier', '2024-05-31T23:59Z', { title: 'Zzz' }),
      ],
    });
    // short ends 2024-06-03; alpha and zulu end with June (2024-07-01); long ends 2024-10-01.
    expect(index.events.map((event) => event.id)).toEqual([
      'earlier',
      'short',
      'alpha',
      'zulu',
      'long',
    ]);
  });

  it('orders instants with offsets by the instant, not the wall clock', () => {
    const index = fixtureIndex({
      events: [
        fixtureEvent('tokyo', '2024-06-19T08:00+09:00'), // 23:00Z the day before
        fixtureEvent('london', '2024-06-18T23:30Z'),
      ],
    });
    expect(index.events.map((event) => event.id)).toEqual(['tokyo', 'london']);
  });

  it('rolls each actor up to its top-level actor, through two levels of memberOf', () => {
    const index = fixtureIndex();
    expect(Object.fromEntries(index.laneOf)).toEqual({
      russia: 'russia',
      'north-korea': 'north-korea',
      china: 'china',
      ukraine: 'ukraine',
      'russian-mfa': 'russia',
      'vladimir-putin': 'russia',
      'sergei-lavrov': 'russia',
      'kim-jong-un': 'north-korea',
    });
    expect(index.laneIds).toEqual(['russia', 'north-korea', 'china', 'ukraine']);
  });

  it('colours lanes the store gives no colour with distinct ones, members with their lane’s', () => {
    const index = fixtureIndex();
    // Russia and North Korea have theirs; China and Ukraine have none.
    expect(laneColorOf(index, 'russia')).toBe('#8b1a1a');
    expect(laneColorOf(index, 'vladimir-putin')).toBe('#8b1a1a');
    const china = laneColorOf(index, 'china');
    const ukraine = laneColorOf(index, 'ukraine');
    expect(new Set([china, ukraine, '#8b1a1a', '#1f4e9c']).size).toBe(4);
    expect(china).toMatch(/^#[0-9a-f]{6}$/);
    // Ten lanes without colours: each of the first nine its own.
    const many = fixtureIndex({
      actors: Array.from({ length: 10 }, (_, i) => ({
        id: `a${i}`,
        name: `A${i}`,
        kind: 'state' as const,
      })),
      events: [],
    });
    const colors = many.laneIds.map((id) => laneColorOf(many, id));
    expect(new Set(colors.slice(0, 9)).size).toBe(9);
    expect(colors[9]).toBe(colors[0]);
  });

  it('lists, for each actor, the events it or its members take part in', () => {
    const index = fixtureIndex();
    expect(Object.fromEntries(index.positionsByActor)).toEqual({
      russia: [0, 1, 2, 3, 4, 5],
      'north-korea': [0, 3, 5],
      china: [1],
      ukraine: [],
      'russian-mfa': [4],
      'vladimir-putin': [0, 3, 5],
      'sergei-lavrov': [4],
      'kim-jong-un': [3, 5],
    });
  });

  it('counts an event once for a state even when several of its members take part', () => {
    const index = fixtureIndex({
      events: [
        fixtureEvent('meeting', '2024-01-01', { actors: ['vladimir-putin', 'sergei-lavrov'] }),
      ],
    });
    expect(index.positionsByActor.get('russia')).toEqual([0]);
    expect(index.positionsByActor.get('russian-mfa')).toEqual([0]);
  });

  it('counts an event once for a state it names as well as one of its members', () => {
    const index = fixtureIndex({
      events: [
        fixtureEvent('visit', '2024-06-19', { actors: ['vladimir-putin', 'russia'] }),
        fixtureEvent('talks', '2024-06-20', { actors: ['russia', 'sergei-lavrov', 'russia'] }),
      ],
    });
    expect(index.positionsByActor.get('russia')).toEqual([0, 1]);
    expect(index.positionsByActor.get('vladimir-putin')).toEqual([0]);
    expect(index.positionsByActor.get('russian-mfa')).toEqual([1]);
  });

  it('spans the extent from the first start to the last end', () => {
    // The sanctions period ("2022-02" to "2024-06") outlasts the treaty of 19 June 2024.
    expect(fixtureIndex().extent).toEqual({
      start: ms('2000-07-19T00:00:00Z'),
      end: ms('2024-07-01T00:00:00Z'),
    });
    // A coarse end covers its whole period.
    const index = fixtureIndex({
      events: [
        fixtureEvent('war', '2022-02-24', { end: '2024' }),
        fixtureEvent('later', '2024-06-19'),
      ],
    });
    expect(index.extent).toEqual({
      start: ms('2022-02-24T00:00:00Z'),
      end: ms('2025-01-01T00:00:00Z'),
    });
  });

  it('indexes actors and sources by id', () => {
    const index = fixtureIndex();
    expect(index.actorById.get('sergei-lavrov')?.name).toBe('Sergei Lavrov');
    expect(index.sourceById.get('kcna-2023-09-13')?.title).toBe('KCNA dispatch');
  });
});

describe('eventTime and lanesOfEvent', () => {
  it('gives a point event the period its precision covers', () => {
    const index = fixtureIndex();
    expect(eventTime(index.eventById.get('vostochny-summit')!)).toEqual({
      start: ms('2023-09-01T00:00:00Z'),
      end: ms('2023-10-01T00:00:00Z'),
    });
    expect(eventTime(index.eventById.get('sanctions-period')!)).toEqual({
      start: ms('2022-02-01T00:00:00Z'),
      end: ms('2024-07-01T00:00:00Z'),
    });
  });

  it('lists the lanes of an event once each, in lane order', () => {
    const index = fixtureIndex();
    const lanes = (id: string) => lanesOfEvent(index, index.eventById.get(id)!);
    expect(lanes('china-russia-talks')).toEqual(['russia', 'china']);
    expect(lanes('pyongyang-treaty-signed')).toEqual(['russia', 'north-korea']);
    expect(lanes('lavrov-in-pyongyang')).toEqual(['russia']);
  });
});

describe('a time order worked out before the index (a large store’s, in a task of its own)', () => {
  // Listed latest first, so that the time order is another order than the list's.
  const store = (() => {
    const sample = fixtureStore();
    return { ...sample, events: [...sample.events].reverse() };
  })();
  const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);

  it('orders by start, then end, then title and id', () => {
    const ordered = Array.from(timeOrder(store.events), (position) => store.events[position]!);
    expect(ids(ordered)).toEqual(ids(fixtureIndex().events));
    const starts = ordered.map((event) => event.when.start.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('is taken as given, the events not sorted again', () => {
    const index = buildStoreIndex(store, timeOrder(store.events).reverse());
    expect(ids(index.events)).toEqual(ids(fixtureIndex().events).reverse());
    expect(index.positionOf.get(index.events[0]!.id)).toBe(0);
  });

  it('is ignored when it is not an order of these events: they are sorted then', () => {
    const index = buildStoreIndex(store, new Uint32Array([0, 1]));
    expect(ids(index.events)).toEqual(ids(fixtureIndex().events));
  });
});

describe('the index built in steps (a large store’s, the page painting between them)', () => {
  it('stops once on its way, and ends with the index built in one go', () => {
    const store = fixtureStore();
    const steps = storeIndexSteps(store);
    expect(steps.next().done).toBe(false);
    const last = steps.next();
    expect(last.done).toBe(true);
    const { events, positionsByActor, extent, laneIds } = buildStoreIndex(store);
    expect(last.value).toMatchObject({ events, positionsByActor, extent, laneIds });
  });
});
