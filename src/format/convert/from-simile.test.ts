import { describe, expect, it } from 'vitest';
import { convertText, detectFormat } from './convert';
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
      ['Freedom Riders', '1961-05-20T00:00:00-06:00', null, false],
      ['A period', '1962', '1963', false],
      ['Approximate', '1964-05', null, true],
      ['Title from the text.', '1965-01-01T10:00:00Z', null, false],
    ]);
    expect(store.events[0]!.summary).toBe(
      'The riders & the bus (https://ex.org/bus).\n\nSecond.\n\nLink: https://ex.org/riders',
    );
    expect(store.events[1]!.summary).toBe('Plain text');
    expect(store.events[2]!.dateNote).toBe('latest start: Jun 1964');
    const dropped = notesOf(outcome, 'dropped');
    expect(dropped).toContain('event 2: attribute color not imported');
    expect(
      dropped.some((n) => n.startsWith('event 4: start "-1000"') && n.includes('0001–9999')),
    ).toBe(true);
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
});
