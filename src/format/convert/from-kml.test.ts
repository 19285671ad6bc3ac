import { describe, expect, it } from 'vitest';
import { convertText, detectFormat } from './convert';
import { HOSTILE, expectInert, notesOf, storeOf } from './test-helpers';

// Cut from nrabinowitz/timemap examples/impacts.kml (two placemarks of six).
const IMPACTS = `<?xml version="1.0" encoding="utf-8" ?>
<kml xmlns="http://earth.google.com/kml/2.0">
<Document>
	<Placemark>
        <name>Vredefort</name>
        <TimeStamp><when>2000-10-01</when></TimeStamp>
        <ExtendedData>
          <Data name="Country">
            <value>South Africa</value>
          </Data>
          <Data name="Age">
            <value>2023 &#177; 4 Million years</value>
          </Data>
          <Data name="Url">
            <value>http://en.wikipedia.org/wiki/Vredefort_crater</value>
          </Data>
        </ExtendedData>
        <Point>
            <coordinates>27.5,-27,0</coordinates>
        </Point>
    </Placemark>
    <Placemark>
        <name>Sudbury, Ontario</name>
        <TimeStamp><when>2000-10-02</when></TimeStamp>
        <Point>
            <coordinates>-81.1833333333333,46.6,0</coordinates>
        </Point>
    </Placemark>
</Document>
</kml>`;

describe('KML import', () => {
  it('recognises KML, and does not take it for SIMILE XML', () => {
    expect(detectFormat(IMPACTS)).toBe('kml');
    expect(detectFormat('<data><event start="2020">x</event></data>')).toBe('simile');
  });

  it('reads placemarks: a TimeStamp is the date, the point the place, ExtendedData the text', () => {
    const outcome = convertText(IMPACTS);
    const store = storeOf(outcome);
    expect(store.events.map((e) => [e.title, e.start, e.end, e.place])).toEqual([
      ['Vredefort', '2000-10-01', undefined, { name: '-27, 27.5', lat: -27, lon: 27.5 }],
      [
        'Sudbury, Ontario',
        '2000-10-02',
        undefined,
        { name: '46.6, -81.1833333333333', lat: 46.6, lon: -81.1833333333333 },
      ],
    ]);
    expect(store.events[0]!.summary).toBe(
      'Country: South Africa\nAge: 2023 ± 4 Million years\n\nLink: http://en.wikipedia.org/wiki/Vredefort_crater',
    );
    expect(outcome).toMatchObject({ report: { format: 'kml' } });
  });

  it('reads a TimeSpan as a period, a folder as the lane and the document name as the title', () => {
    // As nrabinowitz/timemap trunk/tests/data/data.kml, in a folder of a named document.
    const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Test timeline</name>
<Folder><name>Tests</name>
<Placemark><Point><coordinates>12.345,23.456</coordinates></Point><name>Test Event</name><TimeSpan><begin>1980-01-02</begin><end>2000-01-02</end></TimeSpan><description><![CDATA[<p>Test <b>Description</b></p>]]></description></Placemark>
</Folder>
<Placemark><name>Loose</name><TimeStamp><when>1990-05-01T10:30:00Z</when></TimeStamp><description>Plain &lt;i&gt;escaped&lt;/i&gt; text</description></Placemark>
</Document></kml>`;
    const outcome = convertText(kml);
    const store = storeOf(outcome);
    expect(store.title).toBe('Test timeline');
    const named = new Map(store.actors.map((a) => [a.id, a.name]));
    expect(
      store.events.map((e) => [
        e.title,
        e.start,
        e.end,
        e.summary,
        e.actors.map((id) => named.get(id)),
      ]),
    ).toEqual([
      ['Test Event', '1980-01-02', '2000-01-02', 'Test Description', ['Tests']],
      ['Loose', '1990-05-01T10:30:00Z', undefined, 'Plain escaped text', ['Unassigned']],
    ]);
  });

  it('dates a placemark from its data when it has no time, as My Maps exports a sheet', () => {
    const kml = `<kml><Document><Placemark><name>Strike on the depot</name>
<ExtendedData><Data name="Date"><value>2022-03-14</value></Data><Data name="End date"><value>2022-03-15</value></Data><Data name="Unit"><value>3rd brigade</value></Data><Data name="Source"><value>Local council</value></Data></ExtendedData>
<Point><coordinates>30.52,50.45</coordinates></Point></Placemark>
<Placemark><name>Undated</name><Point><coordinates>30.5,50.4</coordinates></Point></Placemark>
<Placemark><name>A road</name><TimeStamp><when>2022-04</when></TimeStamp><LineString><coordinates>30,50 31,51</coordinates></LineString></Placemark>
</Document></kml>`;
    const outcome = convertText(kml);
    const store = storeOf(outcome);
    expect(store.events.map((e) => [e.title, e.start, e.end, e.summary])).toEqual([
      [
        'Strike on the depot',
        '2022-03-14',
        '2022-03-15',
        'Unit: 3rd brigade\nSource: Local council',
      ],
      ['A road', '2022-04', undefined, undefined],
    ]);
    expect(notesOf(outcome, 'guessed')).toContain(
      'placemark 1: no TimeStamp or TimeSpan: dated from its ExtendedData',
    );
    expect(notesOf(outcome, 'dropped')).toEqual(
      expect.arrayContaining([
        'placemark 3: LineString left out: a store place is one point',
        'placemark 2: no date (no TimeStamp, TimeSpan or date field in its ExtendedData): left out',
      ]),
    );
  });

  // As the tester's span.kml: a My Maps export with one TimeSpan's end mistyped.
  it('keeps a placemark whose TimeSpan ends before it begins, without the end, saying so', () => {
    const kml = `<kml><Document><Folder><name>Convoys</name>
<Placemark><name>Convoy crosses</name><TimeSpan><begin>2022-02-24</begin><end>2022-03-31</end></TimeSpan></Placemark>
<Placemark><name>Inverted span</name><TimeSpan><begin>2022-06-01</begin><end>2022-05-01</end></TimeSpan><Point><coordinates>30.52,50.45</coordinates></Point></Placemark>
</Folder></Document></kml>`;
    const outcome = convertText(kml);
    const store = storeOf(outcome);
    expect(store.events.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Convoy crosses', '2022-02-24', '2022-03-31'],
      ['Inverted span', '2022-06-01', undefined],
    ]);
    expect(store.events[1]!.place).toMatchObject({ lat: 50.45, lon: 30.52 });
    expect(notesOf(outcome, 'dropped')).toEqual([
      'placemark 2: end 2022-05-01 is before the start 2022-06-01: left out',
    ]);
  });

  it('notes a midnight read as the day only where that date is kept', () => {
    const kml = `<kml><Document>
<Placemark><name>End at midnight, before the start</name><TimeSpan><begin>2022-06-01</begin><end>2022-05-01T00:00:00</end></TimeSpan></Placemark>
<Placemark><name>End at midnight, no begin</name><TimeStamp></TimeStamp><TimeSpan><end>2022-05-01T00:00:00</end></TimeSpan><ExtendedData><Data name="date"><value>2022-04-01</value></Data></ExtendedData></Placemark>
<Placemark><name>End at midnight, kept</name><TimeSpan><begin>2022-06-01</begin><end>2022-07-01T00:00:00</end></TimeSpan></Placemark>
</Document></kml>`;
    const outcome = convertText(kml);
    expect(storeOf(outcome).events.map((e) => [e.start, e.end])).toEqual([
      ['2022-06-01', undefined],
      ['2022-04-01', undefined],
      ['2022-06-01', '2022-07-01'],
    ]);
    expect(notesOf(outcome, 'guessed')).toContain(
      ": a time of 00:00:00 with no zone read as the whole day, as GDAL (QGIS's KML export) writes a date (placemark 3)",
    );
  });

  it('refuses a KML without placemarks, or with none dated, saying so', () => {
    expect(convertText('<kml><Document><name>Empty</name></Document></kml>')).toMatchObject({
      kind: 'refused',
      format: 'kml',
      message: 'no placemarks',
    });
    const pins = '<kml><Document><Placemark><name>A pin</name></Placemark></Document></kml>';
    expect(convertText(pins)).toMatchObject({
      kind: 'refused',
      message: 'no placemark has a date (a TimeStamp, a TimeSpan or a date in its ExtendedData)',
    });
  });

  it('turns hostile markup into inert text', () => {
    const escaped = HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const kml = `<kml><Document><name>${escaped}</name><Folder><name>${escaped}</name>
<Placemark><name>${escaped}</name><TimeStamp><when>2020</when></TimeStamp>
<description><![CDATA[${HOSTILE}]]></description>
<ExtendedData><Data name="note"><value>${escaped}</value></Data></ExtendedData></Placemark>
</Folder></Document></kml>`;
    expectInert(storeOf(convertText(kml)));
  });

  it('reads a point written with spaces after its commas, and reads no empty coordinate as 0', () => {
    const placemark = (name: string, coordinates: string) =>
      `<Placemark><name>${name}</name><TimeStamp><when>2022-03-01</when></TimeStamp><Point><coordinates>${coordinates}</coordinates></Point></Placemark>`;
    const kml = `<kml><Document>
${placemark('Spaced', ' 30.52, 50.45, 0 ')}
${placemark('No latitude', '30.52,')}
${placemark('No longitude', ',50.45')}
${placemark('Off the globe', '30.52,95')}
</Document></kml>`;
    const outcome = convertText(kml);
    expect(storeOf(outcome).events.map((e) => [e.title, e.place ?? null])).toEqual([
      ['Spaced', { name: '50.45, 30.52', lat: 50.45, lon: 30.52 }],
      ['No latitude', null],
      ['No longitude', null],
      ['Off the globe', null],
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'placemark 2: coordinates "30.52," not read',
      'placemark 3: coordinates ",50.45" not read',
      'placemark 4: coordinates "30.52,95" not read',
    ]);
  });
});
