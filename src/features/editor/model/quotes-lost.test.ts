import { describe, expect, it } from 'vitest';
import type { DraftEvent, DraftSource } from './draft-document';
import { quotesLostBy } from './quotes-lost';
import { filledWith } from './same-address';

// An import's source for a row's link, with no text yet, and the row's quote.
const imported: DraftSource = {
  id: 'reuters',
  title: 'Reuters',
  language: 'en',
  url: 'https://www.reuters.com/world/putin-pyongyang/',
};
const event = (id: string, title: string, excerpts: DraftEvent['excerpts']): DraftEvent => ({
  id,
  title,
  start: '2024-06-19',
  actors: ['russia'],
  excerpts,
});
const events = [
  event('putin-arrives', 'Putin arrives in Pyongyang', [
    { source: 'reuters', quote: 'Putin said, "we value" the ties.' },
  ]),
  event('treaty', 'Treaty published', [{ source: 'kcna', quote: 'The treaty was published.' }]),
  event('talks', 'Talks', [
    { source: 'reuters', quote: 'early on  Wednesday' },
    { source: 'reuters', quote: 'not in the article' },
    { source: 'reuters', quote: 'nor this' },
  ]),
];
const ARTICLE = 'PYONGYANG (Reuters) - Putin arrived in North Korea early on\nWednesday.';

describe('quotes a source’s new text would lose', () => {
  it('names the events whose quotes of that source the text does not hold', () => {
    // Save into the imported source: the article does not hold the sheet's wording.
    const into = filledWith(imported, { title: '', language: 'en', text: ARTICLE });
    expect(quotesLostBy(events, imported.id, into.text ?? '')).toEqual([
      { event: 'putin-arrives', title: 'Putin arrives in Pyongyang', excerpts: 1 },
      { event: 'talks', title: 'Talks', excerpts: 2 },
    ]);
  });

  it('reads quotes as the format does, white space collapsed', () => {
    expect(
      quotesLostBy(events.slice(2, 3), 'reuters', `${ARTICLE} not in the   article, nor this`),
    ).toEqual([]);
  });

  it('loses nothing to an empty text: a source without text has its quotes typed', () => {
    expect(quotesLostBy(events, 'reuters', '')).toEqual([]);
    expect(quotesLostBy(events, 'reuters', ' \n ')).toEqual([]);
  });

  it('counts only the excerpts of that source', () => {
    expect(quotesLostBy(events, 'kcna', 'The treaty was published.')).toEqual([]);
    expect(quotesLostBy(events, 'kcna', 'Another text.')).toEqual([
      { event: 'treaty', title: 'Treaty published', excerpts: 1 },
    ]);
  });
});
