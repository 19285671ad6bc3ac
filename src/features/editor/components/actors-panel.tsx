import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { DraftActor, DraftEvent } from '../model/draft-document';
import { NONE, actorUse, draftActions, useDraft, useDraftStore } from '../model/draft-store';
import { memberOfChoices } from '../model/actor-tree';
import { actorFindText, foundPositions, rememberedFindText } from '../model/list-find';
import { type ActorKind, KindSelect, MemberOfSelect } from './actor-fields';
import { ConfirmDelete } from './confirm-delete';
import { useEditorI18n } from './editor-i18n';
import { ListFindControls } from './find-box';
import { useListFind } from './use-list-find';
import { cancelOnEscape, changeThenFocus } from './focus-return';
import { UNDO_SCOPE } from './undo-keys';

/** The colour an actor starts from when it is given one: the page's muted text colour. */
const FIRST_COLOR = '#4a5568';

const editButtonId = (id: string) => `edit-actor-${id}`;
const LIST_ID = 'draft-actors-list';
const FOUND_ID = 'draft-actors-found';
const findText = rememberedFindText(actorFindText);

const countsOf = new WeakMap<readonly DraftEvent[], string>();

/** How many events name each actor, as JSON: a string, equal while the counts are. */
function eventCountsText(events: readonly DraftEvent[]): string {
  // The selector runs at every change of the store (a selection too): once per events list.
  const known = countsOf.get(events);
  if (known !== undefined) return known;
  const counts = new Map<string, number>();
  for (const event of events)
    for (const id of event.actors) counts.set(id, (counts.get(id) ?? 0) + 1);
  const text = JSON.stringify([...counts]);
  countsOf.set(events, text);
  return text;
}

/**
 * The draft's actors, each with its kind, parent and number of events, and edited on its own:
 * name, kind, the actor it is a member of (none that would make a cycle) and its lane's
 * colour. An event's Actors ticks them and makes new ones; this is where an actor is put in
 * its place in the tree, which an event's form does not show.
 */
export function ActorsPanel() {
  const { m } = useEditorI18n();
  const actors = useDraft((state) => state.document?.actors ?? NONE);
  // Counted in the store's selector and kept as text: a keystroke in an event's title changes
  // the draft's events but no count, and a draft of 10,000 events is not drawn again for it.
  const counted = useDraft((state) => eventCountsText(state.document?.events ?? NONE));
  const eventsOf = useMemo(() => new Map(JSON.parse(counted) as [string, number][]), [counted]);
  const readOnly = useDraft((state) => state.readOnly);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const names = new Map(actors.map((actor) => [actor.id, actor.name]));
  // The rows `Find actors` leaves, and the one being edited or deleted whatever the words:
  // its form is in its row, and a name typed in it must not take the form away.
  const find = useListFind();
  const findInput = useRef<HTMLInputElement>(null);
  const everyPosition = useMemo(() => actors.map((_, i) => i), [actors]);
  const found = useMemo(
    () => foundPositions(actors, everyPosition, find.words, findText),
    [actors, everyPosition, find.words],
  );
  const open = editing ?? confirming;
  const openAt = open === null ? -1 : actors.findIndex((actor) => actor.id === open);
  const shown =
    openAt < 0 || found.includes(openAt) ? found : [...found, openAt].sort((a, b) => a - b);

  const close = (id: string, change?: () => void) =>
    changeThenFocus(
      () => {
        change?.();
        setEditing(null);
        setConfirming(null);
      },
      // Its ✎, or the find box when a new name leaves the actor out of what it finds.
      () => document.getElementById(editButtonId(id)) ?? findInput.current,
    );
  const remove = (id: string) => {
    // The focus goes to the row shown after it (or the one before), or the heading.
    const k = shown.indexOf(actors.findIndex((actor) => actor.id === id));
    const nextAt = k < 0 ? undefined : (shown[k + 1] ?? shown[k - 1]);
    const next = nextAt === undefined ? undefined : actors[nextAt];
    flushSync(() => {
      draftActions.deleteActor(id);
      setEditing(null);
      setConfirming(null);
    });
    ((next && document.getElementById(editButtonId(next.id))) ?? heading.current)?.focus();
  };
  const askDelete = (id: string) => {
    const draft = useDraftStore.getState().document;
    const use = draft ? actorUse(draft, id) : { events: 0, members: 0 };
    if (use.events + use.members > 0) {
      setEditing(null);
      setConfirming(id);
    } else remove(id);
  };

  return (
    <section className="editor-actors-panel" aria-labelledby="draft-actors-heading">
      <div className="editor-section-head">
        <h2 id="draft-actors-heading" ref={heading} tabIndex={-1}>
          {m.actors}
        </h2>
        <span className="editor-muted">{actors.length || ''}</span>
      </div>
      <ListFindControls
        rows={actors.length}
        find={find}
        inputRef={findInput}
        label={m.findActors}
        placeholder={m.findActorsBy}
        listId={LIST_ID}
        resultId={FOUND_ID}
        found={find.words.length > 0 ? found.length : null}
        counted={(count) => m.actorsShown(count, actors.length)}
        nothingFound={m.noActorFound}
      />
      {actors.length === 0 ? (
        <p className="editor-muted">{m.noDraftActors}</p>
      ) : shown.length === 0 ? null : (
        <ul id={LIST_ID} aria-label={m.draftActors} className="editor-actor-rows">
          {shown
            .map((i) => actors[i]!)
            .map((actor) => (
              <li key={actor.id}>
                {editing === actor.id ? (
                  <ActorForm
                    actor={actor}
                    choices={memberOfChoices(actors, actor.id)}
                    onSave={(patch) =>
                      close(actor.id, () => draftActions.updateActor(actor.id, patch))
                    }
                    onCancel={() => close(actor.id)}
                    onDelete={() => askDelete(actor.id)}
                  />
                ) : (
                  <div className="editor-actor-row">
                    <span
                      className={`editor-swatch${actor.color ? '' : ' editor-swatch--none'}`}
                      style={actor.color ? { background: actor.color } : undefined}
                      aria-hidden="true"
                    />
                    <span className="editor-actor-row__text">
                      <span dir="auto">{actor.name}</span>{' '}
                      <span className="editor-muted">
                        {m.actorLine(
                          m.kinds[actor.kind as ActorKind] ?? actor.kind,
                          actor.memberOf ? (names.get(actor.memberOf) ?? actor.memberOf) : null,
                          eventsOf.get(actor.id) ?? 0,
                        )}
                      </span>
                    </span>
                    <button
                      id={editButtonId(actor.id)}
                      type="button"
                      aria-label={m.editActor(actor.name)}
                      disabled={readOnly}
                      onClick={() => {
                        setConfirming(null);
                        setEditing(actor.id);
                      }}
                    >
                      {m.edit}
                    </button>
                  </div>
                )}
                {confirming === actor.id ? (
                  <ConfirmDelete
                    message={m.actorInUse(
                      actor.name,
                      eventsOf.get(actor.id) ?? 0,
                      actors.filter((other) => other.memberOf === actor.id).length,
                    )}
                    confirm={m.deleteActorEverywhere}
                    onConfirm={() => remove(actor.id)}
                    onCancel={() => close(actor.id)}
                  />
                ) : null}
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}

type ActorPatch = Pick<DraftActor, 'name' | 'kind' | 'memberOf' | 'color'>;

function ActorForm({
  actor,
  choices,
  onSave,
  onCancel,
  onDelete,
}: {
  actor: DraftActor;
  choices: readonly DraftActor[];
  onSave: (patch: ActorPatch) => void;
  onCancel: () => void;
  onDelete: () => void;
}) {
  const { m } = useEditorI18n();
  const [name, setName] = useState(actor.name);
  const [kind, setKind] = useState(actor.kind);
  const [memberOf, setMemberOf] = useState(actor.memberOf ?? '');
  const [ownColor, setOwnColor] = useState(Boolean(actor.color));
  const [color, setColor] = useState(actor.color ?? FIRST_COLOR);
  const field = (part: string) => `actor-${actor.id}-${part}`;
  const save = () => {
    if (name.trim())
      onSave({ name, kind, memberOf: memberOf || undefined, color: ownColor ? color : undefined });
  };
  return (
    <div
      role="group"
      aria-label={m.editActor(actor.name)}
      className="editor-actor-form"
      // Nothing is in the draft until Save: the browser's undo while typing.
      data-undo={UNDO_SCOPE.text}
      onKeyDown={(e) => cancelOnEscape(e, onCancel)}
    >
      <div className="editor-grid">
        <div className="editor-field">
          <label htmlFor={field('name')}>{m.actorName}</label>
          <input
            id={field('name')}
            value={name}
            dir="auto"
            autoFocus
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                save();
              }
            }}
          />
        </div>
        <div className="editor-field">
          <label htmlFor={field('kind')}>{m.actorKind}</label>
          <KindSelect id={field('kind')} value={kind} onChange={setKind} />
        </div>
        <div className="editor-field">
          <label htmlFor={field('member')}>{m.memberOf}</label>
          <MemberOfSelect
            id={field('member')}
            value={memberOf}
            choices={choices}
            onChange={setMemberOf}
          />
        </div>
        <div className="editor-field editor-actor-color">
          <span className="editor-check">
            <input
              id={field('own-color')}
              type="checkbox"
              checked={ownColor}
              onChange={(e) => setOwnColor(e.target.checked)}
            />
            <label htmlFor={field('own-color')}>{m.ownColor}</label>
          </span>
          <input
            type="color"
            aria-label={m.actorColor}
            value={color}
            disabled={!ownColor}
            onChange={(e) => setColor(e.target.value)}
          />
        </div>
      </div>
      <div className="editor-actions">
        <button type="button" disabled={!name.trim()} onClick={save}>
          {m.saveActor}
        </button>
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
        <button type="button" className="editor-danger" onClick={onDelete}>
          {m.deleteThisActor}
        </button>
      </div>
    </div>
  );
}
