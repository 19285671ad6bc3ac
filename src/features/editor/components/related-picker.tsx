import { memo, useEffect, useId, useRef, useState } from 'react';
import type { Problem } from '../../../format/problems';
import { RELATIONS } from '../../../format/vocabulary';
import type { EditorLang, EditorMessages } from '../../../i18n/editor-messages';
import type { DraftEvent } from '../model/draft-document';
import { NONE, draftActions, relatedOf, relatedTarget, useDraft } from '../model/draft-store';
import { eventDateText } from '../model/event-date-text';
import { orderedEventIndexes } from '../model/event-order';
import { problemText } from '../model/problem-text';
import { useEditorI18n } from './editor-i18n';
import { changeThenFocus } from './focus-return';
import { foldText } from '../../../lib/search-fold';
import { findWords, holdsWords } from '../model/list-find';

/** The relation a new link starts with: the loosest claim, changed in its row if need be. */
const FIRST_RELATION = 'see-also';
/** From this many events to choose from, a `Find an event` box narrows them by words. */
const FIND_FROM = 20;

/** An event as the picker names it: its title and its date, as the explorer lists them. */
function eventName(
  event: Pick<DraftEvent, 'title' | 'start' | 'end' | 'approximate'>,
  m: EditorMessages,
  lang: EditorLang,
) {
  const date = eventDateText(event, lang);
  const title = typeof event.title === 'string' && event.title ? event.title : m.untitledEvent;
  return `${title} (${date ?? m.noDate})`;
}

const isKnownRelation = (relation: unknown) => (RELATIONS as readonly unknown[]).includes(relation);

/**
 * The event's related events: each one by its title, with its relation and a Remove button
 * (an id no event of the draft has is shown as not found, and can be removed too), and a
 * choice among the draft's other events to add one. Every string shown comes from the
 * draft, so as text only.
 */
export function RelatedPicker({
  event,
  problems,
  at,
}: {
  event: DraftEvent;
  /** The problems under the event's `related`, with the path they are at. */
  problems: readonly Problem[];
  at: string;
}) {
  const { m, lang } = useEditorI18n();
  const events = useDraft((state) => state.document?.events ?? NONE);
  const [target, setTarget] = useState('');
  const [find, setFind] = useState('');
  // How many events the words leave, as the options counted them (drawn only on change).
  const [found, setFound] = useState(0);
  const words = findWords(find);
  const [relation, setRelation] = useState<string>(FIRST_RELATION);
  const groupRef = useRef<HTMLFieldSetElement>(null);
  const targetRef = useRef<HTMLSelectElement>(null);
  const id = useId();
  const entries = relatedOf(event);
  const chosen = new Set(entries.map(relatedTarget));
  const candidateCount = events.filter(
    (other) => other.id !== event.id && !chosen.has(other.id),
  ).length;
  const candidates = candidateCount > 0;
  const finding = candidateCount >= FIND_FROM;
  const hasOthers = events.some((other) => other.id !== event.id);
  const listProblems = problems.filter((problem) => problem.path === at);
  const entryProblems = (k: number) =>
    problems.filter(
      (problem) => problem.path.startsWith(`${at}[${k}].`) || problem.path === `${at}[${k}]`,
    );

  const add = () => {
    if (!target) return;
    if (draftActions.addRelated(event.id, target, relation)) setTarget('');
    targetRef.current?.focus();
  };

  // The entry removed leaves the focus on the next one's Remove (or the one before it), and
  // on the choice of an event to add once none is left.
  const remove = (k: number) => {
    const buttons = () =>
      Array.from(groupRef.current?.querySelectorAll<HTMLElement>('[data-remove-related]') ?? []);
    const after = Math.min(k, entries.length - 2);
    changeThenFocus(
      () => draftActions.removeRelated(event.id, k),
      () =>
        (after >= 0 ? buttons()[after] : null) ??
        targetRef.current ??
        groupRef.current?.querySelector<HTMLElement>('[data-related-empty]'),
    );
  };

  return (
    <fieldset
      ref={groupRef}
      className="editor-related"
      aria-describedby={listProblems.length ? `${id}-problem` : undefined}
    >
      <legend>{m.relatedEvents}</legend>
      {listProblems.length ? (
        <ul className="editor-problem" id={`${id}-problem`}>
          {listProblems.map((problem, n) => (
            <li key={n}>{problemText(problem, lang)}</li>
          ))}
        </ul>
      ) : null}
      {entries.length === 0 ? (
        <p className="editor-muted" data-related-empty tabIndex={-1}>
          {m.noRelatedEvents}
        </p>
      ) : (
        <ul className="editor-related-list" aria-label={m.relatedEvents}>
          {entries.map((entry, k) => {
            const targetId = relatedTarget(entry);
            const other =
              targetId === null ? undefined : events.find((candidate) => candidate.id === targetId);
            const name = other
              ? eventName(other, m, lang)
              : (targetId ?? JSON.stringify(entry) ?? String(entry));
            const here = entryProblems(k);
            const problemId = `${id}-${k}-problem`;
            const current =
              typeof entry === 'object' && entry !== null ? entry.relation : undefined;
            return (
              <li key={k} className="editor-related-entry">
                {targetId === null ? null : (
                  <select
                    aria-label={m.relationTo(name)}
                    aria-describedby={here.length ? problemId : undefined}
                    aria-invalid={here.length ? true : undefined}
                    value={typeof current === 'string' ? current : ''}
                    onChange={(e) => draftActions.setRelation(event.id, k, e.target.value)}
                  >
                    {/* A relation the format does not know, or none, as the file had it. */}
                    {isKnownRelation(current) ? null : (
                      <option value={typeof current === 'string' ? current : ''}>
                        {typeof current === 'string' && current ? current : m.noRelation}
                      </option>
                    )}
                    {RELATIONS.map((known) => (
                      <option key={known} value={known}>
                        {m.relationNames[known]}
                      </option>
                    ))}
                  </select>
                )}
                <span className="editor-related-name">
                  {other ? (
                    name
                  ) : (
                    <>
                      <code>{name}</code>{' '}
                      <span className="editor-related-missing">
                        ({targetId === null ? m.unreadableRelated : m.relatedNotFound})
                      </span>
                    </>
                  )}
                </span>
                <button type="button" data-remove-related onClick={() => remove(k)}>
                  {m.removeRelated}
                  <span className="visually-hidden"> {name}</span>
                </button>
                {here.length ? (
                  // Paragraphs, not a list: the entries' list holds the entries only.
                  <div className="editor-related-problems" id={problemId}>
                    {here.map((problem, n) => (
                      <p key={n} className="editor-problem">
                        {problemText(problem, lang)}
                      </p>
                    ))}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {!hasOthers ? (
        <p className="editor-muted">{m.noOtherEvents}</p>
      ) : !candidates ? (
        <p className="editor-muted">{m.allEventsRelated}</p>
      ) : (
        <div className="editor-related-add">
          {finding ? (
            <div className="editor-field editor-related-find">
              <label htmlFor={`${id}-find`}>{m.findEvent}</label>
              <input
                id={`${id}-find`}
                type="search"
                value={find}
                aria-controls={`${id}-event`}
                aria-describedby={`${id}-found`}
                onChange={(e) => setFind(e.target.value)}
              />
            </div>
          ) : null}
          {finding ? (
            <p id={`${id}-found`} className="editor-muted editor-related-found" aria-live="polite">
              {m.eventsFound(words.length === 0 ? candidateCount : found, candidateCount)}
            </p>
          ) : null}
          <div className="editor-field">
            <label htmlFor={`${id}-event`}>{m.relatedEvent}</label>
            <select
              ref={targetRef}
              id={`${id}-event`}
              value={target}
              aria-describedby={finding ? `${id}-found` : undefined}
              onChange={(e) => setTarget(e.target.value)}
            >
              <option value="">{m.chooseEvent}</option>
              <EventOptions
                events={events}
                self={event.id}
                related={entries}
                words={finding ? words.join(' ') : ''}
                kept={target}
                onFound={setFound}
              />
            </select>
          </div>
          <div className="editor-field">
            <label htmlFor={`${id}-relation`}>{m.relation}</label>
            <select
              id={`${id}-relation`}
              value={relation}
              onChange={(e) => setRelation(e.target.value)}
            >
              {RELATIONS.map((known) => (
                <option key={known} value={known}>
                  {m.relationNames[known]}
                </option>
              ))}
            </select>
          </div>
          <button type="button" disabled={!target} onClick={add}>
            {m.addRelated}
          </button>
        </div>
      )}
    </fieldset>
  );
}

/**
 * The draft's other events, not related yet, as options by title and date, in date order as
 * `Draft events` lists them (a select's type-ahead finds a title). Drawn again only
 * when what they show changes: a keystroke in this event's fields changes the list of events
 * but none of the others' titles or dates, and a draft may hold 10,000 events.
 */
const EventOptions = memo(
  function EventOptions({
    events,
    self,
    related,
    words,
    kept,
    onFound,
  }: {
    events: readonly DraftEvent[];
    self: string;
    related: readonly unknown[];
    /** The folded words of `Find an event`, space-separated; empty offers every event. */
    words: string;
    /** The event chosen: offered whatever the words, or the select would lose it. */
    kept: string;
    /** Told how many events match the words. */
    onFound: (count: number) => void;
  }) {
    const { m, lang } = useEditorI18n();
    const chosen = new Set(related.map(relatedTarget));
    const seen = new Set<string>([self]);
    const wanted = words ? words.split(' ') : [];
    let matching = 0;
    const options = orderedEventIndexes(events, 'date').map((i) => {
      const other = events[i]!;
      // An id twice in the draft (a store opened as it came) is offered once.
      if (chosen.has(other.id) || seen.has(other.id)) return null;
      seen.add(other.id);
      const name = eventName(other, m, lang);
      // Every word typed in the name, case and accents aside.
      const matches = wanted.length === 0 || holdsWords(foldText(name), wanted);
      if (matches) matching++;
      if (other.id !== kept && !matches) return null;
      return (
        <option key={other.id} value={other.id}>
          {name}
        </option>
      );
    });
    useEffect(() => onFound(matching), [onFound, matching]);
    return options;
  },
  (before, after) =>
    before.self === after.self &&
    before.related === after.related &&
    before.words === after.words &&
    before.kept === after.kept &&
    (before.events === after.events ||
      (before.events.length === after.events.length &&
        before.events.every((event, i) => {
          const next = after.events[i]!;
          return (
            event === next ||
            (event.id === next.id &&
              (event.id === before.self ||
                (event.title === next.title &&
                  event.start === next.start &&
                  event.end === next.end &&
                  event.approximate === next.approximate)))
          );
        }))),
);
