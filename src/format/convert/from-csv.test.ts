import { describe, expect, it } from 'vitest';
import { convertText } from './convert';
import { titleOfPage } from './from-csv';
import { describeNote, droppedCounts, englishImportWords, groupNotes } from './import-report';
import { readImportBytes } from './read-import-bytes';
import { HOSTILE, expectInert, notesOf, storeOf } from './test-helpers';
import { workbookFile } from './workbook-fixture';

const csv = (lines: string[]) => lines.join('\r\n');

describe('CSV/TSV import', () => {
  it('recognises columns by name and maps a row to an event', () => {
    const outcome = convertText(
      csv([
        'Fecha,Headline,Description,Actors,Tags,Location,Lat,Lng,Link',
        '2024-06-19,Treaty signed,Putin and Kim sign.,Russia; North Korea,treaty|defence,Pyongyang,39.02,125.75,https://example.org/a',
      ]),
      { fallbackTitle: 'events' },
    );
    const store = storeOf(outcome);
    expect(store.title).toBe('events');
    expect(store.events).toEqual([
      {
        id: 'treaty-signed',
        title: 'Treaty signed',
        start: '2024-06-19',
        actors: ['russia', 'north-korea'],
        summary: 'Putin and Kim sign.\n\nLink: https://example.org/a',
        tags: ['treaty', 'defence'],
        place: { name: 'Pyongyang', lat: 39.02, lon: 125.75 },
      },
    ]);
    expect(store.actors.map((a) => [a.name, a.kind])).toEqual([
      ['Russia', 'other'],
      ['North Korea', 'other'],
    ]);
    expect(notesOf(outcome, 'mapped')).toContain(': date ← "Fecha" (recognised by name)');
  });

  it('makes a source of each link without a quote, and keeps the link in the summary', () => {
    const outcome = convertText(
      csv([
        'Date,Headline,What happened,Link',
        '2024-06-19,Pact signed,Putin and Kim sign.,https://www.example-wire.com/world/pact-2024-06-19/',
        '2024-06-20,Pact in force,It applies.,https://www.example-wire.com/world/pact-2024-06-19/',
        '2024-10-23,Troops seen,,https://example.org/troops',
      ]),
      { mapping: { summary: 'What happened' } },
    );
    const store = storeOf(outcome);
    expect(store.sources).toEqual([
      {
        id: 'example-wire-com-world-pact-2024-06-19',
        title: 'example-wire.com/world/pact-2024-06-19',
        language: 'und',
        url: 'https://www.example-wire.com/world/pact-2024-06-19/',
      },
      {
        id: 'example-org-troops',
        title: 'example.org/troops',
        language: 'und',
        url: 'https://example.org/troops',
      },
    ]);
    // No quote is invented: the events rest on no excerpt until one is quoted.
    expect(store.events.map((e) => [e.summary, e.excerpts])).toEqual([
      [
        'Putin and Kim sign.\n\nLink: https://www.example-wire.com/world/pact-2024-06-19/',
        undefined,
      ],
      ['It applies.\n\nLink: https://www.example-wire.com/world/pact-2024-06-19/', undefined],
      ['Link: https://example.org/troops', undefined],
    ]);
    expect(notesOf(outcome, 'guessed')).toContain(
      ': links without a quote made sources: quote a passage of each to back its event',
    );
  });

  it("titles a link's source by the source column when the row names one", () => {
    const store = storeOf(
      convertText(csv(['date,title,source,url', '2020,T,The Paper,https://paper.example/x'])),
    );
    expect(store.sources).toEqual([
      { id: 'the-paper', title: 'The Paper', language: 'und', url: 'https://paper.example/x' },
    ]);
  });

  it.each(['Link', 'URL', 'Source URL', 'Article', 'Website'])(
    'reads a column named %s as the url',
    (name) => {
      const outcome = convertText(csv([`date,title,${name}`, '2020,T,https://example.org/a']));
      expect(outcome.kind === 'store' && outcome.table?.mapping.url).toEqual([name]);
      expect(storeOf(outcome).sources.map((s) => s.url)).toEqual(['https://example.org/a']);
    },
  );

  it('reads a source name given with several links as their publisher, each page titled by its address', () => {
    const outcome = convertText(
      csv([
        'Date,Event,Source,Link',
        '1917-04-17,Lenin returns,Wikipedia,https://en.wikipedia.org/wiki/April_Theses',
        '1917-10-25,October Revolution,BBC Bitesize,https://www.bbc.co.uk/bitesize/guides/zq3sgk7/revision/1',
        '1918-03-03,Brest-Litovsk,Wikipedia,https://en.wikipedia.org/wiki/Treaty_of_Brest-Litovsk',
        '1921-03-21,NEP,BBC Bitesize,https://www.bbc.co.uk/bitesize/guides/zq3sgk7/revision/1',
        '1939-08-23,Pact,Wikipedia,https://en.wikipedia.org/wiki/Molotov%E2%80%93Ribbentrop_Pact',
        '1941-06-22,Barbarossa,Wikipedia,https://en.wikipedia.org/wiki/Operation_Barbarossa',
      ]),
    );
    expect(storeOf(outcome).sources.map((s) => [s.title, s.publisher])).toEqual([
      ['April Theses', 'Wikipedia'],
      // One page, named twice: its name is its title.
      ['BBC Bitesize', undefined],
      ['Treaty of Brest-Litovsk', 'Wikipedia'],
      ['Molotov–Ribbentrop Pact', 'Wikipedia'],
      ['Operation Barbarossa', 'Wikipedia'],
    ]);
    expect(notesOf(outcome, 'guessed')).toContain(
      ': "Wikipedia" names sources at 4 links: read as their publisher, each source titled from its link',
    );
  });

  it('reads a "Source name" column as the source its quotes are tied to, and "Where" as the place', () => {
    const outcome = convertText(
      csv([
        'Date,Title,Where,Source name,Quote',
        '2024-06-19,Treaty signed,Pyongyang,KCNA,"The treaty was signed."',
      ]),
    );
    const [event] = storeOf(outcome).events;
    expect(event!.place).toEqual({ name: 'Pyongyang' });
    expect(event!.excerpts).toEqual([{ source: 'kcna', quote: 'The treaty was signed.' }]);
  });

  it('titles a page by its address where the address has words, else by the address', () => {
    expect(titleOfPage('https://example.org/news/treaty-signed-in-pyongyang.html')).toBe(
      'treaty signed in pyongyang',
    );
    expect(titleOfPage('https://www.bbc.co.uk/bitesize/guides/zq3sgk7/revision/1')).toBe(
      'bbc.co.uk/bitesize/guides/zq3sgk7/revision/1',
    );
    expect(titleOfPage('https://example.org/')).toBe('example.org');
    expect(titleOfPage('https://example.org/%E0%A4%A')).toBe('https://example.org/%E0%A4%A');
  });

  it('reads a column whose cells are mostly links as the url, whatever its name', () => {
    const outcome = convertText(
      csv([
        'date,title,Reference,Notes',
        '2020,A,https://example.org/a,one',
        '2021,B,https://example.org/b,two',
        '2022,C,https://example.org/c,three',
        '2023,D,https://example.org/d,four',
        '2024,E,see the archive,five',
      ]),
    );
    expect(outcome.kind === 'store' && outcome.table?.mapping.url).toEqual(['Reference']);
    expect(notesOf(outcome, 'mapped')).toContain(': url ← "Reference" (its cells are links)');
    expect(storeOf(outcome).sources).toHaveLength(4);
  });

  it('reads a source column of links as the url, its links a source each', () => {
    const outcome = convertText(
      csv(['date,title,Source', '2020,A,https://example.org/a', '2021,B,https://example.org/b']),
    );
    const mapping = outcome.kind === 'store' ? outcome.table?.mapping : undefined;
    expect([mapping?.url, mapping?.source]).toEqual([['Source'], []]);
    expect(storeOf(outcome).sources.map((s) => s.url)).toEqual([
      'https://example.org/a',
      'https://example.org/b',
    ]);
  });

  it('leaves a column of mostly text, a column chosen by hand, and pictures alone', () => {
    const mixed = convertText(
      csv([
        'date,title,Reference,Image',
        '2020,A,https://example.org/a,https://example.org/a.jpg',
        '2021,B,see the archive,https://example.org/b.jpg',
      ]),
    );
    expect(mixed.kind === 'store' && mixed.table?.mapping.url).toEqual([]);
    expect(storeOf(mixed).sources).toEqual([]);
    const none = convertText(csv(['date,title,Reference', '2020,A,https://example.org/a']), {
      mapping: { url: null },
    });
    expect(storeOf(none).sources).toEqual([]);
  });

  it("splits a source cell of comma-joined links, as timemap's CSV download writes it", () => {
    // Trimmed from johanbove/bellingcat-ukraine export/export_events.json (CIV0002), in the
    // columns of bellingcat/ukraine-timemap DownloadButton.getCsvData (paths joined with ",").
    const outcome = convertText(
      csv([
        'id,date,latitude,longitude,location,description,sources,associations',
        '"CIV0002","02/24/2022","48.748564","30.218515","Uman","Civilians hit by artillery.","https://twitter.com/ragipsoylu/status/1496737243255480321,https://twitter.com/Liveuamap/status/1496739229040537603","Type of area affected=Commercial,Weapon System=Air strike"',
        '"CIV0003","02/24/2022","50.470055","30.527381","Kyiv","Explosion in central Kyiv, nothing further yet.","Reuters, Kyiv bureau",""',
      ]),
      { dateOrder: 'mdy' },
    );
    expect(storeOf(outcome).events.map((e) => e.summary)).toEqual([
      'Civilians hit by artillery.\n\nSource: https://twitter.com/ragipsoylu/status/1496737243255480321\n\nSource: https://twitter.com/Liveuamap/status/1496739229040537603',
      'Explosion in central Kyiv, nothing further yet.\n\nSource: Reuters, Kyiv bureau',
    ]);
  });

  it('reads every date precision and drops years outside 0001–9999, naming the row', () => {
    const outcome = convertText(
      csv([
        'date,title,actor',
        '2024,A year,x',
        '2024-06,A month,x',
        '2024-06-19,A day,x',
        '2024-06-19T10:30,A minute,x',
        '2024-06-19 10:30:15Z,A second,x',
        '-0500,Fifth century BCE,x',
        '13800000000,Big bang,x',
        '0000,Year zero,x',
        '500 BCE,Written BCE,x',
      ]),
    );
    const store = storeOf(outcome);
    expect(store.events.map((e) => e.start)).toEqual([
      '2024',
      '2024-06',
      '2024-06-19',
      '2024-06-19T10:30',
      '2024-06-19T10:30:15Z',
    ]);
    const dropped = notesOf(outcome, 'dropped');
    for (const row of [7, 8, 9, 10]) {
      expect(
        dropped.some((note) => note.startsWith(`row ${row}: date`) && note.includes('0001–9999')),
      ).toBe(true);
    }
  });

  it('reads a span or an approximate date written in the date cell, and says so', () => {
    const outcome = convertText(
      csv([
        'Date,Event,End',
        '1918-1921,Russian Civil War,',
        'c. 1927,Stalin in power,',
        '12–15 March 1917,February Revolution,',
        '1918-1921,Allied intervention,1920',
        '1921–1918,Backwards,',
      ]),
    );
    const store = storeOf(outcome);
    expect(store.events.map((e) => [e.title, e.start, e.end, e.approximate])).toEqual([
      ['Russian Civil War', '1918', '1921', undefined],
      ['Stalin in power', '1927', undefined, true],
      ['February Revolution', '1917-03-12', '1917-03-15', undefined],
      // The end column, where it is filled in, is the end.
      ['Allied intervention', '1918', '1920', undefined],
    ]);
    expect(notesOf(outcome, 'guessed')).toEqual(
      expect.arrayContaining([
        'row 2: two dates in the date cell read as the start and the end',
        'row 3: date marked "c.", "ca.", "~" or "?" read as approximate',
      ]),
    );
    expect(notesOf(outcome, 'dropped')).toContain(
      'row 6: date "1921–1918": a span of dates whose end is before its start',
    );
  });

  it('settles the day/month order from the ends of a span too', () => {
    const outcome = convertText(csv(['date,title', '03/04/2020,A', '01/04/2020 - 25/04/2020,B']));
    expect(storeOf(outcome).events.map((e) => [e.start, e.end])).toEqual([
      ['2020-04-03', undefined],
      ['2020-04-01', '2020-04-25'],
    ]);
  });

  it('settles day/month order from the rows that show it, and says so', () => {
    const outcome = convertText(csv(['date,title', '03/04/2020,A', '25/04/2020,B']));
    const store = storeOf(outcome);
    expect(store.events.map((e) => e.start)).toEqual(['2020-04-03', '2020-04-25']);
    expect(notesOf(outcome, 'guessed')).toContain(': day/month order read as dmy from row 3');
  });

  it('asks when the order cannot be told, naming the rows, and reads it once told', () => {
    const text = csv(['date,title', '03/04/2020,A', '05/06/2020,B', '2020-01-01,C']);
    expect(convertText(text)).toMatchObject({ kind: 'ask-date-order', rows: [2, 3], unit: 'row' });
    expect(storeOf(convertText(text, { dateOrder: 'mdy' })).events.map((e) => e.start)).toEqual([
      '2020-03-04',
      '2020-05-06',
      '2020-01-01',
    ]);
  });

  it('shows the dates it asks about as written, with their titles and both readings', () => {
    const text = csv([
      'date,title,notes',
      '03/04/2020,<b>Talks</b> open,',
      '05/06/2020,,The summit ends. Later more.',
      '2020-01-01,C,',
    ]);
    const asked = convertText(text);
    expect(asked).toMatchObject({
      kind: 'ask-date-order',
      ambiguousDates: [
        { where: 2, unit: 'row', text: '03/04/2020', title: 'Talks open' },
        { where: 3, unit: 'row', text: '05/06/2020', dmy: '2020-06-05', mdy: '2020-05-06' },
      ],
    });
    expect(asked.kind === 'ask-date-order' && asked.ambiguousDates[1]!.title).toMatch(
      /^The summit/,
    );
    // Answered, the question stays with its dates, so that the answer can be changed.
    expect(convertText(text, { dateOrder: 'dmy' })).toMatchObject({
      kind: 'store',
      ambiguousDates: [{ text: '03/04/2020', dmy: '2020-04-03', mdy: '2020-03-04' }, {}],
    });
    // A file whose dates show their order asks nothing, and shows nothing.
    const shown = convertText(csv(['date,title', '03/04/2020,A', '25/04/2020,B']));
    expect(shown).not.toHaveProperty('ambiguousDates');
  });

  it('asks when the file shows both orders', () => {
    const outcome = convertText(csv(['date,title', '25/04/2020,A', '04/25/2020,B']));
    expect(outcome).toMatchObject({ kind: 'ask-date-order', rows: [2, 3] });
  });

  it('reads a BOM, semicolons, quoted newlines and skips empty rows, reporting them', () => {
    const outcome = convertText(
      '\ufeffdate;title;notes\r\n2020-01-01;"One; with semicolon";"line 1\nline 2"\r\n;;\r\n2020-01-02;Two;\r\n',
    );
    const store = storeOf(outcome);
    expect(store.events.map((e) => [e.title, e.summary])).toEqual([
      ['One; with semicolon', 'line 1\nline 2'],
      ['Two', undefined],
    ]);
    expect(notesOf(outcome, 'dropped')).toContain('row 3: empty row');
  });

  it('reads a TSV', () => {
    const store = storeOf(convertText('date\ttitle\tactor1\tactor2\n2020-01-01\tMeeting\tA\tB\n'));
    expect(store.events[0]!.actors).toEqual(['a', 'b']);
  });

  it('refuses a file without a date column, naming the columns and the field to choose', () => {
    const outcome = convertText(csv(['when it was,title', 'x,y']));
    expect(outcome).toMatchObject({
      kind: 'refused',
      missing: 'date',
      message:
        'no column of dates recognised by its name ("Date", "Fecha", "Start"…); columns: when it was, title',
    });
    expect(convertText(csv(['Date,what', '2020-01-01,x']))).toMatchObject({
      kind: 'refused',
      missing: 'title',
    });
  });

  it('reads a Spanish newsroom sheet: Fecha, Titular, Actores, separated by semicolons', () => {
    const outcome = convertText(
      csv(['Fecha;Titular;Actores', '19/06/2024;Firma del tratado;Rusia']),
    );
    expect(storeOf(outcome).events[0]).toMatchObject({
      title: 'Firma del tratado',
      start: '2024-06-19',
      actors: ['rusia'],
    });
  });

  it('maps a column by hand', () => {
    const outcome = convertText(csv(['when it was,what', '2020-01-01,Thing']), {
      mapping: { date: 'when it was', title: 'what' },
    });
    expect(storeOf(outcome).events[0]).toMatchObject({ title: 'Thing', start: '2020-01-01' });
    expect(notesOf(outcome, 'mapped')).toContain(': date ← "when it was" (mapped by hand)');
  });

  // A tester's Status column was read, but the dialog had no list to show it, and a column of
  // another name could not be read as the status.
  it('reads the status as a field: its column found by name, or chosen, or none', () => {
    const byName = convertText(csv(['Date,Title,Status', '2024-01-01,Strike,Disputed']));
    if (byName.kind !== 'store') throw new Error(byName.kind);
    expect(byName.table?.mapping.status).toEqual(['Status']);
    expect(storeOf(byName).events[0]!.status).toBe('disputed');
    expect(notesOf(byName, 'mapped')).toContain(': status ← "Status" (recognised by name)');

    const file = csv(['Date,Title,Verification', '2024-01-01,Strike,refuted']);
    const chosen = convertText(file, { mapping: { status: 'Verification' } });
    expect(storeOf(chosen).events[0]!.status).toBe('refuted');
    expect(notesOf(chosen, 'mapped')).toContain(': status ← "Verification" (mapped by hand)');
    expect(storeOf(convertText(file)).events[0]!.status).toBeUndefined();

    const none = convertText(csv(['Date,Title,Status', '2024-01-01,Strike,Disputed']), {
      mapping: { status: null },
    });
    expect(storeOf(none).events[0]!.status).toBeUndefined();
  });

  it('makes ids unique and guesses a title from the description when there is none', () => {
    const outcome = convertText(
      csv([
        'id,date,title,description',
        'a,2020,Same,',
        'a,2021,Same,',
        'Not A Slug,2022,,A long description here. More.',
      ]),
    );
    const store = storeOf(outcome);
    expect(store.events.map((e) => [e.id, e.title])).toEqual([
      ['a', 'Same'],
      ['same', 'Same'],
      ['not-a-slug', 'A long description here.'],
    ]);
    expect(notesOf(outcome, 'guessed')).toEqual(
      expect.arrayContaining([
        'row 3: id "a" is used already; a new one was made from the title',
        'row 4: title taken from the description',
        'row 2: no actor: put in the lane "Unassigned"',
      ]),
    );
  });

  it('makes an excerpt only from a quote column, tied to its source; never from other text', () => {
    const outcome = convertText(
      csv([
        'date,title,quote,source,url,summary',
        '2020,T,"Exact words",The Paper,https://paper.example/x,Some summary',
      ]),
    );
    const store = storeOf(outcome);
    expect(store.events[0]!.excerpts).toEqual([{ source: 'the-paper', quote: 'Exact words' }]);
    expect(store.sources).toEqual([
      { id: 'the-paper', title: 'The Paper', language: 'und', url: 'https://paper.example/x' },
    ]);
    const plain = storeOf(convertText(csv(['date,title,summary', '2020,T,Some summary'])));
    expect(plain.events[0]!.excerpts).toBeUndefined();
    expect(plain.sources).toEqual([]);
  });

  it('turns HTML and hostile markup in every text field into inert text', () => {
    const cell = `"${HOSTILE.replace(/"/g, '""')}"`;
    const outcome = convertText(
      csv([
        'date,title,summary,actors,tags,place,source,quote,date_note',
        `2020,${cell},${cell},${cell},${cell},${cell},${cell},${cell},${cell}`,
      ]),
    );
    const store = storeOf(outcome);
    expectInert(store);
    expect(store.events[0]!.title).toBe('Hostile');
  });

  it('names a web page as one, rather than "not a format": the page, not its data, was given', () => {
    const outcome = convertText(
      '<!DOCTYPE html>\n<html lang="en"><head><title>Timeline</title></head><body></body></html>',
    );
    expect(outcome).toEqual({
      kind: 'refused',
      format: null,
      message:
        'a web page (HTML), not data: open the address of the file the page shows (JSON, CSV, KML…), or save its table as CSV',
    });
  });

  it('says of every coordinate it cannot read that the event has no map position, and why', () => {
    // A tester's file: only the out-of-range row was reported; the others went off the map
    // unsaid.
    const outcome = convertText(
      csv([
        'date,title,place,lat,lon',
        '2022-02-24,DMS coordinates,Kyiv,50°27′N,30°31′E',
        '2022-02-25,Lat only,,50.45,',
        '2022-02-26,Comma decimal,Kharkiv,"49,99","36,23"',
        '2022-02-27,Text coords,,north,east',
        '2022-02-28,Out of range,,95,10',
        '2022-03-01,Lon only,Odesa,,30.73',
        '2022-03-02,Seconds,,"46°28\'56""N","30°43\'59""E"',
        '2022-03-03,Wrong axis,Lviv,24°01′E,49°50′N',
      ]),
    );
    const events = storeOf(outcome).events;
    expect(events.map((e) => [e.title, e.place ?? null])).toEqual([
      ['DMS coordinates', { name: 'Kyiv', lat: 50.45, lon: 30.516667 }],
      ['Lat only', null],
      ['Comma decimal', { name: 'Kharkiv', lat: 49.99, lon: 36.23 }],
      ['Text coords', null],
      ['Out of range', null],
      ['Lon only', { name: 'Odesa' }],
      ['Seconds', { name: '46.482222, 30.733056', lat: 46.482222, lon: 30.733056 }],
      ['Wrong axis', { name: 'Lviv' }],
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'row 3: lon missing beside lat "50.45": coordinates left out',
      'row 5: lat "north" not read (such as 50.45 or 50°27′N): coordinates left out',
      'row 5: lon "east" not read (such as 30.52 or 30°31′E): coordinates left out',
      'row 6: coordinates out of range left out',
      'row 7: lat missing beside lon "30.73": coordinates left out',
      'row 9: lat "24°01′E" not read (such as 50.45 or 50°27′N): coordinates left out',
      'row 9: lon "49°50′N" not read (such as 30.52 or 30°31′E): coordinates left out',
    ]);
    expect(notesOf(outcome, 'guessed')).toContain('row 8: place named by its coordinates');
  });

  // A journalist's 5,068-row sheet had one note per row for each such problem, its values
  // the only difference: the rest of the report was buried under them.
  it('reports a problem of many rows, of different values, as one line per problem', () => {
    const rows = Array.from({ length: 600 }, (_, i) => {
      const row = i + 2;
      if (row % 50 === 0) return `someday ${row},Undated ${row},,`;
      if (row % 3 === 0) return `2022-03-01,Lat only ${row},${(40 + i / 1000).toFixed(3)},`;
      return `2022-03-01,Placed ${row},50.45,30.52`;
    });
    const outcome = convertText(csv(['date,title,lat,lon', ...rows]));
    const report = outcome.kind === 'store' ? outcome.report : undefined;
    const latOnly = rows.filter((row) => row.includes('Lat only')).length;
    const undated = rows.filter((row) => row.startsWith('someday')).length;
    expect(droppedCounts(report!.notes)).toEqual({
      droppedItems: undated,
      leftOutFields: latOnly,
    });
    const dropped = groupNotes(report!.notes).filter((note) => note.kind === 'dropped');
    expect(dropped.map(describeNote)).toEqual([
      `rows 3, 6, 9, 12, 15, 18, 21, 24, 27, 30 and ${latOnly - 10} more: lon missing beside lat …: coordinates left out`,
      'rows 50, 100, 150, 200, 250, 300, 350, 400, 450, 500 and 2 more: date …: not a date (such as 2024-06-19, 19/06/2024, June 19, 2024 or 2024)',
    ]);
    expect(dropped.map((note) => englishImportWords.note(note).message)).toEqual([
      'lon missing beside lat …: coordinates left out (e.g. "40.001", "40.004", "40.007")',
      'date …: not a date (such as 2024-06-19, 19/06/2024, June 19, 2024 or 2024) (e.g. "someday 50", "someday 100", "someday 150")',
    ]);
    expect(droppedCounts(groupNotes(report!.notes))).toEqual(droppedCounts(report!.notes));
  });

  // A tester read "2 items dropped" as two incidents lost: one row was, the other kept all but
  // its coordinates.
  it('warns of a row the same as an earlier one, cell for cell, and keeps it', () => {
    const outcome = convertText(
      csv([
        'date,title,actor',
        '2024-06-19,Treaty signed,Russia',
        '2024-06-20,Talks,Russia',
        '2024-06-19,Treaty signed,Russia',
        '2024-06-19 , Treaty signed ,Russia',
      ]),
    );
    expect(storeOf(outcome).events.map((event) => event.id)).toEqual([
      'treaty-signed',
      'talks',
      'treaty-signed-2',
      'treaty-signed-3',
    ]);
    expect(notesOf(outcome, 'warned')).toEqual([
      'row 4: every cell the same as an earlier row: kept as a second event',
      'row 5: every cell the same as an earlier row: kept as a second event',
    ]);
  });

  it('tells a row dropped from a field left out of a row kept', () => {
    const outcome = convertText(
      csv([
        'date,title,place,lat,lon',
        '2024-01-01,Kept whole,Kyiv,50.45,30.52',
        ',No date,Kharkiv,49.99,36.23',
        '2024-01-03,Out of range,Odesa,137.7,30.73',
        '2024-01-04,,,,',
      ]),
    );
    if (outcome.kind !== 'store') throw new Error(outcome.kind);
    expect(storeOf(outcome).events.map((e) => e.title)).toEqual(['Kept whole', 'Out of range']);
    expect(droppedCounts(outcome.report.notes)).toEqual({ droppedItems: 2, leftOutFields: 1 });
    expect(outcome.report.notes.filter((note) => note.whole).map((note) => note.where)).toEqual([
      'row 3',
      'row 5',
    ]);
    // An empty cell is no date, not a date written wrong.
    expect(notesOf(outcome, 'dropped')).toContain('row 3: no date');
  });

  it('warns of a row whose coordinates look swapped against the other rows of its place, and keeps it', () => {
    const outcome = convertText(
      csv([
        'date,title,place,lat,lon',
        '2024-01-01,Port shelled,Mariupol,47.1,37.54',
        '2024-01-02,Port shelled again,Mariupol,47.12,37.5',
        '2024-01-03,Mariupol #16,Mariupol,37.53,47.11',
      ]),
    );
    expect(storeOf(outcome).events[2]!.place).toEqual({ name: 'Mariupol', lat: 37.53, lon: 47.11 });
    expect(notesOf(outcome, 'warned')).toEqual([
      'row 4: latitude 37.53 and longitude 47.11 look swapped: other rows put "Mariupol" at 47.1, 37.54; kept as given',
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([]);
  });

  it('reports an unread coordinate in a spreadsheet as in a CSV: the workbook is read as one', async () => {
    const text = (ref: string, value: string) =>
      `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
    const rows = [
      `<row r="1">${text('A1', 'Date')}${text('B1', 'Title')}${text('C1', 'Lat')}${text('D1', 'Lon')}</row>`,
      `<row r="2">${text('A2', '2022-02-24')}${text('B2', 'Numbers')}<c r="C2"><v>50.45</v></c><c r="D2"><v>30.52</v></c></row>`,
      `<row r="3">${text('A3', '2022-02-25')}${text('B3', 'Words')}${text('C3', 'north')}<c r="D3"><v>30.52</v></c></row>`,
    ].join('');
    const read = await readImportBytes(workbookFile([{ name: 'Sheet1', rows }]));
    const outcome = convertText(read.text, { readNotes: read.notes, container: 'xlsx' });
    expect(storeOf(outcome).events.map((e) => e.place ?? null)).toEqual([
      { name: '50.45, 30.52', lat: 50.45, lon: 30.52 },
      null,
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'row 3: lat "north" not read (such as 50.45 or 50°27′N): coordinates left out',
    ]);
  });

  describe('columns chosen by hand', () => {
    const text = csv(['date,end,title,tags', '2024-06-19,,Talks,a', '2024-06-20,,Summit,b']);

    it('reads a column for the field it was chosen for; the field that recognised it says it lost it', () => {
      const outcome = convertText(text, { mapping: { tags: 'date' } });
      expect(outcome).toMatchObject({
        kind: 'refused',
        missing: 'date',
        message: 'no column of dates: its column, "date", is chosen for tags',
        table: {
          mapping: { date: [], tags: ['date'] },
          displaced: { date: { column: 'date', by: 'tags' } },
        },
      });
    });

    it('reads a column of another name as the quotes’ translation, chosen by hand or named so', () => {
      const rows = ['2024-06-19,Treaty,KCNA,"조약이 체결되었다.","The treaty was signed."'];
      const chosen = convertText(csv(['Date,Title,Source,Quote,English', ...rows]), {
        mapping: { translation: 'English' },
      });
      expect(storeOf(chosen).events[0]!.excerpts).toEqual([
        { source: 'kcna', quote: '조약이 체결되었다.', translation: 'The treaty was signed.' },
      ]);
      const named = convertText(csv(['Fecha,Título,Fuente,Cita,Traducción', ...rows]));
      expect(storeOf(named).events[0]!.excerpts![0]!.translation).toBe('The treaty was signed.');
      // Not chosen, a column of another name is not read as one.
      const unread = convertText(csv(['Date,Title,Source,Quote,English', ...rows]));
      expect(storeOf(unread).events[0]!.excerpts![0]!.translation).toBeUndefined();
    });

    it('gives the column back when the choice moves on, and takes the next one', () => {
      const outcome = convertText(text, { mapping: { tags: 'end' } });
      expect(outcome).toMatchObject({
        kind: 'store',
        table: {
          mapping: { date: ['date'], end: [], tags: ['end'] },
          displaced: { end: { column: 'end', by: 'tags' } },
        },
      });
    });

    it('says no column was chosen when none was, not that none was recognised', () => {
      expect(convertText(text, { mapping: { date: null } })).toMatchObject({
        kind: 'refused',
        missing: 'date',
        message: 'no column of dates chosen',
      });
      expect(convertText(text, { mapping: { title: null } })).toMatchObject({
        kind: 'refused',
        missing: 'title',
        message: 'no column of titles or descriptions chosen',
      });
      expect(convertText(text, { mapping: { end: 'title' } })).toMatchObject({
        kind: 'refused',
        missing: 'title',
        message: 'no column of titles or descriptions: its column, "title", is chosen for end',
      });
    });
  });
});

describe("CSV import: Sourceline's evidence columns, written by hand", () => {
  it('reads an empty translation slot as no translation for that quote, not as none for all', () => {
    const store = storeOf(
      convertText(
        csv([
          'id,title,start,actors,sources,quotes,translations',
          'ev-a,A,2020,X,S1; S2,"q1\n\nq2","\n\nt2"',
          'ev-b,B,2021,X,S1; S2,"q1\n\nq2","t1\n\n"',
          'ev-c,C,2022,X,S1,"q1\n\nq2\n\nq3","\n\n\n\nt3"',
        ]),
        { fallbackTitle: 'events' },
      ),
    );
    expect(store.events.map((e) => e.excerpts!.map((x) => x.translation))).toEqual([
      [undefined, 't2'],
      ['t1', undefined],
      [undefined, undefined, 't3'],
    ]);
  });

  it('reads quotes with extra blank lines between them against sources and translations listed without', () => {
    const outcome = convertText(
      csv([
        'title,date,actors,sources,quotes,translations',
        'A,2020,X,S1; S2,"q1\n\n\n\nq2","t1\n\nt2"',
      ]),
      { fallbackTitle: 'events' },
    );
    expect(storeOf(outcome).events[0]!.excerpts).toEqual([
      { source: 's1', quote: 'q1', translation: 't1' },
      { source: 's2', quote: 'q2', translation: 't2' },
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([]);
  });

  it('reads stances, locators, a status and related events, case aside', () => {
    const outcome = convertText(
      csv([
        'ID,Title,Date,Actors,Status,Status note,Related,Source,Quote,Stance,Locator',
        'a,A,2020,X,Disputed,One witness only.,Causes: b; see also b,Hearing,"q1\n\nq2","\n\nDisputes","p. 4"',
        'b,B,2021,X,,,,Hearing,q3,supports,',
      ]),
      { fallbackTitle: 'events' },
    );
    const [a, b] = storeOf(outcome).events;
    expect(a).toMatchObject({
      status: 'disputed',
      statusNote: 'One witness only.',
      related: [
        { event: 'b', relation: 'causes' },
        { event: 'b', relation: 'see-also' },
      ],
      excerpts: [
        { source: 'hearing', quote: 'q1', locator: 'p. 4' },
        { source: 'hearing', quote: 'q2', stance: 'disputes' },
      ],
    });
    expect(a!.excerpts![0]).not.toHaveProperty('stance');
    expect(b!.excerpts).toEqual([{ source: 'hearing', quote: 'q3', stance: 'supports' }]);
    expect(notesOf(outcome, 'dropped')).toEqual([]);
  });

  it('leaves out a quote whose stance is neither, and says so: it would misstate the evidence', () => {
    const outcome = convertText(
      csv(['title,date,actors,source,quote,stance', 'A,2020,X,S,"q1\n\nq2","partly\n\ndisputes"']),
      { fallbackTitle: 'events' },
    );
    expect(storeOf(outcome).events[0]!.excerpts).toEqual([
      { source: 's', quote: 'q2', stance: 'disputes' },
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'row 2: quote 1 left out: stance "partly" is neither supports nor disputes',
    ]);
  });

  it('reports a translation, stance or locator with no quote beside it', () => {
    const outcome = convertText(
      csv(['title,date,actors,source,quote,translation', 'A,2020,X,S,q1,"t1\n\nt2"']),
      { fallbackTitle: 'events' },
    );
    expect(storeOf(outcome).events[0]!.excerpts).toEqual([
      { source: 's', quote: 'q1', translation: 't1' },
    ]);
    expect(notesOf(outcome, 'dropped')).toEqual([
      'row 2: translation 2 left out: no quote 2 beside it',
    ]);
  });

  it('keeps actors of one name apart by their ids, and reads an id alone as a name', () => {
    const store = storeOf(
      convertText(
        csv([
          'id,title,start,actor_ids,actors',
          'ev-a,A,2020,john-smith-uk,John Smith',
          'ev-b,B,2021,john-smith-us,John Smith',
          'ev-c,C,2022,john-smith-us,',
        ]),
        { fallbackTitle: 'events' },
      ),
    );
    expect(store.actors.map((a) => [a.id, a.name])).toEqual([
      ['john-smith-uk', 'John Smith'],
      ['john-smith-us', 'John Smith'],
    ]);
    expect(store.events.map((e) => e.actors)).toEqual([
      ['john-smith-uk'],
      ['john-smith-us'],
      ['john-smith-us'],
    ]);
  });

  it('reads a file of few rows with "; " lists in its cells as comma-separated', () => {
    const outcome = convertText(
      `id,title,start,actor_ids,actors,tags\r\na,A,2020,x; y,X; Y,p; q; r\r\n`,
      { fallbackTitle: 'events' },
    );
    expect(storeOf(outcome).events[0]).toMatchObject({ actors: ['x', 'y'], tags: ['p', 'q', 'r'] });
  });
});

describe('lists joined with commas', () => {
  const storeOfCsv = (text: string) => {
    const outcome = convertText(text);
    if (outcome.kind !== 'store') throw new Error(JSON.stringify(outcome));
    return outcome;
  };

  it('splits a "Who" column and tags at commas when no cell uses ";", and says so', () => {
    const outcome = storeOfCsv(
      [
        'Date,Title,Who,Tags',
        '2022-02-24,Invasion,"Russia, Ukraine","war, invasion"',
        '2023-09-13,Summit,"Kim Jong Un, Vladimir Putin",summit',
      ].join('\n'),
    );
    const { store } = outcome;
    expect(store.actors.map((actor) => actor.name)).toEqual([
      'Russia',
      'Ukraine',
      'Kim Jong Un',
      'Vladimir Putin',
    ]);
    expect(store.events[0]!.actors).toHaveLength(2);
    expect(store.events[0]!.tags).toEqual(['war', 'invasion']);
    const said = outcome.report.notes.map((note) => note.message);
    expect(said).toContain('actors split at commas: no cell of the column uses ";"');
    expect(said).toContain('tags split at commas: no cell of the column uses ";"');
  });

  it('keeps commas in names where the column separates with ";"', () => {
    const { store } = storeOfCsv(
      [
        'Date,Title,Who',
        '2022-02-24,Invasion,"Korea, North; Russia"',
        '2023-09-13,Summit,"Korea, North"',
      ].join('\n'),
    );
    expect(store.actors.map((actor) => actor.name)).toEqual(['Korea, North', 'Russia']);
  });

  it('splits a column of comma lists at its commas though a cell or two use ";", and says so', () => {
    const outcome = storeOfCsv(
      [
        'Date,Title,Who',
        '2022-02-24,Invasion,"Russia, Ukraine"',
        '2023-09-13,Summit,"Russia, North Korea"',
        '2024-06-19,Treaty,"Russia; North Korea"',
        '2024-10-01,Troops,"North Korea, Russia, Ukraine"',
      ].join('\n'),
    );
    expect(outcome.store.actors.map((actor) => actor.name)).toEqual([
      'Russia',
      'Ukraine',
      'North Korea',
    ]);
    expect(outcome.store.events.map((event) => event.actors.length)).toEqual([2, 2, 2, 3]);
    expect(outcome.report.notes.map((note) => note.message)).toContain(
      'actors split at commas in the cells without ";": 3 cells join with commas, 1 with ";"',
    );
  });
});

describe('CSV/TSV import for the editor (keepUndated)', () => {
  const rows = csv([
    'Date,Title,Location,Latitude,Longitude,Source URL,Actor',
    '2024-01-01,Dated,Kyiv,50.45,30.52,https://example.org/1,Army',
    ',Undated strike,Kharkiv,49.99,36.23,https://example.org/12,Army',
    'soon,Unreadable,Kyiv,,,,Army',
  ]);

  it('keeps a row with an empty date cell, with everything else it has, and says so', () => {
    const outcome = convertText(rows, { keepUndated: true });
    // Not valid as a store (storeOf checks that) until the draft gives it a date.
    if (outcome.kind !== 'store') throw new Error(outcome.kind);
    const { store } = outcome;
    const undated = store.events.find((event) => event.title === 'Undated strike');
    expect(undated).toMatchObject({
      start: '',
      place: { name: 'Kharkiv', lat: 49.99, lon: 36.23 },
      actors: ['army'],
    });
    expect(undated?.summary).toContain('https://example.org/12');
    expect(store.sources.map((source) => source.url)).toContain('https://example.org/12');
    expect(notesOf(outcome, 'guessed')).toContain(
      'row 3: no date: kept without one, to be filled in',
    );
    // A date that is there but cannot be read is not a date left to fill in: still left out.
    expect(store.events.map((event) => event.title)).not.toContain('Unreadable');
    expect(notesOf(outcome, 'dropped').join('\n')).toContain('row 4: date "soon"');
  });

  it('leaves such a row out without it, as the explorer imports', () => {
    const outcome = convertText(rows);
    expect(storeOf(outcome).events.map((event) => event.title)).toEqual(['Dated']);
    expect(notesOf(outcome, 'dropped').join('\n')).toContain('row 3: no date');
  });
});
