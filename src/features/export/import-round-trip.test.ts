import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertText } from '../../format/convert/convert';
import { type StoreEvent, validateStore } from '../../format/validate-store';
import { buildStoreIndex } from '../../lib/store-index';
import { fixtureIndex } from '../../lib/testing/fixture-store';
import { exportCsv, exportTimelineJs } from './export-store';
import { storeOrigin } from '../../lib/store-origin';

const ORIGIN = storeOrigin({ kind: 'default' }, 'https://sourceline.example/');

/** Sourceline's own exports, imported again. */
function defaultIndex() {
  const result = validateStore(JSON.parse(readFileSync('public/data/events.json', 'utf8')));
  if (!result.ok) throw new Error('the default store was refused');
  return buildStoreIndex(result.store);
}

function imported(text: string) {
  const outcome = convertText(text, { fallbackTitle: 'round trip' });
  if (outcome.kind !== 'store') throw new Error(JSON.stringify(outcome));
  const result = validateStore(JSON.parse(JSON.stringify(outcome.store)));
  if (!result.ok) throw new Error('refused');
  expect(result.problems.filter((p) => p.severity === 'dropped')).toEqual([]);
  return result.store;
}

/** What an event says, without what a CSV cannot carry (source ids, the store's own order). */
const essentials = (event: {
  id: string;
  title: string;
  start: string;
  end?: string;
  approximate?: boolean;
  dateNote?: string;
  actors: readonly string[];
  summary?: string;
  tags?: readonly string[];
  place?: object;
  excerpts?: readonly { quote: string; translation?: string }[];
}) => ({
  id: event.id,
  title: event.title,
  start: event.start,
  end: event.end,
  approximate: event.approximate ?? false,
  dateNote: event.dateNote,
  actors: event.actors,
  summary: event.summary,
  tags: event.tags ?? [],
  place: event.place,
  excerpts: (event.excerpts ?? []).map((x) => ({
    quote: x.quote,
    translation: x.translation || undefined,
  })),
});

describe('sourceline → CSV → sourceline', () => {
  it('the default store comes back as the same events', () => {
    const index = defaultIndex();
    const back = imported(exportCsv(index, index.events, ORIGIN));
    const byId = new Map(back.events.map((e) => [e.id, e]));
    expect(back.events).toHaveLength(index.events.length);
    for (const event of index.events)
      expect(essentials(byId.get(event.id)!)).toEqual(essentials(event));
  });

  it('cells that start with = + - @ are text on export, and come back as written', () => {
    const index = fixtureIndex({
      events: [
        {
          id: 'a',
          title: '=HYPERLINK("http://evil.example","x")',
          start: '2020',
          actors: ['russia'],
          summary: '-2+3',
        },
        { id: 'b', title: '@SUM(A1)', start: '2021', actors: ['russia'], summary: '+1' },
      ],
    });
    const csv = exportCsv(index, index.events, ORIGIN);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).toContain("'-2+3");
    const back = imported(csv);
    expect(back.events.map((e) => [e.title, e.summary])).toEqual([
      ['=HYPERLINK("http://evil.example","x")', '-2+3'],
      ['@SUM(A1)', '+1'],
    ]);
  });
});

/**
 * A store that uses every evidence field a CSV carries: a disputing excerpt, statuses and
 * their notes, related events both ways, locators, translations on some excerpts only (two
 * untranslated ones in a row among them), two actors of one name and two sources of one
 * title, told apart by id, and an event with two excerpts from one source.
 */
const EVIDENCE_STORE = {
  sources: [
    { id: 'report-a', title: 'Report', language: 'es' },
    { id: 'report-b', title: 'Report', language: 'en' },
    { id: 'hearing', title: 'Hearing; day 2', language: 'en', locatorLabel: 'minute' },
  ],
  actors: [
    { id: 'john-smith-uk', name: 'John Smith', kind: 'person' },
    { id: 'john-smith-us', name: 'John Smith', kind: 'person' },
  ],
  events: [
    {
      id: 'quotas-set',
      title: 'Quotas set',
      start: '2020-03',
      actors: ['john-smith-uk'],
      status: 'confirmed',
      statusNote: 'Both governments published the text.',
      related: [
        { event: 'over-quota', relation: 'causes' },
        { event: 'talks', relation: 'part-of' },
      ],
      excerpts: [
        { source: 'report-a', quote: 'cuotas fijadas', translation: 'quotas set' },
        {
          source: 'hearing',
          quote: 'no quota was ever agreed',
          stance: 'disputes',
          locator: '12:30',
        },
        { source: 'report-a', quote: 'las cuotas,\n\ncomo se dijo', stance: 'supports' },
        { source: 'report-b', quote: 'second report', translation: 'second' },
      ],
    },
    {
      id: 'over-quota',
      title: 'Fishers go over the quota',
      start: '2021',
      actors: ['john-smith-us'],
      status: 'refuted',
      statusNote: 'The commission found no breach.',
      related: [{ event: 'quotas-set', relation: 'responds-to' }],
      excerpts: [
        { source: 'report-b', quote: 'they fished over the quota' },
        { source: 'hearing', quote: 'no breach was found', stance: 'disputes', locator: '40' },
        { source: 'report-a', quote: 'sin infracción', translation: 'no breach' },
      ],
    },
    {
      id: 'talks',
      title: 'Talks',
      start: '2019',
      actors: ['john-smith-uk', 'john-smith-us'],
      status: 'reported',
      related: [{ event: 'over-quota', relation: 'see-also' }],
      excerpts: [{ source: 'report-b', quote: 'talks began' }],
    },
  ],
};

/** An event's evidence fields, and its excerpts' sources (by id). */
const evidence = (e: Omit<StoreEvent, 'when'>) => ({
  id: e.id,
  actors: e.actors,
  status: e.status,
  statusNote: e.statusNote,
  related: e.related,
  excerpts: (e.excerpts ?? []).map((x) => ({
    source: x.source,
    // Runs of white space are one in a quote (it still matches its source's text).
    quote: x.quote.replace(/\s+/g, ' '),
    translation: x.translation,
    stance: x.stance,
    locator: x.locator,
  })),
});

describe('sourceline → CSV → sourceline: the evidence', () => {
  const index = fixtureIndex(EVIDENCE_STORE);
  const back = imported(exportCsv(index, index.events, ORIGIN));
  const event = (id: string) => back.events.find((e) => e.id === id)!;

  it('keeps every event as it was, its evidence fields included', () => {
    expect(back.events.map(evidence)).toEqual(index.events.map(evidence));
  });

  it('keeps a disputing excerpt disputing', () => {
    expect(event('quotas-set').excerpts!.map((x) => x.stance ?? 'supports')).toEqual([
      'supports',
      'disputes',
      'supports',
      'supports',
    ]);
  });

  it('keeps the translations there are, where only some excerpts have one', () => {
    expect(event('quotas-set').excerpts!.map((x) => x.translation)).toEqual([
      'quotas set',
      undefined,
      undefined,
      'second',
    ]);
    expect(event('over-quota').excerpts!.map((x) => x.translation)).toEqual([
      undefined,
      undefined,
      'no breach',
    ]);
  });

  it('keeps actors of one name, and sources of one title, apart by their ids', () => {
    expect(back.actors.map((a) => [a.id, a.name])).toEqual([
      ['john-smith-uk', 'John Smith'],
      ['john-smith-us', 'John Smith'],
    ]);
    expect(back.sources.map((s) => [s.id, s.title]).sort()).toEqual([
      ['hearing', 'Hearing; day 2'],
      ['report-a', 'Report'],
      ['report-b', 'Report'],
    ]);
  });

  it.each(['events.json', 'example-evidence.json', 'example-two-sources.json'])(
    'public/data/%s comes back with the same events and evidence',
    (name) => {
      const result = validateStore(JSON.parse(readFileSync(`public/data/${name}`, 'utf8')));
      if (!result.ok) throw new Error(`${name} was refused`);
      const store = buildStoreIndex(result.store);
      const again = imported(exportCsv(store, store.events, ORIGIN));
      expect(again.events.map(essentials)).toEqual(store.events.map(essentials));
      expect(again.events.map(evidence)).toEqual(store.events.map(evidence));
      expect(again.sources.map((s) => [s.id, s.title]).sort()).toEqual(
        [...new Set(store.events.flatMap((e) => (e.excerpts ?? []).map((x) => x.source)))]
          .map((id) => [id, store.sourceById.get(id)!.title])
          .sort(),
      );
    },
  );

  it('leaves out a relation to an event that is not exported, as the JSON export does', () => {
    const some = index.events.filter((e) => e.id !== 'talks');
    const partial = imported(exportCsv(index, some, ORIGIN));
    expect(partial.events.find((e) => e.id === 'quotas-set')!.related).toEqual([
      { event: 'over-quota', relation: 'causes' },
    ]);
  });
});

describe('sourceline → TimelineJS (export menu) → sourceline', () => {
  it('keeps the titles and the number of events', () => {
    const index = defaultIndex();
    const back = imported(exportTimelineJs(index, index.events, ORIGIN));
    expect(back.events.map((e) => e.title).sort()).toEqual(index.events.map((e) => e.title).sort());
  });
});
