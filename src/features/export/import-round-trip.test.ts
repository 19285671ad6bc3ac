import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertText } from '../../format/convert/convert';
import { validateStore } from '../../format/validate-store';
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

describe('sourceline → TimelineJS (export menu) → sourceline', () => {
  it('keeps the titles and the number of events', () => {
    const index = defaultIndex();
    const back = imported(exportTimelineJs(index, index.events, ORIGIN));
    expect(back.events.map((e) => e.title).sort()).toEqual(index.events.map((e) => e.title).sort());
  });
});
