/**
 * A search of all the events of a packed store read window by window, through its loader
 * and a real pack: a word found only in summaries (the details file) finds its events, most
 * recent first, however far from the window shown. (Here beside the packer: the app's own
 * type-check does not take its imports.)
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { StoreSearchReply } from '../../../src/lib/whole-store-search.ts';
import {
  type PackedOpening,
  loadPackedStore,
} from '../../../src/features/store-loading/api/load-packed.ts';
import { packedRequestRelay } from '../../../src/features/store-loading/api/packed-requests.ts';
import { SERVED_PACK, servedPack } from './served-pack';

const EVENTS = 2000;
/** Rows whose summaries, alone of all the store's text, name the envoy. */
const ENVOY_ROWS = [40, 1500];
/** The row whose excerpt, alone of all the store's text, quotes the lighthouse keeper. */
const KEEPER_ROW = 900;
let pack: Awaited<ReturnType<typeof servedPack>>;

beforeAll(async () => {
  pack = await servedPack({
    events: EVENTS,
    seed: 5,
    rowsPerGroup: 100,
    edit: (rows) =>
      rows.map((event, row) => {
        if (row === ENVOY_ROWS[0]) return { ...event, summary: 'An envoy from Zanzibaria came.' };
        if (row === ENVOY_ROWS[1]) return { ...event, summary: 'The Zanzibarian envoy left.' };
        if (row === KEEPER_ROW) {
          const [first, ...rest] = event.excerpts ?? [];
          const quote = 'Habló el farero de Quarnbeck.';
          const keeper = {
            ...first!,
            quote,
            translation: 'The Quarnbeck lighthouse keeper spoke.',
          };
          return { ...event, excerpts: [keeper, ...rest] };
        }
        return event;
      }),
  });
}, 120_000);

afterAll(() => pack?.remove());

/** Opens the pack window by window, then searches all of it for `query`; its last report. */
async function searchAll(query: string, excerpts = false) {
  const openings: PackedOpening[] = [];
  const replies: StoreSearchReply[] = [];
  const requests = packedRequestRelay();
  void loadPackedStore(
    SERVED_PACK,
    () => {},
    {
      header: () => {},
      events: () => {},
      restart: () => {},
      opening: (opening) => openings.push(opening),
      storeSearch: (id, reply) => {
        if (id === 1) replies.push(reply);
      },
    },
    { requests, wholeStoreRows: 500 },
  ).catch(() => {});
  await vi.waitFor(() => expect(openings.length).toBeGreaterThan(0), { timeout: 20_000 });
  expect(openings[0]!.held).toBeDefined();
  requests.tell({ type: 'search-store', search: { id: 1, query, excerpts } });
  await vi.waitFor(() => expect(replies.at(-1)).toMatchObject({ done: true }), {
    timeout: 20_000,
  });
  return replies.at(-1)! as Extract<StoreSearchReply, { done: boolean }>;
}

describe('a search of the whole of a packed store', () => {
  it('finds a word of the summaries, which are in the details file, most recent first', async () => {
    const envoys = ENVOY_ROWS.map((row) => pack.sorted[row]!).reverse();
    // A word of one summary, and the beginning of a word of both.
    const whole = await searchAll('zanzibaria envoy');
    expect(whole).toMatchObject({ searched: EVENTS, total: EVENTS, found: 2 });
    expect(whole.matches.map((match) => match.id)).toEqual(envoys.map((event) => event.id));
    expect(whole.matches.map((match) => match.title)).toEqual(envoys.map((event) => event.title));
  });

  it('finds a word of an excerpt only when its excerpts are asked for', async () => {
    const keeper = pack.sorted[KEEPER_ROW]!;
    expect(await searchAll('quarnbeck')).toMatchObject({ searched: EVENTS, found: 0 });
    for (const word of ['farero', 'quarnbeck keeper']) {
      const found = await searchAll(word, true);
      expect(found).toMatchObject({ searched: EVENTS, found: 1 });
      expect(found.matches[0]).toMatchObject({
        id: keeper.id,
        excerpt: expect.stringContaining('Habló el farero de Quarnbeck.'),
      });
    }
  });

  it('a word no event has finds none, every row searched', async () => {
    expect(await searchAll('zanzibarite')).toMatchObject({
      searched: EVENTS,
      found: 0,
      matches: [],
    });
  });
});
