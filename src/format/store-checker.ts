import type { z } from 'zod';
import type * as Schema from './schema';
import type { ActorInput, EventInput, RelatedEntry, SourceInput } from './schema';
import { parseStoreDate, type StoreDate } from './dates';
import { type EventCheck, type EventCheckCache, moveProblem } from './event-check';
import { fastParseActor, fastParseEvent, fastParseSource } from './fast-event';
import { FORMAT } from './format-name';
import {
  type PathSegment,
  type Problem,
  type Severity,
  formatPath,
  shortenValue,
} from './problems';
import { KNOWN_FIELDS, LANGUAGE_TAG_RE } from './vocabulary';

/**
 * The checks of a `sourceline/1` store, free of zod: the item schemas (schema.ts) are
 * given to it, or loaded only when an item fails the fast checks (startLazyValidation),
 * so that the store worker shows a valid store without loading zod at all. The rules on
 * imports (eslint.config.js) keep zod's values out of this module.
 */

/** The zod schemas the checker runs on an item the fast checks decline. */
export type ItemSchemas = Pick<
  typeof Schema,
  | 'sourceSchema'
  | 'actorSchema'
  | 'eventSchema'
  | 'sourceEvidenceFields'
  | 'excerptEvidenceFields'
  | 'eventEvidenceFields'
  | 'stanceSchema'
  | 'relatedEntrySchema'
>;

export type Source = SourceInput;
export type Actor = ActorInput;
export interface StoreEvent extends EventInput {
  /** The parsed `start` and `end`, checked on load so that nothing downstream re-parses. */
  readonly when: { readonly start: StoreDate; readonly end?: StoreDate };
}

export interface Store {
  readonly title: string;
  readonly description?: string;
  readonly language: string;
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly events: readonly StoreEvent[];
}

export interface DroppedCounts {
  sources: number;
  actors: number;
  events: number;
}

export type Refusal = { readonly ok: false; readonly problems: readonly Problem[] };

export type ValidationResult =
  | { readonly ok: false; readonly problems: readonly Problem[] }
  | {
      readonly ok: true;
      readonly store: Store;
      readonly problems: readonly Problem[];
      readonly dropped: DroppedCounts;
      readonly warnings: number;
    };

export function refused(problem: Omit<Problem, 'severity'>): Refusal {
  return { ok: false, problems: [{ severity: 'refused', ...problem }] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** The refusals: not an object, or not this format. */
export function refusalOf(data: unknown): Refusal | null {
  if (!isRecord(data)) {
    return refused({
      path: '$',
      message: `the top level is ${typeName(data)}, not an object`,
      value: shortenValue(data),
      expected: `an object with "format": "${FORMAT}"`,
    });
  }
  if (!('format' in data)) {
    return refused({ path: 'format', message: 'the format is missing', expected: `"${FORMAT}"` });
  }
  if (data.format !== FORMAT) {
    return refused({
      path: 'format',
      // The format promises a message naming what was found, so a reader of the message
      // alone (without the value) sees e.g. "sourceline/2".
      message: `unknown format ${shortenValue(data.format)}`,
      value: shortenValue(data.format),
      expected: `"${FORMAT}"`,
    });
  }
  return null;
}

function getAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function collapseWhiteSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Levenshtein distance, for "did you mean" hints on unknown fields (names are short). */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function unknownFieldExpected(field: string, known: readonly string[]): string {
  const near = known
    .map((name) => ({ name, distance: editDistance(field.toLowerCase(), name.toLowerCase()) }))
    .filter((candidate) => candidate.distance <= 2)
    .sort((a, b) => a.distance - b.distance)[0];
  const hint = near ? `did you mean "${near.name}"? ` : '';
  return `${hint}one of the fields ${known.join(', ')}`;
}

/** An event's related entries, kept until every event id is known to check their targets. */
interface PendingRelated {
  readonly id: string;
  readonly path: readonly PathSegment[];
  /** The event's own list (so links left out at the end leave the event), and where each entry was in the document. */
  readonly entries: RelatedEntry[];
  readonly positions: number[];
}

/** The store's members other than its events, checked. */
export type StoreHeader = Omit<Store, 'events'>;

/** What validation found once every event has been checked. */
export interface ValidationTotals {
  readonly header: StoreHeader;
  readonly problems: readonly Problem[];
  readonly dropped: DroppedCounts;
  readonly warnings: number;
}

/**
 * Validation of a store whose events come in batches (while a large store downloads): the
 * same checks, problems and verdicts as validateStore, which is built on it.
 */
export interface EventsValidation {
  /** Everything but the events, as checked (it does not change as events are added). */
  readonly header: StoreHeader;
  /** The events array of the document given to startValidation (empty when it had none). */
  readonly eventItems: readonly unknown[];
  /**
   * Checks the next events; positions in problem paths continue from the last batch, or
   * start at `at` (a packed file's rows, whose row groups are read out of order).
   */
  addEvents(items: readonly unknown[], at?: number): StoreEvent[];
  /** What the event checks have found so far (finish adds the warnings that need every event). */
  readonly problems: readonly Problem[];
  /** After the last batch: the warnings that need every event, and the totals. */
  finish(): ValidationTotals;
}

/**
 * Checks everything but the events (format, top-level members, sources, actors) and
 * returns the validation to feed the events to, or the refusal. Given no schemas, it
 * throws SchemasNeeded at the first item the fast checks decline (startLazyValidation
 * then loads them).
 */
export function startValidationWith(
  data: unknown,
  schemas: ItemSchemas | null,
  cache?: EventCheckCache,
): Refusal | (EventsValidation & { ok: true }) {
  const refusal = refusalOf(data);
  if (refusal) return refusal;
  const checker = new StoreChecker(data as Record<string, unknown>, schemas, cache ?? null);
  return {
    ok: true,
    header: checker.header,
    eventItems: checker.eventItems,
    addEvents: (items, at) => {
      const { events, checked } = checker.addEvents(items, at);
      if (checked < items.length) throw new SchemasNeeded();
      return events;
    },
    get problems() {
      return checker.problemsSoFar;
    },
    finish: () => checker.finish(),
  };
}

/**
 * Checks events from `from` on into the cache until `deadline` (a performance.now() time)
 * passes, and returns the index of the first event not checked (the number of events when
 * all are): a large document is checked in slices, between which the page stays responsive,
 * and the validation with the cache that follows costs little.
 */
export function precheckEventsWith(
  data: unknown,
  schemas: ItemSchemas,
  cache: EventCheckCache,
  from: number,
  deadline: number,
): number {
  if (refusalOf(data)) return Number.POSITIVE_INFINITY;
  return new StoreChecker(data as Record<string, unknown>, schemas, cache).precheck(from, deadline);
}

/**
 * The same validation as validateStore, in the parts a caller keeping its own account of a
 * store's events needs (the editor, which checks again only what a keystroke can change):
 * each event's verdict by its index, and the warnings about actors that no kept event names
 * apart from the other problems (they are the validation's last step, so validateStore's
 * problems are `problems` followed by `actorsInNoEvent`).
 */
export interface ValidationInParts {
  readonly ok: true;
  /** Everything but the events, as kept (the sources and actors not dropped). */
  readonly header: StoreHeader;
  /** Each event as kept, or null where it was dropped, by its index in the document. */
  readonly kept: readonly (StoreEvent | null)[];
  readonly problems: readonly Problem[];
  readonly actorsInNoEvent: readonly Problem[];
}

export function validateInPartsWith(
  data: unknown,
  schemas: ItemSchemas,
  cache?: EventCheckCache,
): Refusal | ValidationInParts {
  const refusal = refusalOf(data);
  if (refusal) return refusal;
  const checker = new StoreChecker(data as Record<string, unknown>, schemas, cache ?? null);
  // One at a time, so that each verdict is known by its index (the checks are the same).
  const kept = checker.eventItems.map((item) => checker.addEvents([item]).events[0] ?? null);
  return { ok: true, header: checker.header, kept, ...checker.finishInParts() };
}

/**
 * The warnings about actors that no kept event names, for a store whose kept events name
 * exactly the actors `named` (directly; an actor is also used through its members): the
 * last step of a validation, without the events, for when only what they name changed.
 */
export function actorsInNoEventWith(
  data: unknown,
  schemas: ItemSchemas,
  named: readonly string[],
  cache?: EventCheckCache,
): readonly Problem[] {
  if (refusalOf(data)) return [];
  return new StoreChecker(data as Record<string, unknown>, schemas, cache ?? null).actorsInNoEvent(
    named,
  );
}

/** The same validation, whose events are checked as they come (`await addEvents`). */
export interface LazyEventsValidation {
  readonly ok: true;
  readonly header: StoreHeader;
  addEvents(items: readonly unknown[]): Promise<StoreEvent[]>;
  finish(): ValidationTotals;
}

/**
 * The same checks, verdicts and problems as startValidationWith(data, schemas), without
 * loading the zod schemas while every item passes the fast checks (fast-event.ts), which
 * return exactly what the schemas would. The first item they decline loads the schemas,
 * which then check it and explain what is wrong, as they always have.
 */
export async function startLazyValidation(
  data: unknown,
  loadSchemas: () => Promise<ItemSchemas>,
): Promise<Refusal | LazyEventsValidation> {
  const refusal = refusalOf(data);
  if (refusal) return refusal;
  const record = data as Record<string, unknown>;
  let checker: StoreChecker;
  try {
    checker = new StoreChecker(record, null);
  } catch (error) {
    if (!(error instanceof SchemasNeeded)) throw error;
    checker = new StoreChecker(record, await loadSchemas());
  }
  return {
    ok: true,
    header: checker.header,
    async addEvents(items) {
      const kept: StoreEvent[] = [];
      let rest = items;
      for (;;) {
        const { events, checked } = checker.addEvents(rest);
        kept.push(...events);
        if (checked === rest.length) return kept;
        checker.useSchemas(await loadSchemas());
        rest = rest.slice(checked);
      }
    },
    finish: () => checker.finish(),
  };
}

/** An item the fast checks declined needs the zod schemas to be checked and explained. */
export class SchemasNeeded extends Error {
  constructor() {
    super('the zod schemas are needed to check this item');
  }
}

/** The fast checks' event, or null where they decline it (the schemas then explain why). */
function fastCheck(item: unknown): EventInput | null {
  return isRecord(item) ? fastParseEvent(item) : null;
}

/** What an event's check asks of the store (see StoreChecker.stillHolds). */
const LOOKUP = { actorDeclared: 0, actorKept: 1, sourceDeclared: 2, keptSource: 3 } as const;

/** A kept source as an event's check sees it: kept or not, and the text quotes are checked in. */
function sourceAnswer(source: Source | undefined): string | null | false {
  return source === undefined ? false : (source.text ?? null);
}

/** What checking the sources and the actors found (kept in a cache while they are unchanged). */
interface SourcesAndActors {
  readonly sources: StoreChecker['sources'];
  readonly actors: StoreChecker['actors'];
  readonly problems: readonly Problem[];
  readonly dropped: Pick<DroppedCounts, 'sources' | 'actors'>;
}

class StoreChecker {
  private readonly problems: Problem[] = [];

  get problemsSoFar(): readonly Problem[] {
    return this.problems;
  }
  /** Where problems go: the store's list, or an event's own while it is checked alone. */
  private sink: Problem[] = this.problems;
  /** The questions an event's check asks of the store, while a cache records them. */
  private recording: unknown[] | null = null;
  private readonly dropped: DroppedCounts = { sources: 0, actors: 0, events: 0 };
  readonly header: StoreHeader;
  readonly eventItems: readonly unknown[];
  readonly sources: ReturnType<StoreChecker['checkSources']>;
  readonly actors: ReturnType<StoreChecker['checkActors']>;
  private readonly seenEvents = new Set<string>();
  private readonly declaredEvents = new Set<string>();
  private readonly pendingRelated: PendingRelated[] = [];
  /** Actors that take part in an event, themselves or through a member. */
  private readonly usedActors = new Set<string>();
  private eventsChecked = 0;

  constructor(
    private readonly data: Record<string, unknown>,
    private schemas: ItemSchemas | null,
    private readonly cache: EventCheckCache | null = null,
  ) {
    this.warnUnknownFields(data, [], KNOWN_FIELDS.store);
    const title = this.topLevelString('title', true) ?? 'Untitled store';
    const description = this.topLevelString('description', false);
    const language = this.topLevelLanguage();

    const sourceItems = this.topLevelArray('sources');
    const actorItems = this.topLevelArray('actors');
    this.eventItems = this.topLevelArray('events');

    const kept = cache?.sourcesAndActors;
    if (kept && kept.sourceItems === sourceItems && kept.actorItems === actorItems) {
      // Unchanged since the last validation with this cache: the same findings.
      const found = kept.found as SourcesAndActors;
      this.sources = found.sources;
      this.actors = found.actors;
      this.problems.push(...found.problems);
      this.dropped.sources = found.dropped.sources;
      this.dropped.actors = found.dropped.actors;
    } else {
      const from = this.problems.length;
      this.sources = this.checkSources(sourceItems);
      this.actors = this.checkActors(actorItems);
      if (cache) {
        const found: SourcesAndActors = {
          sources: this.sources,
          actors: this.actors,
          problems: this.problems.slice(from),
          dropped: { ...this.dropped },
        };
        cache.sourcesAndActors = { sourceItems, actorItems, found };
      }
    }
    this.header = {
      title,
      ...(description === undefined ? {} : { description }),
      language,
      sources: [...this.sources.kept.values()].map((entry) => entry.source),
      actors: [...this.actors.kept.values()].map((entry) => entry.actor),
    };
  }

  /** Checks events until one needs the schemas the checker was not given (`checked` says how many). */
  addEvents(
    items: readonly unknown[],
    at = this.eventsChecked,
  ): { events: StoreEvent[]; checked: number } {
    const { events, checked } = this.checkEvents(items, at);
    this.eventsChecked += checked;
    for (const event of events) this.markActorsUsed(event.actors);
    return { events, checked };
  }

  useSchemas(schemas: ItemSchemas) {
    this.schemas = schemas;
  }

  private needSchemas(): ItemSchemas {
    if (this.schemas === null) throw new SchemasNeeded();
    return this.schemas;
  }

  precheck(from: number, deadline: number): number {
    const items = this.eventItems;
    let index = from;
    while (index < items.length) {
      this.eventCheck(items[index], index);
      index++;
      if (performance.now() > deadline) break;
    }
    return index;
  }

  /** finish, its two steps apart: see validateInPartsWith. */
  finishInParts(): Pick<ValidationInParts, 'problems' | 'actorsInNoEvent'> {
    this.resolveRelated();
    const from = this.problems.length;
    this.warnActorsWithoutEvents();
    return { problems: this.problems.slice(0, from), actorsInNoEvent: this.problems.slice(from) };
  }

  /** The warnings for the store's actors when the kept events name these (see actorsInNoEventWith). */
  actorsInNoEvent(named: readonly string[]): Problem[] {
    this.markActorsUsed(named);
    const from = this.problems.length;
    this.warnActorsWithoutEvents();
    return this.problems.slice(from);
  }

  finish(): ValidationTotals {
    this.resolveRelated();
    this.warnActorsWithoutEvents();
    return {
      header: this.header,
      problems: this.problems,
      dropped: this.dropped,
      warnings: this.problems.filter((problem) => problem.severity === 'warning').length,
    };
  }

  private report(
    severity: Severity,
    path: readonly PathSegment[],
    message: string,
    expected: string,
    value?: unknown,
    hasValue = value !== undefined,
  ) {
    this.sink.push({
      severity,
      path: formatPath(path),
      message,
      expected,
      ...(hasValue ? { value: shortenValue(value) } : {}),
    });
  }

  private topLevelString(key: 'title' | 'description', required: boolean): string | undefined {
    const value = this.data[key];
    if (typeof value === 'string' && (value.length > 0 || !required)) return value;
    if (value === undefined && !required) return undefined;
    this.report(
      'dropped',
      [key],
      value === undefined ? 'required field missing' : 'not usable',
      required ? 'a non-empty string' : 'a string',
      value,
    );
    return undefined;
  }

  private topLevelLanguage(): string {
    const value = this.data.language;
    if (typeof value === 'string' && LANGUAGE_TAG_RE.test(value)) return value;
    this.report(
      'dropped',
      ['language'],
      value === undefined
        ? 'required field missing; "en" assumed'
        : 'not a language tag; "en" assumed',
      'a BCP 47 language tag, such as "en"',
      value,
    );
    return 'en';
  }

  private topLevelArray(key: 'sources' | 'actors' | 'events'): readonly unknown[] {
    const value = this.data[key];
    if (Array.isArray(value)) return value;
    this.report(
      'dropped',
      [key],
      value === undefined ? 'required field missing' : `${typeName(value)}, not an array`,
      `an array of ${key}`,
      value,
    );
    return [];
  }

  private warnUnknownFields(
    item: Record<string, unknown>,
    path: PathSegment[],
    known: readonly string[],
  ) {
    for (const field of Object.keys(item)) {
      if (!known.includes(field)) {
        this.report(
          'warning',
          [...path, field],
          'unknown field, ignored',
          unknownFieldExpected(field, known),
          item[field],
        );
      }
    }
  }

  /** Runs a zod item schema; on failure reports every issue and returns null (item dropped). */
  private parseItem<T>(
    schema: z.ZodType<T>,
    item: unknown,
    path: PathSegment[],
    what: string,
  ): T | null {
    if (!isRecord(item)) {
      this.report(
        'dropped',
        path,
        `${what} is ${typeName(item)}, not an object`,
        `an object describing ${what}`,
        item,
      );
      return null;
    }
    const result = schema.safeParse(item);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const issuePath = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      const value = getAt(item, issuePath);
      const missing = value === undefined;
      const isDefaultMessage =
        issue.message.startsWith('Invalid input') || issue.message.startsWith('Too ');
      let expected = issue.message;
      if (issue.code === 'invalid_type' && isDefaultMessage)
        expected = `a value of type ${issue.expected}`;
      // Decide "missing" from the value, not the issue code: a missing enum (`kind`) comes
      // back from zod as invalid_value, but the person needs to hear that it is missing.
      const message = missing
        ? 'required field missing'
        : issue.code === 'invalid_type'
          ? `wrong type (${typeName(value)})`
          : 'invalid value';
      this.report(
        'dropped',
        [...path, ...issuePath],
        `${message}; ${what} dropped`,
        expected,
        value,
        !missing,
      );
    }
    return null;
  }

  private checkSources(items: readonly unknown[]) {
    const kept = new Map<
      string,
      { source: Source; normalizedText?: string; verified?: Map<string, boolean> }
    >();
    const declared = new Set<string>();
    items.forEach((item, index) => {
      const path: PathSegment[] = ['sources', index];
      if (isRecord(item) && typeof item.id === 'string') declared.add(item.id);
      const source =
        (isRecord(item) ? fastParseSource(item) : null) ?? this.parseSource(item, path);
      if (source === null) {
        this.dropped.sources++;
        return;
      }
      this.warnUnknownFields(item as Record<string, unknown>, path, KNOWN_FIELDS.source);
      if (kept.has(source.id)) {
        this.report(
          'dropped',
          [...path, 'id'],
          'duplicate id; this later source dropped',
          'an id unique among sources',
          source.id,
        );
        this.dropped.sources++;
        return;
      }
      kept.set(source.id, { source });
    });
    return { kept, declared };
  }

  private parseSource(item: unknown, path: PathSegment[]): Source | null {
    const { sourceSchema, sourceEvidenceFields } = this.needSchemas();
    const checked = isRecord(item)
      ? this.leaveOutBadFields(item, path, sourceEvidenceFields)
      : item;
    return this.parseItem(sourceSchema, checked, path, 'the source');
  }

  private checkActors(items: readonly unknown[]) {
    const kept = new Map<string, { actor: Actor; index: number }>();
    const declared = new Set<string>();
    const dropActor = (id: string) => {
      kept.delete(id);
      this.dropped.actors++;
    };
    items.forEach((item, index) => {
      const path: PathSegment[] = ['actors', index];
      if (isRecord(item) && typeof item.id === 'string') declared.add(item.id);
      const actor =
        (isRecord(item) ? fastParseActor(item) : null) ??
        this.parseItem(this.needSchemas().actorSchema, item, path, 'the actor');
      if (actor === null) {
        this.dropped.actors++;
        return;
      }
      this.warnUnknownFields(item as Record<string, unknown>, path, KNOWN_FIELDS.actor);
      if (kept.has(actor.id)) {
        this.report(
          'dropped',
          [...path, 'id'],
          'duplicate id; this later actor dropped',
          'an id unique among actors',
          actor.id,
        );
        this.dropped.actors++;
        return;
      }
      kept.set(actor.id, { actor, index });
    });

    for (const [id, { actor, index }] of [...kept]) {
      if (actor.memberOf !== undefined && !declared.has(actor.memberOf)) {
        this.report(
          'dropped',
          ['actors', index, 'memberOf'],
          'unknown actor; the actor dropped',
          'the id of another actor in this store',
          actor.memberOf,
        );
        dropActor(id);
      }
    }

    // A memberOf chain that loops has no top-level state to roll up to: drop every actor on the loop.
    const onCycle = new Set<string>();
    for (const start of kept.keys()) {
      const seen: string[] = [];
      let current: string | undefined = start;
      while (current !== undefined && kept.has(current) && !seen.includes(current)) {
        seen.push(current);
        current = kept.get(current)!.actor.memberOf;
      }
      if (current !== undefined && seen.includes(current)) {
        for (const id of seen.slice(seen.indexOf(current))) onCycle.add(id);
      }
    }
    for (const id of onCycle) {
      const { actor, index } = kept.get(id)!;
      this.report(
        'dropped',
        ['actors', index, 'memberOf'],
        'memberOf forms a cycle; the actor dropped',
        'a chain of memberOf that ends at an actor without memberOf',
        actor.memberOf,
      );
      dropActor(id);
    }

    // Membership in an actor that was itself dropped is forgotten; the member stays.
    for (const [id, entry] of kept) {
      const parent = entry.actor.memberOf;
      if (parent !== undefined && !kept.has(parent)) {
        this.report(
          'warning',
          ['actors', entry.index, 'memberOf'],
          'refers to an actor that was dropped; membership ignored',
          'a valid actor id',
          parent,
        );
        const { memberOf: _dropped, ...rest } = entry.actor;
        kept.set(id, { ...entry, actor: rest });
      }
    }
    return { kept, declared };
  }

  private checkEvents(
    items: readonly unknown[],
    firstIndex: number,
  ): { events: StoreEvent[]; checked: number } {
    const events: StoreEvent[] = [];
    for (let n = 0; n < items.length; n++) {
      const item = items[n];
      let fast: EventInput | null | undefined;
      if (this.schemas === null) {
        // Without the schemas, stop at the first event the fast checks decline.
        fast = fastCheck(item);
        if (fast === null) return { events, checked: n };
      }
      const index = firstIndex + n;
      const event =
        this.cache === null
          ? this.checkEventInPlace(item, index, fast !== undefined ? fast : fastCheck(item))
          : this.placeEvent(this.eventCheck(item, index, fast), index);
      if (event === null) this.dropped.events++;
      else events.push(event);
    }
    return { events, checked: items.length };
  }

  /**
   * The event's own check, from the cache while what it asked of the store is unchanged.
   * `fast` is the fast check's result when it has already run.
   */
  private eventCheck(item: unknown, index: number, fast?: EventInput | null): EventCheck {
    const { cache } = this;
    if (cache !== null && isRecord(item)) {
      const cached = cache.get(item);
      if (cached !== undefined && this.stillHolds(cached.lookups)) return cached;
    }
    const check = this.checkEventAlone(item, index, fast !== undefined ? fast : fastCheck(item));
    if (cache !== null && isRecord(item)) cache.set(item, check);
    return check;
  }

  /**
   * The same checks as placeEvent(checkEventAlone(…)), reported straight to the store's
   * problems: with no cache to keep a check for the next validation, the check's own record
   * (its problems apart, its questions, copies of its links) is work for nothing, and at
   * 100,000 events it was a third of the time spent checking.
   */
  private checkEventInPlace(
    item: unknown,
    index: number,
    fast: EventInput | null,
  ): StoreEvent | null {
    const path: PathSegment[] = ['events', index];
    const raw = isRecord(item) ? item : null;
    if (raw !== null && typeof raw.id === 'string') this.declaredEvents.add(raw.id);
    // Only an event the fast path declines can hold a bad evidence value to leave out.
    const evidence = fast === null && raw !== null ? this.checkEventEvidence(raw, path) : null;
    const parsed =
      fast ??
      this.parseItem(this.needSchemas().eventSchema, evidence?.item ?? item, path, 'the event');
    if (parsed === null) return null;
    this.warnEventUnknownFields(parsed, raw!, path);
    if (this.seenEvents.has(parsed.id)) {
      this.reportDuplicateEvent(path, parsed.id);
      return null;
    }
    const { event, related } = this.checkParsedEvent(parsed, raw!, path, evidence);
    if (event === null) return null;
    this.seenEvents.add(parsed.id);
    // Nothing else holds these lists: resolveRelated may leave links out of them in place.
    if (related !== null && related.entries.length > 0)
      this.pendingRelated.push({ id: parsed.id, path, ...related });
    return event;
  }

  /** Puts a checked event at its place in the document: its problems, duplicate ids, links. */
  private placeEvent(check: EventCheck, index: number): StoreEvent | null {
    const path: PathSegment[] = ['events', index];
    if (check.declaredId !== undefined) this.declaredEvents.add(check.declaredId);
    this.emit(check.before, check.index, index);
    if (check.id === null) return null;
    if (this.seenEvents.has(check.id)) {
      this.reportDuplicateEvent(path, check.id);
      return null;
    }
    this.emit(check.after, check.index, index);
    if (check.event === null) return null;
    this.seenEvents.add(check.id);
    if (check.related === null) return check.event;
    // resolveRelated leaves links out of these lists: copies, so that a kept check stays as it was.
    const entries = [...check.related.entries];
    const positions = [...check.related.positions];
    if (entries.length > 0) this.pendingRelated.push({ id: check.id, path, entries, positions });
    return { ...check.event, related: entries };
  }

  private reportDuplicateEvent(path: readonly PathSegment[], id: string) {
    this.report(
      'dropped',
      [...path, 'id'],
      'duplicate id; this later event dropped',
      'an id unique among events',
      id,
    );
  }

  private warnEventUnknownFields(
    parsed: EventInput,
    raw: Record<string, unknown>,
    path: PathSegment[],
  ) {
    this.warnUnknownFields(raw, path, KNOWN_FIELDS.event);
    if (isRecord(raw.place))
      this.warnUnknownFields(raw.place, [...path, 'place'], KNOWN_FIELDS.place);
    (parsed.excerpts ?? []).forEach((_, k) => {
      const excerpt = (raw.excerpts as unknown[])[k];
      if (isRecord(excerpt))
        this.warnUnknownFields(excerpt, [...path, 'excerpts', k], KNOWN_FIELDS.excerpt);
    });
  }

  private emit(problems: readonly Problem[], checkedAt: number, index: number) {
    for (const problem of problems)
      this.problems.push(checkedAt === index ? problem : moveProblem(problem, checkedAt, index));
  }

  /**
   * One event checked on its own (see EventCheck), its fast check already run: its problems
   * are kept apart, not reported. An event the fast checks declined needs the schemas.
   */
  private checkEventAlone(item: unknown, index: number, fast: EventInput | null): EventCheck {
    const path: PathSegment[] = ['events', index];
    const before: Problem[] = [];
    const after: Problem[] = [];
    const lookups: unknown[] = [];
    const declaredId = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
    const outer = this.sink;
    this.sink = before;
    this.recording = this.cache === null ? null : lookups;
    try {
      // Only an event the fast path declines can hold a bad evidence value to leave out.
      const evidence = fast === null && isRecord(item) ? this.checkEventEvidence(item, path) : null;
      const parsed =
        fast ??
        this.parseItem(this.needSchemas().eventSchema, evidence?.item ?? item, path, 'the event');
      const alone = { index, declaredId, before, after, lookups };
      if (parsed === null) return { ...alone, id: null, event: null, related: null };
      const raw = item as Record<string, unknown>;
      this.warnEventUnknownFields(parsed, raw, path);
      this.sink = after;
      const kept = this.checkParsedEvent(parsed, raw, path, evidence);
      return { ...alone, id: parsed.id, ...kept };
    } finally {
      this.sink = outer;
      this.recording = null;
    }
  }

  /** The checks of a parsed event against the store's actors and sources. */
  private checkParsedEvent(
    parsed: EventInput,
    raw: Record<string, unknown>,
    path: readonly PathSegment[],
    evidence: ReturnType<StoreChecker['checkEventEvidence']> | null,
  ): {
    event: StoreEvent | null;
    related: { entries: RelatedEntry[]; positions: number[] } | null;
  } {
    // Every reason to drop the event is said, not only the first: a person fixing it (in
    // the editor, or from a load's report) sees them all at once.
    let drop = false;
    const start = parseStoreDate(parsed.start)!;
    const end = parsed.end === undefined ? undefined : parseStoreDate(parsed.end)!;
    if (end !== undefined && end.end <= start.start) {
      this.report(
        'dropped',
        [...path, 'end'],
        'the end is before the start; the event dropped',
        `a date not before the start (${parsed.start})`,
        parsed.end,
      );
      drop = true;
    }

    let unknownActors = false;
    parsed.actors.forEach((id, k) => {
      if (this.actorDeclared(id)) return;
      this.report(
        'dropped',
        [...path, 'actors', k],
        'unknown actor; the event dropped',
        'the id of an actor in this store',
        id,
      );
      unknownActors = true;
    });
    const keptActors = parsed.actors.filter((id) => this.actorKept(id));
    if (unknownActors) {
      drop = true;
    } else if (keptActors.length === 0) {
      this.report(
        'dropped',
        [...path, 'actors'],
        'all of its actors were dropped; the event dropped',
        'at least one valid actor',
        parsed.actors,
      );
      drop = true;
    } else {
      parsed.actors.forEach((id, k) => {
        if (!keptActors.includes(id)) {
          this.report(
            'warning',
            [...path, 'actors', k],
            'refers to an actor that was dropped; reference ignored',
            'a valid actor id',
            id,
          );
        }
      });
    }

    const excerpts = [];
    // An excerpt that drops the event is its problem: "no excerpts" would say it twice.
    let refusedExcerpt = false;
    for (const [k, excerpt] of (parsed.excerpts ?? []).entries()) {
      if (evidence?.excerptsLeftOut.has(k)) continue;
      const excerptPath = [...path, 'excerpts', k];
      if (!this.sourceDeclared(excerpt.source)) {
        this.report(
          'dropped',
          [...excerptPath, 'source'],
          'unknown source; the event dropped',
          'the id of a source in this store',
          excerpt.source,
        );
        drop = refusedExcerpt = true;
        continue;
      }
      const source = this.keptSource(excerpt.source);
      if (source === undefined) {
        this.report(
          'warning',
          [...excerptPath, 'source'],
          'refers to a source that was dropped; excerpt ignored',
          'a valid source id',
          excerpt.source,
        );
        continue;
      }
      if (source.source.text !== undefined) {
        source.normalizedText ??= collapseWhiteSpace(source.source.text);
        // Large stores quote the same passages many times: search each one once.
        source.verified ??= new Map();
        let found = source.verified.get(excerpt.quote);
        if (found === undefined) {
          found = source.normalizedText.includes(collapseWhiteSpace(excerpt.quote));
          source.verified.set(excerpt.quote, found);
        }
        if (!found) {
          this.report(
            'dropped',
            [...excerptPath, 'quote'],
            `the quote is not in the text of source "${excerpt.source}"; the event dropped`,
            'the words of the source verbatim (only runs of white space may differ)',
            excerpt.quote,
          );
          drop = refusedExcerpt = true;
          continue;
        }
      }
      excerpts.push(excerpt);
    }
    if (excerpts.length === 0 && !refusedExcerpt) {
      this.report(
        'warning',
        [...path, 'excerpts'],
        'the event has no excerpts: nothing shows what it rests on',
        'at least one excerpt quoting a source',
        raw.excerpts,
        raw.excerpts !== undefined,
      );
    }
    if (drop) return { event: null, related: null };
    const place = parsed.place;
    if (place && (place.lat === undefined) !== (place.lon === undefined)) {
      // A point needs both: the map cannot show the event, and nothing else would say why.
      const missing = place.lat === undefined ? 'lat' : 'lon';
      this.report(
        'warning',
        [...path, 'place', missing],
        missing === 'lat'
          ? 'the place has a longitude and no latitude: the map cannot show it'
          : 'the place has a latitude and no longitude: the map cannot show it',
        'both a latitude and a longitude, or neither',
      );
    }

    const related = parsed.related && this.keepRelated(parsed.id, path, parsed.related, evidence);
    return {
      event: {
        ...parsed,
        actors: keptActors,
        ...(parsed.excerpts === undefined ? {} : { excerpts }),
        ...(related === undefined ? {} : { related: related.entries }),
        when: end === undefined ? { start } : { start, end },
      },
      related: related ?? null,
    };
  }

  // What an event's check asks of the store's actors and sources, noted while a cache
  // records (the same questions, answered the same, mean the check still holds).
  private actorDeclared(id: string): boolean {
    const answer = this.actors.declared.has(id);
    this.recording?.push(LOOKUP.actorDeclared, id, answer);
    return answer;
  }

  private actorKept(id: string): boolean {
    const answer = this.actors.kept.has(id);
    this.recording?.push(LOOKUP.actorKept, id, answer);
    return answer;
  }

  private sourceDeclared(id: string): boolean {
    const answer = this.sources.declared.has(id);
    this.recording?.push(LOOKUP.sourceDeclared, id, answer);
    return answer;
  }

  private keptSource(id: string) {
    const kept = this.sources.kept.get(id);
    this.recording?.push(LOOKUP.keptSource, id, sourceAnswer(kept?.source));
    return kept;
  }

  private stillHolds(lookups: readonly unknown[]): boolean {
    for (let i = 0; i < lookups.length; i += 3) {
      const id = lookups[i + 1] as string;
      const answer =
        lookups[i] === LOOKUP.actorDeclared
          ? this.actors.declared.has(id)
          : lookups[i] === LOOKUP.actorKept
            ? this.actors.kept.has(id)
            : lookups[i] === LOOKUP.sourceDeclared
              ? this.sources.declared.has(id)
              : sourceAnswer(this.sources.kept.get(id)?.source);
      if (answer !== lookups[i + 2]) return false;
    }
    return true;
  }

  /**
   * Tries each optional field on its own; a bad one is reported and left out of the copy
   * that goes on to be parsed, so it costs that field, not the item.
   */
  private leaveOutBadFields(
    item: Record<string, unknown>,
    path: readonly PathSegment[],
    fields: Record<string, z.ZodType>,
  ): Record<string, unknown> {
    let checked = item;
    for (const [field, schema] of Object.entries(fields)) {
      const value = item[field];
      if (value === undefined) continue;
      const result = schema.safeParse(value);
      if (result.success) continue;
      this.report(
        'warning',
        [...path, field],
        `${this.badValueMessage(value)}; the field left out`,
        result.error.issues[0]?.message ?? 'a valid value',
        value,
      );
      if (checked === item) checked = { ...item };
      delete checked[field];
    }
    return checked;
  }

  private badValueMessage(value: unknown): string {
    return typeof value === 'string' ? 'invalid value' : `wrong type (${typeName(value)})`;
  }

  /**
   * The evidence fields of an event the fast path declined: bad values are reported and
   * left out (a bad stance leaves out its excerpt, a bad related entry that entry), so
   * that what remains is parsed as usual.
   */
  private checkEventEvidence(item: Record<string, unknown>, path: readonly PathSegment[]) {
    const { eventEvidenceFields, excerptEvidenceFields, stanceSchema, relatedEntrySchema } =
      this.needSchemas();
    const checked = this.leaveOutBadFields(item, path, eventEvidenceFields);
    const copy: Record<string, unknown> = { ...checked };
    const excerptsLeftOut = new Set<number>();
    let relatedPositions: number[] | undefined;

    if (Array.isArray(item.excerpts)) {
      copy.excerpts = item.excerpts.map((excerpt: unknown, k) => {
        if (!isRecord(excerpt)) return excerpt;
        const excerptPath = [...path, 'excerpts', k];
        const kept = { ...this.leaveOutBadFields(excerpt, excerptPath, excerptEvidenceFields) };
        if (kept.stance !== undefined && !stanceSchema.safeParse(kept.stance).success) {
          this.report(
            'warning',
            [...excerptPath, 'stance'],
            // Counting a dispute as support, or the reverse, would misstate the evidence.
            `${this.badValueMessage(kept.stance)}; the excerpt left out`,
            'one of "supports", "disputes"',
            kept.stance,
          );
          excerptsLeftOut.add(k);
          delete kept.stance;
        }
        return kept;
      });
    }

    if (item.related !== undefined) {
      if (!Array.isArray(item.related)) {
        this.report(
          'warning',
          [...path, 'related'],
          `${typeName(item.related)}, not a list; the field left out`,
          'a list of { event, relation }',
          item.related,
        );
        delete copy.related;
      } else {
        relatedPositions = [];
        const entries: unknown[] = [];
        item.related.forEach((entry: unknown, k) => {
          const result = relatedEntrySchema.safeParse(entry);
          if (result.success) {
            entries.push(entry);
            relatedPositions!.push(k);
            return;
          }
          const issue = result.error.issues[0];
          const issuePath = (issue?.path ?? []).filter(
            (key): key is string | number => typeof key !== 'symbol',
          );
          const value = getAt(entry, issuePath);
          this.report(
            'warning',
            [...path, 'related', k, ...issuePath],
            `${value === undefined ? 'required field missing' : this.badValueMessage(value)}; the entry left out`,
            isRecord(entry) ? (issue?.message ?? 'a valid value') : 'an object { event, relation }',
            value,
          );
        });
        copy.related = entries;
      }
    }
    return { item: copy, excerptsLeftOut, relatedPositions };
  }

  /** Leaves out a link of an event to itself now; links to other events wait for them all. */
  private keepRelated(
    id: string,
    path: readonly PathSegment[],
    related: RelatedEntry[],
    evidence: { relatedPositions?: number[] } | null,
  ): { entries: RelatedEntry[]; positions: number[] } {
    const entries: RelatedEntry[] = [];
    const positions: number[] = [];
    related.forEach((entry, k) => {
      const position = evidence?.relatedPositions?.[k] ?? k;
      if (entry.event === id) {
        this.report(
          'warning',
          [...path, 'related', position, 'event'],
          'the event itself; the entry left out',
          'the id of another event in this store',
          entry.event,
        );
        return;
      }
      entries.push(entry);
      positions.push(position);
    });
    return { entries, positions };
  }

  /**
   * Once every event is in: leaves out links to events the store does not have, then
   * breaks each cycle of part-of (an event cannot be part of itself, however indirectly)
   * by leaving out the link that closes it, in document order.
   */
  private resolveRelated() {
    const removeAt = (pending: PendingRelated, k: number) => {
      pending.entries.splice(k, 1);
      pending.positions.splice(k, 1);
    };
    for (const pending of this.pendingRelated) {
      for (let k = pending.entries.length - 1; k >= 0; k--) {
        const target = pending.entries[k]!.event;
        if (this.seenEvents.has(target)) continue;
        this.report(
          'warning',
          [...pending.path, 'related', pending.positions[k]!, 'event'],
          this.declaredEvents.has(target)
            ? 'refers to an event that was dropped; the entry left out'
            : 'unknown event; the entry left out',
          'the id of another event in this store',
          target,
        );
        removeAt(pending, k);
      }
    }

    const byId = new Map(this.pendingRelated.map((pending) => [pending.id, pending]));
    const state = new Map<string, 'open' | 'done'>();
    // Depth-first, with a stack of its own: a hostile store's chain may be very long.
    const visit = (root: PendingRelated) => {
      const stack: { pending: PendingRelated; next: number }[] = [{ pending: root, next: 0 }];
      state.set(root.id, 'open');
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const { pending } = top;
        if (top.next >= pending.entries.length) {
          state.set(pending.id, 'done');
          stack.pop();
          continue;
        }
        const k = top.next++;
        const entry = pending.entries[k]!;
        if (entry.relation !== 'part-of') continue;
        const seen = state.get(entry.event);
        if (seen === 'open') {
          this.report(
            'warning',
            [...pending.path, 'related', pending.positions[k]!, 'event'],
            'part-of forms a cycle; the entry left out',
            'a chain of part-of that ends at an event part of no other',
            entry.event,
          );
          removeAt(pending, k);
          top.next--;
        } else if (seen === undefined) {
          const target = byId.get(entry.event);
          state.set(entry.event, target ? 'open' : 'done');
          if (target) stack.push({ pending: target, next: 0 });
        }
      }
    };
    for (const pending of this.pendingRelated) if (!state.has(pending.id)) visit(pending);
  }

  /** An actor counts as used when it or one of its members takes part in an event. */
  private markActorsUsed(actors: readonly string[]) {
    const used = this.usedActors;
    for (const id of actors) {
      let current: string | undefined = id;
      while (current !== undefined && !used.has(current)) {
        used.add(current);
        current = this.actors.kept.get(current)?.actor.memberOf;
      }
    }
  }

  private warnActorsWithoutEvents() {
    const { actors, usedActors: used } = this;
    for (const [id, { index }] of actors.kept) {
      if (!used.has(id)) {
        this.report(
          'warning',
          ['actors', index],
          'the actor takes part in no event',
          'an actor that at least one event names',
          id,
        );
      }
    }
  }
}
