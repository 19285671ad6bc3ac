// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useViewStore } from '../../lib/view-store';
import type {
  StoreSearchReply,
  WholeStoreChannel,
  WholeStoreReport,
} from '../../lib/whole-store-search';
import { WholeStoreSearch } from './whole-store-search';

afterEach(() => {
  cleanup();
  act(() => useViewStore.setState({ lang: 'en', selectedEventId: null, window: null }));
});

/** A store's worker as the search sees it: what it was told, and a way to reply. */
function fakeChannel() {
  const told: Parameters<WholeStoreChannel['tell']>[0][] = [];
  let hearing: ((id: number, reply: StoreSearchReply) => void) | null = null;
  const channel: WholeStoreChannel = {
    total: 3000,
    tell: (request) => told.push(request),
    hear: (listener) => (hearing = listener),
  };
  const lastSearch = () => {
    const search = told.findLast((request) => request.type === 'search-store');
    if (search?.type !== 'search-store') throw new Error('no search asked for');
    return search.search;
  };
  const reply = (reply: StoreSearchReply) => act(() => hearing?.(lastSearch().id, reply));
  return { channel, told, reply, lastSearch };
}

const MATCH = {
  id: 'treaty-signed',
  title: 'Treaty signed',
  start: '2024-06-19',
  window: { start: Date.UTC(2024, 3, 1), end: Date.UTC(2024, 8, 1) },
};
const report = (over: Partial<WholeStoreReport>): WholeStoreReport => ({
  searched: 1000,
  total: 3000,
  found: 1,
  matches: [MATCH],
  terms: ['treaty'],
  done: false,
  ...over,
});

describe('the search of a whole store', () => {
  it('is asked for, says how far it has gone, lists the matches, and opens one where it is', () => {
    const { channel, reply, lastSearch } = fakeChannel();
    render(<WholeStoreSearch channel={channel} query="treaty" onChosen={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Search all 3,000 events for “treaty”' }));
    expect(lastSearch().query).toBe('treaty');
    expect(screen.getByRole('heading', { name: 'In the whole store' })).toBe(
      document.activeElement,
    );
    reply(report({}));
    expect(screen.getByText('1,000 of 3,000 events searched: 1 match so far')).toBeTruthy();
    expect(screen.getByRole('progressbar')).toBeTruthy();
    reply(report({ searched: 3000, done: true }));
    expect(screen.getByText('1 event of the whole store matches “treaty”.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Treaty signed/ }));
    expect(useViewStore.getState().selectedEventId).toBe('treaty-signed');
    expect(useViewStore.getState().window).toEqual(MATCH.window);
  });

  it('marks the words matched, and shows the summary of a match whose title lacks them', () => {
    const { channel, reply } = fakeChannel();
    render(<WholeStoreSearch channel={channel} query="treaty envoy" onChosen={() => {}} />);
    fireEvent.click(
      screen.getByRole('button', { name: 'Search all 3,000 events for “treaty envoy”' }),
    );
    reply(
      report({
        done: true,
        searched: 3000,
        matches: [{ ...MATCH, summary: 'The envoys signed it at dawn.' }],
        terms: ['treaty', 'envoys'],
      }),
    );
    const match = screen.getByRole('button', { name: /^Treaty signed/ });
    expect(match.textContent).toContain('The envoys signed it at dawn.');
    expect([...match.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'Treaty',
      'envoys',
    ]);
  });

  it('says why it failed, and can be run again', () => {
    const { channel, told, reply } = fakeChannel();
    render(<WholeStoreSearch channel={channel} query="treaty" onChosen={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: /^Search all/ }));
    reply({ failed: 'The server answered 503.' });
    expect(
      screen.getByText('The whole store could not be searched: The server answered 503.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Search again' }));
    expect(told.filter((request) => request.type === 'search-store')).toHaveLength(2);
  });

  it('stops when the query changes, and says it stopped if that query comes back', () => {
    const { channel, told, reply } = fakeChannel();
    const { rerender } = render(
      <WholeStoreSearch channel={channel} query="treaty" onChosen={() => {}} />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Search all/ }));
    reply(report({}));
    rerender(<WholeStoreSearch channel={channel} query="summit" onChosen={() => {}} />);
    expect(told.at(-1)).toMatchObject({ type: 'stop-search' });
    expect(
      screen.getByRole('button', { name: 'Search all 3,000 events for “summit”' }),
    ).toBeTruthy();
    rerender(<WholeStoreSearch channel={channel} query="treaty" onChosen={() => {}} />);
    expect(
      screen.getByText('Stopped after 1,000 of 3,000 events, with 1 match: more may match.'),
    ).toBeTruthy();
  });

  it('searches the excerpts too when asked, saying what that reads, and shows the quote', () => {
    const { channel, reply, lastSearch } = fakeChannel();
    const withBytes = { ...channel, detailsBytes: 168 * 1_048_576 };
    render(<WholeStoreSearch channel={withBytes} query="lighthouse" onChosen={() => {}} />);
    const excerpts = 'Search their excerpts too (reads up to 168.0 MB)';
    // First without them: nothing found, and the excerpts are offered then too.
    fireEvent.click(screen.getByRole('button', { name: /^Search all/ }));
    expect(lastSearch().excerpts).toBeUndefined();
    reply(report({ done: true, searched: 3000, found: 0, matches: [], terms: [] }));
    expect(screen.getByText(/not their excerpts/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: excerpts }));
    expect(lastSearch()).toMatchObject({ query: 'lighthouse', excerpts: true });
    expect(
      screen.getByText('Their titles, summaries, excerpts, actors, places and tags are searched.'),
    ).toBeTruthy();
    reply(
      report({
        done: true,
        searched: 3000,
        terms: ['lighthouse'],
        matches: [{ ...MATCH, excerpt: 'Seen from the lighthouse.' }],
      }),
    );
    const match = screen.getByRole('button', { name: /^Treaty signed/ });
    expect(match.textContent).toContain('Seen from the lighthouse.');
    expect(match.querySelector('mark')?.textContent).toBe('lighthouse');
    // Searched with them: not offered again.
    expect(screen.queryByRole('button', { name: excerpts })).toBeNull();
  });
});
