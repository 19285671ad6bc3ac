import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import * as schemas from './schema';
import { type StoreEvent, startLazyValidation } from './store-checker';
import { validateStore } from './validate-store';
import { KNOWN_FIELDS } from './vocabulary';

const readStore = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../public/data/${name}`, import.meta.url), 'utf8')) as {
    sources: Record<string, unknown>[];
    actors: Record<string, unknown>[];
    events: Record<string, unknown>[];
  };

const defaultStore = readStore('events.json');
const withEvent = (n: number, change: Record<string, unknown>) => ({
  ...defaultStore,
  events: defaultStore.events.map((event, k) => (k === n ? { ...event, ...change } : event)),
});

const validStores = {
  'the default store': defaultStore,
  'the evidence example': readStore('example-evidence.json'),
  'the two-sources example': readStore('example-two-sources.json'),
};

const invalidStores = {
  'a bad source': {
    ...defaultStore,
    sources: [{ ...defaultStore.sources[0], url: 'javascript:alert(1)' }, ...defaultStore.sources],
  },
  'a bad evidence field on a source': {
    ...defaultStore,
    sources: defaultStore.sources.map((source, k) =>
      k === 0 ? { ...source, reliability: 'G' } : source,
    ),
  },
  'a bad actor': {
    ...defaultStore,
    actors: [...defaultStore.actors, { id: 'Bad Actor', name: '', kind: 'country' }],
  },
  'a bad event in the middle': withEvent(9, { start: '2023-02-30' }),
  'a bad stance': withEvent(4, {
    excerpts: [{ ...(defaultStore.events[4]!.excerpts as object[])[0], stance: 'neutral' }],
  }),
  'an event that is not an object': { ...defaultStore, events: [...defaultStore.events, 'x'] },
  'not this format': { ...defaultStore, format: 'sourceline/2' },
};

/** The lazy validation, fed the events in batches of 5 as the streaming loader does. */
async function validateLazily(data: unknown, loadSchemas: () => Promise<typeof schemas>) {
  const started = await startLazyValidation(data, loadSchemas);
  if (!started.ok) return started;
  const items = (data as { events: unknown[] }).events;
  const events: StoreEvent[] = [];
  for (let from = 0; from < items.length; from += 5) {
    events.push(...(await started.addEvents(items.slice(from, from + 5))));
  }
  const { header, ...totals } = started.finish();
  return { ok: true, store: { ...header, events }, ...totals };
}

describe('startLazyValidation', () => {
  it.each(Object.entries(validStores))('checks %s without loading zod', async (_, data) => {
    const loadSchemas = vi.fn(async () => schemas);
    const lazily = await validateLazily(data, loadSchemas);
    expect(loadSchemas).not.toHaveBeenCalled();
    expect(lazily).toEqual(validateStore(data));
  });

  it.each(Object.entries(invalidStores))(
    'loads zod for %s and reports exactly what the full validation does',
    async (_, data) => {
      const loadSchemas = vi.fn(async () => schemas);
      const lazily = await validateLazily(data, loadSchemas);
      const whole = validateStore(data);
      expect(lazily).toEqual(whole);
      expect(whole.problems.length).toBeGreaterThan(0);
    },
  );
});

describe('KNOWN_FIELDS', () => {
  it('lists the fields of each schema, in their order', () => {
    expect(KNOWN_FIELDS).toEqual({
      store: Object.keys(schemas.storeSchema.shape),
      source: Object.keys(schemas.sourceSchema.shape),
      actor: Object.keys(schemas.actorSchema.shape),
      event: Object.keys(schemas.eventSchema.shape),
      excerpt: Object.keys(schemas.excerptSchema.shape),
      place: Object.keys(schemas.placeSchema.shape),
      related: Object.keys(schemas.relatedEntrySchema.shape),
    });
  });
});
