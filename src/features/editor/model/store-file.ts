import type { Problem } from '../../../format/problems';
import type { LeftOutReason } from '../../../i18n/editor-messages';
import { KNOWN_FIELDS } from '../../../format/vocabulary';
import type { DraftDocument } from './draft-document';
import { fileByItem, itemOf, validateDraft } from './field-problems';
import { serializeStore } from './serialize-store';

/**
 * The file Download store (and Save) writes: the draft as the app's validator keeps it, so
 * that it is a valid `sourceline/1` store which loses nothing more when it is opened. The
 * items validation drops (events, sources, actors) and the values it leaves out of the
 * items it keeps (a bad evidence field, an excerpt or a link it cannot keep) are not in it;
 * the draft keeps them all, to be fixed. Which they are is the validator's verdict, read
 * from its result, never decided here again. What the validator ignores without dropping
 * (fields the format does not know) is written back from the draft, as it always was.
 */
export interface StoreFile {
  text: string;
  /** The draft's items left out of the file: its events first, then sources, then actors. */
  leftOut: LeftOutItem[];
  /** Values of the items written, or of the store itself, left out of the file. */
  valuesLeftOut: number;
}

export type LeftOutKind = 'event' | 'source' | 'actor';

export interface LeftOutItem {
  kind: LeftOutKind;
  /** Its position in the draft's list of its kind. */
  index: number;
  /** Its id, as the draft has it ('' when it has none). */
  id: string;
  /** Its title (event, source) or name (actor) as typed; '' when it has none. */
  name: string;
  reason: LeftOutReason;
}

type Item = Record<string, unknown>;

const isRecord = (value: unknown): value is Item =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The fields of `raw` the format does not know (kept by the editor, ignored by the validator). */
function unknownFields(raw: unknown, known: readonly string[]): Item {
  if (!isRecord(raw)) return {};
  // fromEntries makes own fields, a `__proto__` key too.
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !known.includes(key)));
}

/** The validator's words for a value it does not keep: the value, a field, an entry. */
const VALUE_LEFT_OUT = /(left out|; (excerpt|membership|reference) ignored)$/;

export function storeFile(document: DraftDocument): StoreFile {
  const { header, kept, problems } = validateDraft(document);
  const byItem = fileByItem(problems);
  const dropping = (item: string) =>
    (byItem.get(item) ?? []).filter((problem) => problem.severity === 'dropped');

  const leftOut: LeftOutItem[] = [];
  const events: Item[] = [];
  document.events.forEach((raw: unknown, index) => {
    const event = kept[index];
    const rawItem = isRecord(raw) ? raw : {};
    if (event === null || event === undefined) {
      leftOut.push({
        kind: 'event',
        index,
        id: text(rawItem.id),
        name: text(rawItem.title),
        reason: reasonOf(dropping(`events[${index}]`)[0], `events[${index}]`),
      });
      return;
    }
    const { when: _when, ...written } = event;
    events.push(withUnknownOfEvent(written as Item, rawItem));
  });

  // The sources and actors kept, in the draft's order, are those no problem drops.
  const keptOf = (
    kind: 'source' | 'actor',
    list: readonly unknown[],
    keptItems: readonly { id: string }[],
    known: readonly string[],
  ): Item[] => {
    const plural = `${kind}s`;
    const rawKept: Item[] = [];
    list.forEach((raw, index) => {
      const rawItem = isRecord(raw) ? raw : {};
      if (dropping(`${plural}[${index}]`).length === 0) rawKept.push(rawItem);
      else
        leftOut.push({
          kind,
          index,
          id: text(rawItem.id),
          name: text(kind === 'source' ? rawItem.title : rawItem.name),
          reason: 'other',
        });
    });
    const matches =
      rawKept.length === keptItems.length && rawKept.every((raw, k) => raw.id === keptItems[k]!.id);
    return keptItems.map((item, k) => ({
      ...(item as unknown as Item),
      ...(matches ? unknownFields(rawKept[k], known) : {}),
    }));
  };
  const sources = keptOf('source', document.sources, header.sources, KNOWN_FIELDS.source);
  const actors = keptOf('actor', document.actors, header.actors, KNOWN_FIELDS.actor);

  const leftOutItems = new Set(
    leftOut.map((item) => `${item.kind}s[${item.index}]`), // events[3], sources[0]
  );
  let valuesLeftOut = 0;
  for (const problem of problems) {
    const item = itemOf(problem.path);
    if (leftOutItems.has(item)) continue;
    if (item === '$' ? problem.severity === 'dropped' : VALUE_LEFT_OUT.test(problem.message))
      valuesLeftOut++;
  }

  const file: Item = {
    ...unknownFields(document, KNOWN_FIELDS.store),
    ...(document.$schema === undefined ? {} : { $schema: document.$schema }),
    format: document.format,
    title: header.title,
    ...(header.description === undefined ? {} : { description: header.description }),
    language: header.language,
    sources,
    actors,
    events,
  };
  return { text: serializeStore(file as DraftDocument), leftOut, valuesLeftOut };
}

/** A kept event with the fields the format does not know written back from the draft's. */
function withUnknownOfEvent(event: Item, raw: Item): Item {
  const out: Item = { ...event, ...unknownFields(raw, KNOWN_FIELDS.event) };
  if (isRecord(out.place) && isRecord(raw.place))
    out.place = { ...out.place, ...unknownFields(raw.place, KNOWN_FIELDS.place) };
  // The excerpts kept are the draft's in order, some left out: each is matched to the next
  // of the draft's with its source and quote.
  if (Array.isArray(out.excerpts) && Array.isArray(raw.excerpts)) {
    const rawExcerpts = raw.excerpts as unknown[];
    let next = 0;
    out.excerpts = out.excerpts.map((excerpt: Item) => {
      while (next < rawExcerpts.length) {
        const candidate = rawExcerpts[next++];
        if (
          isRecord(candidate) &&
          candidate.source === excerpt.source &&
          candidate.quote === excerpt.quote
        )
          return { ...excerpt, ...unknownFields(candidate, KNOWN_FIELDS.excerpt) };
      }
      return excerpt;
    });
  }
  return out;
}

function reasonOf(problem: Problem | undefined, item: string): LeftOutReason {
  if (problem === undefined) return 'other';
  const field = /^\.([a-zA-Z]+)/.exec(problem.path.slice(item.length))?.[1];
  const nothing = problem.value === undefined || problem.value === '""';
  switch (field) {
    case 'title':
      return nothing ? 'noTitle' : 'title';
    case 'start':
      return nothing ? 'noDate' : 'date';
    case 'end':
      return problem.message.includes('before the start') ? 'endBeforeStart' : 'end';
    case 'actors':
      return problem.value === undefined || problem.value === '[]' ? 'noActors' : 'actors';
    case 'excerpts':
      return 'excerpt';
    case 'id':
      return 'id';
    default:
      return 'other';
  }
}
