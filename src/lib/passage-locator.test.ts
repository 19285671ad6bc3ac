import { describe, expect, it } from 'vitest';
import { locatedAddress, locatorPage, locatorSeconds } from './passage-locator';

describe('locatorSeconds', () => {
  it('reads a clock, with hours or without, whatever the label says it counts', () => {
    expect(locatorSeconds({ locator: '12:34' })).toBe(754);
    expect(locatorSeconds({ label: 'timestamp', locator: '1:02:03' })).toBe(3723);
    expect(locatorSeconds({ label: 'minute', locator: '00:12:34.5' })).toBe(754);
    expect(locatorSeconds({ label: 'Minuto', locator: '12:34–13:10' })).toBe(754);
  });

  it('counts a bare number in the label’s unit', () => {
    expect(locatorSeconds({ label: 'minute', locator: '12' })).toBe(720);
    expect(locatorSeconds({ label: 'Minutes', locator: '12-14' })).toBe(720);
    expect(locatorSeconds({ label: 'min.', locator: '1.5' })).toBe(90);
    expect(locatorSeconds({ label: 'segundo', locator: '95' })).toBe(95);
    expect(locatorSeconds({ label: 'hour', locator: '2' })).toBe(7200);
  });

  it('is no time for a page, a number without a unit, or words', () => {
    expect(locatorSeconds({ label: 'page', locator: '12' })).toBeNull();
    expect(locatorSeconds({ label: 'page', locator: '12:34' })).toBeNull();
    expect(locatorSeconds({ locator: '12' })).toBeNull();
    expect(locatorSeconds({ label: 'minute', locator: 'near the end' })).toBeNull();
    expect(locatorSeconds({ label: 'minute' })).toBeNull();
  });
});

describe('locatorPage', () => {
  it('reads a page or the start of a range of pages', () => {
    expect(locatorPage({ label: 'page', locator: '12' })).toBe(12);
    expect(locatorPage({ label: 'pp.', locator: '12–14' })).toBe(12);
    expect(locatorPage({ label: 'Página', locator: ' 7 ' })).toBe(7);
  });

  it('is no page without a page label, or for a page that is not a whole number', () => {
    expect(locatorPage({ label: 'minute', locator: '12' })).toBeNull();
    expect(locatorPage({ locator: '12' })).toBeNull();
    expect(locatorPage({ label: 'page', locator: '0' })).toBeNull();
    expect(locatorPage({ label: 'page', locator: 'xii' })).toBeNull();
    expect(locatorPage({ label: 'page', locator: '1.5' })).toBeNull();
  });
});

describe('locatedAddress', () => {
  const minute = { label: 'minute', locator: '12:34' };

  it('gives a recording’s time as a media fragment, and YouTube’s as its parameter', () => {
    expect(locatedAddress('https://media.example/a.webm', minute)).toEqual({
      url: 'https://media.example/a.webm',
      fragment: 't=754',
    });
    expect(locatedAddress('https://youtu.be/abc', minute)).toEqual({
      url: 'https://youtu.be/abc?t=754s',
    });
    expect(locatedAddress('https://m.youtube.com/watch?v=abc&t=5s', minute)).toEqual({
      url: 'https://m.youtube.com/watch?v=abc&t=754s',
    });
  });

  it('gives a PDF’s page as its fragment, and a web page’s page not at all', () => {
    const page = { label: 'page', locator: '3' };
    expect(locatedAddress('https://example.org/Report.PDF?download=1', page)).toEqual({
      url: 'https://example.org/Report.PDF?download=1',
      fragment: 'page=3',
    });
    expect(locatedAddress('https://example.org/report.html', page)).toEqual({
      url: 'https://example.org/report.html',
    });
  });

  it('leaves an address with a fragment of its own, and one it cannot read, as it is', () => {
    expect(locatedAddress('https://media.example/a.webm#chapter-2', minute)).toEqual({
      url: 'https://media.example/a.webm#chapter-2',
    });
    expect(locatedAddress('not a url', minute)).toEqual({ url: 'not a url' });
    expect(locatedAddress('https://media.example/a.webm', {})).toEqual({
      url: 'https://media.example/a.webm',
    });
  });
});
