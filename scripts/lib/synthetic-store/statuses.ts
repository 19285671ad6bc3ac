/**
 * How far each event is established, as a fact-checked store would say: mostly confirmed
 * or reported, some disputed (with a disputing excerpt when it has a second one), a few
 * refuted, some not stated. Drawn from a stream of its own, after the events are made, so
 * that every other part of a seed's store is what it was before statuses existed.
 */
import type { EventInput, EventStatus } from '../../../src/format/schema.ts';
import { Rng } from './random';

const STATUS_WEIGHTS: readonly [EventStatus | null, number][] = [
  ['confirmed', 55],
  ['reported', 25],
  ['disputed', 8],
  ['refuted', 4],
  [null, 8],
];

const NOTES: Readonly<Record<EventStatus, string>> = {
  confirmed: 'Took place in public; several sources agree.',
  reported: 'Known from one side’s statements only.',
  disputed: 'The sources disagree on whether it happened as stated.',
  refuted: 'Later reports show it did not happen as first claimed.',
};

export function addStatuses(events: EventInput[], seed: number) {
  const rng = new Rng(seed, 'statuses');
  const weights = STATUS_WEIGHTS.map(([, weight]) => weight);
  for (const event of events) {
    const status = STATUS_WEIGHTS[rng.weighted(weights)]![0];
    if (status === null) continue;
    event.status = status;
    if (rng.chance(0.3)) event.statusNote = NOTES[status];
    const excerpts = event.excerpts ?? [];
    if ((status === 'disputed' || status === 'refuted') && excerpts.length > 1)
      excerpts[excerpts.length - 1] = { ...excerpts[excerpts.length - 1]!, stance: 'disputes' };
  }
}
