import type { RowGroupSpan } from '../../../format/packed/row-groups';
import { toNumber } from '../../../format/packed/rows';
import { ScanStore, scanSearch } from '../../../lib/search-scan';
import { foldText } from '../../../lib/search-fold';
import { fuzzyFor, highlightPieces, queryTokens } from '../../../lib/search-words';
import type { TimeWindow } from '../../../lib/time-window';
import {
  MATCHES_LISTED,
  type WholeStoreMatch,
  type WholeStoreReport,
} from '../../../lib/whole-store-search';
import { readableFocus } from './packed-linked-event';

/** The light columns a search of the whole store reads: what it matches, and what it lists. */
export const WHOLE_SEARCH_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'start_ms',
  'end_ms',
  'actors',
  'tags',
  'place_name',
] as const;

type Row = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * Searches every row of a packed store for `query`, a row group at a time from the last (so
 * that the most recent matches come first, and are listed), matching each row's title,
 * summary, actors, places and tags as the search index would (search-scan.ts: the same
 * terms, prefixes and typos). A row's `summary` is the details file's, which `readGroup`
 * joins to the light columns, and so are its `quotes` and `translations` when the search
 * asked for its excerpts (most of that file's bytes: not read otherwise).
 * `onReport` is told after each group. Stops, unfinished, when `signal` is aborted.
 */
export async function searchWholeStore(
  query: string,
  io: {
    readonly spans: readonly RowGroupSpan[];
    readonly total: number;
    readonly readGroup: (group: number, signal: AbortSignal) => Promise<readonly Row[]>;
    readonly actorName: (id: string) => string;
    /** Whether a window's rows are few enough to read (its events drawn, not counted). */
    readonly readable: (window: TimeWindow) => boolean;
    readonly signal: AbortSignal;
    readonly onReport: (report: WholeStoreReport) => void;
  },
): Promise<void> {
  const { spans, total, signal } = io;
  const mayMatch = roughFilter(query);
  const matches: WholeStoreMatch[] = [];
  const terms = new Set<string>();
  let searched = 0;
  let found = 0;
  // The next group is read while this one is searched.
  const read = (group: number) => {
    const rows = io.readGroup(group, signal);
    // Left unawaited when the search stops: its failure then is no one's.
    rows.catch(() => {});
    return rows;
  };
  let next = spans.length > 0 ? read(spans.length - 1) : null;
  for (let group = spans.length - 1; group >= 0; group--) {
    const rows = await next!;
    if (signal.aborted) return;
    next = group > 0 ? read(group - 1) : null;
    // Only the rows that may match are split into terms (most of the time), the scan's
    // vocabulary of typos included: a row that matches by a typo has that word itself.
    const store = new ScanStore();
    const rowOf: number[] = [];
    rows.forEach((row, at) => {
      const doc = {
        title: text(row.title),
        actors: texts(row.actors).map(io.actorName).join('\n'),
        place: text(row.place_name),
        tags: texts(row.tags).join('\n'),
        summary: text(row.summary),
        translations: text(row.translations),
        quotes: text(row.quotes),
        publishers: '',
      };
      const all = `${doc.title}\n${doc.summary}\n${doc.actors}\n${doc.place}\n${doc.tags}`;
      if (!mayMatch(doc.quotes === '' ? all : `${all}\n${doc.quotes}\n${doc.translations}`)) return;
      store.add(doc);
      rowOf.push(at);
    });
    // Rows are in time order: the group's matches from its last row back, most recent first.
    const scan = scanSearch(store, query);
    const hits = scan.ranked.map((position) => rowOf[position]!).sort((a, b) => b - a);
    found += hits.length;
    for (const at of hits) {
      if (matches.length >= MATCHES_LISTED) break;
      const match = matchOf(rows[at]!, io.readable, scan.terms);
      if (match === null) continue;
      matches.push(match);
      // The words of the listed matches only: a prefix may match thousands of others.
      const shown = `${match.title}\n${match.summary ?? ''}\n${match.excerpt ?? ''}`;
      for (const piece of highlightPieces(shown, scan.terms))
        if (piece.match) terms.add(foldText(piece.text));
    }
    searched += spans[group]!.rowEnd - spans[group]!.rowStart;
    io.onReport({
      searched,
      total,
      found,
      matches: matches.slice(),
      terms: [...terms],
      done: group === 0,
    });
  }
  if (spans.length === 0) io.onReport({ searched, total, found, matches, terms: [], done: true });
}

/**
 * Whether a row's text may match the query, cheaply: its folded text holds each query term
 * (as a word, or a word's beginning, must), or for a term that forgives a typo one of its two
 * halves (a word one edit from it keeps one of them whole). Never false for a row that
 * matches; often true for one that does not, which the scan then rules out.
 */
export function roughFilter(query: string): (text: string) => boolean {
  const needles = [...new Set(queryTokens(query))].map((term) => {
    if (!fuzzyFor(term)) return [term];
    const half = Math.floor(term.length / 2);
    return [term.slice(0, half), term.slice(half)];
  });
  return (text) => {
    const folded = foldText(text);
    return needles.every((either) => either.some((needle) => folded.includes(needle)));
  };
}

/** A row as a match to list, or null for one without a title or dates to open it at. */
function matchOf(
  row: Row,
  readable: (window: TimeWindow) => boolean,
  terms: ReadonlySet<string>,
): WholeStoreMatch | null {
  const start = toNumber(row.start_ms);
  const end = toNumber(row.end_ms);
  if (typeof row.id !== 'string' || typeof row.title !== 'string') return null;
  if (typeof row.start !== 'string' || start === null || end === null) return null;
  const summary = summarySnippet(row.title, text(row.summary), terms);
  // Only what neither the title nor the summary says: a quote's own word, or a translation's.
  const excerpt = summarySnippet(
    `${row.title}\n${text(row.summary)}`,
    [text(row.quotes), text(row.translations)].filter((part) => part !== '').join('\n'),
    terms,
  );
  return {
    id: row.id,
    title: row.title,
    start: row.start,
    ...(typeof row.end === 'string' ? { end: row.end } : {}),
    window: readableFocus({ start, end }, readable),
    ...(summary === undefined ? {} : { summary }),
    ...(excerpt === undefined ? {} : { excerpt }),
  };
}

/** Characters of a summary shown at most, and before its first word the title lacks. */
export const SNIPPET_LENGTH = 160;
const SNIPPET_BEFORE = 40;

/**
 * The stretch of `summary` around the first word of it that the search matched (`terms`,
 * folded) and that `title` does not have, cut at spaces and marked "…" where cut; undefined
 * when the title has every word the summary matched (the title then says why it matched).
 */
export function summarySnippet(
  title: string,
  summary: string,
  terms: ReadonlySet<string>,
): string | undefined {
  if (summary === '' || terms.size === 0) return undefined;
  const inTitle = new Set(
    highlightPieces(title, terms)
      .filter((piece) => piece.match)
      .map((piece) => foldText(piece.text)),
  );
  let first = -1;
  let at = 0;
  for (const piece of highlightPieces(summary, terms)) {
    if (piece.match && !inTitle.has(foldText(piece.text))) {
      first = at;
      break;
    }
    at += piece.text.length;
  }
  if (first < 0) return undefined;
  if (summary.length <= SNIPPET_LENGTH) return summary;
  let start = Math.max(0, first - SNIPPET_BEFORE);
  const space = summary.indexOf(' ', start);
  if (start > 0 && space >= 0 && space < first) start = space + 1;
  let end = Math.min(summary.length, start + SNIPPET_LENGTH);
  const lastSpace = summary.lastIndexOf(' ', end);
  if (end < summary.length && lastSpace > first) end = lastSpace;
  return `${start > 0 ? '…' : ''}${summary.slice(start, end)}${end < summary.length ? '…' : ''}`;
}
