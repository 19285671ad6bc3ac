import { describe, expect, it } from 'vitest';
import { convertText, detectFormat } from './convert';
import { readRfc822Date } from './rfc822-date';
import { HOSTILE, expectInert, notesOf, storeOf } from './test-helpers';

// nrabinowitz/timemap tests/data/data.rss and data-atom.xml, as they are.
const TIMEMAP_RSS = `<rss version="2.0" xmlns:georss="http://www.georss.org/georss">
<channel><title>Test</title><item><title>Test Event</title><description>Test Description</description><pubDate>02 Jan 1980 00:00:00 +0000</pubDate><georss:point>23.456 12.345</georss:point></item></channel></rss>`;
const TIMEMAP_ATOM = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss"><title>Test</title><entry><title>Test Event</title><updated>1980-01-02</updated><summary type="html">Test Description</summary><georss:point>23.456 12.345</georss:point></entry>
</feed>`;

// Cut from timemap's examples/earthquakes.rss (the USGS feed timemap's GeoRSS example reads):
// two items of 33, W3C geo points, HTML descriptions in CDATA.
const USGS = `<rss version="2.0" xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:eq="http://earthquake.usgs.gov/rss/1.0/" xmlns:georss="http://www.georss.org/georss/">
<channel><title>USGS Earthquake ShakeMaps</title><description>List of ShakeMaps for events in the last 30 days</description><link>http://earthquake.usgs.gov/</link><dc:publisher>U.S. Geological Survey</dc:publisher><pubDate>Mon, 09 Feb 2009 22:20:02 +0000</pubDate>
<item><title>3.7 - 7.8 mi SW of Calexico, CA</title><description><![CDATA[<img src="http://earthquake.usgs.gov/eqcenter/shakemap/thumbs/shakemap_sc_14420076.jpg" width="100" align="left" hspace="10"/><p>Date: Mon, 09 Feb 2009 21:53:58 UTC<br/>Lat/Lon: 32.605/-115.606<br/>Depth: 16.86</p>]]></description><link>http://earthquake.usgs.gov/eqcenter/shakemap/sc/shake/14420076/</link><pubDate>Mon, 09 Feb 2009 21:57:26 +0000</pubDate><geo:lat>32.605</geo:lat><geo:long>-115.606</geo:long><dc:subject>3</dc:subject><eq:seconds>1234216438</eq:seconds><eq:depth>16.86</eq:depth><eq:region>sc</eq:region></item>
<item><title>6 - NEAR THE COAST OF NORTHERN PERU</title><description><![CDATA[<img src="http://earthquake.usgs.gov/eqcenter/shakemap/thumbs/shakemap_global_2009cwas.jpg" width="100" align="left" hspace="10"/><p>Date: Mon, 09 Feb 2009 14:09:02 UTC<br/>Lat/Lon: -6.5668/-81.1251<br/>Depth: 15</p>]]></description><link>http://earthquake.usgs.gov/eqcenter/shakemap/global/shake/2009cwas/</link><pubDate>Mon, 09 Feb 2009 20:36:44 +0000</pubDate><geo:lat>-6.5668</geo:lat><geo:long>-81.1251</geo:long><dc:subject>6</dc:subject><eq:seconds>1234188542</eq:seconds><eq:depth>15</eq:depth><eq:region>global</eq:region></item>
</channel></rss>`;

// A news feed as agencies publish one: RFC 822 dates with the publisher's offset, escaped HTML.
const NEWS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Korea desk</title><link>https://news.example/korea</link>
<item><title>Putin arrives in Pyongyang</title><link>https://news.example/korea/putin-arrives</link>
<description>&lt;p&gt;The Russian president landed &lt;b&gt;after midnight&lt;/b&gt;.&lt;/p&gt;</description>
<category>Russia</category><category>North Korea</category>
<pubDate>Wed, 19 Jun 2024 02:45:00 +0900</pubDate></item>
<item><title>Treaty signed</title><link>/korea/treaty</link>
<content:encoded><![CDATA[<p>A comprehensive strategic partnership.</p>]]></content:encoded>
<pubDate>Wed, 19 Jun 2024 15:10 GMT</pubDate></item>
<item><title>Undated note</title></item>
</channel></rss>`;

describe('RSS and Atom feeds', () => {
  it('recognises RSS 2.0, RSS 1.0 and Atom, and takes none of them for SIMILE XML', () => {
    expect(detectFormat(TIMEMAP_RSS)).toBe('feed');
    expect(detectFormat(TIMEMAP_ATOM)).toBe('feed');
    expect(detectFormat(NEWS)).toBe('feed');
    expect(
      detectFormat(
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel/></rdf:RDF>',
      ),
    ).toBe('feed');
    expect(detectFormat('<data><event start="2020">feed</event></data>')).toBe('simile');
  });

  it('reads timemap.js’s GeoRSS test data, RSS and Atom, to the same event and place', () => {
    for (const feed of [TIMEMAP_RSS, TIMEMAP_ATOM]) {
      const store = storeOf(convertText(feed));
      expect(store.title).toBe('Test');
      expect(store.actors.map((actor) => actor.name)).toEqual(['Test']);
      expect(store.events).toHaveLength(1);
      const [event] = store.events;
      expect(event!.title).toBe('Test Event');
      expect(event!.start).toBe('1980-01-02');
      expect(event!.summary).toBe('Test Description');
      // GeoRSS writes latitude first.
      expect(event!.place).toEqual({ name: '23.456, 12.345', lat: 23.456, lon: 12.345 });
    }
    expect(notesOf(convertText(TIMEMAP_RSS), 'guessed')).toContain(
      ': a pubDate at 00:00:00 read as the whole day, as feeds that know only the day write it (1 of 1)',
    );
  });

  it('reads the USGS earthquake feed timemap’s example shows: W3C geo points, text from HTML, links', () => {
    const outcome = convertText(USGS);
    const store = storeOf(outcome);
    expect(store.title).toBe('USGS Earthquake ShakeMaps');
    expect(store.events.map((event) => [event.title, event.start])).toEqual([
      ['3.7 - 7.8 mi SW of Calexico, CA', '2009-02-09T21:57:26Z'],
      ['6 - NEAR THE COAST OF NORTHERN PERU', '2009-02-09T20:36:44Z'],
    ]);
    const calexico = store.events[0]!;
    expect(calexico.place).toEqual({ name: '32.605, -115.606', lat: 32.605, lon: -115.606 });
    expect(calexico.summary).toBe(
      'Date: Mon, 09 Feb 2009 21:53:58 UTC\nLat/Lon: 32.605/-115.606\nDepth: 16.86\n\nCategories: 3\n\nLink: http://earthquake.usgs.gov/eqcenter/shakemap/sc/shake/14420076/',
    );
    expect(notesOf(outcome, 'mapped')).toContain(
      ': pubDate → start: dated when it was published (every item)',
    );
  });

  it('keeps the publisher’s offset, reads escaped HTML and content:encoded, and says what it left out', () => {
    const outcome = convertText(NEWS, { baseUrl: 'https://news.example/feeds/korea.rss' });
    const store = storeOf(outcome);
    expect(store.title).toBe('Korea desk');
    const [arrives, treaty] = store.events;
    expect(arrives!.start).toBe('2024-06-19T02:45:00+09:00');
    expect(arrives!.summary).toBe(
      'The Russian president landed after midnight.\n\nCategories: Russia, North Korea\n\nLink: https://news.example/korea/putin-arrives',
    );
    expect(treaty!.start).toBe('2024-06-19T15:10Z');
    expect(treaty!.summary).toBe(
      'A comprehensive strategic partnership.\n\nLink: https://news.example/korea/treaty',
    );
    expect(notesOf(outcome, 'dropped')).toEqual([
      'item 3: no date (no pubDate, dc:date, published or updated): left out',
    ]);
    expect(notesOf(outcome, 'mapped')).toContain(
      ': pubDate → start: dated when it was published (2 of 3)',
    );
  });

  it('reads an Atom entry’s alternate link, XHTML content, categories and GML point; a line is left out', () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss" xmlns:gml="http://www.opengis.net/gml">
<title type="text">Border watch</title>
<entry><title type="html">Convoy &lt;em&gt;seen&lt;/em&gt;</title>
<link rel="enclosure" href="https://ex.org/video.mp4"/><link href="https://ex.org/convoy"/>
<published>2022-02-21T18:00:00+03:00</published><updated>2022-02-22T09:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Trucks near <b>Belgorod</b>.</p></div></content>
<category term="convoys" label="Convoys"/>
<georss:where><gml:Point><gml:pos>50.6 36.58</gml:pos></gml:Point></georss:where>
<georss:featureName>Belgorod</georss:featureName></entry>
<entry><title>Road closed</title><updated>2022-02-23</updated>
<georss:line>50.1 36.1 50.2 36.3</georss:line></entry>
</feed>`;
    const outcome = convertText(atom);
    const store = storeOf(outcome);
    expect(store.title).toBe('Border watch');
    const [convoy, road] = store.events;
    expect(convoy!.title).toBe('Convoy seen');
    expect(convoy!.start).toBe('2022-02-21T18:00:00+03:00');
    expect(convoy!.summary).toBe(
      'Trucks near Belgorod.\n\nCategories: Convoys\n\nLink: https://ex.org/convoy',
    );
    expect(convoy!.place).toEqual({ name: 'Belgorod', lat: 50.6, lon: 36.58 });
    expect(road!.start).toBe('2022-02-23');
    expect(road!.place).toBeUndefined();
    expect(notesOf(outcome, 'dropped')).toEqual([
      'entry 2: georss:line left out: a store place is one point',
    ]);
    expect(notesOf(outcome, 'mapped')).toEqual(
      expect.arrayContaining([
        ': published → start: dated when it was published (1 of 2)',
        ': updated → start: dated when it was published (1 of 2)',
      ]),
    );
  });

  it('dates an item by the KML time in it before its publication, as timemap.js does', () => {
    const rss = `<rss version="2.0" xmlns:kml="http://www.opengis.net/kml/2.2"><channel><title>Sieges</title>
<item><title>Siege of Mariupol</title><pubDate>Fri, 20 May 2022 10:00:00 +0000</pubDate>
<kml:TimeSpan><kml:begin>2022-02-24</kml:begin><kml:end>2022-05-20</kml:end></kml:TimeSpan></item>
</channel></rss>`;
    const store = storeOf(convertText(rss));
    expect(store.events[0]).toMatchObject({ start: '2022-02-24', end: '2022-05-20' });
  });

  it('refuses a feed with no items, or none dated, in words', () => {
    expect(convertText('<rss version="2.0"><channel><title>Empty</title></channel></rss>')).toEqual(
      { kind: 'refused', format: 'feed', message: 'no items', notes: [] },
    );
    const undated = convertText(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>A</title></entry></feed>',
    );
    expect(undated.kind === 'refused' && undated.message).toBe(
      'no entry has a date (pubDate, dc:date, published or updated)',
    );
  });

  it('leaves no markup from the feed in the store', () => {
    const escaped = HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const rss = `<rss version="2.0"><channel><title>${escaped}</title>
<item><title>${escaped}</title><description>${escaped}</description><category>${escaped}</category>
<pubDate>Wed, 19 Jun 2024 08:30:00 +0900</pubDate><link>javascript:alert(4)</link></item></channel></rss>`;
    const outcome = convertText(rss);
    const store = storeOf(outcome);
    expectInert(store);
    expect(store.events[0]!.summary ?? '').not.toContain('javascript:');
    expect(notesOf(outcome, 'dropped')).toContain(
      'item 1: link "javascript:alert(4)" not imported: not a full http(s) address',
    );
  });
});

describe('RFC 822 dates (RSS pubDate)', () => {
  it.each([
    ['Wed, 19 Jun 2024 08:30:00 +0900', '2024-06-19T08:30:00+09:00'],
    ['Wed, 19 Jun 2024 08:30:00 -0430', '2024-06-19T08:30:00-04:30'],
    ['19 Jun 2024 08:30:00 GMT', '2024-06-19T08:30:00Z'],
    ['Wed, 19 Jun 2024 08:30 EST', '2024-06-19T08:30-05:00'],
    ['Wed, 19 Jun 2024 08:30:00 -0000', '2024-06-19T08:30:00'],
    ['Wed, 19 June 2024 08:30:00 +0000', '2024-06-19T08:30:00Z'],
    ['19 Jun 24 08:30 +0000', '2024-06-19T08:30Z'],
    ['19 Jun 99 08:30 +0000', '1999-06-19T08:30Z'],
    ['Wed, 19 Jun 2024', '2024-06-19'],
  ])('%s → %s', (input, date) => {
    expect(readRfc822Date(input)).toEqual({ date, midnightAsDay: false });
  });

  it('reads 00:00:00 as the day, and refuses what is not a date', () => {
    expect(readRfc822Date('Tue, 02 Jan 1980 00:00:00 +0000')).toEqual({
      date: '1980-01-02',
      midnightAsDay: true,
    });
    for (const bad of ['31 Feb 2024 10:00 GMT', '19 Foo 2024', '2024-06-19', '19 Jun 2024 25:00'])
      expect(readRfc822Date(bad)).toBeNull();
  });

  it('says of a W3C geo point written in half that it was not read, as of one it cannot read', () => {
    const item = (title: string, geo: string) =>
      `<item><title>${title}</title><pubDate>Wed, 19 Jun 2024 10:00:00 GMT</pubDate>${geo}</item>`;
    const rss = `<rss version="2.0" xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#" xmlns:georss="http://www.georss.org/georss"><channel><title>Geo</title>
${item('Both', '<geo:lat>50.45</geo:lat><geo:long>30.52</geo:long>')}
${item('Latitude alone', '<geo:lat>50.45</geo:lat>')}
${item('Longitude alone', '<geo:long>30.52</geo:long>')}
${item('Words', '<geo:lat>north</geo:lat><geo:long>east</geo:long>')}
${item('Leading comma', '<georss:point>,30.52</georss:point>')}
</channel></rss>`;
    const outcome = convertText(rss);
    expect(storeOf(outcome).events.map((e) => [e.title, e.place ?? null])).toEqual([
      ['Both', { name: '50.45, 30.52', lat: 50.45, lon: 30.52 }],
      ['Latitude alone', null],
      ['Longitude alone', null],
      ['Words', null],
      ['Leading comma', null],
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'item 2: coordinates "50.45" not read',
      'item 3: coordinates "30.52" not read',
      'item 4: coordinates "north east" not read',
      'item 5: coordinates ",30.52" not read',
    ]);
  });
});
