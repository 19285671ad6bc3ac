import { describe, expect, it } from 'vitest';
import {
  type ImportNote,
  ReportBuilder,
  droppedCounts,
  formatName,
  englishImportWords,
  groupNotes,
  notesCovered,
  plainValue,
  quotedValue,
  withValues,
} from './import-report';

const note = (kind: ImportNote['kind'], where: string, message: string): ImportNote => ({
  kind,
  where,
  message,
});

describe('groupNotes', () => {
  it('makes the same note at many rows one line naming the rows, in first-seen order', () => {
    const notes = [
      note('guessed', 'row 2', 'no actor: put in the lane Unassigned'),
      note('dropped', 'row 3', 'date "soon": not a date'),
      note('guessed', 'row 3', 'no actor: put in the lane Unassigned'),
      note('guessed', 'row 4', 'no actor: put in the lane Unassigned'),
    ];
    expect(groupNotes(notes)).toEqual([
      {
        kind: 'guessed',
        where: 'rows 2–4',
        message: 'no actor: put in the lane Unassigned',
        places: 3,
      },
      note('dropped', 'row 3', 'date "soon": not a date'),
    ]);
  });

  it('names the first paths of a long run and counts the rest', () => {
    const notes = Array.from({ length: 1159 }, (_, i) =>
      note('guessed', `events[${i}]`, 'title taken from the description'),
    );
    const [grouped, ...rest] = groupNotes(notes);
    expect(rest).toEqual([]);
    expect(grouped).toEqual({
      kind: 'guessed',
      where: 'events[0], events[1], events[2] and 1,156 more',
      message: 'title taken from the description',
      places: 1159,
    });
    expect(notesCovered([grouped!])).toBe(1159);
  });

  it('keeps notes of the same words but another kind, and whole-file notes, apart', () => {
    const notes = [
      note('dropped', '', 'the title slide’s media left out'),
      note('dropped', '', 'the title slide’s media left out'),
      note('mapped', 'row 2', 'x'),
      note('dropped', 'row 2', 'x'),
    ];
    expect(groupNotes(notes)).toEqual(notes);
    expect(notesCovered(groupNotes(notes))).toBe(4);
  });
});

describe('withValues', () => {
  it('keeps the values of the file a message quotes apart from its words', () => {
    const axis = 'lon';
    const written = withValues`${axis} missing beside lat ${quotedValue('50.45')}: coordinates left out`;
    expect(written).toEqual({
      message: 'lon missing beside lat "50.45": coordinates left out',
      template: ['lon missing beside lat ', ': coordinates left out'],
      values: ['"50.45"'],
    });
    // A message within a message brings its values; a plain string is words.
    const inner = withValues`${quotedValue('2015-13-40')} (Year, Month, Day)`;
    expect(withValues`date ${inner}: month 13 is not a month`).toEqual({
      message: 'date "2015-13-40" (Year, Month, Day): month 13 is not a month',
      template: ['date ', ' (Year, Month, Day): month 13 is not a month'],
      values: ['"2015-13-40"'],
    });
  });

  it('writes a note with its values and words as the report builder is given them', () => {
    const report = new ReportBuilder();
    report.dropped(
      'row 3',
      withValues`end ${plainValue('2020-05-08')} is before the start ${plainValue('2020-05-10')}: left out`,
    );
    report.dropped('row 4', withValues`no values here`);
    expect(report.notes).toEqual([
      {
        kind: 'dropped',
        where: 'row 3',
        message: 'end 2020-05-08 is before the start 2020-05-10: left out',
        template: ['end ', ' is before the start ', ': left out'],
        values: ['2020-05-08', '2020-05-10'],
      },
      { kind: 'dropped', where: 'row 4', message: 'no values here' },
    ]);
  });
});

describe('groupNotes, of notes that say the same of different values', () => {
  const missingLon = (row: number, lat: string) => {
    const report = new ReportBuilder();
    report.dropped(
      `row ${row}`,
      withValues`lon missing beside lat ${quotedValue(lat)}: coordinates left out`,
    );
    return report.notes[0]!;
  };
  const missingLat = (row: number, lon: string) => {
    const report = new ReportBuilder();
    report.dropped(
      `row ${row}`,
      withValues`lat missing beside lon ${quotedValue(lon)}: coordinates left out`,
    );
    return report.notes[0]!;
  };

  it('makes them one line naming the rows, the values "…", with the first few as examples', () => {
    const lats = ['50.45', '39.97', '48.2', '50.45', '41.0'];
    const notes = [
      ...lats.map((lat, i) => missingLon(3 + i * 4, lat)),
      missingLat(30, '30.52'),
      note('dropped', 'row 31', 'coordinates out of range left out'),
    ];
    const grouped = groupNotes(notes);
    expect(grouped).toHaveLength(3);
    expect(grouped[0]).toMatchObject({
      kind: 'dropped',
      where: 'rows 3, 7, 11, 15, 19',
      message: 'lon missing beside lat …: coordinates left out',
      places: 5,
      varied: [0],
      examples: [['"50.45"'], ['"39.97"'], ['"48.2"']],
    });
    expect(englishImportWords.note(grouped[0]!).message).toBe(
      'lon missing beside lat …: coordinates left out (e.g. "50.45", "39.97", "48.2")',
    );
    // A note of other words (lat missing, not lon), alone, stays as it was written.
    expect(grouped[1]).toEqual(missingLat(30, '30.52'));
    expect(englishImportWords.note(grouped[1]!).message).toBe(
      'lat missing beside lon "30.52": coordinates left out',
    );
    expect(notesCovered(grouped)).toBe(7);
  });

  it('names the first ten of many rows and counts the rest', () => {
    const notes = Array.from({ length: 419 }, (_, i) => missingLon(2 + i * 3, `${40 + i / 100}`));
    const [grouped, ...rest] = groupNotes(notes);
    expect(rest).toEqual([]);
    expect(grouped!.where).toBe('rows 2, 5, 8, 11, 14, 17, 20, 23, 26, 29 and 409 more');
    expect(grouped!.places).toBe(419);
    expect(grouped!.examples).toEqual([['"40"'], ['"40.01"'], ['"40.02"']]);
  });

  it('shows, of several values, only those that differ, and each note’s apart', () => {
    const report = new ReportBuilder();
    const swapped = (row: number, lat: number, lon: number) =>
      report.warned(
        `row ${row}`,
        withValues`latitude ${plainValue(lat)} and longitude ${plainValue(lon)} look swapped: other rows put ${quotedValue('Mariupol')} at 47.1, 37.55; kept as given`,
      );
    swapped(4, 37.55, 47.1);
    swapped(9, 37.5, 47.0);
    const [grouped] = groupNotes(report.notes);
    expect(englishImportWords.note(grouped!).message).toBe(
      'latitude … and longitude … look swapped: other rows put "Mariupol" at 47.1, 37.55; kept as given (e.g. 37.55, 47.1; 37.5, 47)',
    );
  });

  it('keeps notes of the same values a group of the same note, with no examples', () => {
    const notes = [missingLon(3, '50.45'), missingLon(4, '50.45')];
    const [grouped] = groupNotes(notes);
    expect(grouped).toEqual({
      kind: 'dropped',
      where: 'rows 3–4',
      message: 'lon missing beside lat "50.45": coordinates left out',
      template: ['lon missing beside lat ', ': coordinates left out'],
      values: ['"50.45"'],
      places: 2,
    });
    expect(englishImportWords.note(grouped!).message).toBe(grouped!.message);
  });

  it('counts the items dropped and the fields left out as before', () => {
    const report = new ReportBuilder();
    for (const [row, date] of [
      [3, 'soon'],
      [5, 'later'],
      [8, 'soon'],
    ] as const)
      report.droppedItem(`row ${row}`, withValues`date ${quotedValue(date)}: not a date`);
    report.dropped(
      'row 9',
      withValues`lon missing beside lat ${quotedValue('50.45')}: coordinates left out`,
    );
    report.dropped(
      'row 10',
      withValues`lon missing beside lat ${quotedValue('39.97')}: coordinates left out`,
    );
    const counts = { droppedItems: 3, leftOutFields: 2 };
    expect(droppedCounts(report.notes)).toEqual(counts);
    const grouped = groupNotes(report.notes);
    expect(grouped).toHaveLength(2);
    expect(grouped[0]).toMatchObject({ where: 'rows 3, 5, 8', whole: true, places: 3 });
    expect(grouped[0]!.examples).toEqual([['"soon"'], ['"later"']]);
    expect(droppedCounts(grouped)).toEqual(counts);
  });
});

describe('droppedCounts', () => {
  it('counts the items dropped whole apart from what was left out of items kept', () => {
    const report = new ReportBuilder();
    report.droppedItem('row 12', 'no date');
    report.droppedItem('row 13', 'no date');
    report.dropped('row 18', 'coordinates out of range left out');
    report.dropped('', 'columns not imported: Notes');
    report.guessed('row 2', 'title taken from the description');
    expect(droppedCounts(report.notes)).toEqual({ droppedItems: 2, leftOutFields: 2 });
    // Grouped for reading, the two rows' note is still a drop of whole items.
    const [rows] = groupNotes(report.notes);
    expect(rows).toMatchObject({ where: 'rows 12–13', places: 2, whole: true });
    expect(droppedCounts(groupNotes(report.notes))).toEqual({ droppedItems: 2, leftOutFields: 2 });
  });

  it('counts each of the rows one note names: two empty rows are two rows not imported', () => {
    const report = new ReportBuilder();
    report.droppedItem('rows 35–36', '2 empty rows', 2);
    report.droppedItem('row 5', 'date "-490" (Year): its year is outside 0001–9999');
    expect(droppedCounts(report.notes)).toEqual({ droppedItems: 3, leftOutFields: 0 });
  });
});

describe('formatName', () => {
  it('names a table read from a workbook as the spreadsheet it is, and a KMZ’s KML as a KMZ', () => {
    expect(formatName('csv')).toBe('CSV/TSV table');
    expect(formatName('csv', 'xlsx')).toBe('spreadsheet (Excel .xlsx)');
    expect(formatName('csv', 'ods')).toBe('spreadsheet (OpenDocument .ods)');
    expect(formatName('timelinejs-sheet', 'xlsx')).toBe('TimelineJS sheet (Excel .xlsx)');
    expect(formatName('kml')).toBe('KML (Google Earth)');
    expect(formatName('kml', 'kmz')).toBe('KMZ (Google Earth)');
  });
});
