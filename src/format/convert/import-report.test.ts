import { describe, expect, it } from 'vitest';
import {
  type ImportNote,
  ReportBuilder,
  droppedCounts,
  formatName,
  groupNotes,
  notesCovered,
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
        where: 'rows 2, 3, 4',
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
    expect(rows).toMatchObject({ where: 'rows 12, 13', places: 2, whole: true });
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
