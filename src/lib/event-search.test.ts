import { describe, expect, it } from 'vitest';
import { foldText, searchEvents } from './event-search';
import { fixtureEvent, fixtureIndex } from './testing/fixture-store';

const index = fixtureIndex();
const search = (query: string) => searchEvents(index, index.events, query).map((e) => e.id);

describe('foldText', () => {
  it('lowercases and strips accents', () => {
    expect(foldText('Pionyang')).toBe('pionyang');
    expect(foldText('Asociación ESTRATÉGICA')).toBe('asociacion estrategica');
    expect(foldText('España, Müller, façade')).toBe('espana, muller, facade');
  });
});

describe('searchEvents', () => {
  it('ignores case and accents, both ways', () => {
    // "Pionyang" is only in the quote of the treaty (the Spanish spelling).
    expect(search('pionyang')).toEqual(['pyongyang-treaty-signed']);
    expect(search('PIONYANG')).toEqual(['pyongyang-treaty-signed']);
    expect(search('asociacion estrategica')).toEqual(['pyongyang-treaty-signed']);
    expect(search('líderes')).toEqual(['pyongyang-treaty-signed']);
    expect(search('lideres')).toEqual(['pyongyang-treaty-signed']);
    expect(search('cósmodrome')).toEqual(['vostochny-summit']);
  });

  it('requires every term, in any order and anywhere in the event', () => {
    expect(search('pyongyang')).toEqual([
      'putin-visits-pyongyang',
      'lavrov-in-pyongyang',
      'pyongyang-treaty-signed',
    ]);
    expect(search('pyongyang lavrov')).toEqual(['lavrov-in-pyongyang']);
    expect(search('lavrov   pyongyang')).toEqual(['lavrov-in-pyongyang']);
    expect(search('pyongyang moscow')).toEqual([]);
    // Terms may come from different fields: a tag and the place.
    expect(search('treaty pyongyang')).toEqual(['pyongyang-treaty-signed']);
  });

  it('matches parts of words', () => {
    expect(search('sanction')).toEqual(['sanctions-period']);
  });

  it('searches titles, summaries, quotes, translations, actor names, places and tags', () => {
    expect(search('first visit')).toEqual(['putin-visits-pyongyang']); // title
    expect(search('foreign minister arrives')).toEqual(['lavrov-in-pyongyang']); // summary
    expect(search('firmaron un acuerdo')).toEqual(['pyongyang-treaty-signed']); // quote
    expect(search('held talks')).toEqual(['vostochny-summit']); // quote without source text
    expect(search('signed an agreement')).toEqual(['pyongyang-treaty-signed']); // translation
    expect(search('sergei')).toEqual(['lavrov-in-pyongyang']); // actor name
    expect(search('kim jong un')).toEqual(['vostochny-summit', 'pyongyang-treaty-signed']);
    expect(search('cosmodrome')).toEqual(['vostochny-summit']); // place (and title)
    expect(search('diplomacy')).toEqual(['china-russia-talks']); // tag
    expect(search('space')).toEqual(['vostochny-summit']); // tag
  });

  it('does not match a phrase across two fields', () => {
    const store = fixtureIndex({
      events: [fixtureEvent('split', '2024-01-01', { title: 'Alpha', summary: 'Beta' })],
    });
    expect(searchEvents(store, store.events, 'alphabeta')).toEqual([]);
    expect(searchEvents(store, store.events, 'alpha beta').map((e) => e.id)).toEqual(['split']);
  });

  it('returns every event for an empty query, and keeps the order it was given', () => {
    expect(search('')).toEqual(index.events.map((e) => e.id));
    expect(search('  \t ')).toEqual(index.events.map((e) => e.id));
    const reversed = [...index.events].reverse();
    expect(searchEvents(index, reversed, 'pyongyang').map((e) => e.id)).toEqual([
      'pyongyang-treaty-signed',
      'lavrov-in-pyongyang',
      'putin-visits-pyongyang',
    ]);
  });
});
