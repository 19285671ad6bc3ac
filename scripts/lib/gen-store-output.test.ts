import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type GenStoreOptions,
  generateStore,
  generateStoreJson,
  storeJsonChunks,
  withoutEvidence,
} from './gen-store.ts';
import { storeJson } from './synthetic-store/store-json';
import { writeStoreFile } from './write-store-file.ts';

/**
 * The generator's output, pinned: SHA-256 of the text for fixed options, recorded when
 * events gained statuses and the other evidence fields (GENERATOR_VERSION 3; issue 16). A
 * change here means
 * every cached bench store and every e2e fixture built from a seed changes with it: bump
 * GENERATOR_VERSION and record the new hashes, on purpose.
 */
const PINNED: readonly {
  options: GenStoreOptions;
  pretty: boolean;
  chars: number;
  sha256: string;
}[] = [
  {
    options: { events: 1000, seed: 1 },
    pretty: false,
    chars: 836_873,
    sha256: 'ae9a197c65037ea563ba8cf2abcb2a0f13648e18ace059efa71d2ae39eaa4132',
  },
  {
    options: { events: 5000, seed: 42 },
    pretty: false,
    chars: 3_721_795,
    sha256: '3abb62e59b0540d1a0047d6b92e74a01de2677a4d11b4a1cdc6b06f4c19dc8b5',
  },
  {
    options: { events: 0, seed: 3 },
    pretty: false,
    chars: 79_246,
    sha256: 'f45bc11942e8809eb47cbe79e5db8f6011d8303602d78dc8dfcee5b603d7ff30',
  },
  {
    options: { events: 200, seed: -7, startYear: 1990, years: 10, title: 'T' },
    pretty: true,
    chars: 316_537,
    sha256: '77ba22fc64816491fa2b2281eb33f6fb64b6e4698444eec9ae90886aeb8bec47',
  },
];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The same options under GENERATOR_VERSION 1, before the evidence fields: statuses and the
 * rest of the evidence come from streams of their own, so taking them out (with the
 * disputing stances, locators, related events and the sources' archive, access date,
 * reliability and locator label) gives these back byte for byte, and nothing else about a
 * seed's store moved.
 */
const BEFORE_STATUSES: readonly { options: GenStoreOptions; pretty: boolean; sha256: string }[] = [
  {
    options: { events: 1000, seed: 1 },
    pretty: false,
    sha256: '8a55554a09abf3eaa7c7b215a49ac5d062783709a29365adb4989e4dc3e790b4',
  },
  {
    options: { events: 200, seed: -7, startYear: 1990, years: 10, title: 'T' },
    pretty: true,
    sha256: '9e4d9f0b818ecca943aaf70311e58e1ae6c3d0b7a7e9abd9382ce29aa7c2936f',
  },
];

describe('generator output is unchanged for a given seed', () => {
  for (const { options, pretty, chars, sha256: expected } of PINNED) {
    it(`${options.events} events, seed ${options.seed}${pretty ? ', pretty' : ''}`, () => {
      const json = generateStoreJson(options, pretty);
      expect(json.length).toBe(chars);
      expect(sha256(json)).toBe(expected);
    });
  }

  it('the evidence fields are all that changed from version 1', () => {
    for (const { options, pretty, sha256: expected } of BEFORE_STATUSES) {
      const store = generateStore(options);
      const statuses = new Set(store.events.map((event) => event.status ?? 'none'));
      expect([...statuses].sort()).toEqual([
        'confirmed',
        'disputed',
        'none',
        'refuted',
        'reported',
      ]);
      expect(store.events.some((e) => e.excerpts?.some((x) => x.stance === 'disputes'))).toBe(true);
      expect(store.events.some((e) => e.excerpts?.some((x) => x.locator))).toBe(true);
      expect(store.events.some((e) => e.related?.length)).toBe(true);
      expect(store.sources.some((source) => source.archiveUrl && source.accessed)).toBe(true);
      expect(store.sources.every((source) => source.reliability)).toBe(true);
      expect(sha256(storeJson(withoutEvidence(store), pretty))).toBe(expected);
    }
  });

  it('the bench streams the same text in chunks of any size', () => {
    const store = generateStore({ events: 1000, seed: 1 });
    expect(sha256([...storeJsonChunks(store, 77)].join(''))).toBe(PINNED[0]!.sha256);
  });

  it('the file the CLI and the bench write holds the same bytes, and its size is told right', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gen-store-'));
    try {
      for (const [i, { options, pretty, sha256: expected }] of [PINNED[0]!, PINNED[3]!].entries()) {
        const path = join(dir, `store-${i}.json`);
        const bytes = await writeStoreFile(path, generateStore(options), pretty);
        const written = await readFile(path);
        expect(bytes).toBe(written.byteLength);
        expect(createHash('sha256').update(written).digest('hex')).toBe(expected);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
