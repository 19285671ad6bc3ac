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
      expect.arrayContaining([
        'events[0].sources: unknown source "missing"',
        expect.stringMatching(/^events\[2\]\.date/),
      ]),
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
