import { describe, expect, it } from 'vitest';
import { convertText, detectFormat } from './convert';
import { groupNotes } from './import-report';
import { HOSTILE, expectInert, notesOf, storeOf } from './test-helpers';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<data>
  <event start="Sat May 20 1961 00:00:00 GMT-0600" title="Freedom Riders" link="https://ex.org/riders">
    &lt;p&gt;The riders &amp;amp; the &lt;a href="https://ex.org/bus"&gt;bus&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;
  </event>
  <event start="1962" end="1963" isDuration="true" title="A period" color="red">Plain <b>text</b></event>
  <event start="May 1964" latestStart="Jun 1964" title="Approximate"></event>
  <event start="-1000" title="Too early"/>
  <event start="1965-01-01T10:00:00Z" title=""><![CDATA[Title from <i>the text</i>. More.]]></event>
</data>`;

describe('SIMILE Timeline import', () => {
  it('recognises XML and JSON', () => {
    expect(detectFormat(XML)).toBe('simile');
    expect(
      detectFormat(
        JSON.stringify({ dateTimeFormat: 'iso8601', events: [{ start: '2000', title: 'x' }] }),
      ),
    ).toBe('simile');
  });

  it('reads events from XML: dates as JavaScript writes them, durations, escaped HTML', () => {
    const outcome = convertText(XML, { fallbackTitle: 'simile' });
    const store = storeOf(outcome);
    expect(
      store.events.map((e) => [e.title, e.start, e.end ?? null, e.approximate ?? false]),
    ).toEqual([
      ['Freedom Riders', '1961-05-20', null, false],
      ['A period', '1962', '1963', false],
      ['Approximate', '1964-05', null, true],
      ['Title from the text.', '1965-01-01T10:00:00Z', null, false],
    ]);
    expect(store.events[0]!.summary).toBe(
      'The riders & the bus (https://ex.org/bus).\n\nSecond.\n\nLink: https://ex.org/riders',
    );
    expect(store.events[1]!.summary).toBe('Plain text');
    expect(store.events[2]!.dateNote).toBe('latest start: 1964-06');
    const dropped = notesOf(outcome, 'dropped');
    expect(dropped).toContain(': attribute color not imported (event 2)');
    expect(dropped).toContain(
      'event 4 ("Too early"): start "-1000": its year is outside 0001–9999 (BCE and cosmological dates cannot be shown)',
    );
  });

  it('names an event it drops by its title, quoted and cut short, as the file has it', () => {
    const long = `The Treaty of Brest-Litovsk, signed at last &amp;lt;b&amp;gt;in March&amp;lt;/b&amp;gt;`;
    const xml = `<data>
  <event start="1918-03-03" title="Kept"/>
  <event start="soon" title="${long}"/>
  <event start="later" title='Say "no" &amp; go'/>
  <event start="never" title=""/>
  <event start="-1000"/>
</data>`;
    const outcome = convertText(xml, { fallbackTitle: 'simile' });
    expect(notesOf(outcome, 'dropped')).toEqual([
      'event 2 ("The Treaty of Brest-Litovsk, signed at…"): start "soon": not a date (such as 2024-06-19, 19/06/2024, June 19, 2024 or 2024)',
      'event 3 ("Say \\"no\\" & go"): start "later": not a date (such as 2024-06-19, 19/06/2024, June 19, 2024 or 2024)',
      'event 4: start "never": not a date (such as 2024-06-19, 19/06/2024, June 19, 2024 or 2024)',
      'event 5: start "-1000": its year is outside 0001–9999 (BCE and cosmological dates cannot be shown)',
    ]);
    if (outcome.kind !== 'store') throw new Error(outcome.kind);
    // Grouped, the titled places are named one by one, not as a range of numbers.
    const [grouped] = groupNotes(outcome.report.notes).filter((note) => note.kind === 'dropped');
    expect(grouped).toMatchObject({
      where:
        'event 2 ("The Treaty of Brest-Litovsk, signed at…"), event 3 ("Say \\"no\\" & go"), event 4',
      places: 3,
      whole: true,
    });
    const json = JSON.stringify({
      events: [
        { start: 'soon', title: 'Fall of <i>Kyiv</i>' },
        { start: '1990', title: 'x' },
      ],
    });
    expect(notesOf(convertText(json, { fallbackTitle: 'simile' }), 'dropped')).toEqual([
      'events[0] ("Fall of Kyiv"): start "soon": not a date (such as 2024-06-19, 19/06/2024, June 19, 2024 or 2024)',
    ]);
  });

  it('reads events from JSON', () => {
    const store = storeOf(
      convertText(
        JSON.stringify({
          events: [
            {
              start: '2001-09-11',
              title: 'A day',
              description: '<p>Text</p>',
              durationEvent: false,
            },
            {
              start: '2003',
              end: '2011',
              title: 'Years',
              durationEvent: true,
              link: 'https://ex.org',
            },
          ],
        }),
      ),
    );
    expect(store.events.map((e) => [e.title, e.start, e.end ?? null, e.summary ?? null])).toEqual([
      ['A day', '2001-09-11', null, 'Text'],
      ['Years', '2003', '2011', 'Link: https://ex.org'],
    ]);
  });

  it('turns hostile markup in every text field into inert text', () => {
    const attr = HOSTILE.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const xml = `<data><event start="2000" title="${attr}">${attr}${HOSTILE}</event></data>`;
    expectInert(storeOf(convertText(xml)));
    const json = JSON.stringify({
      events: [{ start: '2000', title: HOSTILE, description: HOSTILE, caption: HOSTILE }],
    });
    expectInert(storeOf(convertText(json)));
  });

  // Trimmed from simile-widgets/timeline src/webapp/examples/jfk/jfk.xml (events 1, 2, 32, 33).
  const JFK = `<data>
    <event start="Sat May 20 1961 00:00:00 GMT-0600"
        title="'Bay of Pigs' Invasion"
        >
        </event>
    <event start="Wed May 01 1963 00:00:00 GMT-0600" end="Sat Jun 01 1963 00:00:00 GMT-0600" isDuration="true"
        title="Oswald moves to New Orleans"
        >
        Oswald moves to New Orleans, and finds employment at the William 
        B. Riley Coffee Company. &lt;i&gt;ref. Treachery in Dallas, p 320&lt;/i&gt;
        </event>
    <event start="Fri Nov 22 1963 12:15:00 GMT-0600" end="Fri Nov 22 1963 12:20:00 GMT-0600"
        title="TSBD sixth floor empty"
        >
        TSBD employee Bonnie Ray Williams leaves the sixth floor after eating 
        his lunch, he saw nobody. 
        </event>
    <event start="Fri Nov 22 1963 12:15:00 GMT-0600"
        title="Man with rifle seen in TSBD"
        >
        </event>
</data>`;

  it('reads a JavaScript date at midnight as its day, in the time zone written, and keeps other times', () => {
    const outcome = convertText(JFK);
    expect(storeOf(outcome).events.map((e) => [e.start, e.end ?? null])).toEqual([
      ['1961-05-20', null],
      ['1963-05-01', '1963-06-01'],
      ['1963-11-22T12:15:00-06:00', null],
      ['1963-11-22T12:15:00-06:00', null],
    ]);
    expect(notesOf(outcome, 'guessed')).toContain(
      ': a time of 00:00:00 read as the whole day, as JavaScript writes one with every date (events 1–2)',
    );
  });

  it('reads an XML event with an end but no isDuration as an instant some time in that range', () => {
    const outcome = convertText(JFK);
    const empty = storeOf(outcome).events[2]!;
    expect(empty).toMatchObject({
      approximate: true,
      dateNote: 'some time between 1963-11-22T12:15:00-06:00 and 1963-11-22T12:20:00-06:00',
    });
    expect(empty.end).toBeUndefined();
    expect(notesOf(outcome, 'mapped')[0]).toMatch(/an instant with an end .*\(event 3\)/);
  });

  // Trimmed from simile-widgets/timeline src/webapp/examples/monet/monet.xml (events 1, 2, 5).
  const MONET = `<data>
    <event start="Nov 14 1840 00:00:00 GMT"
        title="Birth"
        image="monet.png"
        link="http://en.wikipedia.org/wiki/Monet"
        >
        Claude Monet, also known as Oscar-Claude Monet or Claude Oscar Monet
        was born to Adolphe and Louise-Justine Monet of 45 Rue Laffitte, 
        in the 9th arrondissement of Paris. 
        </event>
    <event start="1845" end="1846"
        title="Family moved to Le Havre, Normandy"
        >
        </event>
    <event start="Jun 01 1861 00:00:00 GMT" latestStart="Jul 01 1861 00:00:00 GMT"
        earliestEnd="Jun 01 1863 00:00:00 GMT" end="Jul 01 1863 00:00:00 GMT"
        title="Joined Cavalry in Algeria"
        >
        In June of 1861 Monet joined the First Regiment of African Light Cavalry
        in Algeria for two years of a seven-year commitment.

        Second paragraph.
        </event>
</data>`;

  it('joins text wrapped over lines, keeps blank-line paragraphs, reports a relative image', () => {
    const outcome = convertText(MONET);
    const [birth, moved, cavalry] = storeOf(outcome).events;
    expect(birth!.summary).toBe(
      'Claude Monet, also known as Oscar-Claude Monet or Claude Oscar Monet was born to Adolphe and Louise-Justine Monet of 45 Rue Laffitte, in the 9th arrondissement of Paris.\n\nLink: http://en.wikipedia.org/wiki/Monet',
    );
    expect(notesOf(outcome, 'dropped')).toContain(
      'event 1: image "monet.png" not imported: not a full http(s) address',
    );
    expect(moved).toMatchObject({ start: '1845', approximate: true });
    expect(moved!.end).toBeUndefined();
    // latestStart/earliestEnd make a period even without isDuration; the note gives store dates.
    expect(cavalry).toMatchObject({
      start: '1861-06-01',
      end: '1863-07-01',
      approximate: true,
      dateNote: 'latest start: 1861-07-01; earliest end: 1863-06-01',
    });
    expect(cavalry!.summary).toBe(
      'In June of 1861 Monet joined the First Regiment of African Light Cavalry in Algeria for two years of a seven-year commitment.\n\nSecond paragraph.',
    );
  });

  it('reads SIMILE data written as JavaScript, as its cubism and local_data examples are', () => {
    // Cut from simile-widgets/timeline src/webapp/examples/local_example/local_data.js.
    const text = `var timeline_data = {  // save as a global variable
'dateTimeFormat': 'iso8601',

'events' : [
        {'start': '1924',
        'title': 'Barfusserkirche',
        'description': 'by Lyonel Feininger, American/German Painter, 1871-1956',
        'link': 'http://www.allposters.com/-sp/Barfusserkirche-1924-Posters_i1116895_.htm'
        },


        {'start': '2081',
        'end': '2153',
        'title': 'Landschaft bei Montreuil',
        'isDuration' : true,
        'icon' : "dark-red-circle.png",        
        'color' : 'red',
        'textColor' : 'green'},
]
}
`;
    expect(detectFormat(text)).toBe('simile');
    const outcome = convertText(text);
    expect(storeOf(outcome).events.map((e) => [e.title, e.start, e.end])).toEqual([
      ['Barfusserkirche', '1924', undefined],
      ['Landschaft bei Montreuil', '2081', '2153'],
    ]);
    expect(notesOf(outcome, 'guessed')).toContain(
      ': the file is JavaScript, not JSON: the data it writes read as a literal (nothing in it run)',
    );
  });

  it('reads a relative image against the address the file came from', () => {
    const outcome = convertText(MONET, {
      baseUrl: 'http://simile-widgets.org/timeline/examples/monet/monet.xml',
    });
    expect(notesOf(outcome, 'dropped').filter((n) => n.includes('image'))).toEqual([]);
    expect(notesOf(outcome, 'guessed')).toContain(
      `event 1: image: relative link "monet.png" read against the file's address: http://simile-widgets.org/timeline/examples/monet/monet.png`,
    );
    expect(storeOf(outcome).events[0]!.summary).toMatch(
      /\n\nImage: http:\/\/simile-widgets\.org\/timeline\/examples\/monet\/monet\.png$/,
    );
  });

  // Trimmed from simile-widgets/timeline src/webapp/examples/religions/christianity.xml
  // (events 1, 33, 104).
  it('reads "1 AD", a year with a question mark, and a title from text without link targets', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" ?>
<data>
<event start="1 AD"
	title="Anno Domini"
	>
	&lt;a href="http://en.wikipedia.org/wiki/1_AD" title="1 AD"&gt;1 AD&lt;/a&gt; 
    First year in &lt;a href="http://en.wikipedia.org/wiki/Anno_Domini" title="Anno Domini"&gt;Christian calendar&lt;/a&gt;
	</event>
<event start="68" end="107?" isDuration="true"
	title="Ignatius of Antioch fed to lions in Rome"
	>
	</event>
<event start="306"
	title=""
	>
	306 &lt;a href="http://en.wikipedia.org/wiki/Synod_of_Elvira" title="Synod of Elvira"&gt;Synod of Elvira&lt;/a&gt;, prohibited relations between Christians and Jews
	</event>
</data>`;
    const outcome = convertText(xml);
    const store = storeOf(outcome);
    expect(
      store.events.map((e) => [e.title, e.start, e.end ?? null, e.approximate ?? false]),
    ).toEqual([
      ['Anno Domini', '0001', null, false],
      ['Ignatius of Antioch fed to lions in Rome', '0068', '0107', true],
      [
        '306 Synod of Elvira, prohibited relations between Christians and Jews',
        '0306',
        null,
        false,
      ],
    ]);
    expect(store.events[1]!.dateNote).toBe('written "107?"');
    expect(store.events[2]!.summary).toContain('(http://en.wikipedia.org/wiki/Synod_of_Elvira)');
  });

  // Trimmed from simile-widgets/timeline src/webapp/examples/dinosaurs/dinosaurs.xml: millions
  // of years ago (its page uses SIMILE's geochronology unit), so every period ends "before" it
  // starts.
  it('refuses a file whose dates count backwards rather than date dinosaurs in year 115', () => {
    const xml = `<data>
<event isDuration="true" start='115' end='105' title='Acrocanthosaurus'>Dinosauria, Saurischia</event>
<event isDuration="true" start='132' end='121' title='Afrovenator'>Dinosauria, Saurischia</event>
<event isDuration="true" start='76' end='76' title='Bactrosaurus'>Dinosauria, Ornithischia</event>
<event isDuration="true" start='155' end='150' title='Brachiosaurus'>Dinosauria, Saurischia</event>
</data>`;
    const outcome = convertText(xml);
    expect(outcome.kind).toBe('refused');
    if (outcome.kind === 'refused') {
      expect(outcome.message).toMatch(
        /^its dates run backwards: 3 of 3 periods end before they start \(events 1–2, 4\)/,
      );
    }
  });

  it('keeps a lone event whose end is before its start, without the end, saying so', () => {
    const xml = `<data><event start="2001" title="A"/><event start="2005" end="2003" isDuration="true" title="B"/></data>`;
    const outcome = convertText(xml);
    expect(storeOf(outcome).events.map((e) => [e.title, e.start, e.end])).toEqual([
      ['A', '2001', undefined],
      ['B', '2005', undefined],
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'event 2: end 2003 is before the start 2005: left out',
    ]);
  });

  it('notes a midnight read as the day only where that date is kept', () => {
    const xml = `<data>
<event start="Jun 01 2022 12:00:00 GMT" end="May 01 2022 00:00:00 GMT" isDuration="true" title="End left out"/>
<event start="Jun 01 2022 12:00:00 GMT" end="Jul 01 2022 00:00:00 GMT" isDuration="true" title="End kept"/>
</data>`;
    const outcome = convertText(xml);
    expect(storeOf(outcome).events.map((e) => e.end)).toEqual([undefined, '2022-07-01']);
    expect(notesOf(outcome, 'guessed')).toContain(
      ': a time of 00:00:00 read as the whole day, as JavaScript writes one with every date (event 2)',
    );
  });

  it('keeps an instant whose end is before its start, without the end or a range to note', () => {
    const xml = `<data><event start="2007" end="2006?" title="C"/></data>`;
    const outcome = convertText(xml);
    expect(
      storeOf(outcome).events.map((e) => [e.title, e.start, e.end, e.approximate, e.dateNote]),
    ).toEqual([['C', '2007', undefined, undefined, undefined]]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'event 1: end 2006 is before the start 2007: left out',
    ]);
    expect(notesOf(outcome, 'mapped')).toEqual([]);
    // Not "2006?: the question mark read as approximate": that end is gone.
    expect(notesOf(outcome, 'guessed')).toEqual([
      'event 1: no actor: put in the lane "Unassigned"',
    ]);
  });

  // Trimmed from thbst16/react-simile-timeline demo/public/data/jfk-timeline.json and
  // simile-widgets/timeline src/webapp/examples/compact-painter/data2.json.
  it('reads JSON periods, instants (durationEvent: false) and reports unread keys once', () => {
    const json = {
      dateTimeFormat: 'iso8601',
      events: [
        {
          start: '1944-08-01',
          end: '1945-03-01',
          title: 'Health Issues and Discharge',
          description: 'Kennedy suffers from chronic back pain.',
          isDuration: true,
          color: '#a65a4a',
        },
        {
          title: 'John D. Rockefeller 3rd',
          id: '/en/john_d_rockefeller_3rd',
          start: '1906-03-21',
          end: '1978-07-10',
          durationEvent: true,
        },
        {
          title: 'Painted',
          id: '/en/x',
          start: '1913',
          end: '1929',
          durationEvent: false,
          color: 'red',
        },
      ],
    };
    const outcome = convertText(JSON.stringify(json));
    expect(
      storeOf(outcome).events.map((e) => [e.start, e.end ?? null, e.approximate ?? false]),
    ).toEqual([
      ['1944-08-01', '1945-03-01', false],
      ['1906-03-21', '1978-07-10', false],
      ['1913', null, true],
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      ': color not imported (events[0], events[2])',
      ': id not imported (events[1], events[2])',
    ]);
  });

  it('reads a <br/> written unescaped in an event as one line break', () => {
    const xml = '<data><event start="2006" title="t">Body <b>bold</b><br/>next line</event></data>';
    expect(storeOf(convertText(xml)).events[0]!.summary).toBe('Body bold\nnext line');
  });
});
