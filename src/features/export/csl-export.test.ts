import { describe, expect, it } from 'vitest';
import { fixtureEvent, fixtureIndex } from '../../lib/testing/fixture-store';
import { cslItem, exportCsl } from './csl-export';

describe('CSL-JSON export', () => {
  const index = fixtureIndex({
    sources: [
      {
        id: 'wire',
        title: 'Wire report',
        language: 'en',
        publisher: 'Agency',
        published: '2024-06',
        url: 'https://news.example/wire',
        archiveUrl: 'https://archive.example/wire',
        accessed: '2024-06-20',
      },
      { id: 'book', title: 'A book', language: 'es', published: '1999' },
      { id: 'unused', title: 'Not quoted by the events shown', language: 'en' },
    ],
    events: [
      fixtureEvent('a', '2024-06-19', { excerpts: [{ source: 'wire', quote: 'one' }] }),
      fixtureEvent('b', '2024-06-20', {
        excerpts: [
          { source: 'book', quote: 'two' },
          { source: 'wire', quote: 'three' },
        ],
      }),
    ],
  });

  it('maps a source to a CSL item, dates at their precision', () => {
    expect(cslItem(index.sourceById.get('wire')!)).toEqual({
      id: 'wire',
      type: 'webpage',
      title: 'Wire report',
      publisher: 'Agency',
      issued: { 'date-parts': [[2024, 6]] },
      accessed: { 'date-parts': [[2024, 6, 20]] },
      URL: 'https://news.example/wire',
      language: 'en',
      note: 'Archived copy: https://archive.example/wire',
    });
    expect(cslItem(index.sourceById.get('book')!)).toEqual({
      id: 'book',
      type: 'document',
      title: 'A book',
      issued: { 'date-parts': [[1999]] },
      language: 'es',
    });
  });

  it('lists each source of the events given once, and no other', () => {
    const items = JSON.parse(exportCsl(index, index.events)) as { id: string }[];
    expect(items.map((item) => item.id)).toEqual(['wire', 'book']);
    const one = JSON.parse(exportCsl(index, [index.eventById.get('a')!])) as { id: string }[];
    expect(one.map((item) => item.id)).toEqual(['wire']);
    expect(JSON.parse(exportCsl(index, []))).toEqual([]);
  });
});
