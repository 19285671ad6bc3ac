import { describe, expect, it } from 'vitest';
import { parseStoreDate } from '../../../format/dates';
import type { StoreEvent } from '../../../format/validate-store';
import { HeldEvents } from './held-events';

const event = (id: string, start: string): StoreEvent => ({
  id,
  title: id,
  start,
  actors: [],
  when: { start: parseStoreDate(start)! },
});
const ms = (date: string) => Date.parse(date);

describe('HeldEvents', () => {
  it('builds a look from the named groups’ events that overlap its span', () => {
    const held = new HeldEvents();
    held.add(0, [event('a', '2020-01-05'), event('b', '2020-02-10')]);
    held.add(1, [event('c', '2020-03-01')]);
    held.add(1, [event('d', '2020-03-20')]);
    held.add(2, [event('e', '2020-03-15')]);
    const look = held.look({
      window: { start: ms('2020-02-01'), end: ms('2020-03-10') },
      span: { start: ms('2020-02-01'), end: ms('2020-03-10') },
      groups: [0, 1],
      complete: true,
    });
    // Group 2 is not named; `a` and `d` fall outside the span.
    expect(look.map((e) => e.id)).toEqual(['b', 'c']);
    expect(held.size).toBe(5);
  });

  it('drops the events of groups put out, and returns them', () => {
    const held = new HeldEvents();
    held.add(0, [event('a', '2020-01-05')]);
    held.add(1, [event('b', '2020-02-10')]);
    expect(held.evict([0, 7]).map((e) => e.id)).toEqual(['a']);
    expect(held.size).toBe(1);
  });
});
