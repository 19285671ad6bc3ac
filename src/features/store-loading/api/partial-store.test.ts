import { describe, expect, it } from 'vitest';
import { PartialStoreSchedule } from './partial-store';

describe('PartialStoreSchedule', () => {
  const clock = () => {
    let time = 0;
    return { now: () => time, advance: (ms: number) => (time += ms) };
  };

  it('shows a first look at 1,000 events, then again only once it has grown fourfold', () => {
    const { now, advance } = clock();
    const schedule = new PartialStoreSchedule(now);
    expect(schedule.due(999, 0.01)).toBe(false);
    expect(schedule.due(1_500, 0.02)).toBe(true);
    advance(1_000);
    expect(schedule.due(5_000, 0.05)).toBe(false);
    expect(schedule.due(6_000, 0.06)).toBe(true);
  });

  it('not more often than every half second, and not once most of the bytes are in', () => {
    const { now, advance } = clock();
    const schedule = new PartialStoreSchedule(now);
    expect(schedule.due(1_000, null)).toBe(true);
    advance(100);
    expect(schedule.due(50_000, 0.2)).toBe(false);
    advance(500);
    expect(schedule.due(50_000, 0.6)).toBe(false);
    expect(schedule.due(50_000, 0.4)).toBe(true);
  });

  it('starts over after a reset (the store is being read again)', () => {
    const { now, advance } = clock();
    const schedule = new PartialStoreSchedule(now);
    expect(schedule.due(2_000, 0.1)).toBe(true);
    schedule.reset();
    advance(1);
    expect(schedule.due(1_000, 0.1)).toBe(true);
  });
});
