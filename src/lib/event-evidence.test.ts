import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStore } from '../format/validate-store';
import { filterEvents } from './event-filter';
import { relatedLinks, statusCounts } from './event-evidence';
import { buildStoreIndex } from './store-index';

const example = JSON.parse(
  readFileSync(new URL('../../public/data/example-evidence.json', import.meta.url), 'utf8'),
) as { events: Record<string, unknown>[] };

function indexOf(data: unknown) {
  const result = validateStore(data);
  if (!result.ok) throw new Error('the example store must load');
  return buildStoreIndex(result.store);
}

const index = indexOf(example);
const ids = (statuses: Parameters<typeof filterEvents>[1]['statuses'], actorIds: string[] = []) =>
  filterEvents(index, { actorIds, match: 'any', statuses }).map((event) => event.id);

describe('statusCounts', () => {
  it('counts every status of the store, and events that state none', () => {
    const withUnstated = indexOf({
      ...example,
      events: [
        ...example.events,
        { id: 'no-status', title: 'No status', start: '2019-07', actors: ['estavia'] },
      ],
    });
    expect(Object.fromEntries(statusCounts(withUnstated))).toEqual({
      confirmed: 2,
      reported: 1,
      disputed: 1,
      refuted: 1,
      'not-stated': 1,
    });
  });
});

describe('filterEvents by status', () => {
  it('keeps the chosen statuses only; none chosen keeps every event', () => {
    expect(ids(['disputed', 'refuted'])).toEqual([
      'south-shore-over-quota',
      'kessin-dam-sabotage-claim',
    ]);
    expect(ids(['not-stated'])).toEqual([]);
    expect(ids([])).toHaveLength(5);
    expect(ids(undefined)).toHaveLength(5);
  });

  it('combines with the actor filter', () => {
    expect(ids(['confirmed'], ['lake-varna-commission'])).toEqual(['varna-quotas-set']);
    expect(ids(['refuted'], ['lake-varna-commission'])).toEqual([]);
  });
});

describe('relatedLinks', () => {
  const links = (id: string) =>
    relatedLinks(index, index.eventById.get(id)!).map(
      (link) => `${link.direction} ${link.relation} ${link.event.id}`,
    );

  it('lists what the event states, then what other events state about it, in time order', () => {
    expect(links('varna-quotas-set')).toEqual([
      'in causes varna-agreement-signed',
      'in responds-to south-shore-over-quota',
      'in responds-to fishers-open-letter',
    ]);
    expect(links('south-shore-over-quota')).toEqual([
      'out responds-to varna-quotas-set',
      'in part-of fishers-open-letter',
      'in see-also kessin-dam-sabotage-claim',
    ]);
  });

  it('never links an event to itself or to an event the store lacks', () => {
    const event = index.eventById.get('varna-agreement-signed')!;
    const hostile = {
      ...event,
      related: [
        { event: 'varna-agreement-signed', relation: 'causes' as const },
        { event: 'atlantis', relation: 'see-also' as const },
      ],
    };
    expect(relatedLinks(index, hostile).filter((link) => link.direction === 'out')).toEqual([]);
  });
});
