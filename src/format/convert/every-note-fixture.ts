import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { convertText } from './convert';
import { type ImportNote, fillTemplate, groupNotes } from './import-report';
import type { ConvertOptions, ConvertOutcome } from './outcome';
import { readImportBytes } from './read-import-bytes';
import { workbookFile } from './workbook-fixture';

/**
 * For tests: files that between them make the importers write every note they have words
 * for, read by the real importers, the way the app reads them (bytes, then text). A note
 * added to an importer, or reworded, is then a note some translation of the report has to
 * say (src/i18n/import-notes-es.coverage.test.ts): add here a file that makes it said.
 */

const LONG_TITLE = `${'A very long headline, '.repeat(10)}cut`;

const csvRows = (...rows: string[]) => rows.join('\n');

/** Every column found by name, the extra ones Sourceline writes, and rows wrong in each way. */
const CSV = csvRows(
  'Date,End,Title,Summary,Actor1,Actor2,Tags,Place,Lat,Lon,Link,Source,Quote,ID,Display date,Circa,Actor IDs,Translation,Remarks,Colour',
  '13/06/2024,,Talks,Round 3,Qatar,,talks,Doha,,,,,,talks,,,,,x,red',
  'soon,,Undated,,Qatar,,,,,,,,,,,,,,,',
  '3000 BC,,Too old,,Qatar,,,,,,,,,,,,,,,',
  '2024-06-14,later,Bad end,,Qatar,,,,,,,,,,,,,,,',
  '2024-06-15,,,,Qatar,,,,,,,,,,,,,,,',
  '2024-06-16,,,Only a description. Of two sentences.,Qatar,,,,,,,,,,,,,,,',
  '2024-06-17,,Off the map,,Qatar,,,,100,30,,,,,,,,,,',
  '2024-06-18,,On the map,,Qatar,,,,50.45,30.52,,,,,,,,,,',
  '2024-06-18,,Degrees and minutes,,Qatar,,,,50°27′N,30°31′E,,,,,,,,,,',
  '2024-06-18,,Unread coordinates,,Qatar,,,,north,east,,,,,,,,,,',
  '2024-06-18,,Latitude alone,,Qatar,,,,50.45,,,,,,,,,,,',
  '2024-06-18,,Longitude alone,,Qatar,,,,,30.52,,,,,,,,,,',
  '2024-06-19,,Two quotes,,Qatar,,,,,,,A;B;C,"First.\n\nSecond.",,,,,,,',
  '2024-06-20,,Badly named,,Qatar,,,,,,,,,Bad Id,,,,,,',
  '2024-06-21,,Twice,,Qatar,,,,,,,,,twice,,,,,,',
  '2024-06-22,,Twice again,,Qatar,,,,,,,,,twice,,,,,,',
  `2024-06-23,,"${LONG_TITLE}",,Qatar,,,,,,,,,,,,,,,`,
  '2024-06-25,2024-06-24,Ends first,,Qatar,,,,,,,,,,,,,,,',
  ',,,,,,,,,,,,,,,,,,,',
  '2024-06-26,,Between empty rows,,Qatar,,,,,,,,,,,,,,,',
  ',,,,,,,,,,,,,,,,,,,',
  ',,,,,,,,,,,,,,,,,,,',
  '2024-06-27,,Last,,Qatar,,,,,,,,,,,,,,,',
  ',,Date left empty,,Qatar,,,,,,,,,,,,,,,',
  '2024-06-28,,Port shelled,,Qatar,,,Mariupol,47.1,37.55,,,,,,,,,,',
  '2024-06-29,,Port shelled again,,Qatar,,,Mariupol,47.09,37.54,,,,,,,,,,',
  '2024-06-30,,Swapped,,Qatar,,,Mariupol,37.55,47.1,,,,,,,,,,',
  '2024–2025,,A span,,Qatar,,,,,,,,,,,,,,,',
  'c. 2023,,About then,,Qatar,,,,,,,,,,,,,,,',
  '2025–2024,,A span backwards,,Qatar,,,,,,,,,,,,,,,',
);

/** A dozen rows with no actor: one note naming a dozen rows. */
const CSV_NO_ACTORS = csvRows(
  'When,What happened,Notes',
  ...Array.from({ length: 12 }, (_, i) => `06/${13 + i}/2024,Event ${i + 1},`),
);

/**
 * Sourceline's own CSV, its evidence columns wrong in each way: a stance that is neither, a
 * slot with no quote beside it, a status and related events the store cannot hold.
 */
/** A column of links named by none of the url column's names: read as links to sources. */
const CSV_LINKS = csvRows(
  'Date,Headline,Reference',
  '2024-06-19,Treaty signed,https://example.org/treaty',
);

/** One source name beside two of its site's pages. */
const CSV_PUBLISHER = csvRows(
  'Date,Title,Source,Link',
  '1917-04-17,Lenin returns,Wikipedia,https://en.wikipedia.org/wiki/April_Theses',
  '1918-03-03,Brest-Litovsk,Wikipedia,https://en.wikipedia.org/wiki/Treaty_of_Brest-Litovsk',
);

/** A "Who" column and tags joined with commas, as people fill them, none with ";". */
const CSV_COMMA_LISTS = csvRows(
  'Date,Title,Who,Tags',
  '2022-02-24,Invasion,"Russia, Ukraine","war, invasion"',
  '2023-09-13,Summit,"Russia, North Korea",summit',
);

/** A "Who" column of comma lists with one cell typed with ";", and a row given twice. */
const CSV_MIXED_LISTS = csvRows(
  'Date,Title,Who',
  '2022-02-24,Invasion,"Russia, Ukraine"',
  '2023-09-13,Summit,"Russia, North Korea"',
  '2024-06-19,Treaty,"Russia; North Korea"',
  '2023-09-13,Summit,"Russia, North Korea"',
);

const CSV_EVIDENCE = csvRows(
  'id,title,start,actor_ids,actors,status,status_note,related,source_ids,sources,quotes,translations,stances,locators',
  'a,A,2020,x,X,maybe,,causes: b; causes: a; causes: nowhere; follows: b; b,s,S,"q1","t1\n\nt2","supports\n\nperhaps","\n\np. 3"',
  'b,B,2021,x,X,Confirmed,Said twice.,,s,S,"q1\n\nq2","\n\nt2","perhaps",',
);

const SHEET_HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background,Remarks';
const sheetRow = (cells: Partial<Record<string, string>>) =>
  SHEET_HEADER.split(',')
    .map((column) => {
      const cell = cells[column] ?? '';
      return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    })
    .join(',');

/** The TimelineJS Google Sheet template, a row for each thing it can say of one. */
const SHEET = csvRows(
  SHEET_HEADER,
  sheetRow({
    Headline: 'Space race',
    Text: 'Who got there first',
    Media: 'https://e.org/a.jpg',
    Type: 'title',
    Remarks: 'x',
  }),
  sheetRow({ Year: '1957', Month: '10', Day: '4', Time: 'noon', Headline: 'Sputnik' }),
  sheetRow({ Year: 'x', Headline: 'Undated' }),
  sheetRow({ Year: '-3000', Headline: 'Too old' }),
  sheetRow({ Year: '1958', 'End Year': 'abc', Headline: 'Bad end' }),
  sheetRow({ Year: '1959' }),
  sheetRow({ Year: '1960', Text: 'The text names it.' }),
  sheetRow({ Year: '1961', Media: 'https://e.org/v.mp4', 'Media Caption': 'A video' }),
  sheetRow({ Year: '1962', Headline: 'Background', Background: '#000' }),
  sheetRow({ Year: '1963', Headline: 'Protocol-relative', Media: '//e.org/b.jpg' }),
  sheetRow({
    Year: '1964',
    Headline: 'Embed',
    Media: '<iframe src="https://e.org/embed"></iframe>',
  }),
  sheetRow({ Year: '1965', Headline: 'Quotation', Media: '<blockquote>Words said</blockquote>' }),
  sheetRow({ Year: '1966', Headline: 'Empty quotation', Media: '<blockquote></blockquote>' }),
  sheetRow({ Year: '1967', Headline: 'Embed without address', Media: '<iframe src="x"></iframe>' }),
  sheetRow({ Year: '1968', Headline: 'Other HTML', Media: '<div>x</div>' }),
  sheetRow({ Year: '1969', Headline: 'Mail', Media: 'mailto:a@e.org' }),
  sheetRow({ Year: '1970', Headline: 'Relative', Media: 'images/c.jpg' }),
  sheetRow({ Year: '2015', Month: '13', Day: '40', Headline: 'No such month' }),
  sheetRow({ Year: '2015', Month: '2', Day: '29', Headline: 'No such day' }),
  sheetRow({ Year: '2015', Month: 'June', Headline: 'Month in words' }),
  sheetRow({ Year: '2015', Month: '6', Day: 'x', Headline: 'Day in words' }),
  sheetRow({ Year: '2015', 'End Year': '2016', 'End Month': '13', Headline: 'No such end month' }),
  sheetRow({ Year: '1957', 'End Year': '1975', Headline: 'Cold War', Type: 'era' }),
  sheetRow({
    Year: '1957',
    'End Year': '1975',
    'End Month': '0',
    Headline: 'Bad era',
    Type: 'era',
  }),
  sheetRow({ Year: '1957', Headline: 'Open era', Type: 'era' }),
);

const OLD_SHEET = (date: string) =>
  csvRows(
    'Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Tag',
    `${date},,Launch,,,,,,,`,
  );

const TIMELINEJS = {
  title: { text: { headline: 'Space race' }, media: { url: 'https://e.org/title.jpg' } },
  scale: 'cosmological',
  events: [
    { text: { headline: 'Undated' } },
    { start_date: { year: 'x' }, text: { headline: 'Not a year' } },
    { start_date: { year: -3000 }, text: { headline: 'Too old' } },
    {
      start_date: {
        year: 1957,
        month: 10,
        day: 4,
        hour: 19,
        minute: 28,
        second: 34,
        millisecond: 5,
      },
      text: { headline: 'Sputnik' },
    },
    'a slide',
    { start_date: { year: 1958 } },
    { start_date: { year: 1959 }, text: { text: 'Luna 1 leaves.' } },
    { start_date: { year: 1960 }, media: { url: 'https://e.org/v.mp4', caption: 'A video' } },
    { start_date: { year: 1961 }, text: { headline: 'Backdrop' }, background: { color: '#000' } },
    { start_date: { year: 1962 }, text: { headline: 'Relative' }, media: { url: 'images/d.jpg' } },
  ],
  eras: [
    'an era',
    { start_date: { year: 1957 }, end_date: { year: 1975 }, text: { headline: 'Cold War' } },
  ],
};

const TIMELINEJS2 = {
  timeline: {
    headline: 'Verite',
    type: 'default',
    date: [
      { startDate: '2011,12,10', headline: 'Ten' },
      { startDate: 'soon', headline: 'Undated' },
    ],
  },
};

const event = (attributes: string, text = '') => `<event ${attributes}>${text}</event>`;

/** SIMILE's XML, dated day first by one event. */
const SIMILE_XML = `<data wiki-url="https://e.org/wiki">
${event('start="13/04/2020" title="Day first" color="red"')}
${event('start="soon" title="Undated"')}
${event('start="2020-05-01" end="later" isDuration="true" title="Bad end"')}
${event('start="2020-05-02" title=""')}
${event('start="2020-05-03" title=""', 'A text that names it. And more.')}
${event('start="2020-05-04" latestStart="2020-05-05" isDuration="true" title="Fuzzy"')}
${event('start="107?" title="Doubtful"')}
${event('start="2020-05-06" title="Links" link="images/e.png" image="ftp://e.org/i.png"')}
${event('start="Sat May 20 1961 00:00:00 GMT-0600" title="Written by JavaScript"')}
${event('start="2020-05-07" end="2020-05-09" title="Imprecise"')}
${event('start="2020-05-10" end="2020-05-08" isDuration="true" title="Ends first"')}
${event('start="2020-05-11" end="2020-05-12" isDuration="true" title="Period"')}
${event('start="2020-05-13" end="2020-05-14" isDuration="true" title="Period 2"')}
${Array.from({ length: 11 }, (_, i) => event(`start="2021-01-${10 + i}" title="Coloured ${i}" color="blue"`)).join('\n')}
</data>`;

/** Dates that tell no day/month order, and one that cannot be read without one. */
const SIMILE_AMBIGUOUS = `<data>${event('start="03/04/2020?" title="Either way"')}${event('start="2020" title="A year"')}</data>`;

const SIMILE_JSON = {
  'wiki-section': 'x',
  events: [5, { start: '2020-01-01', title: 'Coloured', color: 'red' }],
};

const TIMEMAP = {
  events: [
    {
      date: '13/04/2020',
      time: '00:00',
      description: 'Day first. More.',
      id: 'CIV0001',
      category: 'Army',
      sources: ['a', 'b', 'c', 'd'],
    },
    { date: '', description: '', sources: [] },
    'an event',
    { date: 'soon', description: 'Undated.' },
    { date: '2020-04-14', description: '' },
    {
      date: '2020-04-15',
      time: '00:00',
      description: 'Swapped.',
      latitude: '100',
      longitude: '45',
    },
    { date: '2020-04-16', description: 'Unplaced.', latitude: 'abc', longitude: 'def' },
  ],
};

const TIMEMAP_WITH_SOURCES = {
  events: [{ date: '2020-04-14', description: 'Sourced.', sources: ['nowhere'] }],
  sources: [{ id: 'known', title: 'Known' }],
};

const TIMEMAPJS = [
  5,
  { start: '2020-01-01', title: 'A line', polyline: [{ lat: 1, lon: 2 }] },
  { start: '2020-01-02', title: 'Mail', options: { infoUrl: 'mailto:a@e.org' } },
  { start: '2020-01-03', title: 'Relative', options: { infoUrl: 'page.html' } },
  { start: '2020-01-04', title: 'Unplaced', point: { lat: 'abc', lon: 2 } },
];

const placemark = (inner: string) => `<Placemark>${inner}</Placemark>`;
const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Places</name>
${placemark('<name>End only</name><TimeSpan><end>2024-06-19</end></TimeSpan>')}
${placemark('<name>From data</name><ExtendedData><Data name="date"><value>2024-06-19</value></Data></ExtendedData>')}
${placemark('<name>Bad point</name><TimeStamp><when>2024-06-19</when></TimeStamp><Point><coordinates>abc</coordinates></Point>')}
${placemark('<name>A line</name><TimeStamp><when>2024-06-19</when></TimeStamp><LineString><coordinates>1,2 3,4</coordinates></LineString>')}
${placemark('<name>Midnight</name><TimeStamp><when>2024-06-19T00:00:00</when></TimeStamp>')}
</Document></kml>`;

const GEOJSON = {
  type: 'FeatureCollection',
  features: [
    5,
    { type: 'Feature', properties: { name: 'Undated' }, geometry: null },
    {
      type: 'Feature',
      properties: { name: 'A line', date: '2024-06-19' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [1, 2],
          [3, 4],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { name: 'Quake', time: 1718755200000 },
      geometry: { type: 'Point', coordinates: [1, 2] },
    },
    {
      type: 'Feature',
      properties: { name: 'Off the globe', date: '2024-06-19' },
      geometry: { type: 'Point', coordinates: [200, 95] },
    },
  ],
};

const GEOJSON_FEATURE = {
  type: 'Feature',
  properties: { name: 'Alone', date: '2024-06-19' },
  geometry: { type: 'Polygon', coordinates: [] },
};

const item = (inner: string) => `<item><title>Item</title>${inner}</item>`;
const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:georss="http://www.georss.org/georss" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:kml="http://www.opengis.net/kml/2.2"><channel><title>Feed</title>
${item('')}
${item('<pubDate>Wed, 19 Jun 2024 00:00:00 GMT</pubDate><georss:point>abc</georss:point>')}
${item('<pubDate>Wed, 19 Jun 2024 10:00:00 GMT</pubDate><georss:line>1 2 3 4</georss:line>')}
${item('<dc:date>2024-06-19</dc:date>')}
${item('<kml:TimeStamp><kml:when>2024-06-19</kml:when></kml:TimeStamp>')}
${item('<kml:TimeSpan><kml:begin>2024-06-19</kml:begin><kml:end>2024-06-20</kml:end></kml:TimeSpan>')}
</channel></rss>`;

const RSS_EVERY_ITEM = `<rss version="2.0"><channel><title>Feed</title>${item('<pubDate>Wed, 19 Jun 2024 10:00:00 GMT</pubDate>')}</channel></rss>`;

const entry = (inner: string) => `<entry><title>Entry</title>${inner}</entry>`;
const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
${entry('<published>2024-06-19T10:00:00Z</published>')}
${entry('<updated>2024-06-20T10:00:00Z</updated>')}
${entry('')}
</feed>`;
const ATOM_EVERY_ENTRY = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>${entry('<published>2024-06-19T10:00:00Z</published>')}</feed>`;

const SCRIPT = `var timeline = ${JSON.stringify({ events: [{ start_date: { year: 2000 }, text: { headline: 'Scripted' } }] })};`;

const json = (data: unknown) => JSON.stringify(data);

/** Text files, with what the app would pass along with them. */
const TEXTS: readonly (readonly [string, ConvertOptions?])[] = [
  [CSV],
  [CSV_NO_ACTORS, { mapping: { title: 'What happened' } }],
  [CSV_EVIDENCE],
  [CSV_COMMA_LISTS],
  [CSV_MIXED_LISTS],
  [CSV_LINKS],
  [CSV_PUBLISHER],
  // The editor's import: a row with no date is kept, to be dated in the draft.
  [csvRows('Date,Title', ',Undated', '2024-06-19,Dated'), { keepUndated: true }],
  [SHEET],
  [SHEET, { baseUrl: 'https://e.org/sheet/' }],
  [OLD_SHEET('3/4/2012')],
  [OLD_SHEET('13/4/2012')],
  [OLD_SHEET('13/4/2012').replace(',,Launch', ',later,Launch')],
  [json(TIMELINEJS)],
  [json(TIMELINEJS2)],
  [SIMILE_XML, { baseUrl: 'https://e.org/simile/' }],
  [SIMILE_AMBIGUOUS],
  [json(SIMILE_JSON)],
  [json(TIMEMAP)],
  [json(TIMEMAP_WITH_SOURCES)],
  [json(TIMEMAPJS), { from: 'timemapjs', baseUrl: 'https://e.org/timemap/' }],
  [KML],
  [json(GEOJSON)],
  [json(GEOJSON_FEATURE)],
  [RSS],
  [RSS_EVERY_ITEM],
  [ATOM],
  [ATOM_EVERY_ENTRY],
  [SCRIPT],
];

const kmz = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, body]) => [name, strToU8(body)])));

const cells = (row: number, ...values: string[]) =>
  `<row r="${row}">${values
    .map(
      (value, i) =>
        `<c r="${String.fromCharCode(66 + i)}${row}" t="inlineStr"><is><t>${value}</t></is></c>`,
    )
    .join('')}</row>`;
const SHEET_AWAY_FROM_A1 = `${cells(3, 'Date', 'Title')}${cells(4, '2024-06-19', 'Talks')}`;

const libreOffice = (name: string) =>
  new Uint8Array(readFileSync(`src/format/convert/fixtures/libreoffice/${name}`));

/** Files read as bytes first: archives and spreadsheets, whose readers have notes of their own. */
const BYTES: readonly (() => Uint8Array)[] = [
  () => kmz({ 'doc.kml': KML, 'files/a.jpg': '' }),
  () => kmz({ 'doc.kml': KML, 'a.jpg': '', 'b.jpg': '', 'c.jpg': '', 'd.jpg': '' }),
  () =>
    workbookFile([
      { name: 'Events', rows: SHEET_AWAY_FROM_A1 },
      { name: 'Notes', rows: SHEET_AWAY_FROM_A1 },
      { name: 'Sources', rows: SHEET_AWAY_FROM_A1 },
    ]),
  () => libreOffice('events.ods'),
];

/** What every file above became, as the app's import worker gets it. */
export async function outcomesOfEveryNote(): Promise<ConvertOutcome[]> {
  const outcomes = TEXTS.map(([text, options]) => convertText(text, options));
  for (const bytes of BYTES) {
    const read = await readImportBytes(bytes());
    outcomes.push(
      convertText(read.text, {
        readNotes: read.notes,
        ...(read.container ? { container: read.container } : {}),
      }),
    );
  }
  return outcomes;
}

export function notesOf(outcome: ConvertOutcome): readonly ImportNote[] {
  if (outcome.kind === 'store') return outcome.report.notes;
  return outcome.kind === 'refused' ? (outcome.notes ?? []) : [];
}

/** A value of the same shape as one a note quotes, but another. */
function anotherValue(value: string): string {
  if (value.startsWith('"')) return JSON.stringify(`${JSON.parse(value) as string} 2`);
  if (value.startsWith('{')) return '{"another":2}';
  if (value.startsWith('[')) return '[2]';
  return `${value}2`;
}

/**
 * The note beside one that says the same of other values, as a report of many rows has it:
 * the two group as one note whose values are "…", with examples.
 */
function withAnotherOfIt(note: ImportNote): ImportNote[] {
  if (note.template === undefined || note.values === undefined) return [];
  const values = note.values.map(anotherValue);
  const other = { ...note, values, message: fillTemplate(note.template, values) };
  return groupNotes([note, other]);
}

/**
 * Every note the files make the importers write, each alone and as the report groups them,
 * and each that quotes values grouped with one of other values.
 */
export async function everyImportNote(): Promise<ImportNote[]> {
  const notes = (await outcomesOfEveryNote()).map(notesOf);
  return [
    ...notes.flat(),
    ...notes.flatMap((each) => groupNotes(each)),
    ...notes.flat().flatMap(withAnotherOfIt),
  ];
}
