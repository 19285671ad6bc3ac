import { describe, expect, it } from 'vitest';
import { parseStoreDate } from '../../format/dates';
import type { StoreEvent } from '../../format/validate-store';
import { nearestOutside } from './nearest-event';

const event = (id: string, start: string, end?: string): StoreEvent =>
  ({
    id,
    title: id,
    start,
    end,
    actors: ['a'],
    when: end
      ? { start: parseStoreDate(start)!, end: parseStoreDate(end)! }
      : { start: parseStoreDate(start)! },
  }) as StoreEvent;

const window = { start: Date.UTC(2010, 0, 1), end: Date.UTC(2011, 0, 1) };

describe('nearestOutside', () => {
  it('takes the closer of the last event before the window and the first after it', () => {
    const events = [event('2001', '2001'), event('2008', '2008-03'), event('2015', '2015-06-01')];
    expect(nearestOutside(events, window)).toEqual({ event: events[1], side: 'earlier' });
    const later = [event('2001', '2001'), event('2011', '2011-02-01'), event('2015', '2015')];
    expect(nearestOutside(later, window)).toEqual({ event: later[1], side: 'later' });
  });

  it('measures an earlier event from its end: a long one that ends near the window is nearer', () => {
    const events = [
      event('long', '1990', '2009-12'),
      event('short', '2005-05-01'),
      event('after', '2013'),
    ];
    expect(nearestOutside(events, window)?.event.id).toBe('long');
  });

  it('gives the later one on a tie, and null with no events at all', () => {
    const events = [event('before', '2009-12-31'), event('after', '2011-01-01')];
    expect(nearestOutside(events, window)).toEqual({ event: events[1], side: 'later' });
    expect(nearestOutside([], window)).toBeNull();
  });

  it('has only one side where the window is before or after every event', () => {
    const events = [event('x', '2003'), event('y', '2004')];
    expect(nearestOutside(events, window)).toEqual({ event: events[1], side: 'earlier' });
    expect(nearestOutside(events, { start: 0, end: Date.UTC(1999, 0, 1) })).toEqual({
      event: events[0],
      side: 'later',
    });
  });
});
