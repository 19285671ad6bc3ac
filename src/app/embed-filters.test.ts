import { describe, expect, it } from 'vitest';
import { laterEn } from '../i18n/later-messages';
import { esLater } from '../i18n/messages-es';
import { embedFiltersOf } from './embed-filters';

const none = { query: '', actorIds: [], statuses: [] };

describe("what an embed's link filters by", () => {
  it('is nothing without a search, an actor or a status', () => {
    expect(embedFiltersOf(none)).toBeNull();
    // Spaces are no search.
    expect(embedFiltersOf({ ...none, query: '   ' })).toBeNull();
  });

  it('counts the actors and statuses, and keeps the search as given', () => {
    expect(
      embedFiltersOf({ query: ' seoul ', actorIds: ['china', 'south-korea'], statuses: [] }),
    ).toEqual({ query: 'seoul', actors: 2, statuses: 0 });
    expect(embedFiltersOf({ ...none, statuses: ['disputed'] })).toEqual({
      query: '',
      actors: 0,
      statuses: 1,
    });
  });
});

describe('the lines that say so', () => {
  const seoul = { query: 'seoul', actors: 2, statuses: 0 };

  it('name the search and count the rest, in English and Spanish', () => {
    expect(laterEn.embedFiltered(seoul)).toBe('Filtered: search “seoul”, 2 actors');
    expect(laterEn.embedFiltered({ query: '', actors: 1, statuses: 2 })).toBe(
      'Filtered: 1 actor, 2 statuses',
    );
    expect(esLater.embedFiltered(seoul)).toBe('Filtrado: búsqueda «seoul», 2 actores');
    expect(esLater.embedFiltered({ query: '', actors: 1, statuses: 1 })).toBe(
      'Filtrado: 1 actor, 1 estado',
    );
  });

  it('say that nothing matches, with the search as it was given', () => {
    const nothing = { query: 'zzzzzzqqq', actors: 0, statuses: 0 };
    expect(laterEn.embedNoMatch(nothing)).toBe(
      'No events in this timeline match the search “zzzzzzqqq”.',
    );
    expect(laterEn.embedNoMatch(seoul)).toBe(
      'No events in this timeline match the search “seoul” with its filters.',
    );
    expect(laterEn.embedNoMatch({ query: '', actors: 0, statuses: 1 })).toBe(
      'No events in this timeline match its filters.',
    );
    expect(esLater.embedNoMatch(nothing)).toBe(
      'Ningún evento de esta cronología coincide con la búsqueda «zzzzzzqqq».',
    );
    expect(esLater.embedNoMatch({ query: '', actors: 2, statuses: 0 })).toBe(
      'Ningún evento de esta cronología coincide con sus filtros.',
    );
  });
});
