import { describe, expect, it } from 'vitest';
import { convertText, detectFormat } from './convert';
import { timelineJs2Date } from './from-timelinejs2';
import { HOSTILE, expectInert, notesOf, storeOf } from './test-helpers';

// Trimmed from NUKnightLab/TimelineJS (TimelineJS2) examples/model.json,
// tests/test_utc_firefox.json and website/templates/examples/houston/data.json.
const timeline = {
  timeline: {
    headline: 'Whitney Houston<br/> 1963 - 2012',
    type: 'default',
    text: '<p>Intro body text goes here, some HTML is ok</p>',
    startDate: '1963',
    asset: { media: '//www.flickr.com/photos/tm_10001/2310475988/', credit: 'flickr', caption: '' },
    date: [
      {
        startDate: '2011,12,10',
        endDate: '2011,12,11',
        headline: 'Headline Goes Here',
        text: '<p>Body text goes here, some HTML is OK</p>',
        tag: 'This is Optional',
        asset: {
          media: 'http://twitter.com/ArjunaSoriano/status/164181156147900416',
          thumbnail: 'optional-32x32px.jpg',
          credit: 'Credit Name Goes Here',
          caption: 'Caption text goes here',
        },
      },
      { startDate: '1896,9,10,12,06', headline: '1896', text: '', classname: 'class1896' },
      {
        startDate: '1963,8,9',
        headline: 'A Musical Heritage',
        asset: { media: '/static/img/examples/houston/family.jpg', credit: '', caption: '' },
      },
      { startDate: '1978', headline: 'First Recording' },
      { startDate: '-500', headline: 'BCE' },
    ],
    era: [{ startDate: '2011,12,10', endDate: '2011,12,20', headline: 'An era', tag: 'x' }],
  },
};

describe('TimelineJS2 JSON import', () => {
  it('is recognised as TimelineJS', () => {
    expect(detectFormat(JSON.stringify(timeline))).toBe('timelinejs');
  });

  it("maps date[], era[], asset and tag as TimelineJS3 slides, with the file's own paths", () => {
    const outcome = convertText(JSON.stringify(timeline), { fallbackTitle: 'file' });
    const store = storeOf(outcome);
    expect(store.title).toBe('Whitney Houston 1963 - 2012');
    expect(store.description).toBe('Intro body text goes here, some HTML is ok');
    expect(store.events.map((e) => [e.title, e.start, e.end ?? null, e.actors])).toEqual([
      ['Headline Goes Here', '2011-12-10', '2011-12-11', ['this-is-optional']],
      ['1896', '1896-09-10T12:06', null, ['unassigned']],
      ['A Musical Heritage', '1963-08-09', null, ['unassigned']],
      ['First Recording', '1978', null, ['unassigned']],
      ['An era', '2011-12-10', '2011-12-20', ['eras']],
    ]);
    expect(store.events[0]!.summary).toBe(
      'Body text goes here, some HTML is OK\n\nMedia: http://twitter.com/ArjunaSoriano/status/164181156147900416',
    );
    expect(store.sources.map((s) => [s.title, s.publisher])).toEqual([
      ['Caption text goes here', 'Credit Name Goes Here'],
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      "timeline.asset: the title slide's media is not imported (it belongs to no event)",
      'timeline.date[2].asset: a relative path: it cannot be resolved without the page the file came from',
      'timeline.date[4].startDate: {"year":"-500"}: its year is outside 0001–9999 (BCE and cosmological dates cannot be shown)',
    ]);
  });

  it('reads dates the way TimelineJS2 read them', () => {
    expect(timelineJs2Date('2011,12,10')).toEqual({ year: '2011', month: '12', day: '10' });
    expect(timelineJs2Date('2012,,5')).toEqual({ year: '2012' });
    expect(timelineJs2Date(1978)).toEqual({ year: '1978' });
    // "YYYYMMDDhhmm", as in TimelineJS2 website/templates/examples/example.json
    expect(timelineJs2Date('196002152034')).toEqual({
      year: '1960',
      month: '02',
      day: '15',
      hour: '20',
      minute: '34',
    });
    // Slashes are month first, always, in TimelineJS2.
    expect(timelineJs2Date('3/4/2012')).toEqual({ year: '2012', month: '3', day: '4' });
    expect(timelineJs2Date('6/1963')).toEqual({ year: '1963', month: '6' });
    expect(timelineJs2Date('2012-01-05T10:30')).toEqual({
      year: '2012',
      month: '01',
      day: '05',
      hour: '10',
      minute: '30',
    });
    expect(timelineJs2Date('sometime')).toBe('sometime');
  });

  it('turns hostile markup into inert text', () => {
    const outcome = convertText(
      JSON.stringify({
        timeline: {
          headline: HOSTILE,
          text: HOSTILE,
          date: [
            {
              startDate: '2000',
              headline: HOSTILE,
              text: HOSTILE,
              tag: HOSTILE,
              asset: { media: 'https://ex.org/m', caption: HOSTILE, credit: HOSTILE },
            },
          ],
        },
      }),
    );
    expectInert(storeOf(outcome));
  });

  it('keeps an event whose end is before its start, without the end', () => {
    // From NUKnightLab/TimelineJS website/templates/examples/example.json: the validator
    // would drop the whole event.
    const outcome = convertText(
      JSON.stringify({
        timeline: {
          headline: 'Elizabeth Taylor',
          date: [
            {
              startDate: '1961,1,1',
              endDate: '196002152034',
              headline: "Stars in 'Butterfield 8'",
            },
          ],
        },
      }),
    );
    const store = storeOf(outcome);
    expect(store.events.map((e) => [e.start, e.end ?? null])).toEqual([['1961-01-01', null]]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'timeline.date[0]: end 1960-02-15T20:34 is before the start 1961-01-01: left out',
    ]);
  });
});
