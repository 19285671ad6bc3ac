import { describe, expect, it } from 'vitest';
import { filterEvents } from '../../lib/event-filter';
import { buildTimeIndex } from '../../lib/time-index';
import { SAMPLE_ORDER, fixtureEvent, fixtureIndex, ms } from '../../lib/testing/fixture-store';
import {
  type AggregateItemSpec,
  DEFAULT_ACTOR_COLOR,
  type TimelineItemSpec,
  aggregateIdFor,
  binAt,
  zoomsIn,
  buildTimelineGroups,
  buildTimelineItems,
  eventIdOfItem,
  itemFor,
  itemIdFor,
  targetOfItem,
} from './timeline-items';

const index = fixtureIndex();
const byId = (items: readonly TimelineItemSpec[]) => new Map(items.map((item) => [item.id, item]));

/** China has no colour in the sample store: the first lane without one takes the palette's first. */
const CHINA_COLOR = '#4e79a7';

describe('buildTimelineItems in actors mode', () => {
  const items = buildTimelineItems(index, index.events, 'actors', 'en');

  it('makes one item per lane an event touches', () => {
    expect(items.map((item) => item.id)).toEqual([
      'putin-visits-pyongyang@russia',
      'putin-visits-pyongyang@north-korea',
      'china-russia-talks@russia',
      'china-russia-talks@china',
      'sanctions-period@russia',
      'vostochny-summit@russia',
      'vostochny-summit@north-korea',
      'lavrov-in-pyongyang@russia',
      'pyongyang-treaty-signed@russia',
      'pyongyang-treaty-signed@north-korea',
    ]);
    for (const item of items) {
      expect(item.group).toBe(item.id.split('@')[1]);
      expect(item.eventId).toBe(item.id.split('@')[0]);
    }
  });

  it('puts an event once in a lane even when several members of that state take part', () => {
    const shared = fixtureIndex({
      events: [
        fixtureEvent('meeting', '2024-01-01', { actors: ['vladimir-putin', 'sergei-lavrov'] }),
      ],
    });
    expect(buildTimelineItems(shared, shared.events, 'actors', 'en').map((i) => i.id)).toEqual([
      'meeting@russia',
    ]);
  });

  it('colours each item by its lane, one of the palette for a lane the store gives none', () => {
    const map = byId(items);
    expect(map.get('china-russia-talks@russia')?.color).toBe('#8b1a1a');
    expect(map.get('china-russia-talks@china')?.color).toBe(CHINA_COLOR);
    expect(map.get('vostochny-summit@north-korea')?.color).toBe('#1f4e9c');
  });

  it('draws a day as a point, a month or year as an imprecise range, a period as a range', () => {
    const map = byId(items);
    expect(map.get('pyongyang-treaty-signed@russia')).toMatchObject({
      type: 'point',
      start: ms('2024-06-19T00:00:00Z'),
      end: null,
      imprecise: false,
    });
    expect(map.get('lavrov-in-pyongyang@russia')).toMatchObject({
      type: 'point',
      start: ms('2023-10-18T01:30:00Z'),
      end: null,
      imprecise: false,
    });
    expect(map.get('vostochny-summit@russia')).toMatchObject({
      type: 'range',
      start: ms('2023-09-01T00:00:00Z'),
      end: ms('2023-10-01T00:00:00Z'),
      imprecise: true,
    });
    expect(map.get('china-russia-talks@china')).toMatchObject({
      type: 'range',
      start: ms('2019-01-01T00:00:00Z'),
      end: ms('2020-01-01T00:00:00Z'),
      imprecise: true,
    });
    expect(map.get('sanctions-period@russia')).toMatchObject({
      type: 'range',
      start: ms('2022-02-01T00:00:00Z'),
      end: ms('2024-07-01T00:00:00Z'),
      imprecise: false,
    });
    expect(map.get('putin-visits-pyongyang@russia')).toMatchObject({
      type: 'range',
      start: ms('2000-07-19T00:00:00Z'),
      end: ms('2000-07-21T00:00:00Z'),
      imprecise: false,
    });
  });

  it('labels items with the title and the date at its precision, in the language asked for', () => {
    const map = byId(items);
    expect(map.get('vostochny-summit@russia')).toMatchObject({
      title: 'Putin and Kim meet at the Vostochny Cosmodrome',
      dateLabel: 'September 2023',
    });
    expect(map.get('china-russia-talks@russia')?.dateLabel).toBe('c. 2019');
    const spanish = byId(buildTimelineItems(index, index.events, 'actors', 'es'));
    expect(spanish.get('vostochny-summit@russia')?.dateLabel).toBe('septiembre de 2023');
    expect(spanish.get('china-russia-talks@russia')?.dateLabel).toBe('h. 2019');
  });

  it('gives items a signature that changes when what is drawn changes', () => {
    const again = buildTimelineItems(index, index.events, 'actors', 'en');
    expect(again.map((item) => item.signature)).toEqual(items.map((item) => item.signature));
    const spanish = buildTimelineItems(index, index.events, 'actors', 'es');
    const map = byId(spanish);
    expect(map.get('vostochny-summit@russia')?.signature).not.toBe(
      byId(items).get('vostochny-summit@russia')?.signature,
    );
    const signatures = new Set(items.map((item) => item.signature));
    expect(signatures.size).toBe(items.length);
  });
});

describe('itemFor with a shortest range', () => {
  const day = 86_400_000;
  const event = (id: string) => index.eventById.get(id)!;

  it('draws periods and months shorter than it as points, longer ones as ranges', () => {
    // A two-day visit and a month-precision summit, seen across about 30 years.
    const coarse = 30 * 365 * day * (1 / 120);
    expect(itemFor(index, event('putin-visits-pyongyang'), 'russia', 'en', coarse)).toMatchObject({
      type: 'point',
      start: ms('2000-07-19T00:00:00Z'),
      end: null,
      imprecise: false,
    });
    expect(itemFor(index, event('vostochny-summit'), 'russia', 'en', coarse)).toMatchObject({
      type: 'point',
      end: null,
      imprecise: false,
    });
    expect(itemFor(index, event('sanctions-period'), 'russia', 'en', coarse).type).toBe('range');
    // Zoomed in to a few months, both are wide enough to be drawn as they last.
    const fine = 90 * day * (1 / 120);
    expect(itemFor(index, event('putin-visits-pyongyang'), 'russia', 'en', fine)).toMatchObject({
      type: 'range',
      end: ms('2000-07-21T00:00:00Z'),
    });
    expect(itemFor(index, event('vostochny-summit'), 'russia', 'en', fine)).toMatchObject({
      type: 'range',
      imprecise: true,
    });
  });
});

describe('buildTimelineItems in single mode', () => {
  it('makes one item per event, without a group', () => {
    const items = buildTimelineItems(index, index.events, 'single', 'en');
    expect(items.map((item) => item.id)).toEqual([...SAMPLE_ORDER]);
    for (const item of items) {
      expect(item.group).toBeNull();
      expect(item.eventId).toBe(item.id);
    }
    // Coloured by the lane of the first actor.
    expect(byId(items).get('lavrov-in-pyongyang')?.color).toBe('#8b1a1a');
    expect(byId(items).get('china-russia-talks')?.color).toBe(CHINA_COLOR);
  });

  it('makes items only for the events given', () => {
    const kim = filterEvents(index, { actorIds: ['kim-jong-un'], match: 'any' });
    expect(buildTimelineItems(index, kim, 'single', 'en').map((item) => item.id)).toEqual([
      'vostochny-summit',
      'pyongyang-treaty-signed',
    ]);
    expect(buildTimelineItems(index, [], 'actors', 'en')).toEqual([]);
  });
});

describe('item ids', () => {
  it('eventIdOfItem inverts itemIdFor', () => {
    for (const eventId of ['a', 'pyongyang-treaty-signed', '2024-06-19']) {
      for (const lane of [null, 'russia', 'north-korea']) {
        expect(eventIdOfItem(itemIdFor(eventId, lane))).toBe(eventId);
      }
    }
    expect(itemIdFor('treaty', null)).toBe('treaty');
    expect(itemIdFor('treaty', 'russia')).not.toBe(itemIdFor('treaty', 'north-korea'));
  });

  it('maps every built item back to its event', () => {
    for (const mode of ['actors', 'single'] as const) {
      for (const item of buildTimelineItems(index, index.events, mode, 'en')) {
        expect(eventIdOfItem(item.id)).toBe(item.eventId);
      }
    }
  });
});

describe('aggregates', () => {
  const bin = (start: number, end: number, count: number) => ({
    start,
    end,
    count,
    density: 1,
    label: String(count),
  });
  const aggregate: AggregateItemSpec = {
    kind: 'aggregate',
    id: aggregateIdFor('russia'),
    group: 'russia',
    start: 0,
    end: 100,
    bins: [bin(10, 20, 3), bin(20, 30, 1), bin(50, 60, 7)],
    count: 11,
    color: DEFAULT_ACTOR_COLOR,
    signature: '',
  };

  it('finds the bin that holds a moment, and none between bins', () => {
    expect(binAt(aggregate, 10)?.count).toBe(3);
    expect(binAt(aggregate, 19.9)?.count).toBe(3);
    expect(binAt(aggregate, 20)?.count).toBe(1);
    expect(binAt(aggregate, 55)?.count).toBe(7);
    for (const between of [0, 9.9, 30, 49, 60, 99]) expect(binAt(aggregate, between)).toBeNull();
    expect(binAt({ ...aggregate, bins: [] }, 15)).toBeNull();
  });

  it('zooming to a bin zooms in, unless the bin is about the window itself', () => {
    const window = { start: 0, end: 100 };
    expect(zoomsIn({ start: 20, end: 40 }, window)).toBe(true);
    // The strip drawn for the wider window, clicked just after zooming into this bin.
    expect(zoomsIn({ start: 11.5, end: 88.5 }, window)).toBe(false);
    expect(zoomsIn({ start: 0, end: 100 }, window)).toBe(false);
  });

  it('have one id per lane, which no event item can take', () => {
    expect(aggregateIdFor('russia')).not.toBe(aggregateIdFor('china'));
    expect(aggregateIdFor(null)).not.toBe(aggregateIdFor('russia'));
    expect(targetOfItem(aggregateIdFor('russia'))).toEqual({ kind: 'aggregate' });
    expect(targetOfItem(itemIdFor('treaty', 'russia'))).toEqual({
      kind: 'event',
      eventId: 'treaty',
    });
  });
});

describe('buildTimelineGroups', () => {
  it('makes groups only for lanes with events, in the store’s order, with counts', () => {
    const groups = buildTimelineGroups(index, buildTimeIndex(index, index.events, 'actors'));
    expect(groups.map(({ id, name, color, count }) => ({ id, name, color, count }))).toEqual([
      { id: 'russia', name: 'Russia', color: '#8b1a1a', count: 6 },
      { id: 'north-korea', name: 'North Korea', color: '#1f4e9c', count: 3 },
      { id: 'china', name: 'China', color: CHINA_COLOR, count: 1 },
    ]);
    // Ukraine is a lane of the store, but no event shown is in it.
    expect(index.laneIds).toContain('ukraine');
  });

  it('counts add up to the items drawn in actors mode', () => {
    for (const actorIds of [[], ['kim-jong-un'], ['china'], ['russian-mfa'], ['ukraine']]) {
      const events = filterEvents(index, { actorIds, match: 'any' });
      const groups = buildTimelineGroups(index, buildTimeIndex(index, events, 'actors'));
      const items = buildTimelineItems(index, events, 'actors', 'en');
      expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(items.length);
      for (const group of groups) {
        expect(items.filter((item) => item.group === group.id)).toHaveLength(group.count);
      }
      expect(new Set(items.map((item) => item.group))).toEqual(new Set(groups.map((g) => g.id)));
    }
  });

  it('follows the filtered events', () => {
    const kim = filterEvents(index, { actorIds: ['kim-jong-un'], match: 'any' });
    expect(
      buildTimelineGroups(index, buildTimeIndex(index, kim, 'actors')).map(({ id, count }) => ({
        id,
        count,
      })),
    ).toEqual([
      { id: 'russia', count: 2 },
      { id: 'north-korea', count: 2 },
    ]);
    expect(buildTimelineGroups(index, buildTimeIndex(index, [], 'actors'))).toEqual([]);
  });
});
