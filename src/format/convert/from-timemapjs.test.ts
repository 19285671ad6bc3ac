import { describe, expect, it } from 'vitest';
import { convertText, detectFormat } from './convert';
import { HOSTILE, expectInert, notesOf, storeOf } from './test-helpers';

/** nrabinowitz/timemap tests/data/data_string.js: the file its `json_string` loader reads. */
const ITEMS = [
  {
    start: '1980-01-02',
    end: '2000-01-02',
    point: { lat: 23.456, lon: 12.345 },
    title: 'Test Event',
    options: { description: 'Test Description' },
  },
  {
    start: '1980-01-02',
    polyline: [
      { lat: 45.256, lon: -110.45 },
      { lat: 46.46, lon: -109.48 },
      { lat: 43.84, lon: -109.86 },
    ],
    title: 'Test Event 2',
  },
];

/** nrabinowitz/timemap examples/basic_googlev3.html: its TimeMap.init datasets, as JSON. */
const DATASETS = {
  datasets: [
    {
      id: 'artists',
      title: 'Artists',
      theme: 'orange',
      type: 'basic',
      options: {
        items: [
          {
            start: '1449',
            end: '1494-01-11',
            point: { lat: 43.7717, lon: 11.2536 },
            title: 'Domenico Ghirlandaio',
            options: {
              infoHtml:
                "<div class='custominfostyle'><b>Domenico Ghirlandaio</b> was a visual artist of some sort.</div>",
            },
          },
          {
            start: '1452',
            end: '1519',
            point: { lat: 43.8166666667, lon: 10.7666666667 },
            title: 'Leonardo da Vinci',
            options: { infoUrl: 'ajax_content.html', theme: 'red' },
          },
        ],
      },
    },
  ],
};

describe('timemap.js import', () => {
  it('is recognised in both forms, apart from SIMILE and timemap', () => {
    expect(detectFormat(JSON.stringify(ITEMS))).toBe('timemapjs');
    expect(detectFormat(JSON.stringify(DATASETS))).toBe('timemapjs');
    expect(detectFormat(JSON.stringify({ events: [{ start: '2020', title: 'x' }] }))).toBe(
      'simile',
    );
    expect(detectFormat(JSON.stringify([{ date: '2020-01-01', description: 'x' }]))).toBe(
      'timemap',
    );
  });

  it('reads the json_string list: dates, text, a point as the place; a line is reported', () => {
    const outcome = convertText(JSON.stringify(ITEMS));
    expect(storeOf(outcome).events).toEqual([
      {
        id: 'test-event',
        title: 'Test Event',
        start: '1980-01-02',
        end: '2000-01-02',
        actors: ['unassigned'],
        summary: 'Test Description',
        place: { name: '23.456, 12.345', lat: 23.456, lon: 12.345 },
      },
      { id: 'test-event-2', title: 'Test Event 2', start: '1980-01-02', actors: ['unassigned'] },
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'items[1]: polyline left out: a store place is one point',
    ]);
  });

  it('reads datasets: the dataset is the lane, infoHtml the text, a relative infoUrl reported', () => {
    const outcome = convertText(JSON.stringify(DATASETS));
    const store = storeOf(outcome);
    expect(store.actors.map((a) => a.name)).toEqual(['Artists']);
    expect(store.events.map((e) => [e.start, e.end, e.summary])).toEqual([
      ['1449', '1494-01-11', 'Domenico Ghirlandaio was a visual artist of some sort.'],
      ['1452', '1519', undefined],
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'datasets[0].items[1].options.infoUrl: "ajax_content.html": not a web address',
    ]);
  });

  it('reads a relative infoUrl against the address the file came from', () => {
    const outcome = convertText(JSON.stringify(DATASETS), {
      baseUrl: 'https://ex.org/timemap/examples/artists.json',
    });
    expect(notesOf(outcome, 'dropped')).toEqual([]);
    expect(storeOf(outcome).events[1]!.summary).toBe(
      'Link: https://ex.org/timemap/examples/ajax_content.html',
    );
  });

  it('turns hostile markup into inert text', () => {
    const data = {
      datasets: [
        {
          title: HOSTILE,
          options: {
            items: [{ start: '2020', title: HOSTILE, options: { infoHtml: HOSTILE } }],
          },
        },
      ],
    };
    expectInert(storeOf(convertText(JSON.stringify(data))));
  });

  it('says of a point it cannot read that the item has no place, rather than drop it unsaid', () => {
    const items = [
      { start: '2020-01-01', title: 'Words', point: { lat: 'north', lon: 'east' } },
      { start: '2020-01-02', title: 'Off the globe', point: { lat: 95, lon: 10 } },
      { start: '2020-01-03', title: 'Half', point: { lat: 50.45 } },
      { start: '2020-01-04', title: 'Blank', point: { lat: ' ', lon: ' ' } },
      {
        start: '2020-01-05',
        title: 'Second placemark',
        placemarks: [{ point: { lat: 'x', lon: 1 } }, { point: { lat: 50.45, lon: 30.52 } }],
      },
      { start: '2020-01-06', title: 'Unread placemark', placemarks: [{ point: { lat: 'x' } }] },
      { start: '2020-01-07', title: 'Degrees', point: { lat: '50°27′N', lon: '30°31′E' } },
    ];
    const outcome = convertText(JSON.stringify(items));
    expect(storeOf(outcome).events.map((e) => [e.title, e.place ?? null])).toEqual([
      ['Words', null],
      ['Off the globe', null],
      ['Half', null],
      ['Blank', null],
      ['Second placemark', { name: '50.45, 30.52', lat: 50.45, lon: 30.52 }],
      ['Unread placemark', null],
      ['Degrees', { name: '50.45, 30.516667', lat: 50.45, lon: 30.516667 }],
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'items[0].point: coordinates "north, east" not read',
      'items[1].point: coordinates "95, 10" not read',
      'items[2].point: coordinates "50.45, " not read',
      'items[3].point: coordinates ", " not read',
      'items[5].placemarks[0].point: coordinates "x, " not read',
    ]);
  });
});
