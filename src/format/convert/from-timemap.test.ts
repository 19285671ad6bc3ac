import { describe, expect, it } from 'vitest';
import { convertText, detectFormat } from './convert';
import { HOSTILE, expectInert, notesOf, storeOf } from './test-helpers';

const EXPORT = {
  events: [
    {
      id: 'e1',
      description: 'Protesters gathered at the square. Police arrived later.',
      date: '2020-05-31',
      time: '14:30',
      time_precision: 'minute',
      location: 'Minneapolis',
      latitude: '44.97',
      longitude: '-93.26',
      category: 'Police',
      associations: ['protest', 'tear gas'],
      sources: ['s1', 'missing'],
    },
    {
      id: 'e2',
      description: 'Only a month is known here.',
      date: '2020-06-15',
      time_precision: 'month',
      category: 'Police',
    },
    { id: 'e3', description: 'No date.', date: '' },
  ],
  sources: {
    s1: { id: 's1', title: 'Video by a witness', paths: ['https://ex.org/v.mp4'], type: 'Video' },
  },
};

describe('timemap import', () => {
  it('is recognised', () => {
    expect(detectFormat(JSON.stringify(EXPORT))).toBe('timemap');
  });

  it('maps events, categories as lanes, associations as tags, sources by id', () => {
    const outcome = convertText(JSON.stringify(EXPORT));
    const store = storeOf(outcome);
    expect(store.events).toEqual([
      {
        id: 'e1',
        title: 'Protesters gathered at the square.',
        start: '2020-05-31T14:30',
        actors: ['police'],
        summary:
          'Protesters gathered at the square. Police arrived later.\n\nSource: Video by a witness (https://ex.org/v.mp4)',
        tags: ['protest', 'tear gas'],
        place: { name: 'Minneapolis', lat: 44.97, lon: -93.26 },
      },
      {
        id: 'e2',
        title: 'Only a month is known here.',
        start: '2020-06',
        actors: ['police'],
        summary: 'Only a month is known here.',
      },
    ]);
    expect(store.sources).toEqual([
      { id: 's1', title: 'Video by a witness', language: 'und', url: 'https://ex.org/v.mp4' },
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual(
      expect.arrayContaining(['events[0].sources: unknown source "missing"', 'events[2]: no date']),
    );
    expect(notesOf(outcome, 'guessed')).toContain(
      'events[0].description: title taken from the description',
    );
  });

  it('asks for the day/month order of dates such as 05/06/2020', () => {
    const data = { events: [{ description: 'x', date: '05/06/2020' }] };
    expect(convertText(JSON.stringify(data))).toMatchObject({
      kind: 'ask-date-order',
      rows: [1],
      unit: 'event',
    });
    expect(storeOf(convertText(JSON.stringify(data), { dateOrder: 'mdy' })).events[0]!.start).toBe(
      '2020-05-06',
    );
  });

  it('shows the date it asks about with the title its event would have', () => {
    const data = {
      events: [
        { description: 'Clear. Later.', date: '2020-05-31' },
        { description: 'Bad coordinates <b>html</b>.', date: '06/02/2020' },
      ],
    };
    expect(convertText(JSON.stringify(data))).toMatchObject({
      kind: 'ask-date-order',
      ambiguousDates: [
        {
          where: 2,
          unit: 'event',
          text: '06/02/2020',
          title: 'Bad coordinates html.',
          dmy: '2020-02-06',
          mdy: '2020-06-02',
        },
      ],
    });
  });

  it('turns hostile markup in every text field into inert text', () => {
    const data = {
      events: [
        {
          description: HOSTILE,
          date: '2020-01-01',
          location: HOSTILE,
          category: HOSTILE,
          associations: [HOSTILE],
          sources: ['s'],
        },
      ],
      sources: [{ id: 's', title: HOSTILE, url: 'https://ex.org' }],
    };
    expectInert(storeOf(convertText(JSON.stringify(data))));
  });
});

/**
 * Trimmed from forensic-architecture/datasheet-server data/timemap_data.xlsx (tabs EXPORT_EVENTS,
 * EXPORT_SOURCES, EXPORT_ASSOCIATIONS, as its deeprows/deepids blueprinters serve them).
 */
const FA_EVENTS = [
  {
    associations: ['pistol', 'narrative_1'],
    sources: ['src2'],
    description: 'Person A begins recording, holding a pistol.',
    date: '10/10/2015',
    time: '16:26',
    location: 'Al Araqib',
    latitude: '31.3484783',
    longitude: '34.7874169',
  },
  {
    associations: ['rifle', 'narrative_1'],
    sources: ['src6'],
    description: 'Person B appears in Nahal Pehar, as captured by security footage, with a rifle.',
    date: '10/21/2015',
    time: '07:00',
    location: 'Nahal Pehar',
    latitude: '31.356397',
    longitude: '34.784818',
  },
];
const FA_ASSOCIATIONS = [
  {
    filter_paths: ['Weapons', 'Long Range', 'Pistol'],
    id: 'pistol',
    title: 'pistol',
    desc: 'gun',
    mode: 'FILTER',
  },
  {
    filter_paths: ['Weapons', 'Long Range', 'Rifle'],
    id: 'rifle',
    title: 'rifle',
    desc: 'gun',
    mode: 'FILTER',
  },
  {
    filter_paths: [],
    id: 'narrative_1',
    title: 'narrative_1',
    desc: 'first narrative',
    mode: 'NARRATIVE',
  },
];
const FA_SOURCES = {
  src2: {
    paths: [
      'https://image.shutterstock.com/image-photo/example-word-written-on-wooden-260nw-1765482248.jpg',
      'https://cdn.pixabay.com/photo/2015/04/23/22/00/tree-736885__480.jpg',
    ],
    id: 'src2',
    title: 'Spectrographs',
    thumbnail: '',
    description: 'Source 2 is a set of photos',
    type: 'Photobook',
  },
  src6: {
    paths: [],
    id: 'src6',
    title: 'Can I Use a Video as a Thumbnail? Nope!',
    description: '',
    type: '',
  },
};

/** Trimmed from johanbove/bellingcat-ukraine export/export_{events,associations,sources}.json. */
const BELLINGCAT = {
  events: [
    {
      associations: ['asc8', 'asc24'],
      sources: ['src_exists_CIV0002_1', 'srcHidden'],
      id: 'CIV0002',
      description:
        'Civilians hit by what appears to have been artillery, possibly a rocket. Appears to have been at least one fatality, possibly a child.',
      date: '02/24/2022',
      time: '00:00',
      location: 'Uman',
      latitude: '48.748564',
      longitude: '30.218515',
      graphic: 'TRUE',
    },
  ],
  associations: [
    {
      filter_paths: ['Type of area affected', 'Commercial'],
      id: 'asc8',
      title: 'Commercial',
      mode: 'FILTER',
      desc: '',
    },
    {
      filter_paths: ['Weapon System', 'Air strike'],
      id: 'asc24',
      title: 'Air strike',
      mode: 'FILTER',
      desc: '',
    },
  ],
  sources: {
    srcHidden: { paths: ['HIDDEN'], id: 'srcHidden', title: '-', description: 'Source hidden' },
    src_exists_CIV0002_1: {
      paths: ['https://twitter.com/ragipsoylu/status/1496737243255480321'],
      id: 'src_exists_CIV0002_1',
      title: 'CIV0002',
      description: 'Civillian cas from artillery strike.',
    },
  },
};

describe('timemap import of real exports', () => {
  it('reads the events export alone (a bare list) and says once that its sources are elsewhere', () => {
    expect(detectFormat(JSON.stringify(FA_EVENTS))).toBe('timemap');
    const outcome = convertText(JSON.stringify(FA_EVENTS));
    expect(storeOf(outcome).events.map((e) => e.start)).toEqual([
      '2015-10-10T16:26',
      '2015-10-21T07:00',
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      ': 2 source ids (src2, src6) not resolved: the file has no sources list (timemap serves it as a separate export)',
    ]);
  });

  it('reads associations through the associations export: filters by their path', () => {
    const store = storeOf(
      convertText(
        JSON.stringify({ events: FA_EVENTS, associations: FA_ASSOCIATIONS, sources: FA_SOURCES }),
      ),
    );
    expect(store.events.map((e) => e.tags)).toEqual([
      ['Weapons/Long Range/Pistol', 'narrative_1'],
      ['Weapons/Long Range/Rifle', 'narrative_1'],
    ]);
  });

  it('makes CATEGORY associations lanes, as timemap does', () => {
    const data = {
      events: [{ description: 'Strike.', date: '2015-10-10', associations: ['alpha'] }],
      associations: [{ id: 'alpha', title: 'Alpha', mode: 'CATEGORY', filter_paths: [] }],
    };
    const store = storeOf(convertText(JSON.stringify(data)));
    expect(store.actors.map((a) => a.name)).toEqual(['Alpha']);
    expect(store.events[0]!.tags).toBeUndefined();
  });

  it("keeps a source's description and every path in the event's source line", () => {
    const store = storeOf(convertText(JSON.stringify({ events: FA_EVENTS, sources: FA_SOURCES })));
    expect(store.events[0]!.summary).toBe(
      'Person A begins recording, holding a pistol.\n\nSource: Spectrographs: Source 2 is a set of photos (https://image.shutterstock.com/image-photo/example-word-written-on-wooden-260nw-1765482248.jpg, https://cdn.pixabay.com/photo/2015/04/23/22/00/tree-736885__480.jpg)',
    );
  });

  it('reads Bellingcat: 00:00 as no time, upper-case ids said once, a hidden source named', () => {
    const outcome = convertText(JSON.stringify(BELLINGCAT), { dateOrder: 'mdy' });
    const store = storeOf(outcome);
    expect(store.events[0]).toMatchObject({
      id: 'civ0002',
      start: '2022-02-24',
      tags: ['Type of area affected/Commercial', 'Weapon System/Air strike'],
    });
    expect(store.events[0]!.summary).toContain('\n\nSource: Source hidden');
    expect(store.sources.map((s) => s.title)).toEqual(['CIV0002', 'Source hidden']);
    expect(notesOf(outcome, 'guessed')).toEqual(
      expect.arrayContaining([
        ': time 00:00 read as no time of day: event 1',
        ': 1 ids written in lower case to be slugs (CIV0002 → civ0002)',
      ]),
    );
    expect(notesOf(outcome, 'guessed').join('\n')).not.toMatch(/not a slug/);
  });

  it('keeps 00:00 when time_precision says the minute is known', () => {
    const data = {
      events: [
        {
          description: 'At midnight.',
          date: '2022-02-24',
          time: '00:00',
          time_precision: 'minute',
        },
      ],
    };
    expect(storeOf(convertText(JSON.stringify(data))).events[0]!.start).toBe('2022-02-24T00:00');
  });

  it("reads Bellingcat's JSON download: inline sources, filters as key/value", () => {
    // The shape of DownloadButton.getJsonData in bellingcat/ukraine-timemap, with CIV0002's values.
    const download = [
      {
        id: 'CIV0002',
        date: '2/24/2022',
        latitude: '48.748564',
        longitude: '30.218515',
        location: 'Uman',
        description: 'Civilians hit by what appears to have been artillery, possibly a rocket.',
        sources: [
          {
            id: 'src_exists_CIV0002_1',
            path: 'https://twitter.com/ragipsoylu/status/1496737243255480321',
            description: 'Civillian cas from artillery strike.',
          },
        ],
        filters: [{ key: 'Weapon System', value: 'Air strike' }],
      },
    ];
    const store = storeOf(convertText(JSON.stringify(download)));
    expect(store.events[0]).toMatchObject({
      start: '2022-02-24',
      tags: ['Weapon System/Air strike'],
    });
    expect(store.sources).toEqual([
      {
        id: 'src-exists-civ0002-1',
        title: 'Civillian cas from artillery strike.',
        language: 'und',
        url: 'https://twitter.com/ragipsoylu/status/1496737243255480321',
      },
    ]);
    expect(store.events[0]!.summary).toContain(
      'Source: Civillian cas from artillery strike. (https://twitter.com/ragipsoylu/status/1496737243255480321)',
    );
  });

  it('gives a source its date as published, when the date reads', () => {
    const data = {
      events: [{ description: 'Strike.', date: '2022-02-24', sources: ['s'] }],
      sources: { s: { id: 's', title: 'Report', paths: ['https://ex.org/r'], date: '2022-02-25' } },
    };
    expect(storeOf(convertText(JSON.stringify(data))).sources[0]!.published).toBe('2022-02-25');
  });

  it('reads decimal commas and swapped coordinates, and reports what it cannot place', () => {
    // timemap's own validator (validators.js) turns "48,7" into "48.7"; sheets in such locales write it.
    const data = [
      {
        description: 'Comma.',
        date: '2022-02-24',
        location: 'Uman',
        latitude: '48,748564',
        longitude: '30,218515',
      },
      {
        description: 'Swapped.',
        date: '2022-02-24',
        location: 'Kyiv',
        latitude: '130.5',
        longitude: '50.4',
      },
      {
        description: 'Junk.',
        date: '2022-02-24',
        location: 'Kharkiv',
        latitude: 'n/a',
        longitude: '36.2',
      },
    ];
    const outcome = convertText(JSON.stringify(data));
    expect(storeOf(outcome).events.map((e) => e.place)).toEqual([
      { name: 'Uman', lat: 48.748564, lon: 30.218515 },
      { name: 'Kyiv', lat: 50.4, lon: 130.5 },
      { name: 'Kharkiv' },
    ]);
    expect(notesOf(outcome, 'guessed')).toContain(
      'events[1].latitude: "130.5", "50.4" read as swapped: latitude 50.4, longitude 130.5',
    );
    expect(notesOf(outcome, 'dropped')).toContain(
      'events[2].latitude: "n/a", "36.2": not a latitude and longitude, left out',
    );
  });

  it('skips the empty rows a sheet export carries, in one note', () => {
    // datasheet-server's deeprows keeps a blank row when it has list columns (association1, …).
    const blank = {
      associations: [],
      sources: [],
      description: '',
      date: '',
      time: '',
      location: '',
    };
    const outcome = convertText(JSON.stringify([FA_EVENTS[0], blank, blank]), { dateOrder: 'mdy' });
    expect(storeOf(outcome).events).toHaveLength(1);
    expect(notesOf(outcome, 'dropped')).toContain(': empty: events 2–3');
  });
});
