import { describe, expect, it } from 'vitest';
import { EventSearchIndex } from './event-search';
import { type ScanText, scanSearch, scanTextOf } from './search-scan';
import { FIELD_NAMES, type SearchDoc } from './search-text';

const doc = (fields: Partial<SearchDoc>): SearchDoc => ({
  ...(Object.fromEntries(FIELD_NAMES.map((field) => [field, ''])) as SearchDoc),
  ...fields,
});

const DOCS: SearchDoc[] = [
  doc({ title: 'Treaty of Marren signed', summary: 'Both sides sign in Pionyang.' }),
  doc({ title: 'Talks stall', summary: 'The treaty talks stall over gas at the port.' }),
  doc({ title: 'Asociación estratégica', tags: 'energía\nGAS' }),
  doc({ title: 'Port closed', actors: 'Republic of Marren', quotes: 'Straße closed at dawn' }),
  doc({ title: 'Retreat', summary: 'A retreaty is no treaty.' }),
  doc({ title: '毛泽东在天安门', place: 'Beijing' }),
  doc({ title: 'A a', summary: 'an aside' }),
];
const texts: ScanText[] = DOCS.map(scanTextOf);
const index = new EventSearchIndex();
index.add(DOCS, 0);

const scanned = (query: string) => [...scanSearch(texts, 0, query).ranked].sort();
const indexed = (query: string) => [...index.search(query).ranked].sort();

describe('scanSearch', () => {
  it.each([
    ['a prefix', 'trea'],
    ['a whole word', 'treaty'],
    ['accents and case folded', 'ASOCIACION Estrategica'],
    ['a folded letter', 'strasse'],
    ['AND across words', 'treaty gas'],
    ['a word in a non-title field', 'pionyang'],
    ['a word in the actors', 'republic'],
    ['a short word only whole', 'a'],
    ['characters of an unspaced run', '天安门'],
    ['one unspaced character', '泽'],
    ['no match', 'sanctions'],
  ])('finds what the index finds: %s ("%s")', (_, query) => {
    expect(scanned(query)).toEqual(indexed(query));
  });

  it('finds the events of the prefix, and not a word that only contains it', () => {
    expect(scanned('trea')).toEqual([0, 1, 4]);
    // "retreat" and "retreaty" hold "trea" but do not begin with it; "treaty" in 4's summary does.
    expect(scanSearch(texts, 0, 'trea').terms).toEqual(new Set(['treaty']));
  });

  it('puts events whose title has the words first, each group in time order', () => {
    expect(scanSearch(texts, 0, 'treaty').ranked).toEqual([0, 1, 4]);
    expect(scanSearch(texts, 0, 'port').ranked).toEqual([3, 1]);
  });

  it('gives the words to mark as the index does', () => {
    expect(scanSearch(texts, 0, 'energ').terms).toEqual(index.search('energ').terms);
    expect(scanSearch(texts, 0, '天安门').terms).toEqual(index.search('天安门').terms);
  });

  it('numbers the events from `first`', () => {
    expect(scanSearch(texts.slice(3), 3, 'marren').ranked).toEqual([3]);
  });

  it('does not forgive typos (the index does)', () => {
    expect(index.search('pionyanh').ranked).toEqual([0]);
    expect(scanSearch(texts, 0, 'pionyanh').ranked).toEqual([]);
  });
});
