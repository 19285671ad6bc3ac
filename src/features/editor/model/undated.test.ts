import { describe, expect, it } from 'vitest';
import type { DraftEvent } from './draft-document';
import { isUndated, undatedEvents } from './undated';

const event = (id: string, start: unknown): DraftEvent =>
  ({ id, title: id.toUpperCase(), start, actors: [], excerpts: [] }) as unknown as DraftEvent;

describe('undated events', () => {
  it('are those with no date at all, not a date typed wrong', () => {
    expect(isUndated(event('a', ''))).toBe(true);
    expect(isUndated(event('b', '  '))).toBe(true);
    expect(isUndated(event('c', undefined))).toBe(true);
    expect(isUndated(event('d', '2024-13'))).toBe(false);
    expect(isUndated(event('e', '2024'))).toBe(false);
  });

  it('are named by id and title', () => {
    expect(undatedEvents([event('a', '2024'), event('b', '')])).toEqual([{ id: 'b', title: 'B' }]);
  });
});
