import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import defaultStore from '../public/data/events.json';
import { DATE_PATTERN } from '../src/format/dates.ts';
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
