import { describe, expect, it } from 'vitest';
import type { DraftEvent } from './draft-document';
import { orderedEventIndexes } from './event-order';

const event = (id: string, start: string, end?: string): DraftEvent => ({
  id,
  title: id,
  start,
  ...(end === undefined ? {} : { end }),
  actors: [],
  excerpts: [],
});

const ids = (events: DraftEvent[], order: 'date' | 'file') =>
  orderedEventIndexes(events, order).map((i) => events[i]!.id);

describe('orderedEventIndexes', () => {
  const events = [
    event('treaty', '2024-06-19'),
    event('undated', ''),
    event('invasion', '2022-02-24'),
    event('june', '2024-06'),
    event('typo', '2024-13-01'),
    event('summit', '2023-09-13'),
  ];

  it('lists by date, the undated and unreadable last, in the file’s order', () => {
    expect(ids(events, 'date')).toEqual([
      'invasion',
      'summit',
      'june',
      'treaty',
      'undated',
      'typo',
    ]);
  });

  it('keeps the file’s order when asked to', () => {
    expect(ids(events, 'file')).toEqual(events.map((e) => e.id));
  });

  it('puts a day before the month that starts with it, and keeps ties as in the file', () => {
    const same = [event('b', '2024-06-01'), event('month', '2024-06'), event('a', '2024-06-01')];
    expect(ids(same, 'date')).toEqual(['b', 'a', 'month']);
  });

  it('follows an edited date: a new event object is read again', () => {
    const edited = [...events];
    edited[0] = { ...edited[0]!, start: '2000-07-19' };
    expect(ids(edited, 'date')[0]).toBe('treaty');
  });
});
