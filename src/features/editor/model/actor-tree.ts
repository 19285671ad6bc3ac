import type { DraftActor } from './draft-document';

/**
 * The actors `id` may be made a member of: any but itself and those that are, at any depth,
 * members of it (the format allows no cycle, and a cycle's actors have no lane).
 */
export function memberOfChoices(actors: readonly DraftActor[], id: string): DraftActor[] {
  const parentOf = new Map(actors.map((actor) => [actor.id, actor.memberOf]));
  const under = (candidate: string) => {
    const seen = new Set<string>();
    for (let at: string | undefined = candidate; at !== undefined && !seen.has(at);) {
      if (at === id) return true;
      seen.add(at);
      at = parentOf.get(at);
    }
    return false;
  };
  return actors.filter((actor) => !under(actor.id));
}

/** The formats' colour: `#rrggbb`. */
export const isActorColor = (value: string) => /^#[0-9a-fA-F]{6}$/.test(value);
