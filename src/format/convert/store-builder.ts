import type {
  ActorInput,
  EventInput,
  EventStatus,
  ExcerptInput,
  SourceInput,
  Stance,
} from '../schema';
import { FORMAT } from '../format-name';
import { endsBeforeStart } from './import-dates';
import { isSlug } from '../slug';
import { slugify } from '../slugify';
import { type ReportBuilder, plainValue, quotedValue, withValues } from './import-report';
export { slugify };

/**
 * Builds a `sourceline/1` document from imported items. Ids are made here: a slug of the
 * name, with a number added on a collision, so every reference resolves. The result still
 * goes through the validator like any store; this only saves it avoidable drops.
 */
export interface ImportedStore {
  format: typeof FORMAT;
  title: string;
  description?: string;
  language: string;
  sources: SourceInput[];
  actors: ActorInput[];
  events: EventInput[];
}

/** Language of imported text is not known: BCP 47 "und" says so honestly. */
export const UNKNOWN_LANGUAGE = 'und';
export const MAX_TITLE = 200;
export const UNASSIGNED_ACTOR = 'Unassigned';

class IdPool {
  private readonly used = new Set<string>();
  take(wanted: string, fallback: string): string {
    const base = isSlug(wanted) ? wanted : slugify(wanted, fallback);
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base.slice(0, 74)}-${n}`;
    this.used.add(id);
    return id;
  }
  has(id: string) {
    return this.used.has(id);
  }
}

/** A title of at most 200 characters: cut at a word, marked with an ellipsis. */
export function fitTitle(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_TITLE) return flat;
  const cut = flat.slice(0, MAX_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > 100 ? cut.slice(0, space) : cut}…`;
}

/** A title from a text that has none: its first sentence or line, fitted. */
export function titleFromText(text: string): string {
  const first = text.trim().split(/\n/)[0] ?? '';
  const sentence = /^(.{10,}?[.!?])(\s|$)/.exec(first)?.[1] ?? first;
  return fitTitle(sentence);
}

export interface EventDraft {
  /** An id the file gave (kept when it is a valid slug and free). */
  id?: string;
  title: string;
  start: string;
  end?: string;
  approximate?: boolean;
  dateNote?: string;
  /** Actor names. */
  actors: string[];
  /**
   * The actors' ids as made by `actor` or `actorById`, when the file tells actors apart by id
   * (two actors may share a name); used instead of `actors` then.
   */
  actorIds?: string[];
  status?: EventStatus;
  statusNote?: string;
  summary?: string;
  tags?: string[];
  place?: { name: string; lat?: number; lon?: number };
  excerpts?: {
    source: string;
    quote: string;
    translation?: string;
    stance?: Stance;
    locator?: string;
  }[];
}

export class StoreBuilder {
  private readonly eventIds = new IdPool();
  private readonly actorIds = new IdPool();
  private readonly sourceIds = new IdPool();
  private readonly actorByName = new Map<string, string>();
  private readonly sourceByKey = new Map<string, string>();
  private readonly actorByGivenId = new Map<string, string>();
  readonly sources: SourceInput[] = [];
  readonly actors: ActorInput[] = [];
  readonly events: EventInput[] = [];

  constructor(private readonly report: ReportBuilder) {}

  /** The id of the actor with this name (kind `other`), made on first use. */
  actor(name: string, options: { id?: string; kind?: ActorInput['kind'] } = {}): string {
    const key = name.trim().toLowerCase();
    const known = this.actorByName.get(key);
    if (known) return known;
    const id = this.actorIds.take(options.id ?? name, 'actor');
    this.actorByName.set(key, id);
    this.actors.push({ id, name: name.trim(), kind: options.kind ?? 'other' });
    return id;
  }

  /**
   * The id of the actor the file calls `id`, made on first use: actors with the same name and
   * different ids stay apart. The name then means this actor where no id is given.
   */
  actorById(id: string, name: string): string {
    const known = this.actorByGivenId.get(id);
    if (known) return known;
    const made = this.actorIds.take(id, 'actor');
    this.actorByGivenId.set(id, made);
    const key = name.trim().toLowerCase();
    if (!this.actorByName.has(key)) this.actorByName.set(key, made);
    this.actors.push({ id: made, name: name.trim(), kind: 'other' });
    return made;
  }

  /**
   * The id of the source the file calls `id`, made on first use with this title: sources
   * with the same title and different ids stay apart.
   */
  sourceById(id: string, title: string, url?: string): string {
    const key = `id:${id}`;
    const known = this.sourceByKey.get(key);
    if (known) return known;
    const made = this.sourceIds.take(id, 'source');
    this.sourceByKey.set(key, made);
    this.sources.push({ id: made, title, language: UNKNOWN_LANGUAGE, ...(url ? { url } : {}) });
    return made;
  }

  /** The id of the source at this URL (or with this title when it has none). */
  source(source: {
    title: string;
    url?: string;
    publisher?: string;
    published?: string;
    id?: string;
  }): string {
    const key = source.url ?? `title:${source.title.toLowerCase()}`;
    const known = this.sourceByKey.get(key);
    if (known) return known;
    const id = this.sourceIds.take(source.id ?? source.title, 'source');
    this.sourceByKey.set(key, id);
    this.sources.push({
      id,
      title: source.title,
      language: UNKNOWN_LANGUAGE,
      ...(source.publisher ? { publisher: source.publisher } : {}),
      ...(source.published ? { published: source.published } : {}),
      ...(source.url ? { url: source.url } : {}),
    });
    return id;
  }

  /**
   * The end to keep, or none (reported) when it is before the start. Every importer asks
   * here, so an end before its start means the same whatever the file's format.
   */
  keptEnd(start: string, end: string, where: string): string | undefined {
    if (!endsBeforeStart(start, end)) return end;
    // The validator would drop the whole event; a wrong end costs only the end.
    this.report.dropped(
      where,
      withValues`end ${plainValue(end)} is before the start ${plainValue(start)}: left out`,
    );
    return undefined;
  }

  event(draft: EventDraft, where: string): string {
    let wanted = draft.id;
    if (wanted !== undefined && (!isSlug(wanted) || this.eventIds.has(wanted))) {
      this.report.guessed(
        where,
        this.eventIds.has(wanted)
          ? withValues`id ${quotedValue(wanted)} is used already; a new one was made from the title`
          : withValues`id ${quotedValue(wanted)} is not a slug; one was made from it`,
      );
      if (this.eventIds.has(wanted)) wanted = undefined;
    }
    const id = this.eventIds.take(wanted ?? draft.title, 'event');
    let actors = [
      ...new Set(draft.actors.map((name) => name.trim()).filter((name) => name !== '')),
    ];
    const actorIds =
      draft.actorIds && draft.actorIds.length > 0 ? [...new Set(draft.actorIds)] : [];
    if (actors.length === 0 && actorIds.length === 0) {
      actors = [UNASSIGNED_ACTOR];
      this.report.guessed(where, `no actor: put in the lane "${UNASSIGNED_ACTOR}"`);
    }
    if (draft.title.replace(/\s+/g, ' ').trim().length > MAX_TITLE) {
      this.report.guessed(where, `title cut to ${MAX_TITLE} characters`);
    }
    const end =
      draft.end !== undefined && draft.end !== draft.start
        ? this.keptEnd(draft.start, draft.end, where)
        : undefined;
    const excerpts: ExcerptInput[] | undefined = draft.excerpts?.map((excerpt) => ({
      source: excerpt.source,
      quote: excerpt.quote,
      ...(excerpt.translation ? { translation: excerpt.translation } : {}),
      ...(excerpt.stance ? { stance: excerpt.stance } : {}),
      ...(excerpt.locator ? { locator: excerpt.locator } : {}),
    }));
    const event: EventInput = {
      id,
      title: fitTitle(draft.title),
      start: draft.start,
      ...(end ? { end } : {}),
      ...(draft.approximate ? { approximate: true } : {}),
      ...(draft.dateNote ? { dateNote: draft.dateNote } : {}),
      ...(draft.status ? { status: draft.status } : {}),
      ...(draft.statusNote ? { statusNote: draft.statusNote } : {}),
      actors: actorIds.length > 0 ? actorIds : actors.map((name) => this.actor(name)),
      ...(draft.summary ? { summary: draft.summary } : {}),
      ...(draft.tags && draft.tags.length > 0 ? { tags: draft.tags } : {}),
      ...(draft.place ? { place: draft.place } : {}),
      ...(excerpts && excerpts.length > 0 ? { excerpts } : {}),
    };
    this.events.push(event);
    return id;
  }

  build(title: string, description?: string): ImportedStore {
    return {
      format: FORMAT,
      // One line: a title slide's "Name<br/> 1963 - 2012" is a heading, not two paragraphs.
      title: title.replace(/\s+/g, ' ').trim() || 'Imported timeline',
      ...(description ? { description } : {}),
      language: UNKNOWN_LANGUAGE,
      sources: this.sources,
      actors: this.actors,
      events: this.events,
    };
  }
}
