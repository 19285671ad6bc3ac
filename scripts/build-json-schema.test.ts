import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import defaultStore from '../public/data/events.json';
import { DATE_PATTERN } from '../src/format/dates.ts';
import { validateStore } from '../src/format/validate-store.ts';
import { JSON_SCHEMA_ID, buildJsonSchema, buildJsonSchemaText } from './build-json-schema.ts';
import jsonSchemaPlugin from './vite-plugin-json-schema.ts';

type Schema = {
  $schema?: string;
  $id?: string;
  title?: string;
  type?: string;
  required?: string[];
  description?: string;
  pattern?: string;
  const?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
};

const schema = buildJsonSchema() as Schema;
const item = (list: string) => schema.properties?.[list]?.items;

describe('the generated JSON Schema', () => {
  it('is a JSON Schema document with an id and a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(JSON_SCHEMA_ID);
    expect(schema.$id).toBe(defaultStore.$schema); // the id the default store points to
    expect(schema.title).toContain('sourceline/1');
    expect(schema.type).toBe('object');
    expect(JSON.parse(buildJsonSchemaText())).toEqual(schema);
  });

  it('requires the top-level fields and pins the format', () => {
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'title', 'language', 'sources', 'actors', 'events']),
    );
    expect(schema.required).not.toContain('description');
    expect(schema.properties?.format?.const).toBe('sourceline/1');
  });

  it('describes the items of each list', () => {
    expect(schema.properties?.events?.type).toBe('array');
    expect(item('events')?.required).toEqual(['id', 'title', 'start', 'actors']);
    expect(item('actors')?.required).toEqual(['id', 'name', 'kind']);
    expect(item('sources')?.required).toEqual(['id', 'title', 'language']);
  });

  it('carries the date pattern on every date field', () => {
    expect(item('events')?.properties?.start?.pattern).toBe(DATE_PATTERN);
    expect(item('events')?.properties?.end?.pattern).toBe(DATE_PATTERN);
    expect(item('sources')?.properties?.published?.pattern).toBe(DATE_PATTERN);
  });

  it('describes every top-level key of the default store', () => {
    for (const key of Object.keys(defaultStore)) {
      expect(schema.properties?.[key]?.description, key).toMatch(/\S/);
    }
  });

  it('describes every field of every item', () => {
    const lists = [
      item('sources'),
      item('actors'),
      item('events'),
      item('events')?.properties?.excerpts?.items,
      item('events')?.properties?.related?.items,
    ];
    for (const list of lists) {
      for (const [field, property] of Object.entries(list?.properties ?? {})) {
        expect(property.description, field).toMatch(/\S/);
      }
    }
  });

  it('does not forbid unknown fields (the app only warns about them)', () => {
    expect(buildJsonSchemaText()).not.toContain('additionalProperties');
  });
});

describe('the JSON Schema and the validator agree on the evidence fields', () => {
  const validateWithSchema = new Ajv2020({ allErrors: true }).compile(buildJsonSchema());
  const TEXT = 'El tratado fue firmado. Otros dicen que no.';
  const storeWith = (where: 'source' | 'event' | 'excerpt', field: string, value: unknown) => ({
    format: 'sourceline/1',
    title: 'T',
    language: 'en',
    sources: [
      {
        id: 'report',
        title: 'R',
        language: 'es',
        text: TEXT,
        ...(where === 'source' ? { [field]: value } : {}),
      },
    ],
    actors: [{ id: 'russia', name: 'Russia', kind: 'state' }],
    events: [
      {
        id: 'treaty',
        title: 'Treaty',
        start: '2024-06-19',
        actors: ['russia'],
        excerpts: [
          {
            source: 'report',
            quote: 'El tratado fue firmado',
            ...(where === 'excerpt' ? { [field]: value } : {}),
          },
        ],
        ...(where === 'event' ? { [field]: value } : {}),
      },
      {
        id: 'visit',
        title: 'Visit',
        start: '2024-06-18',
        actors: ['russia'],
        excerpts: [{ source: 'report', quote: 'Otros dicen que no.' }],
      },
    ],
  });
  // The values the JSON Schema can judge (type, pattern, enum); calendar dates, whether a
  // URL parses and whether a related event exists are the app's checks beyond it.
  const cases: [
    where: 'source' | 'event' | 'excerpt',
    field: string,
    good: unknown[],
    bad: unknown[],
  ][] = [
    [
      'source',
      'archiveUrl',
      ['https://web.archive.org/web/2024/x', 'http://a.example/'],
      ['javascript:alert(1)', 'ftp://x', 1],
    ],
    [
      'source',
      'accessed',
      ['2024', '2024-06-20', '2024-06-20T10:00Z'],
      ['20-06-2024', 'yesterday', 2024],
    ],
    ['source', 'reliability', ['A', 'B', 'C', 'D', 'E', 'F'], ['G', 'a', 1, null]],
    ['source', 'locatorLabel', ['page', 'minute'], [1, null, ['page']]],
    ['excerpt', 'stance', ['supports', 'disputes'], ['neutral', 'Supports', true]],
    ['excerpt', 'locator', ['320', '1:02:03'], [320, null]],
    [
      'event',
      'status',
      ['confirmed', 'reported', 'disputed', 'refuted'],
      ['rumoured', '', null, 1],
    ],
    ['event', 'statusNote', ['Two accounts.', ''], [1, {}]],
    [
      'event',
      'related',
      [
        [],
        [{ event: 'visit', relation: 'causes' }],
        ['responds-to', 'part-of', 'see-also'].map((relation) => ({ event: 'visit', relation })),
      ],
      [
        {},
        ['visit'],
        [{ event: 'visit', relation: 'caused' }],
        [{ event: 'Visit', relation: 'causes' }],
        [{ relation: 'causes' }],
      ],
    ],
  ];

  it.each(cases)('%s.%s', (where, field, good, bad) => {
    for (const value of good) {
      const data = storeWith(where, field, value);
      expect(validateWithSchema(data), JSON.stringify(value)).toBe(true);
      const result = validateStore(data);
      expect(result.ok && result.problems, JSON.stringify(value)).toEqual([]);
    }
    for (const value of bad) {
      const data = storeWith(where, field, value);
      expect(validateWithSchema(data), JSON.stringify(value)).toBe(false);
      const result = validateStore(data);
      expect(result.ok, JSON.stringify(value)).toBe(true);
      const problems = result.ok ? result.problems : [];
      expect(problems.length, JSON.stringify(value)).toBeGreaterThan(0);
      expect(problems[0]?.path, JSON.stringify(value)).toContain(field);
      // Left out, never the item: the event and its source stay.
      expect(result.ok && result.dropped).toEqual({ sources: 0, actors: 0, events: 0 });
    }
  });
});

describe('the Vite plugin', () => {
  it('serves the schema on the dev server', async () => {
    // An empty root, so the server has no app to scan and nothing to write into the repo.
    const root = await mkdtemp(join(tmpdir(), 'sourceline-schema-'));
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [jsonSchemaPlugin()],
      server: { port: 0, host: '127.0.0.1', watch: null },
    });
    try {
      await server.listen();
      const url = server.resolvedUrls?.local[0];
      const response = await fetch(new URL(JSON_SCHEMA_ID.slice(1), url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/schema+json');
      expect(await response.json()).toEqual(schema);
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  });

  it('emits the schema into the build output', () => {
    const plugin = jsonSchemaPlugin();
    const emitted: unknown[] = [];
    const generateBundle = plugin.generateBundle as (this: unknown) => void;
    generateBundle.call({ emitFile: (file: unknown) => emitted.push(file) });
    expect(emitted).toEqual([
      { type: 'asset', fileName: 'schema/sourceline-1.schema.json', source: buildJsonSchemaText() },
    ]);
  });
});
