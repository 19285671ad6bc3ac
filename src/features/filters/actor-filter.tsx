import { type CSSProperties, useId } from 'react';
import { useLocale, useMessages } from '../../i18n/use-messages';
import { actorColorVars } from '../../lib/actor-colors';
import { formatNumber } from '../../lib/number-format';
import type { Actor } from '../../format/validate-store';
import { type StoreIndex, laneColorOf } from '../../lib/store-index';
import { useView, viewActions } from '../../lib/view-store';
import { StatusFilter } from './status-filter';
import './filters.css';

/** Actors in lane order, each state followed by its members, for an indented list. */
function actorsInTreeOrder(index: StoreIndex): { actor: Actor; depth: number }[] {
  const children = new Map<string, Actor[]>();
  for (const actor of index.store.actors) {
    if (actor.memberOf !== undefined) {
      children.set(actor.memberOf, [...(children.get(actor.memberOf) ?? []), actor]);
    }
  }
  const out: { actor: Actor; depth: number }[] = [];
  const visit = (actor: Actor, depth: number) => {
    out.push({ actor, depth });
    for (const child of children.get(actor.id) ?? []) visit(child, depth + 1);
  };
  for (const id of index.laneIds) visit(index.actorById.get(id)!, 0);
  return out;
}

/**
 * `countsNote`: what the counts beside each actor and status count, when it is not the whole
 * store (one too large to load whole counts the events loaded around the window shown).
 * `uncounted`: no counts at all, the events to count not loaded (such a store at a window
 * holding too many to load); the note says why, rather than a count of 0.
 */
export function ActorFilter({
  index,
  countsNote,
  uncounted = false,
}: {
  index: StoreIndex;
  countsNote?: string;
  uncounted?: boolean;
}) {
  const t = useMessages();
  const noteId = useId();
  const locale = useLocale();
  const actorIds = useView((state) => state.actorIds);
  const match = useView((state) => state.match);
  const query = useView((state) => state.query);
  const statuses = useView((state) => state.statuses);
  const chosen = new Set(actorIds);
  const filtered = actorIds.length > 0 || match !== 'any' || query !== '' || statuses.length > 0;

  return (
    <div className="filters">
      <div
        role="group"
        aria-labelledby="actors-heading"
        aria-describedby={countsNote ? noteId : undefined}
        className="filters__actors"
      >
        <h2 id="actors-heading">{t.actors}</h2>
        {countsNote ? (
          <p id={noteId} className="filters__counts-note">
            {countsNote}
          </p>
        ) : null}
        <ul>
          {actorsInTreeOrder(index).map(({ actor, depth }) => {
            const count = index.positionsByActor.get(actor.id)?.length ?? 0;
            return (
              <li key={actor.id} style={{ '--depth': depth } as CSSProperties}>
                <label
                  className="actor-option"
                  style={actorColorVars(laneColorOf(index, actor.id)) as CSSProperties}
                >
                  <input
                    type="checkbox"
                    checked={chosen.has(actor.id)}
                    onChange={(event) => viewActions.toggleActor(actor.id, event.target.checked)}
                  />
                  <span className="actor-option__swatch" aria-hidden="true" />
                  <span className="actor-option__name">
                    {/* Its own direction, still beside the swatch (dir on the span would move it). */}
                    <bdi>{actor.name}</bdi>
                  </span>
                  {uncounted ? null : (
                    <span className="actor-option__count">{formatNumber(count, locale)}</span>
                  )}
                </label>
              </li>
            );
          })}
        </ul>
      </div>
      <div role="radiogroup" aria-labelledby="match-heading" className="filters__match">
        <h2 id="match-heading">{t.match}</h2>
        {(['any', 'all'] as const).map((mode) => (
          <label key={mode} className="radio-option">
            <input
              type="radio"
              name="match"
              value={mode}
              checked={match === mode}
              onChange={() => viewActions.setMatch(mode)}
            />
            {mode === 'any' ? t.any : t.all}
          </label>
        ))}
      </div>
      <StatusFilter
        index={index}
        describedBy={countsNote ? noteId : undefined}
        uncounted={uncounted}
      />
      {/* Not `disabled`: that would drop the focus of the person who just pressed it. */}
      <button
        type="button"
        aria-disabled={!filtered}
        onClick={() => {
          if (filtered) viewActions.clearFilters();
        }}
      >
        {t.clearFilters}
      </button>
    </div>
  );
}
