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
    expect(notesOf(outcome, 'dropped')).toContain('events[0].media: not an http(s) link');
  });

  it('keeps protocol-relative and iframe media links, and drops site-relative paths', () => {
    // Trimmed from NUKnightLab/TimelineJS3 website/examples/user-interface/timeline3.json and
    // website/examples/mediatypes/timeline3.json.
    const outcome = convertText(
      JSON.stringify({
        events: [
          {
            media: {
              url: '//upload.wikimedia.org/wikipedia/commons/5/59/Arithmometre.jpg',
              caption: '',
              credit:
                'By <a href="http://commons.wikimedia.org/wiki/File%3AArithmometre.jpg">Ezrdr</a>, via Wikimedia Commons',
            },
            start_date: { year: '1820' },
            text: { headline: 'Thomas Arithometer', text: 'The first mass-produced calculator.' },
          },
          {
            media: {
              url: '<iframe src="http://www.theonion.com/articles/measles-epidemic-2015-a-timeline-of-the-outbreak,37870/"></iframe>',
              caption: 'Measles Epidemic 2015: A Timeline of the Outbreak',
              credit: 'The Onion',
            },
            start_date: { year: '1925' },
            text: {
              headline: 'Website, in iFrame',
              text: 'To embed a website, just copy the URL.',
            },
          },
          {
            media: {
              url: '/static/img/examples/user-interface/pascaline.jpg',
              caption: 'This piece is on display at Musée des Arts et Métiers, Paris.',
            },
            start_date: { year: '1642' },
            text: { headline: "Pascal's Calculator" },
          },
        ],
      }),
    );
    const store = storeOf(outcome);
    expect(store.sources.map((s) => s.url)).toEqual([
      'https://upload.wikimedia.org/wikipedia/commons/5/59/Arithmometre.jpg',
      'http://www.theonion.com/articles/measles-epidemic-2015-a-timeline-of-the-outbreak,37870/',
    ]);
    expect(store.events[0]!.summary).toBe(
      'The first mass-produced calculator.\n\nMedia: https://upload.wikimedia.org/wikipedia/commons/5/59/Arithmometre.jpg',
    );
    expect(notesOf(outcome, 'guessed')).toEqual(
      expect.arrayContaining([
        'events[0].media: protocol-relative //upload.wikimedia.org/wikipedia/commons/5/59/Arithmometre.jpg: read as https',
        'events[1].media: an embed (iframe): its address kept',
      ]),
    );
    expect(notesOf(outcome, 'dropped')).toEqual([
      'events[2].media: a relative path: it cannot be resolved without the page the file came from',
    ]);
  });

  it('reads a TimelineJS timeline kept in a page script as a variable, not as a sheet', () => {
    const text = `var timeline_json = {
  events: [{ start_date: { year: 1969, month: 7, day: 20 }, text: { headline: 'Apollo 11' } }],
};
window.timeline = new TL.Timeline('timeline-embed', timeline_json);`;
    expect(detectFormat(text)).toBe('timelinejs');
    expect(storeOf(convertText(text, { from: 'timelinejs' })).events[0]).toMatchObject({
      title: 'Apollo 11',
      start: '1969-07-20',
    });
  });

  it('reads a site-relative media path against the address the file came from', () => {
    // The same slide as above, as the file at TimelineJS's own site would give it.
    const slide = {
      media: {
        url: '/static/img/examples/user-interface/pascaline.jpg',
        caption: 'This piece is on display at Musée des Arts et Métiers, Paris.',
        link: 'pascaline.html',
      },
      start_date: { year: '1642' },
      text: { headline: "Pascal's Calculator" },
    };
    const outcome = convertText(JSON.stringify({ events: [slide] }), {
      baseUrl: 'https://timeline.knightlab.com/examples/user-interface/timeline3.json',
    });
    const store = storeOf(outcome);
    const image = 'https://timeline.knightlab.com/static/img/examples/user-interface/pascaline.jpg';
    expect(store.sources.map((s) => s.url)).toEqual([image]);
    expect(store.events[0]!.summary).toBe(
      `Media: ${image}\n\nLink: https://timeline.knightlab.com/examples/user-interface/pascaline.html`,
    );
    expect(notesOf(outcome, 'guessed')).toContain(
      `events[0].media: relative link "/static/img/examples/user-interface/pascaline.jpg" read against the file's address: ${image}`,
    );
    expect(notesOf(outcome, 'dropped')).toEqual([]);
  });

  it('keeps a quotation given as media, and names a media-only slide by its caption', () => {
    // Trimmed from NUKnightLab/TimelineJS3 website/examples/republican/timeline3.json and
    // website/examples/twain/marktwain.json (a slide of a video with no headline or text).
    const outcome = convertText(
      JSON.stringify({
        events: [
          {
            media: {
              caption: '',
              credit:
                '<a href="http://www.foxnews.com/politics/2012/01/15/huntsman">Huntsman withdraws</a>/FoxNews.com',
              url: '<blockquote>"Today, I am suspending my campaign for the presidency."</blockquote>',
            },
            text: { headline: 'Huntsman drops out', text: 'Huntsman ends his campaign.' },
            start_date: { month: '1', day: '16', year: '2012' },
          },
          {
            start_date: {
              year: '1900',
              month: '01',
              day: '06',
              hour: '6',
              minute: '45',
              second: '56',
              millisecond: '',
              format: '',
            },
            media: {
              caption: 'a Youtube video',
              credit: null,
              url: 'http://www.youtube.com/watch?v=C-nTpGMMVjY',
            },
            text: { headline: '', text: '' },
            unique_id: '',
          },
          {
            start_date: { year: '1901' },
            media: { url: '<blockquote>Words only.</blockquote>' },
          },
          {
            start_date: { year: '1902' },
            media: { url: 'http://ex.org/v' },
            text: { headline: '' },
          },
        ],
      }),
    );
    const store = storeOf(outcome);
    expect(store.events.map((e) => [e.title, e.start])).toEqual([
      ['Huntsman drops out', '2012-01-16'],
      ['a Youtube video', '1900-01-06T06:45:56'],
      ['Words only.', '1901'],
    ]);
    expect(store.events[0]!.summary).toBe(
      'Huntsman ends his campaign.\n\nQuote: "Today, I am suspending my campaign for the presidency."\n(Huntsman withdraws (http://www.foxnews.com/politics/2012/01/15/huntsman)/FoxNews.com)',
    );
    expect(store.sources.map((s) => s.url)).toEqual(['http://www.youtube.com/watch?v=C-nTpGMMVjY']);
    expect(notesOf(outcome, 'guessed')).toContain(
      'events[1].text.headline: no headline: title taken from the media',
    );
    expect(notesOf(outcome, 'dropped')).toEqual([
      'events[3]: a slide with neither headline, text nor media caption',
    ]);
  });

  it('puts media.link in the summary', () => {
    // Trimmed from thecdil/timelinejs-template media/example-timeline.json.
    const outcome = convertText(
      JSON.stringify({
        events: [
          {
            media: {
              url: 'https://digital.lib.uidaho.edu/digital/iiif/spec_cs/99/full/pct:12/0/default.jpg',
              caption: 'Selway National Forest (Idaho), Three Forks Cabin',
              link: 'https://www.lib.uidaho.edu/digital/shattuck/items/shattuck99.html',
              credit: 'C.H. Shattuck Lantern Slides, 1904-1910',
            },
            start_date: { year: '1904' },
            text: { headline: 'Three Forks Cabin' },
          },
        ],
      }),
    );
    expect(storeOf(outcome).events[0]!.summary).toBe(
      'Media: https://digital.lib.uidaho.edu/digital/iiif/spec_cs/99/full/pct:12/0/default.jpg\n\nLink: https://www.lib.uidaho.edu/digital/shattuck/items/shattuck99.html',
    );
  });

  it('makes a title slide with a line break one line', () => {
    // From NUKnightLab/TimelineJS3 website/examples/houston/timeline3.json.
    const outcome = convertText(
      JSON.stringify({
        title: {
          text: { headline: 'Whitney Houston<br/> 1963 - 2012', text: '<p>Her voice.</p>' },
        },
        events: [
          { start_date: { year: '1963', month: '8', day: '9' }, text: { headline: 'Born' } },
        ],
      }),
    );
    expect(storeOf(outcome).title).toBe('Whitney Houston 1963 - 2012');
  });

  it("reports the title slide's media, which is not imported", () => {
    // From NUKnightLab/TimelineJS3 website/examples/twain/marktwain.json.
    const outcome = convertText(
      JSON.stringify({
        title: {
          text: { text: 'Samuel Langhorne Clemens, better known as Mark Twain.' },
          media: { url: 'https://en.wikipedia.org/wiki/Mark_Twain' },
        },
        events: [{ start_date: { year: '1835' }, text: { headline: 'Born' } }],
      }),
    );
    expect(notesOf(outcome, 'dropped')).toEqual([
      "title.media: the title slide's media is not imported (it belongs to no event)",
    ]);
  });

  it("takes the dates' own display_date when the slide has none", () => {
    // As documented in NUKnightLab/TimelineJS3 website/docs/json-format.njk: a date object's
    // display_date, overridden by the slide's.
    const outcome = convertText(
      JSON.stringify({
        events: [
          {
            start_date: { year: '1900', display_date: 'c. 1900' },
            end_date: { year: '1910', display_date: '1910' },
            text: { headline: 'Dates' },
          },
          {
            start_date: { year: '1920', display_date: 'c. 1920' },
            display_date: 'The twenties',
            text: { headline: 'Slide' },
          },
        ],
      }),
    );
    expect(storeOf(outcome).events.map((e) => e.dateNote)).toEqual([
      'c. 1900 – 1910',
      'The twenties',
    ]);
  });

  it('says a missing date is missing', () => {
    const outcome = convertText(
      JSON.stringify({
        events: [
          { start_date: { year: 1914 }, text: { headline: 'Kept' } },
          { text: { headline: 'No date' } },
        ],
        eras: [{ start_date: { year: 1914 }, text: { headline: 'No end' } }],
      }),
    );
    expect(notesOf(outcome, 'dropped')).toEqual([
      'events[1].start_date: missing',
      'eras[0].end_date: missing',
    ]);
  });
});
