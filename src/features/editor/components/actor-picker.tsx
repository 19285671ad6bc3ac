import { memo, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Problem } from '../../../format/problems';
import type { DraftEvent } from '../model/draft-document';
import { NONE, actorUse, draftActions, useDraft, useDraftStore } from '../model/draft-store';
import { problemText } from '../model/problem-text';
import { useEditorI18n } from './editor-i18n';
import { type ActorKind, KindSelect, MemberOfSelect } from './actor-fields';
import { ConfirmDelete } from './confirm-delete';
import { cancelOnEscape, changeThenFocus } from './focus-return';
import { UNDO_SCOPE } from './undo-keys';
import { actorFindText, foundPositions, rememberedFindText } from '../model/list-find';
import { ListFindControls } from './find-box';
import { useListFind } from './use-list-find';

const findText = rememberedFindText(actorFindText);

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
  const [kind, setKind] = useState<ActorKind>('state');
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

  // Rename and delete: the actor's id stays (events and members name it by id), so a rename
  // is a change of name only; a delete takes the actor off the events and members that name
  // it, in one step of history, after saying how many (a delete that refused would leave a
  // misspelt actor to be unticked event by event, in a draft of thousands).
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const toolId = (tool: 'rename' | 'delete', id: string) => `${tool}-actor-${id}`;
  const focusById = (id: string) => () => document.getElementById(id);
  const startRename = (id: string, name: string) => {
    setConfirming(null);
    setNewName(name);
    setRenaming(id);
  };
  const endRename = (id: string, save: boolean) =>
    changeThenFocus(
      () => {
        if (save) draftActions.renameActor(id, newName);
        setRenaming(null);
      },
      focusById(toolId('rename', id)),
    );
  const remove = (id: string) => {
    const at = actors.findIndex((actor) => actor.id === id);
    flushSync(() => {
      draftActions.deleteActor(id);
      setConfirming(null);
    });
    // The focus goes to the actor now in its place (or the one before), or New actor.
    const left = useDraftStore.getState().document?.actors ?? [];
    const next = left[Math.min(at, left.length - 1)];
    // (A row the find box hides leaves the focus in the box.)
    (
      (next && document.getElementById(`actor-${next.id}`)) ||
      findInput.current ||
      summary.current
    )?.focus();
  };
  const askDelete = (id: string) => {
    const draft = useDraftStore.getState().document;
    const use = draft ? actorUse(draft, id) : { events: 0, members: 0 };
    setRenaming(null);
    if (use.events + use.members > 0) setConfirming(id);
    else remove(id);
  };
  const confirmingActor = actors.find((actor) => actor.id === confirming);
  const confirmingUse = confirmingActor
    ? actorUse(useDraftStore.getState().document!, confirmingActor.id)
    : null;

  // `Find an actor to tick` narrows the checklist (955 actors in an imported sheet); the
  // event's own actors, and the one being renamed, stay in it whatever the words.
  const find = useListFind();
  const findInput = useRef<HTMLInputElement>(null);
  const listId = useId();
  const resultId = useId();
  const found = useMemo(
    () =>
      foundPositions(
        actors,
        actors.map((_, i) => i),
        find.words,
        findText,
      ),
    [actors, find.words],
  );
  const filtering = find.words.length > 0;
  const foundSet = new Set(found);
  const listed = filtering
    ? actors.filter((actor, i) => foundSet.has(i) || chosen.has(actor.id) || renaming === actor.id)
    : actors;

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
      <ListFindControls
        rows={actors.length}
        find={find}
        inputRef={findInput}
        label={m.findEventActors}
        placeholder={m.findActorsBy}
        listId={listId}
        resultId={resultId}
        found={filtering ? found.length : null}
        counted={(count) => m.actorsShown(count, actors.length)}
        nothingFound={m.noActorFound}
      />
      <div className="editor-actor-list" id={listId}>
        {listed.map((actor) =>
          renaming === actor.id ? (
            <div
              key={actor.id}
              role="group"
              aria-label={m.renameActor(actor.name)}
              className="editor-inline-form"
              // The new name is not in the draft until Done: the browser's undo while typing.
              data-undo={UNDO_SCOPE.text}
              onKeyDown={(e) => cancelOnEscape(e, () => endRename(actor.id, false))}
            >
              <label>
                {m.renameLabel}{' '}
                <input
                  value={newName}
                  dir="auto"
                  autoFocus
                  onChange={(e) => setNewName(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') {
                      e.preventDefault();
                      endRename(actor.id, true);
                    }
                  }}
                />
              </label>
              <button type="button" onClick={() => endRename(actor.id, true)}>
                {m.done}
              </button>
              <button type="button" onClick={() => endRename(actor.id, false)}>
                {m.cancel}
              </button>
            </div>
          ) : (
            <div key={actor.id} className="editor-check editor-actor">
              <input
                id={`actor-${actor.id}`}
                type="checkbox"
                checked={chosen.has(actor.id)}
                onChange={(e) => toggle(actor.id, e.target.checked)}
              />
              <label htmlFor={`actor-${actor.id}`}>{actor.name}</label>
              <span className="editor-actor-tools">
                <button
                  id={toolId('rename', actor.id)}
                  type="button"
                  aria-label={m.renameActor(actor.name)}
                  onClick={() => startRename(actor.id, actor.name)}
                >
                  ✎
                </button>
                <button
                  id={toolId('delete', actor.id)}
                  type="button"
                  aria-label={m.deleteActor(actor.name)}
                  onClick={() => askDelete(actor.id)}
                >
                  ×
                </button>
              </span>
            </div>
          ),
        )}
      </div>
      {confirmingActor && confirmingUse ? (
        <ConfirmDelete
          message={m.actorInUse(confirmingActor.name, confirmingUse.events, confirmingUse.members)}
          confirm={m.deleteActorEverywhere}
          onConfirm={() => remove(confirmingActor.id)}
          onCancel={() =>
            changeThenFocus(
              () => setConfirming(null),
              focusById(toolId('delete', confirmingActor.id)),
            )
          }
        />
      ) : null}
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
            <KindSelect
              id="new-actor-kind"
              value={kind}
              onChange={(value) => setKind(value as ActorKind)}
            />
          </div>
          <div className="editor-field">
            <label htmlFor="new-actor-member">{m.memberOf}</label>
            <MemberOfSelect
              id="new-actor-member"
              value={memberOf}
              choices={actors}
              onChange={setMemberOf}
            />
          </div>
        </div>
        <button type="button" onClick={add}>
          {m.addActor}
        </button>
      </details>
    </fieldset>
  );
}
