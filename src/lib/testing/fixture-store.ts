import { describeProblem } from '../../format/problems';
import { type Store, validateStore } from '../../format/validate-store';
import { type StoreIndex, buildStoreIndex } from '../store-index';

/*
 * Small stores for unit tests, written in the `sourceline/1` format and put through the
 * same validator the app uses, so a fixture is exactly what the app would read. A fixture
 * that the validator refuses or trims is a broken test, so it throws instead.
 */

/** An item as it is written in a store file (plain JSON). */
export type JsonItem = Record<string, unknown>;

export interface FixtureParts {
  readonly title?: string;
  readonly language?: string;
  readonly sources?: readonly JsonItem[];
  readonly actors?: readonly JsonItem[];
  readonly events?: readonly JsonItem[];
}

export const SOURCE_TEXT =
  'Este miércoles, los líderes de Corea del Norte y Rusia firmaron un acuerdo en Pionyang.\n' +
  'Kim anunció la firma de una “asociación estratégica integral” con elementos defensivos.';

export const SAMPLE_SOURCES: readonly JsonItem[] = [
  {
    id: 'report-2024-06-19',
    title: 'Kim and Putin sign a mutual-defence agreement (Spanish-language news report)',
    language: 'es',
    published: '2024-06-19',
    text: SOURCE_TEXT,
  },
  { id: 'kcna-2023-09-13', title: 'KCNA dispatch', language: 'en', published: '2023-09-13' },
];

/**
 * Four states (lanes, in this order), a ministry inside Russia and a minister inside the
 * ministry (two levels of memberOf), and two leaders. Ukraine takes part in no event.
 */
export const SAMPLE_ACTORS: readonly JsonItem[] = [
  { id: 'russia', name: 'Russia', kind: 'state', color: '#8b1a1a' },
  { id: 'north-korea', name: 'North Korea', kind: 'state', color: '#1f4e9c' },
  { id: 'china', name: 'China', kind: 'state' },
  { id: 'ukraine', name: 'Ukraine', kind: 'state', color: '#d4a017' },
  { id: 'russian-mfa', name: 'Russian Foreign Ministry', kind: 'organization', memberOf: 'russia' },
  { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', memberOf: 'russia' },
  { id: 'sergei-lavrov', name: 'Sergei Lavrov', kind: 'person', memberOf: 'russian-mfa' },
  { id: 'kim-jong-un', name: 'Kim Jong Un', kind: 'person', memberOf: 'north-korea' },
];

/**
 * Listed out of time order on purpose. In time order they are:
 * 0 putin-visits-pyongyang, 1 china-russia-talks, 2 sanctions-period,
 * 3 vostochny-summit, 4 lavrov-in-pyongyang, 5 pyongyang-treaty-signed.
 */
export const SAMPLE_EVENTS: readonly JsonItem[] = [
  {
    id: 'pyongyang-treaty-signed',
    title: 'Putin and Kim sign a comprehensive strategic partnership',
    start: '2024-06-19',
    actors: ['vladimir-putin', 'kim-jong-un'],
    summary: 'The two leaders sign a treaty with a mutual-defence clause.',
    tags: ['treaty', 'defence'],
    place: { name: 'Pyongyang', lat: 39.02, lon: 125.75 },
    excerpts: [
      {
        source: 'report-2024-06-19',
        quote: 'los líderes de Corea del Norte y Rusia firmaron un acuerdo en Pionyang',
        translation: 'the leaders of North Korea and Russia signed an agreement in Pyongyang',
      },
      {
        source: 'report-2024-06-19',
        quote: 'Kim anunció la firma de una “asociación estratégica integral”',
        translation: 'Kim announced the signing of a “comprehensive strategic partnership”',
      },
    ],
  },
  {
    id: 'sanctions-period',
    title: 'Sanctions period',
    start: '2022-02',
    end: '2024-06',
    actors: ['russia'],
    tags: ['sanctions'],
  },
  {
    id: 'vostochny-summit',
    title: 'Putin and Kim meet at the Vostochny Cosmodrome',
    start: '2023-09',
    actors: ['vladimir-putin', 'kim-jong-un'],
    place: { name: 'Vostochny Cosmodrome' },
    tags: ['summit', 'space'],
    excerpts: [{ source: 'kcna-2023-09-13', quote: 'held talks at the cosmodrome' }],
  },
  {
    id: 'lavrov-in-pyongyang',
    title: 'Lavrov visits Pyongyang',
    start: '2023-10-18T10:30+09:00',
    actors: ['sergei-lavrov'],
    summary: 'The foreign minister arrives for two days of talks.',
  },
  {
    id: 'china-russia-talks',
    title: 'China and Russia hold talks',
    start: '2019',
    approximate: true,
    actors: ['china', 'russia'],
    tags: ['diplomacy'],
  },
  {
    id: 'putin-visits-pyongyang',
    title: 'Putin makes the first visit to Pyongyang by a Russian leader',
    start: '2000-07-19',
    end: '2000-07-20',
    actors: ['vladimir-putin', 'north-korea'],
  },
];

/** The sample event ids in time order. */
export const SAMPLE_ORDER = [
  'putin-visits-pyongyang',
  'china-russia-talks',
  'sanctions-period',
  'vostochny-summit',
  'lavrov-in-pyongyang',
  'pyongyang-treaty-signed',
] as const;

/** A store built from the given parts (the sample ones where a part is not given). */
export function fixtureStore(parts: FixtureParts = {}): Store {
  const result = validateStore({
    format: 'sourceline/1',
    title: parts.title ?? 'Fixture store',
    language: parts.language ?? 'en',
    sources: parts.sources ?? SAMPLE_SOURCES,
    actors: parts.actors ?? SAMPLE_ACTORS,
    events: parts.events ?? SAMPLE_EVENTS,
  });
  const broken = result.problems.filter((problem) => problem.severity !== 'warning');
  if (!result.ok || broken.length > 0) {
    throw new Error(`invalid fixture store:\n${broken.map(describeProblem).join('\n')}`);
  }
  return result.store;
}

export function fixtureIndex(parts: FixtureParts = {}): StoreIndex {
  return buildStoreIndex(fixtureStore(parts));
}

/** A minimal event with one actor; `patch` adds or overrides fields. */
export function fixtureEvent(id: string, start: string, patch: JsonItem = {}): JsonItem {
  return { id, title: id.replace(/-/g, ' '), start, actors: ['russia'], ...patch };
}

/** Epoch milliseconds of an ISO date-time, for readable expectations. */
export function ms(iso: string): number {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`not an ISO date-time: ${iso}`);
  return time;
}
