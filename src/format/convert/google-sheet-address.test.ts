import { describe, expect, it } from 'vitest';
import { googleSheetCsv } from './google-sheet-address';

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
