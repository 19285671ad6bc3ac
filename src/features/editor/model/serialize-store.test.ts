import { describe, expect, it } from 'vitest';
import { validateStoreText } from '../../../format/validate-store';
import { type DraftDocument, documentFromJson } from './draft-document';
import { serializeStore, storeFileName } from './serialize-store';

const DOC = {
  events: [
    {
      excerpts: [{ translation: 'T', quote: 'firmaron', source: 'report' }],
      actors: ['russia'],
      start: '2024-06',
      title: 'Signed',
      id: 'signed',
      place: { lon: 125.75, name: 'Pyongyang', lat: 39.02 },
      custom: 1,
    },
  ],
  actors: [{ kind: 'state', name: 'Russia', id: 'russia' }],
  sources: [{ text: 'Ellos firmaron.', language: 'es', title: 'Report', id: 'report' }],
  language: 'en',
  title: 'Store',
  format: 'sourceline/1',
} as unknown as DraftDocument;

describe('serializeStore', () => {
  it('writes keys in the format document’s order, unknown ones last, pretty-printed', () => {
    const text = serializeStore(DOC);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual([
      'format',
      'title',
      'language',
      'sources',
      'actors',
      'events',
    ]);
    expect(Object.keys(parsed.events[0])).toEqual([
      'id',
      'title',
      'start',
      'actors',
      'place',
      'excerpts',
      'custom',
    ]);
    expect(Object.keys(parsed.events[0].place)).toEqual(['name', 'lat', 'lon']);
    expect(Object.keys(parsed.events[0].excerpts[0])).toEqual(['source', 'quote', 'translation']);
    expect(Object.keys(parsed.sources[0])).toEqual(['id', 'title', 'language', 'text']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "sourceline/1",\n');
  });

  it('gives the same text for the same store however its keys were ordered', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    const shuffled = reversed(DOC) as DraftDocument;
    expect(Object.keys(shuffled)[0]).toBe('format');
    expect(serializeStore(shuffled)).toBe(serializeStore(DOC));
  });

  it('writes a store the validator accepts', () => {
    const result = validateStoreText(serializeStore(DOC));
    expect(result.ok).toBe(true);
    expect(result.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  it('writes a status, its note and a disputing stance where the format puts them, valid', () => {
    const [event] = DOC.events;
    const withEvidence = {
      ...DOC,
      events: [
        {
          ...event,
          excerpts: [{ ...event!.excerpts[0]!, stance: 'disputes' }],
          statusNote: 'Denied by the ministry.',
          status: 'disputed',
        },
      ],
    } as DraftDocument;
    const text = serializeStore(withEvidence);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed.events[0]).slice(0, 7)).toEqual([
      'id',
      'title',
      'start',
      'status',
      'statusNote',
      'actors',
      'place',
    ]);
    expect(parsed.events[0].excerpts[0].stance).toBe('disputes');
    const result = validateStoreText(text);
    expect(result.ok).toBe(true);
    expect(result.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  it('writes related events after the excerpts, each as { event, relation }, valid', () => {
    const [event] = DOC.events;
    const second = { ...event!, id: 'welcomed', title: 'Welcomed' };
    const withLinks = {
      ...DOC,
      events: [
        { ...event, related: [{ relation: 'causes', event: 'welcomed' }] },
        { ...second, related: [{ relation: 'see-also', event: 'signed' }] },
      ],
    } as DraftDocument;
    const text = serializeStore(withLinks);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed.events[0]).slice(-3)).toEqual(['excerpts', 'related', 'custom']);
    expect(Object.keys(parsed.events[0].related[0])).toEqual(['event', 'relation']);
    const result = validateStoreText(text);
    expect(result.ok).toBe(true);
    expect(result.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(result.problems.filter((p) => p.path.includes('related'))).toEqual([]);
    if (!result.ok) throw new Error('not valid');
    expect(result.store.events.find((e) => e.id === 'signed')?.related).toEqual([
      { event: 'welcomed', relation: 'causes' },
    ]);
  });

  it('writes a source without text, its locator label and a typed quote’s locator, valid', () => {
    const [event] = DOC.events;
    const withLocators = {
      ...DOC,
      sources: [
        ...DOC.sources,
        { locatorLabel: 'minute', language: 'en', title: 'Radio interview', id: 'radio' },
      ],
      events: [
        {
          ...event,
          excerpts: [
            ...event!.excerpts,
            { locator: '12:30', quote: 'no boat left the port', source: 'radio' },
          ],
        },
      ],
    } as DraftDocument;
    const text = serializeStore(withLocators);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed.sources[1])).toEqual(['id', 'title', 'language', 'locatorLabel']);
    expect(Object.keys(parsed.events[0].excerpts[1])).toEqual(['source', 'quote', 'locator']);
    const result = validateStoreText(text);
    expect(result.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    if (!result.ok) throw new Error('not valid');
    // As the explorer reads it: the label on the source, the locator on the excerpt.
    expect(result.store.sources.find((s) => s.id === 'radio')?.locatorLabel).toBe('minute');
    expect(result.store.events[0]?.excerpts?.[1]).toMatchObject({ locator: '12:30' });
    // Opened again for editing, the draft holds them as they were written.
    expect(serializeStore(documentFromJson(parsed)!)).toBe(text);
  });

  it('names the file after the title', () => {
    expect(storeFileName('Pyongyang, June 2024')).toBe('pyongyang-june-2024.json');
    expect(storeFileName('   ')).toBe('store.json');
    expect(storeFileName('Ñandú / misión')).toBe('nandu-mision.json');
    expect(storeFileName('Встреча в Пхеньяне')).toBe('встреча-в-пхеньяне.json');
  });
});
