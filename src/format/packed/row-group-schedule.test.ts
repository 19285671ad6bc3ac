import { describe, expect, it } from 'vitest';
import { READS_AT_ONCE, RowGroupSchedule, type ScheduledRead } from './row-group-schedule';
import type { RowGroupSpan } from './row-groups';

/** Ten groups of ten events, group i starting at 100·i and ending before the next begins. */
const spans: RowGroupSpan[] = Array.from({ length: 10 }, (_, i) => ({
  rowStart: 10 * i,
  rowEnd: 10 * (i + 1),
  firstStart: 100 * i,
  lastStart: 100 * i + 90,
  lastEnd: 100 * i + 95,
}));

/** Starts every read the schedule allows now. */
function startAll(schedule: RowGroupSchedule): ScheduledRead[] {
  const started: ScheduledRead[] = [];
  for (let read = schedule.next(); read !== null; read = schedule.next()) started.push(read);
  return started;
}

/** Reads everything, one read at a time, finishing each as soon as it starts. */
function readOrder(schedule: RowGroupSchedule): number[] {
  const order: number[] = [];
  for (let read = schedule.next(); read !== null; read = schedule.next()) {
    order.push(read.group);
    schedule.finished(read.group);
  }
  return order;
}

describe('RowGroupSchedule', () => {
  it('reads the window’s groups first, then the others nearest to the window first', () => {
    const schedule = new RowGroupSchedule(spans);
    schedule.showWindow({ start: 420, end: 530 });
    expect(readOrder(schedule)).toEqual([4, 5, 3, 6, 2, 7, 1, 8, 0, 9]);
    expect(schedule.allRead()).toBe(true);
  });

  it('reads first the group holding most of the window’s events', () => {
    const schedule = new RowGroupSchedule(spans);
    // Group 4's events start until 490, group 5's from 500: most of the window is group 5.
    schedule.showWindow({ start: 480, end: 600 });
    expect(startAll(schedule).map((read) => read.group)).toEqual([5, 4]);
  });

  it('reads groups of events starting in the window before those that only reach into it', () => {
    const long = spans.map((span, i) => (i === 2 ? { ...span, lastEnd: 650 } : span));
    const schedule = new RowGroupSchedule(long);
    schedule.showWindow({ start: 610, end: 640 });
    expect(startAll(schedule)).toEqual([{ group: 6, forWindow: true }]);
    schedule.finished(6);
    expect(schedule.windowStartsIn()).toBe(true);
    expect(schedule.windowComplete()).toBe(false);
    expect(startAll(schedule)).toEqual([{ group: 2, forWindow: true }]);
    schedule.finished(2);
    expect(schedule.windowComplete()).toBe(true);
  });

  it('reads a window’s groups two at a time, and the background one at a time only once the window is in', () => {
    const schedule = new RowGroupSchedule(spans);
    schedule.showWindow({ start: 100, end: 400 });
    expect(startAll(schedule).map((read) => read.group)).toEqual([1, 2]);
    schedule.finished(1);
    expect(startAll(schedule).map((read) => read.group)).toEqual([3]);
    schedule.finished(2);
    // Nothing of the window waits, but group 3 is still in flight for it.
    expect(startAll(schedule)).toEqual([]);
    schedule.finished(3);
    // Group 4 starts right where the window ends: the nearest.
    expect(startAll(schedule)).toEqual([{ group: 4, forWindow: false }]);
  });

  it('never reads a group again once it is in, nor twice at a time', () => {
    const schedule = new RowGroupSchedule(spans);
    schedule.markRead(9);
    schedule.showWindow({ start: 400, end: 500 });
    const [window] = startAll(schedule);
    expect(window).toEqual({ group: 4, forWindow: true });
    // Back over what is in and what is in flight: nothing of either is asked for again.
    schedule.showWindow({ start: 400, end: 1000 });
    const started = startAll(schedule).map((read) => read.group);
    expect(started).toEqual([5]);
    schedule.finished(4);
    schedule.finished(5);
    const rest = readOrder(schedule);
    expect(rest).toEqual([6, 7, 8, 3, 2, 1, 0]);
    expect(new Set([4, 5, 9, ...rest]).size).toBe(10);
  });

  it('says which reads to abort when the person leaves their window, and reads them later', () => {
    const schedule = new RowGroupSchedule(spans);
    schedule.showWindow({ start: 400, end: 600 });
    expect(startAll(schedule).map((read) => read.group)).toEqual([4, 5]);
    // Moved on to a window that keeps group 5 but not group 4.
    expect(schedule.showWindow({ start: 505, end: 640 })).toEqual([4]);
    schedule.cancelled(4);
    expect(startAll(schedule)).toEqual([{ group: 6, forWindow: true }]);
    schedule.finished(5);
    schedule.finished(6);
    // Group 4 was never delivered: it comes back in its turn, the nearest to the window.
    expect(startAll(schedule)).toEqual([{ group: 4, forWindow: false }]);
  });

  it('lets a background read in flight go on when the window moves, and reads the new window beside it', () => {
    const schedule = new RowGroupSchedule(spans);
    schedule.showWindow({ start: 0, end: 100 });
    schedule.finished(startAll(schedule)[0]!.group);
    expect(startAll(schedule)).toEqual([{ group: 1, forWindow: false }]);
    expect(schedule.showWindow({ start: 805, end: 880 })).toEqual([]);
    expect(startAll(schedule)).toEqual([{ group: 8, forWindow: true }]);
    schedule.finished(8);
    expect(schedule.windowComplete()).toBe(true);
    // The background read still in flight holds the background's one place.
    expect(startAll(schedule)).toEqual([]);
    schedule.finished(1);
    expect(startAll(schedule)).toEqual([{ group: 7, forWindow: false }]);
  });

  it('takes a window already in as complete at once', () => {
    const schedule = new RowGroupSchedule(spans);
    schedule.markRead(3);
    schedule.showWindow({ start: 310, end: 380 });
    expect(schedule.windowComplete()).toBe(true);
  });

  describe('a store too large to hold whole (no background reads)', () => {
    it('reads the window’s groups, then its margin’s, and nothing else', () => {
      const schedule = new RowGroupSchedule(spans, READS_AT_ONCE, false);
      schedule.showWindow({ start: 420, end: 530 }, [3, 6]);
      expect(readOrder(schedule)).toEqual([4, 5, 3, 6]);
      expect(schedule.windowComplete()).toBe(true);
      expect(schedule.allRead()).toBe(false);
    });

    it('aborts the reads of a window left for one too wide to read', () => {
      const schedule = new RowGroupSchedule(spans, READS_AT_ONCE, false);
      schedule.showWindow({ start: 420, end: 530 }, [3, 6]);
      expect(startAll(schedule).map((read) => read.group)).toEqual([4, 5]);
      expect(schedule.clearWindow().sort()).toEqual([4, 5]);
      schedule.cancelled(4);
      schedule.cancelled(5);
      expect(startAll(schedule)).toEqual([]);
    });

    it('reads a group put out of memory again when a window needs it', () => {
      const schedule = new RowGroupSchedule(spans, READS_AT_ONCE, false);
      schedule.showWindow({ start: 420, end: 480 });
      expect(readOrder(schedule)).toEqual([4]);
      schedule.forget(4);
      expect(schedule.windowComplete()).toBe(false);
      expect(readOrder(schedule)).toEqual([4]);
      expect(schedule.shownGroups()).toEqual([4]);
    });
  });
});
