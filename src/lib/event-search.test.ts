import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buildSearchIndexNow,
  foldText,
  hasQueryWords,
  highlightPieces,
  queryTerms,
} from './event-search';
import {
  SYNC_INDEX_LIMIT,
  bestMatch,
  loadSearchEngine,
  searchEvents,
  searchHits,
} from './search-service';
import { buildStoreIndex } from './store-index';
import { fixtureEvent, fixtureIndex, fixtureStore } from './testing/fixture-store';

const index = fixtureIndex();
// The engine loads after the first paint on the page; here, before the searches.
beforeAll(() => loadSearchEngine());
/** Matching events in time order, as the list shows them. */
const search = (query: string) => searchEvents(index, index.events, query)!.map((e) => e.id);
/** Matching events best first. */
const ranked = (query: string) => searchHits(index, query)!.ranked.map((p) => index.events[p]!.id);

describe('foldText', () => {
  it('lowercases plain ASCII text, keeping all else', () => {
    expect(foldText('Pionyang SANCTIONS, 2024-06-19: "Gas"!')).toBe(
      'pionyang sanctions, 2024-06-19: "gas"!',
    );
  });

  it('lowercases and strips accents', () => {
    expect(foldText('Pionyang')).toBe('pionyang');
    expect(foldText('Asociación ESTRATÉGICA')).toBe('asociacion estrategica');
    expect(foldText('España, Müller, façade')).toBe('espana, muller, facade');
  });

  it('writes the letters that carry no accent as they are typed without them', () => {
    expect(foldText('Straße, STRAẞE')).toBe('strasse, strasse');
    expect(foldText('Łódź, Wałęsa')).toBe('lodz, walesa');
    expect(foldText('Øresund, Æsir, Œuvre')).toBe('oresund, aesir, oeuvre');
    expect(foldText('Đinh, Þingvellir, Ħamrun, Kırıkkale')).toBe(
      'dinh, thingvellir, hamrun, kirikkale',
    );
  });
});

describe('queryTerms', () => {
  it('splits a query into folded words, ignoring punctuation', () => {
    expect(queryTerms('  Kim, Jong-Un! ')).toEqual(['kim', 'jong', 'un']);
    expect(queryTerms('“Asociación”')).toEqual(['asociacion']);
    expect(queryTerms(' \t ')).toEqual([]);
  });
});

describe('hasQueryWords', () => {
  it('says, before the engine has loaded, whether a query will have words once folded', () => {
    const queries = [
      '',
      ' \t ',
      '“”!?',
      '\u0301',
      'e\u0301',
      'ß',
      '1945',
      '天安门',
      'Kim, Jong-Un',
      '—',
    ];
    for (const query of queries)
      expect(hasQueryWords(query), query).toBe(queryTerms(query).length > 0);
  });
});

describe('searchEvents', () => {
  it('ignores case and accents, both ways', () => {
    // "Pionyang" is only in the quote of the treaty (the Spanish spelling).
    expect(search('pionyang')).toEqual(['pyongyang-treaty-signed']);
    expect(search('PIONYANG')).toEqual(['pyongyang-treaty-signed']);
    expect(search('Pionyang')).toEqual(['pyongyang-treaty-signed']);
    expect(search('asociacion estrategica')).toEqual(['pyongyang-treaty-signed']);
    expect(search('ASOCIACIÓN Estratégica')).toEqual(['pyongyang-treaty-signed']);
    expect(search('líderes')).toEqual(['pyongyang-treaty-signed']);
    expect(search('lideres')).toEqual(['pyongyang-treaty-signed']);
    expect(search('cósmodrome')).toEqual(['vostochny-summit']);
  });

  it('finds the English spelling in titles, places and translations', () => {
    // The treaty says "Pyongyang" only in its place and its translation.
    expect(search('Pyongyang')).toEqual([
      'putin-visits-pyongyang',
      'lavrov-in-pyongyang',
      'pyongyang-treaty-signed',
    ]);
  });

  it('requires every word, in any order and anywhere in the event', () => {
    expect(search('pyongyang lavrov')).toEqual(['lavrov-in-pyongyang']);
    expect(search('lavrov   pyongyang')).toEqual(['lavrov-in-pyongyang']);
    expect(search('pyongyang moscow')).toEqual([]);
    // Words may come from different fields: a tag and the place.
    expect(search('treaty pyongyang')).toEqual(['pyongyang-treaty-signed']);
  });

  it('matches the beginning of a word from three letters on', () => {
    expect(search('sanction')).toEqual(['sanctions-period']);
    expect(search('pyong')).toEqual(search('pyongyang'));
    expect(search('vos')).toEqual(['vostochny-summit']);
    // Shorter words must be whole words: "un" is Kim Jong Un's, not "unknown".
    expect(search('kim jong un')).toEqual(['vostochny-summit', 'pyongyang-treaty-signed']);
  });

  it('forgives one typo in a long word', () => {
    expect(search('pyongyan')).toEqual(search('pyongyang'));
    expect(search('cosmodrone')).toEqual(['vostochny-summit']);
    expect(search('sanktions')).toEqual(['sanctions-period']);
    // …but not in a short one.
    expect(search('kin')).toEqual([]);
  });

  it('searches titles, summaries, quotes, translations, actor names, places and tags', () => {
    expect(search('first visit')).toEqual(['putin-visits-pyongyang']); // title
    expect(search('foreign minister arrives')).toEqual(['lavrov-in-pyongyang']); // summary
    expect(search('firmaron un acuerdo')).toEqual(['pyongyang-treaty-signed']); // quote
    expect(search('held talks')).toEqual(['vostochny-summit']); // quote without source text
    expect(search('signed an agreement')).toEqual(['pyongyang-treaty-signed']); // translation
    expect(search('sergei')).toEqual(['lavrov-in-pyongyang']); // actor name
    expect(search('cosmodrome')).toEqual(['vostochny-summit']); // place (and title)
    expect(search('diplomacy')).toEqual(['china-russia-talks']); // tag
    expect(search('space')).toEqual(['vostochny-summit']); // tag
  });

  it('finds the events that rest on a source by its publisher, not by its title', () => {
    const store = fixtureIndex({
      sources: [
        { id: 'wire', title: 'Talks end without a deal', publisher: 'Reuters', language: 'en' },
        { id: 'agency', title: 'Leaders meet', publisher: 'Yonhap', language: 'en' },
      ],
      events: [
        fixtureEvent('cited', '2024-01-01', { excerpts: [{ source: 'wire', quote: 'No deal.' }] }),
        fixtureEvent('twice', '2024-02-01', {
          excerpts: [
            { source: 'agency', quote: 'They met.' },
            { source: 'wire', quote: 'They talked.' },
          ],
        }),
        fixtureEvent('uncited', '2024-03-01', { summary: 'Yonhap is not a source of this one' }),
      ],
    });
    const found = (query: string) => searchEvents(store, store.events, query)!.map((e) => e.id);
    expect(found('reuters')).toEqual(['cited', 'twice']);
    // A headline's words are not the event's.
    expect(found('without a deal')).toEqual([]);
    expect(found('yonhap')).toEqual(['twice', 'uncited']);
    // Every word, wherever in the event: a source's publisher and the event's own title.
    expect(found('reuters twice')).toEqual(['twice']);
  });

  it('does not match a phrase across two fields', () => {
    const store = fixtureIndex({
      events: [fixtureEvent('split', '2024-01-01', { title: 'Alpha', summary: 'Beta' })],
    });
    expect(searchEvents(store, store.events, 'alphabeta')).toEqual([]);
    expect(searchEvents(store, store.events, 'alpha beta')!.map((e) => e.id)).toEqual(['split']);
  });

  it('returns every event for an empty query, and keeps the order it was given', () => {
    expect(search('')).toEqual(index.events.map((e) => e.id));
    expect(search('  \t ')).toEqual(index.events.map((e) => e.id));
    const reversed = [...index.events].reverse();
    expect(searchEvents(index, reversed, 'pyongyang')!.map((e) => e.id)).toEqual([
      'pyongyang-treaty-signed',
      'lavrov-in-pyongyang',
      'putin-visits-pyongyang',
    ]);
  });

  it('builds one index per store', () => {
    expect(buildSearchIndexNow(index)).toBe(buildSearchIndexNow(index));
    expect(buildSearchIndexNow(index).size).toBe(index.events.length);
  });
});

describe('ranking', () => {
  it('ranks a short title naming the place first, a long one last', () => {
    // "Lavrov visits Pyongyang": three words, one of them the query. The treaty names
    // Pyongyang as its place and in a translation; the 2000 visit in a ten-word title.
    expect(ranked('pyongyang')).toEqual([
      'lavrov-in-pyongyang',
      'pyongyang-treaty-signed',
      'putin-visits-pyongyang',
    ]);
  });

  it('finds letters that carry no accent as people type them: ß as ss, ł as l, ø as o', () => {
    const store = fixtureIndex({
      events: [
        fixtureEvent('berlin', '2020-01-01', { title: 'Protest on the Karl-Marx-Straße' }),
        fixtureEvent('poland', '2021-01-01', { title: 'Summit in Łódź' }),
        fixtureEvent('denmark', '2022-01-01', { summary: 'Ships seen in the Øresund' }),
      ],
    });
    const found = (query: string) =>
      searchHits(store, query)!.ranked.map((p) => store.events[p]!.id);
    expect(found('strasse')).toEqual(['berlin']);
    expect(found('Straße')).toEqual(['berlin']);
    expect(found('lodz')).toEqual(['poland']);
    expect(found('oresund')).toEqual(['denmark']);
  });

  it('ranks a whole word above a prefix or a typo', () => {
    const store = fixtureIndex({
      events: [
        fixtureEvent('prefix-match', '2020-01-01', { title: 'Sanctioned banks' }),
        fixtureEvent('typo-match', '2021-01-01', { title: 'Sanktion debate' }),
        fixtureEvent('exact-match', '2022-01-01', { title: 'Sanction debate' }),
      ],
    });
    const order = searchHits(store, 'sanction')!.ranked.map((p) => store.events[p]!.id);
    expect(order[0]).toBe('exact-match');
    expect(order).toHaveLength(3);
  });

  it('ranks events that mention the words more, and in weightier fields, higher', () => {
    const store = fixtureIndex({
      events: [
        fixtureEvent('in-summary', '2020-01-01', { summary: 'A word about the grain deal.' }),
        fixtureEvent('in-title', '2021-01-01', { title: 'Grain deal' }),
        fixtureEvent('in-tag', '2022-01-01', { tags: ['grain'], summary: 'deal' }),
      ],
    });
    const order = searchHits(store, 'grain deal')!.ranked.map((p) => store.events[p]!.id);
    expect(order).toEqual(['in-title', 'in-tag', 'in-summary']);
  });

  it('picks the best match among the events that pass the filters', () => {
    expect(bestMatch(index, index.events, 'pyongyang')?.id).toBe('lavrov-in-pyongyang');
    const withoutLavrov = index.events.filter((e) => e.id !== 'lavrov-in-pyongyang');
    expect(bestMatch(index, withoutLavrov, 'pyongyang')?.id).toBe('pyongyang-treaty-signed');
    expect(bestMatch(index, [], 'pyongyang')).toBeNull();
    expect(bestMatch(index, index.events, 'atlantis')).toBeNull();
  });
});

describe('highlightPieces', () => {
  const terms = (query: string) => searchHits(index, query)!.terms;
  const marked = (text: string, query: string) =>
    highlightPieces(text, terms(query))
      .filter((piece) => piece.match)
      .map((piece) => piece.text);

  it('marks the words that matched, as written, accents and case kept', () => {
    const quote = 'los líderes de Corea del Norte y Rusia firmaron un acuerdo en Pionyang';
    expect(marked(quote, 'pionyang lideres')).toEqual(['líderes', 'Pionyang']);
    // A prefix marks the whole word it matched.
    expect(marked('Sanctions period', 'sanction')).toEqual(['Sanctions']);
  });

  it('marks a word found through a letter typed another way, as written', () => {
    const store = fixtureIndex({
      events: [fixtureEvent('talks', '2020-01-01', { title: 'Talks in Łódź, Karl-Marx-Straße' })],
    });
    const { terms: found } = searchHits(store, 'lodz strasse')!;
    expect(
      highlightPieces('Talks in Łódź, Karl-Marx-Straße', found)
        .filter((piece) => piece.match)
        .map((piece) => piece.text),
    ).toEqual(['Łódź', 'Straße']);
  });

  it('keeps every character of the text, in order', () => {
    const text = 'Kim anunció la firma de una “asociación estratégica integral”';
    const pieces = highlightPieces(text, terms('asociacion'));
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
    expect(pieces.filter((piece) => piece.match).map((piece) => piece.text)).toEqual([
      'asociación',
    ]);
  });

  it('returns the text whole when nothing matches', () => {
    expect(highlightPieces('Nothing here', terms('pionyang'))).toEqual([
      { text: 'Nothing here', match: false },
    ]);
    expect(highlightPieces('Nothing here', new Set())).toEqual([
      { text: 'Nothing here', match: false },
    ]);
  });

  it('treats markup in the text as text', () => {
    const pieces = highlightPieces('<b>Pyongyang</b>', terms('pyongyang'));
    expect(pieces).toEqual(
      [
        { text: '<', match: false },
        { text: 'b', match: false },
        { text: '>', match: false },
        { text: 'Pyongyang', match: true },
        { text: '</', match: false },
        { text: 'b', match: false },
        { text: '>', match: false },
      ].reduce<{ text: string; match: boolean }[]>((out, piece) => {
        // Adjacent unmarked pieces come out joined.
        const previous = out[out.length - 1];
        if (previous && !previous.match && !piece.match) previous.text += piece.text;
        else out.push({ ...piece });
        return out;
      }, []),
    );
  });
});

describe('the search of a large store', () => {
  it('is refused for a store the owner of the screen has not opened', () => {
    const store = fixtureStore();
    const many = Array.from({ length: SYNC_INDEX_LIMIT + 1 }, (_, i) => ({
      ...store.events[0]!,
      id: `e-${i}`,
    }));
    const large = buildStoreIndex({ ...store, events: many });
    expect(() => searchHits(large, 'pyongyang')).toThrow(/not on screen/);
  });
});

describe('the search engine', () => {
  it('is loaded at the first query: until then the search is pending, then answered', async () => {
    vi.resetModules();
    const fresh = await import('./search-service');
    expect(fresh.searchHits(index, 'pyongyang')).toBeNull();
    await fresh.loadSearchEngine();
    expect(fresh.searchHits(index, 'pyongyang')!.ranked.length).toBeGreaterThan(0);
  });
});
