/**
 * The summaries and excerpts a packed store shown whole adds to its search index, read from
 * a real pack's details file by range requests (packed-search-texts.ts). (Here beside the
 * packer: the app's own type-check does not take its imports.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type HeavySearchText,
  readHeavySearchTexts,
} from '../../../src/lib/packed-search-texts.ts';
import { SERVED_PACK, servedPack } from './served-pack';

const EVENTS = 600;
let pack: Awaited<ReturnType<typeof servedPack>>;
const DETAILS = SERVED_PACK.replace('manifest.json', 'details.parquet');

beforeAll(async () => {
  pack = await servedPack({ events: EVENTS, seed: 3, rowsPerGroup: 100 });
}, 120_000);

afterAll(() => pack?.remove());

async function readAll() {
  const texts = new Map<string, HeavySearchText>();
  const groups: number[] = [];
  await readHeavySearchTexts(DETAILS, {
    signal: new AbortController().signal,
    onRows: (rows) => {
      groups.push(rows.length);
      rows.forEach(([id, text]) => texts.set(id, text));
    },
  });
  return { texts, groups };
}

describe('readHeavySearchTexts', () => {
  it('reads every event’s summary, quotes, translations and cited sources, group by group', async () => {
    const { texts, groups } = await readAll();
    expect(texts.size).toBe(EVENTS);
    for (const event of pack.sorted) {
      const text = texts.get(event.id)!;
      const excerpts = event.excerpts ?? [];
      expect(text.summary).toBe(event.summary ?? '');
      expect(text.quotes).toBe(excerpts.map((excerpt) => excerpt.quote).join('\n'));
      expect(text.translations).toBe(
        excerpts.flatMap((excerpt) => excerpt.translation ?? []).join('\n'),
      );
      expect(new Set(text.sources)).toEqual(new Set(excerpts.map((excerpt) => excerpt.source)));
    }
    // The generated store has excerpts with translations: the test checks something.
    expect([...texts.values()].filter((text) => text.translations !== '').length).toBeGreaterThan(
      10,
    );
    expect(groups).toEqual([100, 100, 100, 100, 100, 100]);
  });

  it('says a damaged details file is damaged, and from which row', async () => {
    const file = join(pack.dir, 'details.parquet');
    const whole = await readFile(file);
    const damaged = Buffer.from(whole);
    for (let i = 200; i < Math.min(6000, damaged.length - 2048); i++) damaged[i] = (i * 7919) % 256;
    await writeFile(file, damaged);
    try {
      await expect(readAll()).rejects.toThrow(
        /^The details file \(details\.parquet\) is damaged: its rows from 0 on cannot be read/,
      );
    } finally {
      await writeFile(file, whole);
    }
  });
});
