import { beforeAll, describe, expect, it } from 'vitest';
import { type EventFilter, drawnEvents, filterEvents, stepEvent } from './event-filter';
import { loadSearchEngine } from './search-service';
import { SAMPLE_ORDER, fixtureIndex, ms } from './testing/fixture-store';

// The engine loads after the first paint on the page; here, before the searches.
beforeAll(() => loadSearchEngine());

const index = fixtureIndex();
const ids = (filter: EventFilter) => filterEvents(index, filter).map((event) => event.id);
const at = (...positions: number[]) => positions.map((position) => SAMPLE_ORDER[position]);

describe('filterEvents', () => {
  it('returns every event, in time order, when no actor is chosen', () => {
    expect(ids({ actorIds: [], match: 'any' })).toEqual([...SAMPLE_ORDER]);
    expect(ids({ actorIds: [], match: 'all' })).toEqual([...SAMPLE_ORDER]);
    expect(ids({ actorIds: [], match: 'any', query: '   ' })).toEqual([...SAMPLE_ORDER]);
  });

  it('any: events with at least one chosen actor, in time order whatever the choice order', () => {
    expect(ids({ actorIds: ['north-korea', 'china'], match: 'any' })).toEqual(at(0, 1, 3, 5));
    expect(ids({ actorIds: ['china', 'north-korea'], match: 'any' })).toEqual(at(0, 1, 3, 5));
  });

  it('all: events with every chosen actor', () => {
    expect(ids({ actorIds: ['russia', 'north-korea'], match: 'all' })).toEqual(at(0, 3, 5));
    expect(ids({ actorIds: ['china', 'russia'], match: 'all' })).toEqual(at(1));
    expect(ids({ actorIds: ['kim-jong-un', 'vladimir-putin'], match: 'all' })).toEqual(at(3, 5));
    expect(ids({ actorIds: ['kim-jong-un', 'china'], match: 'all' })).toEqual([]);
  });

  it('a state includes its members’ events, down two levels', () => {
    // Russia is named only by the sanctions and the talks; the rest come from its members.
    expect(ids({ actorIds: ['russia'], match: 'any' })).toEqual([...SAMPLE_ORDER]);
    expect(ids({ actorIds: ['russian-mfa'], match: 'any' })).toEqual(at(4));
    // North Korea is named by the 2000 visit; Kim's events roll up into it.
    expect(ids({ actorIds: ['north-korea'], match: 'any' })).toEqual(at(0, 3, 5));
    // all: Putin (a member of Russia) and North Korea (through Kim) both take part.
    expect(ids({ actorIds: ['vladimir-putin', 'north-korea'], match: 'all' })).toEqual(at(0, 3, 5));
  });

  it('a person does not include the other events of their state', () => {
    expect(ids({ actorIds: ['vladimir-putin'], match: 'any' })).toEqual(at(0, 3, 5));
    expect(ids({ actorIds: ['sergei-lavrov'], match: 'any' })).toEqual(at(4));
    expect(ids({ actorIds: ['kim-jong-un'], match: 'any' })).toEqual(at(3, 5));
  });

  it('an actor in no event matches nothing', () => {
    expect(ids({ actorIds: ['ukraine'], match: 'any' })).toEqual([]);
    expect(ids({ actorIds: ['ukraine', 'china'], match: 'any' })).toEqual(at(1));
  });

  it('ignores actor ids the store does not have', () => {
    expect(ids({ actorIds: ['nobody'], match: 'any' })).toEqual([...SAMPLE_ORDER]);
    expect(ids({ actorIds: ['nobody', 'china'], match: 'any' })).toEqual(at(1));
    expect(ids({ actorIds: ['nobody', 'china'], match: 'all' })).toEqual(at(1));
  });

  it('combines the search with the actor filter', () => {
    // "Pyongyang" is in the 2000 visit (title), the treaty (place) and Lavrov's visit (title).
    expect(ids({ actorIds: [], match: 'any', query: 'pyongyang' })).toEqual(at(0, 4, 5));
    expect(ids({ actorIds: ['vladimir-putin'], match: 'any', query: 'pyongyang' })).toEqual(
      at(0, 5),
    );
    expect(ids({ actorIds: ['china'], match: 'any', query: 'pyongyang' })).toEqual([]);
  });

  it('combines an accent- and case-insensitive search with members and match "all"', () => {
    // Kim is a member of North Korea: the state's filter includes his treaty.
    expect(ids({ actorIds: ['north-korea'], match: 'any', query: 'PIONYÁNG' })).toEqual(at(5));
    expect(ids({ actorIds: ['russian-mfa'], match: 'any', query: 'PIONYÁNG' })).toEqual([]);
    // "cosmódromo", the Spanish word, is one letter away from "Cosmodrome".
    expect(
      ids({ actorIds: ['vladimir-putin', 'kim-jong-un'], match: 'all', query: 'cosmódromo' }),
    ).toEqual(at(3));
    // Every word must match, whichever actor filter applies.
    expect(ids({ actorIds: ['russia'], match: 'any', query: 'kim lavrov' })).toEqual([]);
  });
});

describe('stepEvent', () => {
  const all = filterEvents(index, { actorIds: [], match: 'any' });
  const step = (
    events: typeof all,
    current: string | null,
    direction: 1 | -1,
    anchor = ms('2010-01-01T00:00:00Z'),
  ) => stepEvent(events, index, current, direction, anchor)?.id ?? null;

  it('moves to the next and the previous event', () => {
    expect(step(all, 'sanctions-period', 1)).toBe('vostochny-summit');
    expect(step(all, 'sanctions-period', -1)).toBe('china-russia-talks');
  });

  it('walks every event in order, both ways', () => {
    const forwards: string[] = [];
    for (let id: string | null = SAMPLE_ORDER[0]; id !== null; id = step(all, id, 1)) {
      forwards.push(id);
    }
    expect(forwards).toEqual([...SAMPLE_ORDER]);
    const backwards: string[] = [];
    for (let id: string | null = SAMPLE_ORDER[5]; id !== null; id = step(all, id, -1)) {
      backwards.push(id);
    }
    expect(backwards).toEqual([...SAMPLE_ORDER].reverse());
  });

  it('returns null past either end', () => {
    expect(step(all, 'pyongyang-treaty-signed', 1)).toBeNull();
    expect(step(all, 'putin-visits-pyongyang', -1)).toBeNull();
  });

  it('returns null when no event passes the filters', () => {
    expect(step([], null, 1)).toBeNull();
    expect(step([], 'sanctions-period', -1)).toBeNull();
  });

  it('with nothing selected, starts from the anchor time', () => {
    const anchor = ms('2023-01-01T00:00:00Z');
    expect(step(all, null, 1, anchor)).toBe('vostochny-summit');
    expect(step(all, null, -1, anchor)).toBe('sanctions-period');
    // An event starting exactly at the anchor is the next one.
    const exact = ms('2023-09-01T00:00:00Z');
    expect(step(all, null, 1, exact)).toBe('vostochny-summit');
    expect(step(all, null, -1, exact)).toBe('sanctions-period');
  });

  it('with nothing selected and the anchor beyond the events, takes the nearest one', () => {
    const before = ms('1990-01-01T00:00:00Z');
    const after = ms('2030-01-01T00:00:00Z');
    expect(step(all, null, 1, before)).toBe('putin-visits-pyongyang');
    expect(step(all, null, -1, before)).toBe('putin-visits-pyongyang');
    expect(step(all, null, 1, after)).toBe('pyongyang-treaty-signed');
    expect(step(all, null, -1, after)).toBe('pyongyang-treaty-signed');
  });

  it('treats an id the store does not have as nothing selected', () => {
    expect(step(all, 'no-such-event', 1, ms('2023-01-01T00:00:00Z'))).toBe('vostochny-summit');
  });

  it('steps from where a filtered-out selection sits in time', () => {
    // Kim's events: vostochny-summit (2023-09) and pyongyang-treaty-signed (2024-06-19).
    const kim = filterEvents(index, { actorIds: ['kim-jong-un'], match: 'any' });
    expect(step(kim, 'lavrov-in-pyongyang', 1)).toBe('pyongyang-treaty-signed');
    expect(step(kim, 'lavrov-in-pyongyang', -1)).toBe('vostochny-summit');
    expect(step(kim, 'sanctions-period', 1)).toBe('vostochny-summit');
    expect(step(kim, 'sanctions-period', -1)).toBeNull();
    expect(step(kim, 'putin-visits-pyongyang', -1)).toBeNull();
    expect(step(kim, 'putin-visits-pyongyang', 1)).toBe('vostochny-summit');
  });
});

describe('drawnEvents: what the timeline draws while a search is answered', () => {
  const none: EventFilter = { actorIds: [], match: 'any', query: '' };
  const all = filterEvents(index, none);
  const kim: EventFilter = { actorIds: ['kim-jong-un'], match: 'any', query: '' };
  const kimEvents = filterEvents(index, kim);
  const pending = null;

  it('draws the answer once it is in', () => {
    const drawn = drawnEvents(index, none, all, null);
    expect(drawn.events).toBe(all);
    expect(drawn.stale).toBe(false);
    // The same answer again is the same drawing.
    expect(drawnEvents(index, none, all, drawn)).toBe(drawn);
  });

  it('keeps the unfiltered events drawn, marked stale, while the first search is on its way', () => {
    const before = drawnEvents(index, none, all, null);
    const searching = drawnEvents(index, { ...none, query: 'ceasefire' }, pending, before);
    expect(searching.events).toBe(all);
    expect(searching.stale).toBe(true);
    // Progress re-renders: the same drawing, so nothing is built again from it.
    expect(drawnEvents(index, { ...none, query: 'ceasefire' }, pending, searching)).toBe(searching);
    // Then the answer replaces it.
    const answer = all.slice(0, 2);
    const answered = drawnEvents(index, { ...none, query: 'ceasefire' }, answer, searching);
    expect(answered.events).toBe(answer);
    expect(answered.stale).toBe(false);
  });

  it("keeps the previous query's answer while the next one is on its way", () => {
    const first = drawnEvents(index, { ...none, query: 'pyon' }, all.slice(1, 3), null);
    const next = drawnEvents(index, { ...none, query: 'pyongyang' }, pending, first);
    expect(next.events).toBe(first.events);
    expect(next.stale).toBe(true);
  });

  it('under other actors or statuses, draws what those pass, the search aside', () => {
    const before = drawnEvents(index, none, all, null);
    const searching = drawnEvents(index, { ...kim, query: 'summit' }, pending, before);
    expect(searching.events).toEqual(kimEvents);
    expect(searching.stale).toBe(true);
    const byStatus = drawnEvents(
      index,
      { ...none, statuses: ['disputed'], query: 'summit' },
      pending,
      before,
    );
    expect(byStatus.events).toEqual(filterEvents(index, { ...none, statuses: ['disputed'] }));
    // And keeps that same drawing while it waits.
    expect(drawnEvents(index, { ...kim, query: 'summit' }, pending, searching)).toBe(searching);
  });

  it('never keeps what was drawn for another store', () => {
    const other = fixtureIndex();
    const before = drawnEvents(other, none, filterEvents(other, none), null);
    const searching = drawnEvents(index, { ...none, query: 'summit' }, pending, before);
    expect(searching.index).toBe(index);
    expect(searching.events).toBe(all);
  });
});
