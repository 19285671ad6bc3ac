import { rm } from 'node:fs/promises';
import { writePack } from '../../scripts/lib/pack/write-pack';
import { type StoreEvent, validateStore } from '../../src/format/validate-store';

/**
 * A packed store too large to load whole (more than 200,000 events, held-windows.ts): one
 * small report a day or so from 2000 to 2024 (a title, a date, one excerpt), so that packing
 * it takes seconds. The specs that open one build it here and change what they need.
 */
export const HELD_EVENTS = 200_100;
export const HELD_QUOTE = 'the plain words of the report';
const FIRST_DAY = Date.UTC(2000, 0, 1);
const DAY = 86_400_000;
const DAYS = 25 * 365;

/** The day of report `i` (rows are in date order). */
export const heldDayOf = (i: number) => FIRST_DAY + Math.floor((i * DAYS) / HELD_EVENTS) * DAY;
export const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

type RawEvent = Record<string, unknown>;

/**
 * Writes the pack into `dir` (emptied first) and returns its events as written. `actors`
 * are the store's, `event(i)` adds to report i's fields, `url` is the source's address, and
 * `edit` changes the checked events before they are written (a row that breaks the format).
 */
export async function writeHeldReports(
  dir: string,
  {
    actors,
    event = () => ({}),
    url,
    edit = (events) => events,
  }: {
    actors: { id: string; name: string; kind: string }[];
    event?: (i: number) => RawEvent;
    url?: string;
    edit?: (events: StoreEvent[]) => StoreEvent[];
  },
): Promise<StoreEvent[]> {
  const checked = validateStore({
    format: 'sourceline/1',
    title: 'Two hundred thousand reports',
    language: 'en',
    sources: [
      {
        id: 'reports',
        title: 'The daily reports',
        published: '2024-12-31',
        language: 'en',
        ...(url ? { url } : {}),
        text: `Each report gives ${HELD_QUOTE} and nothing else.`,
      },
    ],
    actors,
    events: Array.from({ length: HELD_EVENTS }, (_, i) => ({
      id: `event-${i}`,
      title: `Report number ${i}`,
      start: isoDay(heldDayOf(i)),
      actors: [actors[0]!.id],
      excerpts: [{ source: 'reports', quote: HELD_QUOTE }],
      ...event(i),
    })),
  });
  if (!checked.ok) throw new Error('the held store is valid');
  const { events, ...header } = checked.store;
  const kept = edit([...events]);
  await rm(dir, { recursive: true, force: true });
  await writePack({ header, events: kept, totals: { ...checked, header } }, dir);
  return kept;
}
