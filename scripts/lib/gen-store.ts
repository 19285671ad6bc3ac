/**
 * Generates synthetic `sourceline/1` event stores for tests and benchmarks.
 *
 * The shape imitates a real store: about thirty (fictional) states with a few people and
 * bodies each, a handful of sources in several languages whose full text is made of
 * generated sentences, and events clustered in crises (bursts of activity over days to
 * months) on top of a thin background, over about 25 years. Every excerpt quotes its
 * source verbatim, so the validator keeps every item.
 *
 * Deterministic: the output depends only on the options. All randomness comes from
 * mulberry32 streams derived from the seed; nothing reads the clock or Math.random.
 * Actors and sources depend on the seed only, not on the number of events.
 *
 * The parts live in synthetic-store/: random (the streams), vocabulary and sentences (the
 * words and the sources' text), dates, actors, sources, crises, events, generate (putting
 * them together) and store-json (the text, streamed, and the file).
 */
import { type GenStoreOptions, generateStore } from './synthetic-store/generate';
import { storeJson } from './synthetic-store/store-json';

export {
  GENERATOR_VERSION,
  type GenStoreOptions,
  type GeneratedStore,
  generateStore,
} from './synthetic-store/generate';
export { storeJsonChunks } from './synthetic-store/store-json';
export { withoutEvidence } from './synthetic-store/evidence';
export { Rng, mulberry32 } from './synthetic-store/random';
export { slugify } from './synthetic-store/slugify';

/** The whole store as one string: compact JSON, or indented when `pretty`. */
export function generateStoreJson(options: GenStoreOptions, pretty = false): string {
  return storeJson(generateStore(options), pretty);
}
