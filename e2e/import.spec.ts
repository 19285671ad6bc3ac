import { readFileSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { expect, test } from './fixtures';
import {
  STORE_TITLE,
  actorCheckbox,
  actorsGroup,
  chooseFromList,
  details,
  eventCount,
  fetchStore,
  listButton,
  timeline,
} from './helpers/app';
import {
  heading,
  json,
  openByAddress,
  openStoreDialog,
  routeStore,
  storeAlert,
  storePath,
  storeReportSummary,
} from './helpers/store-loading';

/**
 * Importing: a file that is not a sourceline/1 store opens the Import dialog; `Import`
 * shows the converted store like any other (validated, with its report).
 */
const fixture = (name: string) =>
  readFileSync(new URL(`../scripts/lib/fixtures/import/${name}`, import.meta.url), 'utf8');

// The machine these run on is shared and often loaded: waits are for what a person sees,
// with room for a slow start.
test.slow();
const SLOW = { timeout: 30_000 };

async function openApp(page: import('@playwright/test').Page) {
  await page.goto('/');
  await expect(heading(page)).toHaveText(STORE_TITLE, SLOW);
}

const importDialog = (page: import('@playwright/test').Page) =>
  page.getByRole('dialog', { name: 'Import' });

/** Opens a file with Open store…, as a person picks one. */
async function openFile(
  page: import('@playwright/test').Page,
  name: string,
  mimeType: string,
  buffer: Buffer,
) {
  await page.getByRole('button', { name: 'Open store…' }).click();
  await openStoreDialog(page).getByLabel('Open a file').setInputFiles({ name, mimeType, buffer });
}

/**
 * The same file opened in the Spanish interface, with the Import dialog's report of what was
 * mapped, guessed and dropped open: the dialog.
 */
async function importReportInSpanish(
  page: import('@playwright/test').Page,
  name: string,
  mimeType: string,
  buffer: Buffer,
) {
  await page.goto('/?lang=es');
  await expect(heading(page)).toHaveText(STORE_TITLE, SLOW);
  await page.getByRole('button', { name: 'Abrir almacén…' }).click();
  await page
    .getByRole('dialog', { name: 'Abrir un almacén de eventos' })
    .getByLabel('Abrir un archivo')
    .setInputFiles({ name, mimeType, buffer });
  const spanish = page.getByRole('dialog', { name: 'Importar' });
  await expect(spanish).toBeVisible(SLOW);
  await spanish.getByText('Qué se asignó, dedujo y descartó').click();
  return spanish;
}

test('a TimelineJS JSON dropped on the page is imported: its slides and eras on the timeline, a lane per group', async ({
  page,
}) => {
  await openApp(page);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'space-race.json', { type: 'application/json' }));
    return transfer;
  }, fixture('timelinejs.json'));
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });

  const dialog = importDialog(page);
  await expect(dialog).toBeVisible(SLOW);
  await expect(dialog).toContainText('Recognised: TimelineJS JSON (5 read)');
  // 3 slides kept and the era; the slide dated 3000 BCE is dropped, and said so.
  await expect(dialog).toContainText('1 item dropped');
  const preview = dialog.getByRole('table');
  await expect(preview.getByRole('row')).toHaveCount(5); // header + 4 events
  await expect(preview.getByRole('cell', { name: 'Gagarin orbits the Earth' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import' }).click();

  await expect(dialog).toBeHidden();
  await expect(heading(page)).toHaveText('Space race', SLOW);
  await expect(eventCount(page)).toHaveText('4 events', SLOW);
  // Nothing had the focus before the drop: it is on the timeline now, not lost on the page.
  await expect(timeline(page)).toBeFocused();
  // Groups became actors, one lane each, and the era's lane.
  await expect(actorsGroup(page).getByRole('checkbox')).toHaveCount(3);
  for (const lane of ['Soviet Union', 'United States', 'Eras']) {
    await expect(actorCheckbox(page, lane)).toBeVisible();
    await expect(timeline(page).getByText(lane, { exact: true })).toBeVisible();
  }
  // The store's report panel lists what the importer dropped, with where and why.
  await storeReportSummary(page).click();
  const drops = page.getByRole('list', { name: 'Dropped on import from TimelineJS JSON: 1 item' });
  await expect(drops.getByRole('listitem')).toHaveText([
    /^events\[3\]\.start_date: .*year is outside 0001–9999/,
  ]);
});

test('a CSV opened with Open store…, a column mapped by hand in the Import dialog', async ({
  page,
}) => {
  await openApp(page);
  await openFile(page, 'observations.csv', 'text/csv', Buffer.from(fixture('observations.csv')));
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible(SLOW);
  await expect(dialog).toContainText('Recognised: CSV/TSV table (4 read)');
  // "What happened" is no column name Sourceline knows: the titles came from the notes.
  const title = dialog.getByRole('combobox', { name: 'title' });
  await expect(title).toHaveValue('');
  await expect(dialog.getByRole('combobox', { name: 'date' })).toHaveValue('When');
  await title.selectOption('What happened');
  await expect(title).toHaveValue('What happened', SLOW);
  const preview = dialog.getByRole('table');
  await expect(preview.getByRole('cell', { name: 'Invasion begins' })).toBeVisible();
  await expect(preview.getByRole('cell', { name: 'Russia, Ukraine' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import' }).click();

  await expect(dialog).toBeHidden();
  await expect(heading(page)).toHaveText('observations', SLOW);
  // Named as the file the person opened, not as the store it was turned into.
  await expect(page.getByRole('banner').getByText('From a file: observations.csv')).toBeVisible();
  await expect(eventCount(page)).toHaveText('4 events', SLOW);
  await expect(actorsGroup(page).getByRole('checkbox')).toHaveCount(3);
  for (const lane of ['Russia', 'Ukraine', 'NATO']) {
    await expect(actorCheckbox(page, lane)).toBeVisible();
  }
});

test('a CSV whose date column has a name Sourceline does not know: refused, with where to choose it', async ({
  page,
}) => {
  await openApp(page);
  const csv = ['Happened on,Headline', '2024-06-19,Treaty signed', '2023-09-13,Summit'].join('\n');
  await openFile(page, 'unnamed.csv', 'text/csv', Buffer.from(csv));
  const dialog = importDialog(page);
  await expect(dialog.getByRole('alert')).toHaveText(
    'This file cannot be imported: no column of dates recognised by its name ("Date", "Fecha", "Start"…); columns: Happened on, Headline. Choose the column under Columns, below, in the “date” list.',
    SLOW,
  );
  await dialog.getByRole('combobox', { name: 'date' }).selectOption('Happened on');
  await expect(dialog).toContainText('Recognised: CSV/TSV table (2 read)', SLOW);
  await expect(dialog.getByRole('alert')).toBeHidden();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(heading(page)).toHaveText('unnamed', SLOW);
  await expect(eventCount(page)).toHaveText('2 events', SLOW);
});

test('a CSV whose dates could be day/month or month/day asks, then imports', async ({ page }) => {
  await openApp(page);
  await openFile(page, 'ambiguous.csv', 'text/csv', Buffer.from(fixture('ambiguous.csv')));
  const dialog = importDialog(page);
  await expect(dialog.getByText('Day and month could be either way round (rows 2–3).')).toBeVisible(
    SLOW,
  );
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  await dialog.getByRole('radio', { name: 'month/day/year' }).check();
  await expect(dialog.getByRole('cell', { name: '2020-03-04' })).toBeVisible(SLOW);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(eventCount(page)).toHaveText('2 events', SLOW);
});

test('an old TimelineJS sheet is read month first, as TimelineJS reads it, and the order can be changed', async ({
  page,
}) => {
  await openApp(page);
  const sheet = [
    'Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Tag',
    '03/04/2011,,Talks open,,,,,,,Talks',
  ].join('\n');
  await openFile(page, 'old-sheet.csv', 'text/csv', Buffer.from(sheet));
  const dialog = importDialog(page);
  await expect(dialog.getByRole('cell', { name: '2011-03-04' })).toBeVisible(SLOW);
  await expect(dialog.getByText('Read month first, as TimelineJS reads this sheet.')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'month/day/year' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'day/month/year' }).check();
  await expect(dialog.getByRole('cell', { name: '2011-04-03' })).toBeVisible(SLOW);
  await expect(dialog.getByRole('radio', { name: 'day/month/year' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(eventCount(page)).toHaveText('1 event', SLOW);
});

test('a store whose format is mistyped is refused as a store, saying so, not offered for import as SIMILE', async ({
  page,
}) => {
  const store = await fetchStore(page.request);
  const path = storePath('mistyped-format.json');
  await routeStore(page, path, (route) =>
    route.fulfill(json(JSON.stringify({ ...store, format: 'Sourceline/1' }))),
  );
  await openApp(page);
  await openByAddress(page, path);
  const alert = storeAlert(page);
  await expect(alert).toContainText('unknown format "Sourceline/1"', SLOW);
  await expect(alert).not.toContainText('SIMILE');
  await expect(alert.getByRole('button', { name: 'Import it…' })).toHaveCount(0);
  // The store shown before is kept.
  await expect(heading(page)).toHaveText(STORE_TITLE);
});

test('a TimelineJS file opened by its address is offered for import, its relative links read against that address', async ({
  page,
}) => {
  const path = storePath('calculators/timeline3.json');
  const timelineJs = {
    title: { text: { headline: 'Calculating machines' } },
    events: [
      {
        start_date: { year: '1642' },
        text: { headline: "Pascal's Calculator" },
        media: { url: 'img/pascaline.jpg', caption: 'The Pascaline' },
      },
    ],
  };
  await routeStore(page, path, (route) => route.fulfill(json(JSON.stringify(timelineJs))));
  await openApp(page);
  await openByAddress(page, path);

  const alert = storeAlert(page);
  await expect(alert).toContainText(
    'This is a TimelineJS JSON file, not a Sourceline store. Import it to see it here',
    SLOW,
  );
  // What the store format says of it (no "format" field) is no help, and not listed.
  await expect(alert).not.toContainText('sourceline/1');
  await alert.getByRole('button', { name: 'Import it…' }).click();

  const dialog = importDialog(page);
  await expect(dialog.getByText('timeline3.json', { exact: true })).toBeVisible(SLOW);
  await expect(dialog.getByRole('cell', { name: "Pascal's Calculator" })).toBeVisible(SLOW);
  await dialog.getByRole('button', { name: 'Import' }).click();

  await expect(heading(page)).toHaveText('Calculating machines', SLOW);
  await expect(eventCount(page)).toHaveText('1 event', SLOW);
  await chooseFromList(page, "Pascal's Calculator");
  const image = new URL('/test-stores/calculators/img/pascaline.jpg', page.url()).href;
  await expect(details(page)).toContainText(`Media: ${image}`);
});

test('a link to a TimelineJS file, imported: the link’s search applies, the store is named by its address, and Back returns to the link', async ({
  page,
}) => {
  const path = storePath('linked/timeline3.json');
  const timelineJs = {
    title: { text: { headline: 'Linked machines' } },
    events: [
      { start_date: { year: '1642' }, text: { headline: 'Pascaline' } },
      { start_date: { year: '1673' }, text: { headline: 'Stepped reckoner' } },
    ],
  };
  await routeStore(page, path, (route) => route.fulfill(json(JSON.stringify(timelineJs))));
  await page.goto(`/?store=${path}&q=reckoner`);
  const entries = () => page.evaluate(() => window.history.length);
  const before = await entries();
  const alert = storeAlert(page);
  await alert.getByRole('button', { name: 'Import it…' }).click(SLOW);
  await importDialog(page).getByRole('button', { name: 'Import' }).click(SLOW);
  await expect(heading(page)).toHaveText('Linked machines', SLOW);
  // The link said what to look for in it, and where it is from.
  await expect(eventCount(page)).toHaveText('1 of 2 events', SLOW);
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('reckoner');
  await expect(heading(page)).toHaveAccessibleDescription(`Imported from this site: ${path}`);
  // The imported store's entry is written once it is painted. Its address is the link's: a
  // reader of the address bar, like one of Copy link, imports the file again.
  await expect.poll(entries, SLOW).toBeGreaterThan(before);
  expect(new URL(page.url()).searchParams.get('store')).toBe(path);
  expect(new URL(page.url()).searchParams.get('q')).toBe('reckoner');
  // Shared, the link is the one opened: its reader imports the file too. Embedded, it could not be.
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied', { exact: false })).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect([copied.searchParams.get('store'), copied.searchParams.get('q')]).toEqual([
    path,
    'reckoner',
  ]);
  await page.getByRole('button', { name: 'Embed' }).click();
  const embed = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(embed).toHaveAccessibleDescription(/an embedded timeline does not import/);
  await embed.getByRole('button', { name: 'Close' }).click();

  await page.goBack();
  await expect(alert.getByRole('button', { name: 'Import it…' })).toBeVisible(SLOW);
  expect(new URL(page.url()).searchParams.get('store')).toBe(path);
});

test('the embedded timeline names a TimelineJS file at its address, and offers no import it cannot do', async ({
  page,
}) => {
  const path = storePath('embedded/timeline3.json');
  const timelineJs = {
    events: [{ start_date: { year: '1642' }, text: { headline: 'Pascaline' } }],
  };
  await routeStore(page, path, (route) => route.fulfill(json(JSON.stringify(timelineJs))));
  await page.goto(`/embed/?store=${path}`);
  await expect(storeAlert(page)).toContainText(
    'This is a TimelineJS JSON file, not a Sourceline store: Sourceline can import it, but not in an embedded timeline.',
    SLOW,
  );
  await expect(storeAlert(page).getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import it…' })).toHaveCount(0);
});

test('SIMILE data kept in a script is imported from its literal, and nothing in the file runs', async ({
  page,
}) => {
  await openApp(page);
  const script = `var timeline_data = {  // save as a global variable
'dateTimeFormat': 'iso8601',
'events' : [
  {'start': '1924', 'title': 'Barfusserkirche', 'description': 'by Lyonel Feininger'},
  {'start': '1912', 'title': "Portrait of Pablo Picasso", 'description': 'by Juan Gris'},
]
};
window.__ranTheScript = true;`;
  await openFile(page, 'local_data.js', 'text/javascript', Buffer.from(script));
  const dialog = importDialog(page);
  await expect(dialog).toContainText('Recognised: SIMILE Timeline (2 read)', SLOW);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(eventCount(page)).toHaveText('2 events', SLOW);
  await expect(heading(page)).toHaveText('local_data', SLOW);
  expect(await page.evaluate(() => '__ranTheScript' in window)).toBe(false);
});

test('a KML file from Google Earth or My Maps is imported: a folder per lane, its placemarks dated', async ({
  page,
}) => {
  await openApp(page);
  const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Strikes, March 2022</name>
<Folder><name>Reported by the army</name>
<Placemark><name>Depot hit</name><TimeStamp><when>2022-03-14</when></TimeStamp>
<Point><coordinates>30.52,50.45,0</coordinates></Point></Placemark>
</Folder>
<Folder><name>Reported by residents</name>
<Placemark><name>Bridge closed</name>
<ExtendedData><Data name="Date"><value>2022-03-15</value></Data></ExtendedData>
<Point><coordinates>30.6,50.5,0</coordinates></Point></Placemark>
</Folder></Document></kml>`;
  await openFile(page, 'strikes.kml', 'application/vnd.google-earth.kml+xml', Buffer.from(kml));
  const dialog = importDialog(page);
  await expect(dialog).toContainText('Recognised: KML (Google Earth) (2 read)', SLOW);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(heading(page)).toHaveText('Strikes, March 2022', SLOW);
  await expect(eventCount(page)).toHaveText('2 events', SLOW);
  for (const lane of ['Reported by the army', 'Reported by residents']) {
    await expect(actorCheckbox(page, lane)).toBeVisible();
  }
});

test('a KMZ opened by its address is offered for import: its KML read, the files beside it reported', async ({
  page,
}) => {
  // As Google Earth saves one and My Maps exports one: doc.kml, and the images it shows.
  const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Pyongyang, June 2024</name>
<Folder><name>Russia</name>
<Placemark><name>Putin lands in Pyongyang</name><TimeStamp><when>2024-06-18</when></TimeStamp>
<description><![CDATA[<img src="files/arrival.jpg"> Met at the airport by Kim Jong-un.]]></description>
<Point><coordinates>125.67,39.22,0</coordinates></Point></Placemark>
</Folder></Document></kml>`;
  const kmz = zipSync({
    'doc.kml': strToU8(kml),
    'files/arrival.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
  });
  const path = storePath('maps/pyongyang.kmz');
  await routeStore(page, path, (route) =>
    route.fulfill({ contentType: 'application/vnd.google-earth.kmz', body: Buffer.from(kmz) }),
  );
  await openApp(page);
  await openByAddress(page, path);
  const alert = storeAlert(page);
  await expect(alert).toContainText(
    'This is a KMZ (Google Earth) file, not a Sourceline store. Import it to see it here',
    SLOW,
  );
  await alert.getByRole('button', { name: 'Import it…' }).click();

  const dialog = importDialog(page);
  await expect(dialog).toContainText('Recognised: KMZ (Google Earth) (1 read)', SLOW);
  await dialog.getByText('What was mapped, guessed and dropped').click();
  await expect(dialog.getByText('a KMZ archive: its KML, doc.kml, read')).toBeVisible();
  await expect(
    dialog.getByText('the other file in the archive (files/arrival.jpg) not imported', {
      exact: false,
    }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(heading(page)).toHaveText('Pyongyang, June 2024', SLOW);
  await expect(eventCount(page)).toHaveText('1 event', SLOW);
  await expect(actorCheckbox(page, 'Russia')).toBeVisible();
});

test('a news feed (RSS with GeoRSS points) is imported: an event per item, dated when published, its link kept', async ({
  page,
}) => {
  await openApp(page);
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:georss="http://www.georss.org/georss"><channel><title>Korea desk</title>
<item><title>Putin arrives in Pyongyang</title><link>https://news.example/korea/putin-arrives</link>
<description>&lt;p&gt;The Russian president landed &lt;b&gt;after midnight&lt;/b&gt;.&lt;/p&gt;</description>
<pubDate>Wed, 19 Jun 2024 02:45:00 +0900</pubDate><georss:point>39.03 125.75</georss:point></item>
<item><title>Treaty signed</title><pubDate>Wed, 19 Jun 2024 15:10:00 +0900</pubDate></item>
</channel></rss>`;
  await openFile(page, 'korea.rss', 'application/rss+xml', Buffer.from(rss));
  const dialog = importDialog(page);
  await expect(dialog).toContainText('Recognised: web feed (RSS or Atom) (2 read)', SLOW);
  await expect(dialog.getByRole('cell', { name: 'Putin arrives in Pyongyang' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(heading(page)).toHaveText('Korea desk', SLOW);
  await expect(eventCount(page)).toHaveText('2 events', SLOW);
  await expect(actorCheckbox(page, 'Korea desk')).toBeVisible();
  await chooseFromList(page, 'Putin arrives in Pyongyang');
  await expect(details(page)).toContainText('The Russian president landed after midnight.');
  await expect(details(page)).toContainText('Link: https://news.example/korea/putin-arrives');
});

test('Cancel closes the Import dialog and keeps the store on screen', async ({ page }) => {
  await openApp(page);
  const title = await heading(page).textContent();
  await openFile(page, 'simile.xml', 'text/xml', Buffer.from(fixture('simile.xml')));
  const dialog = importDialog(page);
  await expect(dialog).toContainText('Recognised: SIMILE Timeline (2 read)', SLOW);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(heading(page)).toHaveText(title!);
});

test('a 100 MB CSV is refused at once, with the limit, and the page stays usable', async ({
  page,
}, testInfo) => {
  // Written to disk and handed over as a file chooser does (no copy made in the page).
  const path = testInfo.outputPath('huge.csv');
  const row = '2022-02-24,An observation,"Reported, seen by two witnesses.",Russia,Ukraine\n';
  const rows = Math.ceil((100 * 1024 * 1024) / row.length);
  writeFileSync(path, `date,title,description,actor1,actor2\n${row.repeat(rows)}`);
  await openApp(page);
  await page.getByRole('button', { name: 'Open store…' }).click();
  await openStoreDialog(page).getByLabel('Open a file').setInputFiles(path);
  const dialog = importDialog(page);
  await expect(dialog.getByRole('alert')).toHaveText(
    'This file is 100.0 MB; an import may be at most 50.0 MB, so that its store stays within the size limit.',
    SLOW,
  );
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  // The store on screen is still there and still answers.
  await expect(heading(page)).toHaveText(STORE_TITLE);
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toBeVisible();
});

test('a SIMILE file in the Latin-1 it declares is read with its accents, not as broken UTF-8', async ({
  page,
}) => {
  await openApp(page);
  await openFile(
    page,
    'paris.xml',
    'application/xml',
    readFileSync(new URL('../scripts/lib/fixtures/import/latin1-simile.xml', import.meta.url)),
  );
  const dialog = importDialog(page);
  await expect(dialog).toContainText('Recognised: SIMILE Timeline (1 read)', SLOW);
  const preview = dialog.getByRole('table');
  await expect(preview.getByRole('cell', { name: 'Exposition universelle à Paris' })).toBeVisible();
  await expect(dialog).not.toContainText('\uFFFD');
});

test('an import without quotes: the warning every event shares is one line, and its counts read as numbers', async ({
  page,
}) => {
  const day = 86_400_000;
  const rows = Array.from(
    { length: 3000 },
    (_, i) =>
      `${new Date(Date.UTC(2020, 0, 1) + i * day).toISOString().slice(0, 10)},Report ${i},Observers`,
  );
  await openApp(page);
  await openFile(
    page,
    'reports.csv',
    'text/csv',
    Buffer.from(['Date,Headline,Who', ...rows].join('\n')),
  );
  const dialog = importDialog(page);
  await expect(dialog).toContainText('Recognised: CSV/TSV table (3,000 read)', SLOW);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(heading(page)).toHaveText('reports', SLOW);

  await expect(timeline(page).getByText('3,000', { exact: true })).toBeVisible();
  const summary = storeReportSummary(page);
  await expect(summary).toHaveText('0 items dropped · 3,000 warnings');
  await summary.click();
  const problems = page.getByRole('list', { name: 'Problems found in this store' });
  await expect(problems.getByRole('listitem')).toHaveText([
    /^events\[0\]\.excerpts, events\[1\]\.excerpts, events\[2\]\.excerpts and 2,997 more: the event has no excerpts/,
  ]);
});

test.describe('a Google Sheet opened by its address', () => {
  const KEY = '1xuY4upIooEeszZ_lCmeNx24eSFWe0rHe9ZdqH2xqVNk';
  // As a person copies it from the browser, on the sheet's second tab.
  const SHEET = `https://docs.google.com/spreadsheets/d/${KEY}/edit#gid=1234`;

  /** Google, as it serves a published sheet's CSV to any site; its editor page is not for them. */
  async function serveSheet(page: import('@playwright/test').Page): Promise<string[]> {
    const asked: string[] = [];
    await page.context().route('https://docs.google.com/**', async (route) => {
      asked.push(route.request().url());
      await route.fulfill(
        route.request().url().includes('/pub?output=csv')
          ? {
              contentType: 'text/csv',
              headers: { 'Access-Control-Allow-Origin': '*' },
              body: fixture('sheet.csv'),
            }
          : { status: 404, body: 'Not Found' },
      );
    });
    return asked;
  }

  test('is read from its copy published as CSV: the TimelineJS template offered for import', async ({
    page,
  }) => {
    const asked = await serveSheet(page);
    await openApp(page);
    await openByAddress(page, SHEET);
    const alert = storeAlert(page);
    await expect(alert).toContainText(
      'This is a TimelineJS sheet (CSV) file, not a Sourceline store. Import it to see it here',
      SLOW,
    );
    await alert.getByRole('button', { name: 'Import it…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await expect(dialog).toContainText('Recognised: TimelineJS sheet (CSV) (4 read)', SLOW);
    await dialog.getByRole('button', { name: 'Import' }).click();
    // The title row names the store; two events and an era.
    await expect(heading(page)).toHaveText('A sheet', SLOW);
    await expect(eventCount(page)).toHaveText('3 events', SLOW);
    await expect(actorCheckbox(page, 'Disasters')).toBeVisible();
    // Imported here, but Google's, as the page says: by its host, not as a file of this tab.
    await expect(
      page.getByRole('banner').getByText('Imported from another site: docs.google.com'),
    ).toBeVisible();
    // The sheet's tab, as published, and never its editor page.
    expect(new Set(asked)).toEqual(
      new Set([
        `https://docs.google.com/spreadsheets/d/${KEY}/pub?output=csv&gid=1234&single=true`,
      ]),
    );
  });

  test('as a TimelineJS embed link, as a timeline is shared: its sheet is read', async ({
    page,
  }) => {
    const asked = await serveSheet(page);
    await page.context().route('https://cdn.knightlab.com/**', async (route) => {
      asked.push(route.request().url());
      await route.abort();
    });
    await openApp(page);
    await openByAddress(
      page,
      `https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?source=${KEY}&font=Default&lang=en&height=650`,
    );
    const alert = storeAlert(page);
    await expect(alert).toContainText('This is a TimelineJS sheet (CSV) file', SLOW);
    await alert.getByRole('button', { name: 'Import it…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(heading(page)).toHaveText('A sheet', SLOW);
    await expect(eventCount(page)).toHaveText('3 events', SLOW);
    // Nothing is asked of Knight Lab's server: only the sheet's published CSV.
    expect(new Set(asked)).toEqual(
      new Set([`https://docs.google.com/spreadsheets/d/${KEY}/pub?output=csv`]),
    );
  });

  test('that is not published: the error says how to publish it, or to download it', async ({
    page,
  }) => {
    await page.context().route('https://docs.google.com/**', (route) =>
      route.fulfill({
        status: 404,
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: 'Not Found',
      }),
    );
    await openApp(page);
    await openByAddress(page, SHEET);
    const alert = storeAlert(page);
    await expect(alert).toContainText('404', SLOW);
    await expect(alert).toContainText(
      'A Google Sheet is read from its copy published to the web: in Google Sheets, choose File → Share → Publish to web',
    );
    await expect(alert.getByText(SHEET)).toBeVisible();
  });
});

test('a CSV with coordinates that cannot be read: each is a report line, in English and in Spanish', async ({
  page,
}) => {
  // As a tester pasted them: degrees and minutes (read), words, a latitude alone.
  const csv = Buffer.from(
    [
      'date,title,place,lat,lon',
      '2022-02-24,Invasion begins,Kyiv,50°27′N,30°31′E',
      '2022-02-25,Latitude alone,,50.45,',
      '2022-02-27,Coordinates in words,Kharkiv,north,east',
    ].join('\n'),
  );
  await openApp(page);
  await openFile(page, 'coords.csv', 'text/csv', csv);
  const dialog = importDialog(page);
  await expect(dialog).toContainText('Recognised: CSV/TSV table (3 read)', SLOW);
  // The three rows are kept: what was left out is their coordinates, not three rows.
  await expect(dialog).toContainText('0 items dropped · 3 fields left out');
  await dialog.getByText('What was mapped, guessed and dropped').click();
  const notes = dialog.getByRole('listitem');
  await expect(notes.filter({ hasText: /^dropped row 3:/ })).toHaveText(
    'dropped row 3: lon missing beside lat "50.45": coordinates left out',
  );
  await expect(notes.filter({ hasText: /^dropped row 4:/ })).toHaveText([
    'dropped row 4: lat "north" not read (such as 50.45 or 50°27′N): coordinates left out',
    'dropped row 4: lon "east" not read (such as 30.52 or 30°31′E): coordinates left out',
  ]);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(heading(page)).toHaveText('coords', SLOW);
  await expect(eventCount(page)).toHaveText('3 events', SLOW);
  await storeReportSummary(page).click();
  await expect(storeReportSummary(page)).toHaveText(/^0 items dropped · 3 fields left out · /);
  const drops = page.getByRole('list', {
    name: 'Dropped on import from CSV/TSV table: 0 items, and 3 fields of items kept',
  });
  await expect(drops.getByRole('listitem')).toHaveText([
    'row 3: lon missing beside lat "50.45": coordinates left out',
    'row 4: lat "north" not read (such as 50.45 or 50°27′N): coordinates left out',
    'row 4: lon "east" not read (such as 30.52 or 30°31′E): coordinates left out',
  ]);

  // The same file in the Spanish interface: the same lines, in Spanish, the values as written.
  const spanish = await importReportInSpanish(page, 'coords.csv', 'text/csv', csv);
  await expect(spanish.getByRole('listitem').filter({ hasText: 'fila 4:' })).toHaveText([
    'descartado fila 4: no se lee la latitud "north" (como 50,45 o 50°27′N): se omiten las coordenadas',
    'descartado fila 4: no se lee la longitud "east" (como 30,52 o 30°31′E): se omiten las coordenadas',
  ]);
  await expect(spanish.getByRole('listitem').filter({ hasText: 'fila 3:' })).toHaveText(
    'descartado fila 3: falta la longitud junto a la latitud "50.45": se omiten las coordenadas',
  );
});

/**
 * A data journalist's sheet of many rows, a latitude without its longitude on every third: the
 * report had a line per row for it, each with its own latitude, and buried the rest.
 */
const LAT_WITHOUT_LON_CSV = Buffer.from(
  [
    'date,title,place,lat,lon',
    ...Array.from({ length: 1200 }, (_, i) => {
      const row = i + 2;
      if (row === 601) return ',Undated strike,Kyiv,50.45,30.52';
      const lat = row % 3 === 0 ? (40 + i / 1000).toFixed(3) : '50.45';
      return `2022-03-01,Strike ${row},Somewhere,${lat},${row % 3 === 0 ? '' : '30.52'}`;
    }),
  ].join('\n'),
);

test('a sheet with a longitude missing on many rows: one report line for them, with a few of the latitudes, in English and in Spanish', async ({
  page,
}) => {
  await openApp(page);
  await openFile(page, 'strikes.csv', 'text/csv', LAT_WITHOUT_LON_CSV);
  const dialog = importDialog(page);
  await expect(dialog).toContainText('Recognised: CSV/TSV table (1,200 read)', SLOW);
  // Every row counted, however the lines are grouped.
  await expect(dialog).toContainText('1 item dropped · 400 fields left out');
  await dialog.getByText('What was mapped, guessed and dropped').click();
  const dropped = dialog.getByRole('listitem').filter({ hasText: /^dropped / });
  await expect(dropped).toHaveText([
    'dropped rows 3, 6, 9, 12, 15, 18, 21, 24, 27, 30 and 390 more: lon missing beside lat …: coordinates left out (e.g. "40.001", "40.004", "40.007")',
    'dropped row 601: no date',
  ]);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(heading(page)).toHaveText('strikes', SLOW);
  await storeReportSummary(page).click();
  const drops = page.getByRole('list', {
    name: 'Dropped on import from CSV/TSV table: 1 item, and 400 fields of items kept',
  });
  await expect(drops.getByRole('listitem')).toHaveText([
    'rows 3, 6, 9, 12, 15, 18, 21, 24, 27, 30 and 390 more: lon missing beside lat …: coordinates left out (e.g. "40.001", "40.004", "40.007")',
    'row 601: no date',
  ]);

  const spanish = await importReportInSpanish(page, 'strikes.csv', 'text/csv', LAT_WITHOUT_LON_CSV);
  await expect(spanish.getByRole('listitem').filter({ hasText: /^descartado / })).toHaveText([
    'descartado filas 3, 6, 9, 12, 15, 18, 21, 24, 27, 30 y 390 más: falta la longitud junto a la latitud …: se omiten las coordenadas (p. ej. "40.001", "40.004", "40.007")',
    'descartado fila 601: sin fecha',
  ]);
});

/**
 * A TimelineJS sheet as a data journalist fills one: runs of rows whose Month column holds
 * junk. The report named each row, "rows 3, 4, 5, 6, 7, …", and made a line per junk value.
 */
const BAD_MONTHS_SHEET = Buffer.from(
  [
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
    ...Array.from({ length: 30 }, (_, i) => {
      const row = i + 2;
      const month =
        (row >= 3 && row <= 7) || row === 10 ? '13' : row === 12 || row === 13 ? '14' : '5';
      return `2015,${month},1,,,,,,,Event ${row},,,,,,,,`;
    }),
  ].join('\n'),
);

test('a sheet with runs of rows wrong the same way: one report line naming them as ranges, in English and in Spanish', async ({
  page,
}) => {
  await openApp(page);
  await openFile(page, 'timeline.csv', 'text/csv', BAD_MONTHS_SHEET);
  const dialog = importDialog(page);
  await expect(dialog).toContainText('Recognised: TimelineJS sheet (CSV) (30 read)', SLOW);
  await dialog.getByText('What was mapped, guessed and dropped').click();
  await expect(dialog.getByRole('listitem').filter({ hasText: /^dropped / })).toHaveText([
    'dropped rows 3–7, 10, 12–13: date … (Year, Month, Day): month not from 1 to 12 (e.g. "2015-13-1", "2015-14-1")',
  ]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: test.info().outputPath('ranges-dialog-desktop.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await dialog
    .getByRole('listitem')
    .filter({ hasText: /^dropped / })
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('ranges-dialog-phone.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  const spanish = await importReportInSpanish(page, 'timeline.csv', 'text/csv', BAD_MONTHS_SHEET);
  await expect(spanish.getByRole('listitem').filter({ hasText: /^descartado / })).toHaveText([
    'descartado filas 3–7, 10, 12–13: fecha … (Year, Month, Day): el mes no va del 1 al 12 (p. ej. "2015-13-1", "2015-14-1")',
  ]);
});

/**
 * A researcher's incidents, as a tester found them: a row with no date, a latitude out of range,
 * a row whose coordinates are swapped, a Status column and a Cyrillic title.
 */
const INCIDENTS_CSV = [
  'Date,Title,Location,Latitude,Longitude,Status',
  '2024-01-01,Обстрел Харькова — ракетный удар,Kharkiv,49.99,36.23,confirmed',
  ',Undated strike,Kyiv,50.45,30.52,reported',
  '2024-02-01,Port shelled,Mariupol,47.1,37.54,disputed',
  '2024-02-02,Port shelled again,Mariupol,47.12,37.5,reported',
  '2024-02-03,Mariupol #16,Mariupol,37.53,47.11,reported',
  '2024-02-04,Odesa #17,Odesa,137.7,30.73,refuted',
].join('\n');

test('a teacher’s sheet: a span and a “c.” in the date column are read, and two empty rows are counted as two', async ({
  page,
}) => {
  await openApp(page);
  const sheet = [
    'Date,Event,Source,Link',
    '1917-04-17,Lenin returns,Wikipedia,https://en.wikipedia.org/wiki/April_Theses',
    '1918-1921,Russian Civil War,Textbook p. 55,',
    'c. 1927,Stalin in control,,',
    ',,,',
    ',,,',
    'TBC,Five-year plan,,',
    '1918-03-03,Brest-Litovsk,Wikipedia,https://en.wikipedia.org/wiki/Treaty_of_Brest-Litovsk',
  ].join('\n');
  await openFile(page, 'russia.csv', 'text/csv', Buffer.from(sheet));
  const dialog = importDialog(page);
  await expect(dialog).toContainText('Recognised: CSV/TSV table', SLOW);
  // The two empty rows and the row dated "TBC": three rows not imported.
  await expect(dialog).toContainText('3 items dropped');
  await dialog.getByText('What was mapped, guessed and dropped').click();
  const notes = dialog.getByRole('listitem');
  await expect(
    notes.filter({ hasText: 'two dates in the date cell read as the start and the end' }),
  ).toHaveText('guessed row 3: two dates in the date cell read as the start and the end');
  await expect(notes.filter({ hasText: 'read as their publisher' })).toHaveText(
    'guessed "Wikipedia" names sources at 2 links: read as their publisher, each source titled from its link',
  );
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(heading(page)).toHaveText('russia', SLOW);
  await expect(eventCount(page)).toHaveText('4 events', SLOW);

  await listButton(page, 'Russian Civil War').click();
  await expect(details(page).getByRole('time')).toHaveText('1918 – 1921');
  await listButton(page, 'Stalin in control').click();
  await expect(details(page).getByRole('time')).toHaveText('c. 1927');
});

test('an incidents CSV: what was lost counted as rows and fields, swapped coordinates warned of, the status column shown, a Cyrillic title’s id in Latin letters', async ({
  page,
}) => {
  await openApp(page);
  await openFile(page, 'incidents.csv', 'text/csv', Buffer.from(INCIDENTS_CSV));
  const dialog = importDialog(page);
  await expect(dialog).toContainText('Recognised: CSV/TSV table (6 read)', SLOW);
  // The Status column is read, and shown read, like the others.
  await expect(dialog.getByRole('combobox', { name: 'status', exact: true })).toHaveValue('Status');
  // One row lost; of another, kept, its coordinates; and one row to look at.
  await expect(dialog).toContainText('1 item dropped · 1 field left out · 1 warning');
  await dialog.getByText('What was mapped, guessed and dropped').click();
  const notes = dialog.getByRole('listitem');
  await expect(notes.filter({ hasText: /^dropped row 3:/ })).toHaveText('dropped row 3: no date');
  await expect(notes.filter({ hasText: /^warned / })).toHaveText(
    'warned row 6: latitude 37.53 and longitude 47.11 look swapped: other rows put "Mariupol" at 47.1, 37.54; kept as given',
  );
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(heading(page)).toHaveText('incidents', SLOW);
  await expect(eventCount(page)).toHaveText('5 events', SLOW);

  const summary = storeReportSummary(page);
  await expect(summary).toHaveText(/^1 item dropped · 1 field left out · /);
  await summary.click();
  const drops = page.getByRole('list', {
    name: 'Dropped on import from CSV/TSV table: 1 item, and 1 field of an item kept',
  });
  await expect(drops.getByRole('listitem')).toHaveText([
    'row 3: no date',
    'row 7: coordinates out of range left out',
  ]);

  // Its deep link names it, not "event".
  await listButton(page, 'Обстрел Харькова').click();
  await expect(page).toHaveURL(/[?&]event=obstrel-kharkova-raketniy-udar(&|$)/);
});
