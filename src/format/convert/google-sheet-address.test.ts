import { describe, expect, it } from 'vitest';
import { fetchAddress } from './fetch-address';
import { googleSheetCsv, timelineJsSource } from './google-sheet-address';

const KEY = '1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk';
const PUBLISHED = '2PACX-1vT7HkQc2Cp0Ye9XLz0TthaaBXI8mzvVo8qVDjMCP4dRE9yY';

describe('a Google Sheet’s address read as its published CSV', () => {
  it.each([
    [`https://docs.google.com/spreadsheets/d/${KEY}/edit`, `d/${KEY}/pub?output=csv`],
    [`https://docs.google.com/spreadsheets/d/${KEY}/edit?usp=sharing`, `d/${KEY}/pub?output=csv`],
    [
      `https://docs.google.com/spreadsheets/d/${KEY}/edit#gid=1234567`,
      `d/${KEY}/pub?output=csv&gid=1234567&single=true`,
    ],
    [`https://docs.google.com/spreadsheets/u/1/d/${KEY}/view`, `d/${KEY}/pub?output=csv`],
    [`https://docs.google.com/spreadsheets/d/${KEY}`, `d/${KEY}/pub?output=csv`],
    [
      `https://docs.google.com/spreadsheets/d/e/${PUBLISHED}/pubhtml`,
      `d/e/${PUBLISHED}/pub?output=csv`,
    ],
    [
      `https://docs.google.com/spreadsheets/d/e/${PUBLISHED}/pubhtml?gid=0&single=true`,
      `d/e/${PUBLISHED}/pub?output=csv&gid=0&single=true`,
    ],
  ])('%s', (address, csv) => {
    expect(googleSheetCsv(address)).toBe(`https://docs.google.com/spreadsheets/${csv}`);
  });

  it('keeps an address that is already the CSV', () => {
    const csv = `https://docs.google.com/spreadsheets/d/e/${PUBLISHED}/pub?gid=0&single=true&output=csv`;
    expect(googleSheetCsv(csv)).toBe(csv);
  });

  it('leaves every other address alone', () => {
    for (const address of [
      'https://example.org/spreadsheets/d/abc/edit',
      'https://docs.google.com/document/d/abc/edit',
      'https://docs.google.com.evil.example/spreadsheets/d/abc/edit',
      'http://evil.example/?https://docs.google.com/spreadsheets/d/abc',
      '/data/events.json',
      'not a url',
    ]) {
      expect(googleSheetCsv(address)).toBeNull();
    }
  });

  it('drops a tab that is not a number rather than pass it on', () => {
    expect(googleSheetCsv(`https://docs.google.com/spreadsheets/d/${KEY}/edit#gid=x&y=1`)).toBe(
      `https://docs.google.com/spreadsheets/d/${KEY}/pub?output=csv`,
    );
  });
});

describe('a TimelineJS embed address read as the data it shows', () => {
  const EMBED = 'https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html';

  it('reads a sheet’s key, a published sheet’s v2 key, a sheet’s address or a JSON file', () => {
    expect(timelineJsSource(`${EMBED}?source=${KEY}&font=Default&lang=en&height=650`)).toEqual({
      url: `https://docs.google.com/spreadsheets/d/${KEY}/pub?output=csv`,
      sheet: true,
    });
    expect(timelineJsSource(`${EMBED}?source=v2%3A${PUBLISHED}&lang=en`)).toEqual({
      url: `https://docs.google.com/spreadsheets/d/e/${PUBLISHED}/pub?output=csv`,
      sheet: true,
    });
    const sheet = encodeURIComponent(`https://docs.google.com/spreadsheets/d/${KEY}/edit#gid=7`);
    expect(timelineJsSource(`${EMBED}?source=${sheet}`)).toEqual({
      url: `https://docs.google.com/spreadsheets/d/${KEY}/pub?output=csv&gid=7&single=true`,
      sheet: true,
    });
    const json = encodeURIComponent('https://example.org/data/space-race.json');
    expect(timelineJsSource(`${EMBED}?source=${json}`)).toEqual({
      url: 'https://example.org/data/space-race.json',
      sheet: false,
    });
  });

  it('leaves other addresses, and a source that is neither, alone', () => {
    expect(timelineJsSource(`${EMBED}`)).toBeNull();
    expect(timelineJsSource(`${EMBED}?source=javascript%3Aalert(1)`)).toBeNull();
    expect(timelineJsSource(`https://knightlab.com.evil.example/embed?source=${KEY}`)).toBeNull();
    expect(timelineJsSource(`https://example.org/embed?source=${KEY}`)).toBeNull();
  });

  it('names what is fetched: a sheet as a sheet, a JSON file by its name', async () => {
    expect(await fetchAddress(`${EMBED}?source=${KEY}`)).toEqual({
      url: `https://docs.google.com/spreadsheets/d/${KEY}/pub?output=csv`,
      name: 'Google Sheet.csv',
      sheet: true,
    });
    expect(
      await fetchAddress(`${EMBED}?source=${encodeURIComponent('https://example.org/a/tl.json')}`),
    ).toEqual({ url: 'https://example.org/a/tl.json', name: 'tl.json', sheet: false });
    expect(await fetchAddress('https://example.org/store.json')).toEqual({
      url: 'https://example.org/store.json',
      name: null,
      sheet: false,
    });
  });
});
