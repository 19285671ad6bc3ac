import { describe, expect, it } from 'vitest';
import { convertText, detectFormat } from './convert';
import { describeNote, groupNotes, messageWithExamples } from './import-report';
import { HOSTILE, expectInert, notesOf, storeOf } from './test-helpers';

const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('TimelineJS sheet CSV import', () => {
  it('reads the template: title row, slides of every precision, groups, eras', () => {
    const text = [
      HEADER,
      ',,,,,,,,,My sheet,<p>Intro</p>,,,,,title,,',
      '1961,5,20,2:30 PM,,,,,,Afternoon,"<p>Line one</p>\n<p>Line two</p>",https://ex.org/p.jpg,Agency,Cap,,,Politics,',
      '1962,,,,1963,,,,About 1962,Period,,,,,,,Politics,#fff',
      '1963,2,,,,,,,,Month,,,,,,,Culture,',
      '1960,,,,1969,,,,,The sixties,,,,,,era,,',
      '-500,,,,,,,,,BCE,,,,,,,,',
      ',,,,,,,,,,,,,,,,,',
    ].join('\n');
    expect(detectFormat(text)).toBe('timelinejs-sheet');
    const outcome = convertText(text);
    const store = storeOf(outcome);
    expect(store.title).toBe('My sheet');
    expect(store.description).toBe('Intro');
    expect(store.events.map((e) => [e.title, e.start, e.end ?? null, e.actors])).toEqual([
      ['Afternoon', '1961-05-20T14:30', null, ['politics']],
      ['Period', '1962', '1963', ['politics']],
      ['Month', '1963-02', null, ['culture']],
      ['The sixties', '1960', '1969', ['eras']],
    ]);
    expect(store.events[0]!.summary).toBe('Line one\n\nLine two\n\nMedia: https://ex.org/p.jpg');
    expect(store.events[1]!.dateNote).toBe('About 1962');
    const dropped = notesOf(outcome, 'dropped');
    expect(dropped).toEqual(
      expect.arrayContaining(['row 8: empty row', 'row 4: background not imported']),
    );
    expect(dropped.some((n) => n.startsWith('row 7: date "-500"') && n.includes('0001–9999'))).toBe(
      true,
    );
  });

  const OLD_HEADER =
    'Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Tag';

  it('reads the old Start Date / End Date / Tag form month first, as TimelineJS does', () => {
    const text = [
      OLD_HEADER,
      '01/02/2011,,A,,,,,,,Tag1',
      '03/04/2011,05/06/2011,B,,,,,,,Tag2',
    ].join('\n');
    const outcome = convertText(text);
    expect(outcome).toMatchObject({ kind: 'store', assumedDateOrder: 'mdy' });
    expect(storeOf(outcome).events.map((e) => [e.start, e.end ?? null, e.actors])).toEqual([
      ['2011-01-02', null, ['tag1']],
      ['2011-03-04', '2011-05-06', ['tag2']],
    ]);
    expect(notesOf(outcome, 'guessed')).toContain(
      ': day/month order read as mdy (month first), as TimelineJS reads its Start Date column: rows 2–3',
    );
    // The reader who knows better chooses the other order.
    const store = storeOf(convertText(text, { dateOrder: 'dmy' }));
    expect(store.events.map((e) => [e.start, e.end ?? null])).toEqual([
      ['2011-02-01', null],
      ['2011-04-03', '2011-06-05'],
    ]);
  });

  it('follows an old sheet that shows its order, and asks when it shows both', () => {
    const dayFirst = [OLD_HEADER, '25/02/2011,,A,,,,,,,', '03/04/2011,,B,,,,,,,'].join('\n');
    const outcome = convertText(dayFirst);
    expect(outcome).not.toHaveProperty('assumedDateOrder');
    expect(storeOf(outcome).events.map((e) => e.start)).toEqual(['2011-02-25', '2011-04-03']);
    const both = [OLD_HEADER, '25/02/2011,,A,,,,,,,', '02/25/2011,,B,,,,,,,'].join('\n');
    expect(convertText(both)).toMatchObject({ kind: 'ask-date-order', rows: [2, 3] });
  });

  it('reads a month and year in the old Start Date column, as TimelineJS does', () => {
    const text = [OLD_HEADER, '4/2012,,A,,,,,,,', '2013,,B,,,,,,,'].join('\n');
    expect(storeOf(convertText(text)).events.map((e) => e.start)).toEqual(['2012-04', '2013']);
  });

  it('keeps its new Year / Month / Day form without any order to assume', () => {
    const text = [HEADER, '2011,3,4,,,,,,,A,,,,,,,,'].join('\n');
    expect(convertText(text)).not.toHaveProperty('assumedDateOrder');
  });

  it('turns hostile markup in every text field into inert text', () => {
    const q = `"${HOSTILE.replace(/"/g, '""')}"`;
    const text = [
      HEADER,
      `,,,,,,,,${q},${q},${q},,,,,title,,`,
      `2000,,,,,,,,${q},${q},${q},https://ex.org/m,${q},${q},,,${q},`,
    ].join('\n');
    const store = storeOf(convertText(text));
    expectInert(store);
  });

  it('keeps a quotation given as media (the row has no text of its own)', () => {
    // Trimmed from NUKnightLab/TimelineJS3 contrib/women_in_computing.csv.
    const text = [
      HEADER,
      '1948,3,14,,,,,,,Edith Clarke: Bucking the Trend,,"<blockquote>There is no demand for women engineers, as such, as there are for women doctors. <cite>Edith Clarke, first female professor of electrical engineering in the United States</cite></blockquote>",,,,,,',
      '1950,,,,,,,,,,,"<blockquote>A quotation alone.</blockquote>",,,,,,',
    ].join('\n');
    const outcome = convertText(text);
    const store = storeOf(outcome);
    expect(store.events.map((e) => [e.title, e.summary])).toEqual([
      [
        'Edith Clarke: Bucking the Trend',
        'Quote: There is no demand for women engineers, as such, as there are for women doctors. Edith Clarke, first female professor of electrical engineering in the United States',
      ],
      ['A quotation alone.', 'Quote: A quotation alone.'],
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([]);
  });

  it("reports the title row's media, which is not imported", () => {
    // Trimmed from thecdil/timelinejs-template docs/timelinejs3-template.csv.
    const text = [
      HEADER,
      ',,,,,,,,,Google Spreadsheet Example,"This is a \'title\' slide.",http://www.flickr.com/photos/zachwise/6115056146/in/photostream,Zach Wise/verite.co,Chicago by zach.wise,,title,,',
      "2011,11,1,,2011,12,15,,,Another Flickr Example,It's Easy,,,,,,,",
    ].join('\n');
    const outcome = convertText(text);
    expect(storeOf(outcome).title).toBe('Google Spreadsheet Example');
    expect(notesOf(outcome, 'dropped')).toEqual([
      "row 2: the title slide's media is not imported (it belongs to no event)",
    ]);
  });

  it('reads a spreadsheet export with a BOM, CRLF and a run of unused rows, reported once', () => {
    // Trimmed from NUKnightLab/TimelineJS3 contrib/women_in_computing.csv, saved as a
    // spreadsheet saves it: a byte-order mark, CRLF, the sheet's empty rows at the end.
    const rows = [
      HEADER,
      ',,,,,,,,,Women in Computing,<p>In this sample timeline.</p>,,,,,title,,',
      '1815,12,10,,1852,11,27,,,Ada Lovelace,<p>Women have been programming.</p>,,,,,,,',
      ',,,,,,,,,,,,,,,,,',
      '1951,,,,,,,,,Rózsa Péter writes recursion,<p>Recursive Functions.</p>,,,,,,,',
      ...Array<string>(30).fill(',,,,,,,,,,,,,,,,,'),
    ];
    const outcome = convertText(`\ufeff${rows.join('\r\n')}\r\n`);
    const store = storeOf(outcome);
    expect(store.title).toBe('Women in Computing');
    expect(store.events.map((e) => [e.title, e.start, e.end ?? null])).toEqual([
      ['Ada Lovelace', '1815-12-10', '1852-11-27'],
      ['Rózsa Péter writes recursion', '1951', null],
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual(['row 4: empty row', 'rows 6–35: 30 empty rows']);
  });

  it('reads years formatted as numbers ("1,815"), as TimelineJS does, and reports an unread time', () => {
    // Ada Lovelace's row of NUKnightLab/TimelineJS3 contrib/women_in_computing.csv, with the
    // year column formatted as a number in the sheet (TimelineJS's clean_integer strips it).
    const text = [
      HEADER,
      '"1,815",12,10,,"1,852",11,27,,,Ada Lovelace,<p>Women have been programming.</p>,,,,,,,',
      '1943,6,5,noon,,,,,,The First Computer,,,,,,,,',
    ].join('\n');
    const outcome = convertText(text);
    expect(storeOf(outcome).events.map((e) => [e.start, e.end ?? null])).toEqual([
      ['1815-12-10', '1852-11-27'],
      ['1943-06-05', null],
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'row 3: time "noon" not read (such as 14:30 or 2:30 PM): the date kept to the day',
    ]);
  });

  it('says which part of a Year / Month / Day date is wrong, showing every part it read', () => {
    // A tester's row 12, "2015,13,40", was dropped as 'date "2015": not a date (… or 2024)'.
    const text = [
      HEADER,
      '2015,13,40,,,,,,,No such month,,,,,,,,',
      '2015,2,29,,,,,,,Not a leap year,,,,,,,,',
      '2016,2,29,,,,,,,A leap year,,,,,,,,',
      '2015,4,31,,,,,,,No 31 April,,,,,,,,',
      '2015,0,,,,,,,,Month nought,,,,,,,,',
      '2015,June,,,,,,,,Month in words,,,,,,,,',
      '2015,6,x,,,,,,,Day in words,,,,,,,,',
      'x,,,,,,,,,Year in words,,,,,,,,',
      '-44,3,15,,,,,,,Ides of March,,,,,,,,',
      '2015,6,1,,2016,13,1,,,No such end month,,,,,,,,',
      '2015,6,1,,2016,2,30,,,No such end day,,,,,,,,',
      '2015,6,1,,abc,,,,,End year in words,,,,,,,,',
      '2015,6,1,25:00,,,,,,No such hour,,,,,,,,',
      '1957,,,,1975,13,,,,Bad era,,,,,,era,,',
    ].join('\n');
    const outcome = convertText(text);
    expect(storeOf(outcome).events.map((e) => [e.title, e.start, e.end ?? null])).toEqual([
      ['A leap year', '2016-02-29', null],
      ['No such end month', '2015-06-01', null],
      ['No such end day', '2015-06-01', null],
      ['End year in words', '2015-06-01', null],
      ['No such hour', '2015-06-01', null],
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'row 2: date "2015-13-40" (Year, Month, Day): month not from 1 to 12',
      'row 3: date "2015-2-29" (Year, Month, Day): day not in that month',
      'row 5: date "2015-4-31" (Year, Month, Day): day not in that month',
      'row 6: date "2015-0" (Year, Month): month not from 1 to 12',
      'row 7: date "2015-June" (Year, Month): month is not a whole number',
      'row 8: date "2015-6-x" (Year, Month, Day): day is not a whole number',
      'row 9: date "x" (Year): year is not a whole number',
      'row 10: date "-44-3-15" (Year, Month, Day): its year is outside 0001–9999 (BCE and cosmological dates cannot be shown)',
      'row 11: end date "2016-13-1" (End Year, End Month, End Day) left out: month not from 1 to 12',
      'row 12: end date "2016-2-30" (End Year, End Month, End Day) left out: day not in that month',
      'row 13: end date "abc" (End Year) left out: year is not a whole number',
      'row 14: time "25:00" not read (such as 14:30 or 2:30 PM): the date kept to the day',
      'row 15: end date "1975-13" (End Year, End Month) left out: month not from 1 to 12',
      'row 15: an era needs a start and an end date in 0001–9999',
    ]);
  });

  it('reports rows wrong the same way as one line, whatever their values', () => {
    // A tester's 5,000-row sheet: a column of junk months made one line per value.
    const row = (year: number, month: string, title: string) =>
      `${year},${month},1,,,,,,,${title},,,,,,,,`;
    const text = [
      HEADER,
      row(2015, '1', 'Fine'),
      row(2015, '1', 'Fine too'),
      row(2015, '13', 'Month 13'),
      row(2016, '1', 'Fine again'),
      row(2015, '14', 'Month 14'),
      row(2015, '13', 'Month 13 again'),
      row(2017, '0', 'Month 0'),
      row(2015, 'May', 'Month in words'),
    ].join('\n');
    const outcome = convertText(text);
    if (outcome.kind !== 'store') throw new Error(outcome.kind);
    const lines = groupNotes(outcome.report.notes)
      .filter((note) => note.kind === 'dropped')
      .map((note) => describeNote({ ...note, message: messageWithExamples(note) }));
    expect(lines).toEqual([
      'rows 4, 6–8: date … (Year, Month, Day): month not from 1 to 12 (e.g. "2015-13-1", "2015-14-1", "2017-0-1")',
      'row 9: date "2015-May-1" (Year, Month, Day): month is not a whole number',
    ]);
  });

  it('shows an old Start Date or End Date as written when it cannot be read', () => {
    const text = [
      'Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Tag',
      'soon,,Undated,,,,,,,',
      '2015-06-01,later,Bad end,,,,,,,',
    ].join('\n');
    const outcome = convertText(text);
    expect(storeOf(outcome).events.map((e) => [e.title, e.end ?? null])).toEqual([
      ['Bad end', null],
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'row 2: date "soon": not a date (such as 2024-06-19, 19/06/2024, June 19, 2024 or 2024)',
      'row 3: end date "later" left out: not a date (such as 2024-06-19, 19/06/2024, June 19, 2024 or 2024)',
    ]);
  });
});
