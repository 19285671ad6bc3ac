/**
 * The page of the vis-timeline contract test (e2e/vis-internals-contract.spec.ts): the real
 * library and the app's own modules that reach into it, bundled by the test and put on a
 * blank page. Not part of the app's build.
 */
import { DataSet } from 'vis-data/peer';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import {
  drawNewItemsAcrossLanes,
  withBatchedItemDraws,
} from '../../src/features/timeline/batched-item-draws';
import { keepMarginItemsDrawn, withMargins } from '../../src/features/timeline/margin-items';
import * as internals from '../../src/features/timeline/vis-internals';

export interface HarnessItem {
  id: string;
  start: number;
  end?: number;
  group?: string;
  content: string;
  type?: 'point' | 'range' | 'box';
}

const DAY = 86_400_000;

/** A timeline in #timeline with the app's layout options, showing [start, end]. */
function mount(
  start: number,
  end: number,
  initial: HarnessItem[] = [],
  options: TimelineOptions = {},
) {
  const container = document.getElementById('timeline')!;
  const items = new DataSet<HarnessItem, 'id'>(initial);
  const timeline = new Timeline(container, items as never, {
    stack: true,
    orientation: { axis: 'top', item: 'top' },
    margin: { item: { horizontal: 0, vertical: 6 }, axis: 8 },
    height: '100%',
    ...options,
  });
  timeline.setWindow(start, end, { animation: false });
  return { timeline, items, container };
}

/** Resolves after `count` frames have been painted. */
function frames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
    step(count);
  });
}

/** The text of the items vis-timeline has on the page, by their content. */
function drawnContents(container: Element): string[] {
  return [...container.querySelectorAll('.vis-item .vis-item-content')]
    .filter((element) => element.isConnected)
    .map((element) => element.textContent ?? '')
    .sort();
}

/** One point item a day from `from` for `days` days, named by their day number. */
function dailyItems(from: number, days: number): HarnessItem[] {
  return Array.from({ length: days }, (_, day) => ({
    id: `d${day}`,
    start: from + day * DAY,
    content: `day ${day}`,
  }));
}

const harness = {
  DataSet,
  Timeline,
  internals,
  withBatchedItemDraws,
  drawNewItemsAcrossLanes,
  keepMarginItemsDrawn,
  withMargins,
  mount,
  frames,
  drawnContents,
  dailyItems,
  DAY,
};

export type VisContractHarness = typeof harness;

declare global {
  interface Window {
    /** Only on the contract test's page. */
    visContract: VisContractHarness;
  }
}

window.visContract = harness;
