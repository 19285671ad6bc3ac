import { describe, expect, it } from 'vitest';
import type { RowGroupSpan } from '../../../format/packed/row-groups';
import { MATCHES_LISTED, type WholeStoreReport } from '../../../lib/whole-store-search';
import { type TimeWindow, focusWindow, span } from '../../../lib/time-window';
import {
  SNIPPET_LENGTH,
  roughFilter,
  searchWholeStore,
  summarySnippet,
} from './packed-whole-search';
import { ScanStore, scanSearch } from '../../../lib/search-scan';
import { searchesOf } from './store-searches';
import { windowsOf } from './shown-windows';
import { packedRequestRelay } from './packed-requests';

const DAY = 86_400_000;
const ROWS_PER_GROUP = 50;

/**
 * Row r starts on day r of 2000, one day long; every 7th names the treaty, in its title or
 * place; every 13th's summary (joined from the details file) the armistice line.
 */
function rowAt(r: number) {
  const start = Date.UTC(2000, 0, 1) + r * DAY;
  return {
    id: `e${r}`,
    title: r % 7 === 0 ? `Treaty talks, round ${r}` : `Border patrol ${r}`,
    start: new Date(start).toISOString().slice(0, 10),
    start_ms: BigInt(start),
    end_ms: BigInt(start + DAY),
    actors: r % 2 === 0 ? ['north'] : ['south'],
    tags: r % 5 === 0 ? ['ceasefire'] : [],
    place_name: r % 11 === 0 ? 'Treaty Hall' : null,
    summary: r % 13 === 0 ? 'Envoys met at the armistice line.' : null,
  };
}

function groups(count: number): RowGroupSpan[] {
  return Array.from({ length: count }, (_, i) => ({
    rowStart: i * ROWS_PER_GROUP,
    rowEnd: (i + 1) * ROWS_PER_GROUP,
    firstStart: null,
    lastStart: null,
    lastEnd: null,
  }));
}

/** Every 17th row's excerpt (joined from the details file when a search asks for them). */
const QUOTE = 'Firmaron la tregua junto al faro.';
const TRANSLATION = 'They signed the truce by the lighthouse.';
const withExcerpts = (r: number) => ({
  ...rowAt(r),
  quotes: r % 17 === 0 ? QUOTE : '',
  translations: r % 17 === 0 ? TRANSLATION : '',
});

function search(
  query: string,
  count: number,
  options: {
    signal?: AbortSignal;
    readable?: (window: TimeWindow) => boolean;
    excerpts?: boolean;
  } = {},
) {
  const spans = groups(count);
  const reports: WholeStoreReport[] = [];
  const read: number[] = [];
  const done = searchWholeStore(query, {
    spans,
    total: count * ROWS_PER_GROUP,
    readGroup: async (group) => {
      read.push(group);
      const { rowStart, rowEnd } = spans[group]!;
      const row = options.excerpts ? withExcerpts : rowAt;
      return Array.from({ length: rowEnd - rowStart }, (_, i) => row(rowStart + i));
    },
    actorName: (id) => (id === 'north' ? 'North Republic' : 'South Union'),
    readable: options.readable ?? (() => true),
    signal: options.signal ?? new AbortController().signal,
    onReport: (report) => reports.push(report),
  });
  return { done, reports, read };
}

const expected = (rows: number, keep: (r: number) => boolean) =>
  Array.from({ length: rows }, (_, r) => r).filter(keep);

describe('searchWholeStore', () => {
  it('finds what the index would, in titles, summaries, places and actors’ names, most recent first', async () => {
    const { done, reports, read } = search('treaty', 4);
    await done;
    expect(read).toEqual([3, 2, 1, 0]);
    const last = reports.at(-1)!;
    const treaty = expected(200, (r) => r % 7 === 0 || r % 11 === 0).reverse();
    expect(last).toMatchObject({ searched: 200, total: 200, found: treaty.length, done: true });
    expect(last.matches.map((match) => match.id)).toEqual(treaty.map((r) => `e${r}`));
    // Said after each group, the rows searched growing.
    expect(reports.map((report) => report.searched)).toEqual([50, 100, 150, 200]);
    expect(reports.map((report) => report.done)).toEqual([false, false, false, true]);
    // An actor's name, a prefix, and a typo in a long word, as the index takes them.
    const byActor = search('north repub', 4);
    await byActor.done;
    expect(byActor.reports.at(-1)!.found).toBe(100);
    const typo = search('ceasfire', 4);
    await typo.done;
    expect(typo.reports.at(-1)!.found).toBe(40);
    // A summary's words, as the index takes them, each match listed with them.
    const summary = search('armistice envoy', 4);
    await summary.done;
    const armistice = summary.reports.at(-1)!;
    expect(armistice.matches.map((match) => match.id)).toEqual(
      expected(200, (r) => r % 13 === 0)
        .reverse()
        .map((r) => `e${r}`),
    );
    expect(new Set(armistice.matches.map((match) => match.summary))).toEqual(
      new Set(['Envoys met at the armistice line.']),
    );
    // The words to mark: the prefix found in full.
    expect([...armistice.terms].sort()).toEqual(['armistice', 'envoys']);
    // A title that says why it matched: no summary beside it.
    expect(last.matches.every((match) => match.summary === undefined)).toBe(true);
  });

  it('with the excerpts read, finds a quote’s or a translation’s words, and shows that stretch', async () => {
    const quoted = expected(200, (r) => r % 17 === 0)
      .reverse()
      .map((r) => `e${r}`);
    for (const query of ['faro', 'lighthouse truce']) {
      const { done, reports } = search(query, 4, { excerpts: true });
      await done;
      const last = reports.at(-1)!;
      expect(last.matches.map((match) => match.id)).toEqual(quoted);
      // Neither the title nor the summary says why: the excerpt does.
      expect(new Set(last.matches.map((match) => match.excerpt))).toEqual(
        new Set([`${QUOTE}\n${TRANSLATION}`]),
      );
    }
    // Not read, not found.
    const without = search('faro', 4);
    await without.done;
    expect(without.reports.at(-1)!.found).toBe(0);
    // Words the title has: no excerpt beside it.
    const titled = search('treaty', 4, { excerpts: true });
    await titled.done;
    expect(titled.reports.at(-1)!.matches.every((match) => match.excerpt === undefined)).toBe(true);
  });

  it('lists the most recent matches only, and counts them all', async () => {
    const { done, reports } = search('border', 6);
    await done;
    const last = reports.at(-1)!;
    expect(last.found).toBe(expected(300, (r) => r % 7 !== 0).length);
    expect(last.matches).toHaveLength(MATCHES_LISTED);
    expect(last.matches[0]!.id).toBe('e299');
  });

  it('gives each match the window to open it at, narrowed where that is too wide to read', async () => {
    const wide = search('round 140', 4);
    await wide.done;
    const [match] = wide.reports.at(-1)!.matches;
    const time = { start: Date.UTC(2000, 0, 1) + 140 * DAY, end: Date.UTC(2000, 0, 1) + 141 * DAY };
    expect(match).toMatchObject({
      id: 'e140',
      title: 'Treaty talks, round 140',
      window: focusWindow(time),
    });
    const narrow = search('round 140', 4, { readable: (window) => span(window) <= 20 * DAY });
    await narrow.done;
    expect(span(narrow.reports.at(-1)!.matches[0]!.window)).toBeLessThanOrEqual(20 * DAY);
  });

  it('stops when aborted, saying nothing more', async () => {
    const controller = new AbortController();
    const spans = groups(4);
    const reports: WholeStoreReport[] = [];
    await searchWholeStore('treaty', {
      spans,
      total: 200,
      readGroup: async (group) => {
        if (group === 2) controller.abort();
        const { rowStart } = spans[group]!;
        return Array.from({ length: ROWS_PER_GROUP }, (_, i) => rowAt(rowStart + i));
      },
      actorName: (id) => id,
      readable: () => true,
      signal: controller.signal,
      onReport: (report) => reports.push(report),
    });
    expect(reports.map((report) => report.searched)).toEqual([50]);
  });
});

describe('summarySnippet', () => {
  const terms = new Set(['lighthouse', 'harbour']);
  it('is the summary when it has a matched word its title lacks, and none when the title has them all', () => {
    expect(summarySnippet('Storm at the harbour', 'Seen from the lighthouse.', terms)).toBe(
      'Seen from the lighthouse.',
    );
    expect(
      summarySnippet('Lighthouse and harbour', 'The lighthouse by the harbour.', terms),
    ).toBeUndefined();
    expect(summarySnippet('Report', '', terms)).toBeUndefined();
    expect(summarySnippet('Report', 'Nothing of note.', terms)).toBeUndefined();
  });

  it('cuts a long summary at spaces around the word, marking the cuts', () => {
    const before = 'word '.repeat(60);
    const after = ' rest'.repeat(60);
    const snippet = summarySnippet('Report', `${before}the lighthouse keeper${after}`, terms)!;
    expect(snippet.startsWith('…word ')).toBe(true);
    expect(snippet.endsWith(' rest…')).toBe(true);
    expect(snippet).toContain('the lighthouse keeper');
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
  });
});

describe('the page’s requests, in the worker', () => {
  it('hands each search on with a signal, a new one stopping the one before', () => {
    const relay = packedRequestRelay();
    const seen: { id: number; signal: AbortSignal }[] = [];
    searchesOf(relay).follow((search, signal) => seen.push({ id: search.id, signal }));
    relay.tell({ type: 'search-store', search: { id: 1, query: 'a' } });
    relay.tell({ type: 'search-store', search: { id: 2, query: 'b' } });
    expect(seen.map((search) => search.id)).toEqual([1, 2]);
    expect(seen[0]!.signal.aborted).toBe(true);
    expect(seen[1]!.signal.aborted).toBe(false);
    relay.tell({ type: 'stop-search', id: 1 });
    expect(seen[1]!.signal.aborted).toBe(false);
    relay.tell({ type: 'stop-search', id: 2 });
    expect(seen[1]!.signal.aborted).toBe(true);
  });

  it('hands the windows to their follower, the last one shown to a late one, beside the searches', () => {
    const relay = packedRequestRelay();
    relay.tell({ type: 'show-window', window: { start: 1, end: 2 } });
    relay.tell({ type: 'show-window', window: { start: 3, end: 4 } });
    const windows: TimeWindow[] = [];
    const searches: number[] = [];
    windowsOf(relay).follow((window) => windows.push(window));
    searchesOf(relay).follow((search) => searches.push(search.id));
    relay.tell({ type: 'search-store', search: { id: 7, query: 'x' } });
    relay.tell({ type: 'show-window', window: { start: 5, end: 6 } });
    expect(windows).toEqual([
      { start: 3, end: 4 },
      { start: 5, end: 6 },
    ]);
    expect(searches).toEqual([7]);
  });
});

describe('roughFilter', () => {
  const texts = [
    'Talks in Pyongyang',
    'Protest in Łódź\nNorth Republic',
    'Straße der Einheit\nborder',
    '毛泽东在天安门宣布',
    'Sanctions renewed\nceasefire',
    'Nothing to see',
  ];
  const doc = (text: string) => ({
    title: text,
    actors: '',
    place: '',
    tags: '',
    summary: '',
    translations: '',
    quotes: '',
    publishers: '',
  });

  it.each([
    'pyongyan',
    'pyongyng',
    'lodz',
    'strasse',
    '天安门',
    'ceasfire',
    'sanctons renew',
    'in',
  ])('lets through every text the scan matches for “%s”, and rules out some', (query) => {
    const store = new ScanStore();
    for (const text of texts) store.add(doc(text));
    const matched = new Set(scanSearch(store, query).ranked);
    expect(matched.size).toBeGreaterThan(0);
    const may = roughFilter(query);
    texts.forEach((text, i) => {
      if (matched.has(i)) expect(may(text), text).toBe(true);
    });
    expect(texts.some((text) => !may(text))).toBe(true);
  });
});
