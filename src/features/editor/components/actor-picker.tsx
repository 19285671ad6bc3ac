import { memo, useRef, useState } from 'react';
import type { Problem } from '../../../format/problems';
import type { DraftEvent } from '../model/draft-document';
import { NONE, draftActions, useDraft } from '../model/draft-store';
import { problemText } from '../model/problem-text';
import { useEditorI18n } from './editor-i18n';
import { cancelOnEscape } from './focus-return';
import { UNDO_SCOPE } from './undo-keys';

const KINDS = ['state', 'person', 'organization', 'other'] as const;

const sameProblems = (a: readonly Problem[], b: readonly Problem[]) =>
  a.length === b.length &&
  a.every(
    (problem, i) =>
      problem.path === b[i]!.path &&
      problem.message === b[i]!.message &&
      problem.value === b[i]!.value &&
      problem.expected === b[i]!.expected,
  );

/**
 * The event's actors: one checkbox per actor of the draft, and a new actor made on the spot.
 * Drawn again only when the event's actors or their problems change: a draft has a hundred
 * actors or more, and a keystroke in another field of the event changes neither.
 */
export const ActorPicker = memo(
  ActorChoice,
  (before, after) =>
    before.event.id === after.event.id &&
    before.event.actors === after.event.actors &&
    sameProblems(before.problems, after.problems),
);

function ActorChoice({ event, problems }: { event: DraftEvent; problems: readonly Problem[] }) {
  const { m, lang } = useEditorI18n();
  const actors = useDraft((state) => state.document?.actors ?? NONE);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('state');
  const [memberOf, setMemberOf] = useState('');
  const chosen = new Set(event.actors);
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  // Escape closes New actor, keeping nothing typed, and goes back to its summary.
  const cancelNew = () => {
    setName('');
    setMemberOf('');
    if (details.current) details.current.open = false;
    summary.current?.focus();
  };

  const toggle = (id: string, on: boolean) =>
    draftActions.updateEvent(event.id, {
      actors: on ? [...event.actors, id] : event.actors.filter((actor) => actor !== id),
    });

  const add = () => {
    if (!name.trim()) return;
    const id = draftActions.addActor({ name: name.trim(), kind, memberOf: memberOf || undefined });
    toggle(id, true);
    setName('');
    setMemberOf('');
  };

  return (
    <fieldset
      className="editor-actors"
      aria-describedby={problems.length ? 'actors-problem' : undefined}
    >
      <legend>{m.actors}</legend>
      {actors.length === 0 ? <p className="editor-muted">{m.noActors}</p> : null}
      <div className="editor-actor-list">
        {actors.map((actor) => (
          <div key={actor.id} className="editor-check">
            <input
              id={`actor-${actor.id}`}
              type="checkbox"
              checked={chosen.has(actor.id)}
              onChange={(e) => toggle(actor.id, e.target.checked)}
            />
            <label htmlFor={`actor-${actor.id}`}>{actor.name}</label>
          </div>
        ))}
      </div>
      {problems.length ? (
        <ul className="editor-problem" id="actors-problem">
          {problems.map((problem, i) => (
            <li key={i}>{problemText(problem, lang)}</li>
          ))}
        </ul>
      ) : null}
      <details
        ref={details}
        className="editor-new-actor"
        // The new actor is not in the draft until Add actor: the name keeps the browser's undo.
        data-undo={UNDO_SCOPE.text}
        // Opened, it takes the focus to the new actor's name.
        onToggle={(e) => {
          if (e.currentTarget.open) nameInput.current?.focus();
        }}
        onKeyDown={(e) => {
          if (e.currentTarget.open) cancelOnEscape(e, cancelNew);
        }}
      >
        <summary ref={summary}>{m.newActor}</summary>
        <div className="editor-grid editor-grid-3">
          <div className="editor-field">
            <label htmlFor="new-actor-name">{m.actorName}</label>
            <input
              ref={nameInput}
              id="new-actor-name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
          </div>
          <div className="editor-field">
            <label htmlFor="new-actor-kind">{m.actorKind}</label>
            <select
              id="new-actor-kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as typeof kind)}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {m.kinds[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="editor-field">
            <label htmlFor="new-actor-member">{m.memberOf}</label>
            <select
              id="new-actor-member"
              value={memberOf}
              onChange={(e) => setMemberOf(e.target.value)}
            >
              <option value="">{m.memberOfNone}</option>
              {actors.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="button" onClick={add}>
          {m.addActor}
        </button>
      </details>
    </fieldset>
  );
}
