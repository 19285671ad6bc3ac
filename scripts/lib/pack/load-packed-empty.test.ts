/**
 * A pack of no events, opened by the app, as a JSON store of none is: a timeline begun,
 * shown empty. A pack whose every event was dropped (by the packer, or by the app's checks)
 * is refused, saying so. (Here beside the packer: the app's own type-check does not take
 * its imports.)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { writePack } from './write-pack.ts';
import { validateStore, type StoreEvent } from '../../../src/format/validate-store.ts';
import { loadPackedStore } from '../../../src/features/store-loading/api/load-packed.ts';
import { rangeFetch } from './range-fetch';

const BASE = 'http://pack.test/';
let dir: string;

const STORE = {
  format: 'sourceline/1',
  title: 'A timeline begun',
  language: 'en',
  sources: [{ id: 'report', title: 'Report', language: 'en' }],
  actors: [{ id: 'russia', name: 'Russia', kind: 'state' }],
  events: [
    {
      id: 'treaty',
      title: 'The treaty is signed',
      start: '2024-06-19',
      actors: ['russia'],
      excerpts: [{ source: 'report', quote: 'signed' }],
    },
  ],
};

async function pack(name: string, events: StoreEvent[], droppedByPacker: number) {
  const result = validateStore(STORE);
  if (!result.ok) throw new Error('the store is valid');
  const { events: _events, ...header } = result.store;
  const dropped = { events: droppedByPacker, actors: 0, sources: 0 };
  await writePack(
    { header, events, totals: { header, problems: [], dropped, warnings: 0 } },
    join(dir, name),
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourceline-packed-empty-'));
  const result = validateStore(STORE);
  if (!result.ok) throw new Error('the store is valid');
  const [treaty] = result.store.events;
  await pack('none', [], 0);
  await pack('all-dropped-by-packer', [], 2);
  // Written by another tool: its one row names an actor the store does not have.
  await pack('all-dropped-here', [{ ...treaty!, actors: ['nobody-we-know'] }], 0);
  vi.stubGlobal(
    'fetch',
    rangeFetch((url) => join(dir, ...url.pathname.split('/').filter(Boolean))),
  );
}, 60_000);

afterAll(async () => {
  vi.unstubAllGlobals();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const open = (name: string) =>
  loadPackedStore(`${BASE}${name}/manifest.json`, () => {}, {
    header: () => {},
    events: () => {},
    restart: () => {},
  });

describe('a packed store with no events to show', () => {
  it('none at all: opened, empty, with its title', async () => {
    const result = await open('none');
    expect(result.store.title).toBe('A timeline begun');
    expect(result.store.events).toEqual([]);
    expect(result.dropped.events).toBe(0);
  });

  it('every event dropped by the packer: refused, saying how many', async () => {
    await expect(open('all-dropped-by-packer')).rejects.toMatchObject({
      kind: 'empty',
      message: 'The store has no valid events: all 2 were dropped.',
    });
  });

  it('every row dropped by the app’s checks: refused, saying how many', async () => {
    await expect(open('all-dropped-here')).rejects.toMatchObject({
      kind: 'empty',
      message: 'The store has no valid events: its only event was dropped.',
    });
  });
});
