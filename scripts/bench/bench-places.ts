/**
 * Places for a generated store, for the map's case of the bench (issue 17): the generator
 * (scripts/lib/synthetic-store) writes none, and changing it would change every stored
 * bench file. Each event gets a site near one of forty regional centres, chosen by its
 * first actor, so that events gather as real ones do (around capitals and front lines)
 * and the map has clusters to split. Deterministic: it depends only on the seed.
 */
import type { GeneratedStore } from '../lib/gen-store.ts';
import { Rng } from '../lib/gen-store.ts';

const REGIONS = 40;
const SITES_PER_REGION = 60;

interface Site {
  name: string;
  lat: number;
  lon: number;
}

function sitesOf(seed: number): Site[][] {
  const rng = new Rng(seed, 'bench-places');
  const regions: Site[][] = [];
  for (let r = 0; r < REGIONS; r++) {
    const lat = -40 + rng.next() * 100;
    const lon = -170 + rng.next() * 340;
    const sites: Site[] = [];
    for (let s = 0; s < SITES_PER_REGION; s++) {
      sites.push({
        name: `Region ${r + 1}, site ${s + 1}`,
        lat: Math.max(-80, Math.min(80, round(lat + rng.normal() * 2.5))),
        lon: Math.max(-179.9, Math.min(179.9, round(lon + rng.normal() * 3.5))),
      });
    }
    regions.push(sites);
  }
  return regions;
}

const round = (degrees: number) => Math.round(degrees * 1e4) / 1e4;

export function withPlaces(store: GeneratedStore, seed: number): GeneratedStore {
  const regions = sitesOf(seed);
  const rng = new Rng(seed, 'bench-place-choice');
  const regionOfActor = new Map(store.actors.map((actor, i) => [actor.id, i % REGIONS]));
  return {
    ...store,
    events: store.events.map((event) => {
      const region = regions[regionOfActor.get(event.actors[0] ?? '') ?? 0]!;
      // A few sites per region take most events, as a capital does.
      const site = region[Math.floor(rng.next() ** 2 * region.length)]!;
      return { ...event, place: { ...site } };
    }),
  };
}
