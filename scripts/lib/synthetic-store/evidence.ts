/**
 * The rest of the evidence fields, as a fact-checked store would carry them: each source's
 * archived copy, access date and reliability grade (and that its locators count
 * paragraphs), the paragraph of some excerpts, and links between events (a response to
 * the event just before, a part of an earlier one in the same stretch, a cause, a see-also).
 * Drawn from a stream of its own after the statuses, so every other part of a seed's store
 * is what it was before these fields existed. `part-of` points only at earlier events, so it
 * can never make a cycle.
 */
import type { EventInput, Relation, Reliability, SourceInput } from '../../../src/format/schema.ts';
import type { GeneratedStore } from './generate';
import { Rng } from './random';

const GRADES: readonly Reliability[] = ['A', 'B', 'C', 'D', 'E', 'F'];
const GRADE_WEIGHTS = [20, 35, 25, 10, 5, 5];
const RELATIONS: readonly Relation[] = ['responds-to', 'part-of', 'causes', 'see-also'];
const RELATION_WEIGHTS = [4, 3, 1, 2];

export function addEvidence(sources: SourceInput[], events: EventInput[], seed: number) {
  const rng = new Rng(seed, 'evidence');
  const paragraphStarts = new Map<string, number[]>();
  for (const source of sources) {
    if (source.url && rng.chance(0.7)) {
      source.archiveUrl = `https://web.archive.org/web/${(source.published ?? '2000').replaceAll('-', '')}/${source.url}`;
      source.accessed = source.published;
    }
    source.reliability = GRADES[rng.weighted(GRADE_WEIGHTS)];
    source.locatorLabel = 'paragraph';
    const starts = [0];
    const text = source.text ?? '';
    for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 2))
      starts.push(at + 2);
    paragraphStarts.set(source.id, starts);
  }

  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    for (const excerpt of event.excerpts ?? []) {
      if (!rng.chance(0.3)) continue;
      const starts = paragraphStarts.get(excerpt.source);
      const source = sources.find((s) => s.id === excerpt.source);
      const at = source?.text?.indexOf(excerpt.quote) ?? -1;
      if (!starts || at < 0) continue;
      let paragraph = 0;
      while (paragraph + 1 < starts.length && starts[paragraph + 1]! <= at) paragraph++;
      excerpt.locator = String(paragraph + 1);
    }
    if (i === 0 || !rng.chance(0.15)) continue;
    const relation = RELATIONS[rng.weighted(RELATION_WEIGHTS)]!;
    const back = relation === 'responds-to' ? 1 : rng.int(1, Math.min(i, 50));
    const earlier = events[i - back]!;
    // A cause comes first, so the earlier event names what it caused.
    if (relation === 'causes') (earlier.related ??= []).push({ event: event.id, relation });
    else (event.related ??= []).push({ event: earlier.id, relation });
  }
}

/**
 * The same store without any evidence field (statuses, stances, locators, related events,
 * the sources' archive, access date, reliability and locator label): what a store was
 * before them, for the bench's comparison (`--against no-evidence`) and the generator's
 * pinned output.
 */
export function withoutEvidence(store: GeneratedStore): GeneratedStore {
  return {
    ...store,
    sources: store.sources.map((source) => omit(source, SOURCE_FIELDS)),
    events: store.events.map((event) => {
      const plain = omit(event, EVENT_FIELDS);
      return plain.excerpts
        ? { ...plain, excerpts: plain.excerpts.map((excerpt) => omit(excerpt, EXCERPT_FIELDS)) }
        : plain;
    }),
  };
}

const SOURCE_FIELDS = ['archiveUrl', 'accessed', 'reliability', 'locatorLabel'] as const;
const EVENT_FIELDS = ['status', 'statusNote', 'related'] as const;
const EXCERPT_FIELDS = ['stance', 'locator'] as const;

function omit<T extends object>(item: T, fields: readonly (keyof T)[]): T {
  const copy = { ...item };
  for (const field of fields) delete copy[field];
  return copy;
}
