/**
 * Carries out a RowGroupSchedule: starts every read it allows, each with its own
 * AbortController, aborts those it says were only for a window the person has left, and
 * settles once every group is in (or at the first read that fails for another reason).
 */
import type { RowGroupSchedule, ScheduledRead } from '../../../format/packed/row-group-schedule';
import type { TimeWindow } from '../../../lib/time-window';

/** Reads one group and hands its events out; rejects when `signal` aborts it. */
export type ReadGroup = (read: ScheduledRead, signal: AbortSignal) => Promise<void>;

export class ScheduledReads {
  private readonly controllers = new Map<number, AbortController>();
  private failure: unknown = null;
  private settle: { resolve(): void; reject(error: unknown): void } | null = null;

  constructor(
    private readonly schedule: RowGroupSchedule,
    private readonly readGroup: ReadGroup,
    /** After each group is in (and marked read in the schedule). */
    private readonly onRead: () => void = () => {},
  ) {}

  /** Reads until every group is in. */
  run(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
      this.pump();
    });
  }

  /** The person moved to `window`: its groups next, and reads only for the window left aborted. */
  showWindow(window: TimeWindow, margin: readonly number[] = []): void {
    for (const group of this.schedule.showWindow(window, margin)) {
      this.controllers.get(group)?.abort();
    }
    this.pump();
  }

  /** No window to read for (one too wide to read row by row): its reads are aborted. */
  clearWindow(): void {
    for (const group of this.schedule.clearWindow()) this.controllers.get(group)?.abort();
    this.pump();
  }

  private pump(): void {
    if (this.settle === null || this.failure !== null) return;
    for (let read = this.schedule.next(); read !== null; read = this.schedule.next()) {
      this.start(read);
    }
    if (this.schedule.allRead()) this.settle.resolve();
  }

  private start(read: ScheduledRead): void {
    const controller = new AbortController();
    this.controllers.set(read.group, controller);
    this.readGroup(read, controller.signal).then(
      () => {
        this.controllers.delete(read.group);
        this.schedule.finished(read.group);
        try {
          this.onRead();
        } catch (error) {
          this.fail(error);
          return;
        }
        this.pump();
      },
      (error: unknown) => {
        this.controllers.delete(read.group);
        this.schedule.cancelled(read.group);
        if (controller.signal.aborted) {
          this.pump();
          return;
        }
        this.fail(error);
      },
    );
  }

  private fail(error: unknown): void {
    if (this.failure !== null) return;
    this.failure = error;
    for (const controller of this.controllers.values()) controller.abort();
    this.settle?.reject(error);
  }
}
