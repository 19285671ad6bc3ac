import { describe, expect, it } from 'vitest';
import { fastParseActor, fastParseEvent, fastParseSource } from './fast-event';
import { actorSchema, eventSchema, sourceSchema } from './schema';

const valid = {
  id: 'summit',
  title: 'A summit',
  start: '2023-09-13',
  end: '2023-09-14',
  approximate: false,
  dateNote: 'From the record.',
  actors: ['russia', 'north-korea'],
  summary: 'Text.',
  tags: ['diplomacy'],
  place: { name: 'Vostochny', lat: 51.88, lon: 128.33 },
  excerpts: [{ source: 'report', quote: 'en septiembre', translation: 'in September' }],
};

// Each variant is judged by both paths; the fast path may only accept what zod accepts,
// and must then return exactly what zod returns.
const variants: Record<string, unknown>[] = [
  valid,
  { id: 'minimal', title: 'T', start: '2024', actors: ['a'] },
  { ...valid, unknownField: 1, place: { name: 'X', extra: true } },
  { ...valid, excerpts: [{ source: 'report', quote: 'q', note: 'stripped' }] },
  { ...valid, id: 'Not-A-Slug' },
  { ...valid, id: 'x'.repeat(81) },
  { ...valid, title: '' },
  { ...valid, title: 't'.repeat(200) },
  { ...valid, title: 't'.repeat(201) },
  { ...valid, start: '2023-02-30' },
  { ...valid, start: '2023-9-1' },
  { ...valid, start: '2024-06-19T03:00+09:00' },
  { ...valid, end: 2024 },
  { ...valid, approximate: 'yes' },
  { ...valid, dateNote: 3 },
  { ...valid, actors: [] },
  { ...valid, actors: ['ok', 'Bad'] },
  { ...valid, actors: 'russia' },
  { ...valid, summary: null },
  { ...valid, tags: ['ok', 2] },
  { ...valid, place: { lat: 1 } },
  { ...valid, place: { name: 'X', lat: 91 } },
  { ...valid, place: { name: 'X', lon: -180 } },
  { ...valid, place: 'Pyongyang' },
  { ...valid, excerpts: [{ source: 'report', quote: '' }] },
  { ...valid, excerpts: [{ source: 'Report', quote: 'q' }] },
  { ...valid, excerpts: [{ source: 'report', quote: 'q', translation: 1 }] },
  { ...valid, excerpts: {} },
  {
    ...valid,
    status: 'disputed',
    statusNote: 'Two accounts.',
    related: [
      { event: 'treaty', relation: 'part-of' },
      { event: 'visit', relation: 'see-also', note: 'stripped' },
    ],
    excerpts: [
      { source: 'report', quote: 'q', stance: 'disputes', locator: '320' },
      { source: 'report', quote: 'r', stance: 'supports' },
    ],
  },
  { ...valid, status: 'rumoured' },
  { ...valid, status: null },
  { ...valid, statusNote: 1 },
  { ...valid, related: { event: 'treaty', relation: 'causes' } },
  { ...valid, related: [{ event: 'treaty', relation: 'caused' }] },
  { ...valid, related: [{ event: 'Treaty', relation: 'causes' }] },
  { ...valid, related: ['treaty'] },
  { ...valid, excerpts: [{ source: 'report', quote: 'q', stance: 'neutral' }] },
  { ...valid, excerpts: [{ source: 'report', quote: 'q', locator: 320 }] },
];

describe('fastParseEvent', () => {
  it.each(variants.map((variant, i) => [i, variant] as const))(
    'agrees with eventSchema on variant %i',
    (_, variant) => {
      const slow = eventSchema.safeParse(variant);
      const fast = fastParseEvent(variant);
      if (fast === null) return; // zod then decides, and explains
      expect(slow.success).toBe(true);
      expect(fast).toEqual(slow.data);
    },
  );

  it('takes the fast path for valid events', () => {
    expect(fastParseEvent(valid)).not.toBeNull();
    expect(
      fastParseEvent({ id: 'minimal', title: 'T', start: '2024', actors: ['a'] }),
    ).not.toBeNull();
  });

  it('declines every invalid variant', () => {
    for (const variant of variants) {
      if (!eventSchema.safeParse(variant).success) expect(fastParseEvent(variant)).toBeNull();
    }
  });
});

const validSource = {
  id: 'report',
  title: 'A report',
  language: 'es',
  publisher: 'A publisher',
  published: '2023-09',
  url: 'https://example.org/report',
  text: 'en septiembre',
  archiveUrl: 'https://web.archive.org/web/2023/https://example.org/report',
  accessed: '2024-01-02',
  reliability: 'B',
  locatorLabel: 'page',
};

const sourceVariants: Record<string, unknown>[] = [
  validSource,
  { id: 'minimal', title: 'T', language: 'en' },
  { ...validSource, unknownField: true },
  { ...validSource, id: 'Report' },
  { ...validSource, title: '' },
  { ...validSource, title: 3 },
  { ...validSource, language: 'english language' },
  { ...validSource, language: 'pt-BR' },
  { ...validSource, publisher: null },
  { ...validSource, published: '2023-13' },
  { ...validSource, url: 'ftp://example.org' },
  { ...validSource, url: 'HTTPS://EXAMPLE.ORG/' },
  { ...validSource, url: 'https://' },
  { ...validSource, url: 'javascript:alert(1)' },
  { ...validSource, text: ['a'] },
  { ...validSource, archiveUrl: 'example.org' },
  { ...validSource, accessed: 'yesterday' },
  { ...validSource, reliability: 'G' },
  { ...validSource, reliability: 'b' },
  { ...validSource, locatorLabel: 2 },
];

const validActor = {
  id: 'russia',
  name: 'Russia',
  kind: 'state',
  memberOf: 'un',
  color: '#aa00FF',
};

const actorVariants: Record<string, unknown>[] = [
  validActor,
  { id: 'a', name: 'A', kind: 'other' },
  { ...validActor, extra: 1 },
  { ...validActor, id: '' },
  { ...validActor, name: '' },
  { ...validActor, kind: 'country' },
  { ...validActor, kind: undefined },
  { ...validActor, memberOf: 'United Nations' },
  { ...validActor, color: 'red' },
  { ...validActor, color: '#abc' },
  { ...validActor, color: '#aa00ff00' },
];

describe.each([
  ['fastParseSource', fastParseSource, sourceSchema, sourceVariants],
  ['fastParseActor', fastParseActor, actorSchema, actorVariants],
] as const)('%s', (_, fastParse, schema, cases) => {
  it.each(cases.map((variant, i) => [i, variant] as const))(
    'agrees with the schema on variant %i',
    (_, variant) => {
      const slow = schema.safeParse(variant);
      const fast = fastParse(variant);
      if (slow.success) expect(fast).toEqual(slow.data);
      else expect(fast).toBeNull();
    },
  );
});
