import { describe, expect, it } from 'vitest';
import { EventSearchIndex } from './event-search';
import { ScanStore, oneEditApart, scanSearch, termsOfField } from './search-scan';
import { FIELD_NAMES, type SearchDoc } from './search-text';
import { queryTokens } from './search-words';

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
  doc({ title: 'Sanctons announced', summary: 'New sanctions on Pyongyang; sanctioned banks.' }),
  doc({ title: 'Negotiations resume', tags: 'negociaciones\nsanction' }),
  doc({ title: 'Pyonyang summit', quotes: 'Sancitons, said the minister.' }),
];

/** A scan store and an index of `docs`, the index fed the scan's terms as in the worker. */
function both(docs: readonly SearchDoc[]) {
  const store = new ScanStore();
  const index = new EventSearchIndex(termsOfField);
  index.add(
    docs.map((d) => store.add(d)),
    0,
  );
  const plain = new EventSearchIndex();
  plain.add(docs, 0);
  return { store, index, plain };
}
const { store, index, plain } = both(DOCS);

const scanned = (query: string) => [...scanSearch(store, query).ranked].sort((a, b) => a - b);
const indexed = (query: string) => [...index.search(query).ranked].sort((a, b) => a - b);

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
    ['no match', 'zanzibar'],
    ['a letter changed', 'pionyanh'],
    ['a letter dropped', 'sanctons'],
    ['a letter added', 'sanctiions'],
    ['a typo and a prefix', 'sanction'],
    ['a typo of a longer word only as a whole word', 'pyonyan'],
    ['two letters swapped (two edits)', 'sanctoins'],
    ['two typos: not found', 'sanctonns'],
    ['a short word with a typo: not forgiven', 'maren'],
    ['typos in two words', 'pionyanh sanctons'],
  ])('finds what the index finds: %s ("%s")', (_, query) => {
    expect(scanned(query)).toEqual(indexed(query));
    expect(scanSearch(store, query).terms).toEqual(index.search(query).terms);
  });

  it('forgives one typo, as the index does', () => {
    expect(scanned('pionyanh')).toEqual([0]);
    // 8 has only "sanction", two edits from "sanctons".
    expect(scanned('sanctons')).toEqual([7, 9]);
    // Two letters swapped are two edits from "sanctions": only 7's "sanctons" is one away.
    expect(scanned('sanctoins')).toEqual([7]);
  });

  it('feeds the index terms that give the same results as the text itself', () => {
    for (const query of ['trea', 'sanctons', '天安门', 'strasse', 'a', 'pyonyan gas'])
      expect(index.search(query)).toEqual(plain.search(query));
  });

  it('finds the events of the prefix, and not a word that only contains it', () => {
    expect(scanned('trea')).toEqual([0, 1, 4]);
    // "retreat" and "retreaty" hold "trea" but do not begin with it; "treaty" in 4's summary does.
    expect(scanSearch(store, 'trea').terms).toEqual(new Set(['treaty']));
  });

  it('puts events whose title has the words first, each group in time order', () => {
    expect(scanSearch(store, 'treaty').ranked).toEqual([0, 1, 4]);
    expect(scanSearch(store, 'port').ranked).toEqual([3, 1]);
    expect(scanSearch(store, 'sanctons').ranked).toEqual([7, 9]);
  });

  it('gives the words to mark as the index does', () => {
    expect(scanSearch(store, 'energ').terms).toEqual(index.search('energ').terms);
    expect(scanSearch(store, '天安门').terms).toEqual(index.search('天安门').terms);
    expect(scanSearch(store, 'sanctons').terms).toEqual(
      new Set(['sanctons', 'sanctions', 'sancitons']),
    );
  });
});

/** A small generator of words and their typos, for a wider comparison with the index. */
function generated(seed: number, count: number) {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  const STEMS = ['sanction', 'pyongyang', 'negotiat', 'ceasefire', 'embassy', 'treaty', 'región'];
  const ENDS = ['', 's', 'ed', 'ions', 'e', 'es'];
  const typo = (word: string) => {
    const at = next(word.length);
    const letter = 'aeinost'[next(7)]!;
    const kind = next(4);
    if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
    if (kind === 1) return word.slice(0, at) + letter + word.slice(at);
    if (kind === 2) return word.slice(0, at) + letter + word.slice(at + 1);
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  };
  const word = () => {
    const w = STEMS[next(STEMS.length)]! + ENDS[next(ENDS.length)]!;
    return next(3) === 0 ? typo(w) : w;
  };
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const docs = Array.from({ length: count }, () =>
    doc({ title: sentence(2), summary: sentence(4), tags: word() }),
  );
  const queries = Array.from({ length: 60 }, () =>
    next(4) === 0 ? `${word()} ${word()}` : word(),
  );
  return { docs, queries };
}

describe('scanSearch on generated words with typos', () => {
  it('finds exactly the events the index finds, and marks the same words', () => {
    const { docs, queries } = generated(7, 300);
    const { store: s, index: i } = both(docs);
    let typosFound = 0;
    for (const query of queries) {
      const sorted = (r: readonly number[]) => [...r].sort((a, b) => a - b);
      const words = queryTokens(query);
      // A marked word that no query word begins: found through a typo.
      if ([...i.search(query).terms].some((t) => !words.some((w) => t.startsWith(w)))) typosFound++;
      expect(sorted(scanSearch(s, query).ranked), query).toEqual(sorted(i.search(query).ranked));
      expect(scanSearch(s, query).terms, query).toEqual(i.search(query).terms);
    }
    // The comparison covers matches through typos, many of them.
    expect(typosFound).toBeGreaterThan(10);
  });
});

describe('oneEditApart', () => {
  it.each([
    ['sanction', 'sanctions', true],
    ['sanction', 'sancton', true],
    ['sanction', 'sanctien', true],
    ['sanction', 'sanction', false],
    ['sanction', 'sanctoin', false],
    ['sanction', 'sanctionss', false],
    ['abc', 'xbc', true],
    ['abc', 'abx', true],
    ['abc', 'bc', true],
    ['abc', 'ab', true],
    ['abc', 'xyz', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
    expect(oneEditApart(b, a)).toBe(expected);
  });
});
