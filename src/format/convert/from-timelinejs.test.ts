import { describe, expect, it } from 'vitest';
import { convertText, detectFormat } from './convert';
import { HOSTILE, expectInert, notesOf, storeOf } from './test-helpers';

const timeline = {
  title: { text: { headline: 'A <i>history</i>', text: '<p>About &amp; more</p>' } },
  scale: 'human',
  events: [
    {
      unique_id: 'first-slide',
      start_date: { year: '1961', month: '5', day: '20', hour: '14', minute: '30' },
      text: {
        headline: 'Minute slide',
        text: '<p>Para one</p><p>See <a href="https://ex.org/x">this</a></p>',
      },
      group: 'Politics',
      display_date: 'Spring 1961',
      media: { url: 'https://ex.org/photo.jpg', caption: 'A photo', credit: 'Agency' },
    },
    { start_date: { year: 1962 }, text: { headline: 'Year slide' }, group: 'Politics' },
    { start_date: { year: 1963, month: 2 }, text: { headline: 'Month slide' }, group: 'Culture' },
    {
      start_date: { year: 1964, month: 2, day: 3, hour: 4, minute: 5, second: 6, millisecond: 7 },
      text: { headline: 'Second slide' },
      group: 'Culture',
    },
    {
      unique_id: 'first-slide',
      start_date: { year: 1965, month: 1, day: 1 },
      end_date: { year: 1966 },
      text: { headline: 'Period with a taken id' },
      group: 'Culture',
    },
    { start_date: { year: -500 }, text: { headline: 'BCE slide' } },
    { start_date: { year: 13800000000 }, text: { headline: 'Big bang' } },
    { start_date: { year: 'soon' }, text: { headline: 'Bad year' } },
  ],
  eras: [
    { start_date: { year: 1960 }, end_date: { year: 1969 }, text: { headline: 'The sixties' } },
  ],
};

describe('TimelineJS JSON import', () => {
  it('is recognised', () => {
    expect(detectFormat(JSON.stringify(timeline))).toBe('timelinejs');
  });

  it('maps slides, groups, eras, media and display dates, at every precision', () => {
    const outcome = convertText(JSON.stringify(timeline), { fallbackTitle: 'file' });
    const store = storeOf(outcome);
    expect(store.title).toBe('A history');
    expect(store.description).toBe('About & more');
    expect(store.events.map((e) => [e.id, e.start, e.end ?? null, e.actors])).toEqual([
      ['first-slide', '1961-05-20T14:30', null, ['politics']],
      ['year-slide', '1962', null, ['politics']],
      ['month-slide', '1963-02', null, ['culture']],
      ['second-slide', '1964-02-03T04:05:06', null, ['culture']],
      ['period-with-a-taken-id', '1965-01-01', '1966', ['culture']],
      ['the-sixties', '1960', '1969', ['eras']],
    ]);
    expect(store.actors.map((a) => [a.name, a.kind])).toEqual([
      ['Politics', 'other'],
      ['Culture', 'other'],
      ['Eras', 'other'],
    ]);
    const first = store.events[0]!;
    expect(first.dateNote).toBe('Spring 1961');
    expect(first.summary).toBe(
      'Para one\n\nSee this (https://ex.org/x)\n\nMedia: https://ex.org/photo.jpg',
    );
    expect(first.excerpts).toBeUndefined();
    expect(store.sources).toEqual([
      {
        id: 'a-photo',
        title: 'A photo',
        language: 'und',
        publisher: 'Agency',
        url: 'https://ex.org/photo.jpg',
      },
    ]);
    const dropped = notesOf(outcome, 'dropped');
    expect(
      dropped.some((n) => n.startsWith('events[5].start_date') && n.includes('0001–9999')),
    ).toBe(true);
    expect(
      dropped.some((n) => n.startsWith('events[6].start_date') && n.includes('0001–9999')),
    ).toBe(true);
    expect(
      dropped.some((n) => n.startsWith('events[7].start_date') && n.includes('not a date')),
    ).toBe(true);
    expect(notesOf(outcome, 'guessed')).toEqual(
      expect.arrayContaining([
        'events[3].start_date: milliseconds left out (a store date stops at seconds)',
        'events[4]: id "first-slide" is used already; a new one was made from the title',
      ]),
    );
  });

  it('reports a cosmological timeline and refuses it when nothing is left', () => {
    const outcome = convertText(
      JSON.stringify({
        scale: 'cosmological',
        events: [{ start_date: { year: -13800000000 }, text: { headline: 'Big bang' } }],
      }),
    );
    expect(outcome.kind).toBe('refused');
    if (outcome.kind === 'refused') {
      expect(outcome.notes?.map((n) => n.where)).toEqual(['scale', 'events[0].start_date']);
    }
  });

  it('turns hostile markup in every text field into inert text', () => {
    const outcome = convertText(
      JSON.stringify({
        title: { text: { headline: HOSTILE, text: HOSTILE } },
        events: [
          {
            start_date: { year: 2000 },
            text: { headline: HOSTILE, text: HOSTILE },
            group: HOSTILE,
            display_date: HOSTILE,
            media: { url: 'https://ex.org/m', caption: HOSTILE, credit: HOSTILE },
          },
        ],
        eras: [
          {
            start_date: { year: 2000 },
            end_date: { year: 2001 },
            text: { headline: HOSTILE, text: HOSTILE },
          },
        ],
      }),
    );
    const store = storeOf(outcome);
    expectInert(store);
    expect(store.events[0]!.title).toBe('Hostile');
  });

  it('drops a media link that is not http(s)', () => {
    const outcome = convertText(
      JSON.stringify({
        events: [
          {
            start_date: { year: 2000 },
            text: { headline: 'x' },
            media: { url: 'javascript:alert(1)' },
          },
        ],
      }),
    );
    expect(storeOf(outcome).sources).toEqual([]);
    expect(notesOf(outcome, 'dropped')).toContain(
      'events[0].media.url: not an http(s) link (embedded media are not imported)',
    );
  });
});
