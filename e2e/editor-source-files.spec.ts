import { expect, test } from './fixtures';
import { newDraft } from './helpers/editor';

/*
 * A source opened from a file, as saved from a news site: its text is what the excerpts'
 * quotes are cut from and checked against, so it must be the text the page shows.
 */

const PARAGRAPHS = [
  'Pionyang, 19 de junio de 2024. El presidente ruso, Vladímir Putin, llegó a Pionyang en la madrugada del miércoles para su primera visita a Corea del Norte en 24 años.',
  'Putin y Kim Jong-un firmaron un acuerdo de asociación estratégica integral que incluye una cláusula de asistencia mutua en caso de agresión.',
  'La última visita de Putin a Corea del Norte fue en julio de 2000, cuando se reunió con Kim Jong-il, padre del actual líder.',
];

/** A page as many sites serve it: minified, no white space between its tags. */
const page = (charset: string) =>
  `<!DOCTYPE html><html lang="es"><head><meta charset="${charset}"><title>Putin llega a Pionyang | Diario</title></head><body>` +
  '<header><nav><a href="/">Inicio</a><a href="/mundo">Mundo</a></nav></header>' +
  `<article><h1>Putin llega a Pionyang</h1><p class="byline">Por Ana Pérez</p>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}` +
  '<ul><li>Primer punto</li><li>Segundo punto</li></ul></article><footer>© Diario 2024</footer></body></html>';

const FILE_LABEL = 'Or open a .txt, .md or .html file';

test('a minified web page keeps its paragraphs and list items apart in the source text', async ({
  page: tab,
}) => {
  await newDraft(tab);
  await tab.getByRole('button', { name: 'Add source' }).click();
  await tab.getByLabel(FILE_LABEL).setInputFiles({
    name: 'articulo.html',
    mimeType: 'text/html',
    buffer: Buffer.from(page('utf-8')),
  });
  const text = tab.getByRole('textbox', { name: 'Source text', exact: true });
  await expect(text).toHaveValue(
    new RegExp(`Por Ana Pérez\\n\\n${PARAGRAPHS.join('\\n\\n').replace(/[.()]/g, '\\$&')}`),
  );
  await expect(text).toHaveValue(/\n\nPrimer punto\nSegundo punto$/);
  await expect(text).not.toHaveValue(/años\.Putin|agresión\.La|puntoSegundo/);
  // Plain UTF-8: nothing to say about how it was read.
  await expect(tab.getByRole('status').filter({ hasText: 'UTF-8' })).toHaveCount(0);
});

/** The text as a legacy Western European editor saves it: one byte a letter. */
const windows1252 = (text: string) =>
  Buffer.from(Array.from(text, (c) => ({ '“': 0x93, '”': 0x94, '—': 0x97 })[c] ?? c.charCodeAt(0)));

test('a page or a text file that is not UTF-8 keeps its accents, and the form says how it was read', async ({
  page: tab,
}) => {
  await newDraft(tab);
  await tab.getByRole('button', { name: 'Add source' }).click();
  const text = tab.getByRole('textbox', { name: 'Source text', exact: true });
  const file = tab.getByLabel(FILE_LABEL);

  // A page saved as the site served it, in the Latin-1 its <meta charset> declares.
  await file.setInputFiles({
    name: 'articulo.html',
    mimeType: 'text/html',
    buffer: windows1252(page('iso-8859-1')),
  });
  await expect(text).toHaveValue(
    new RegExp(`^Por Ana Pérez\\n\\n${PARAGRAPHS[0]!.slice(0, 60).replace(/[.()]/g, '\\$&')}`),
  );
  await expect(text).not.toHaveValue(/\ufffd/);
  await expect(tab.getByRole('status').filter({ hasText: 'UTF-8' })).toHaveText(
    'This file is not UTF-8: read in the encoding it declares, iso-8859-1 (as windows-1252, as browsers read it).',
  );

  // A text file that says nothing of its encoding: windows-1252, its curly quotes too.
  const note = 'El portavoz dijo: “No habrá comentarios” — y se fue.';
  await file.setInputFiles({ name: 'nota.txt', mimeType: 'text/plain', buffer: windows1252(note) });
  await expect(text).toHaveValue(note);
  await expect(tab.getByRole('status').filter({ hasText: 'UTF-8' })).toHaveText(
    'This file is not UTF-8 and does not say its encoding: read as windows-1252 (Western European). If letters look wrong, save it as UTF-8 and open it again.',
  );

  // A UTF-8 file after them: the note goes.
  await file.setInputFiles({
    name: 'nota.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Llegó tras 24 años.'),
  });
  await expect(text).toHaveValue('Llegó tras 24 años.');
  await expect(tab.getByRole('status').filter({ hasText: 'UTF-8' })).toHaveCount(0);
});

/** A wire story as saved from the site, with what the site says about it for search engines. */
const WIRE_STORY =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>North Korea ratifies defence treaty with Russia | Example Wire</title>' +
  '<meta property="og:site_name" content="Example Wire"><meta name="author" content="Staff reporter">' +
  '<meta property="article:published_time" content="2024-11-12T03:10:00Z">' +
  '<link rel="canonical" href="https://www.example-wire.com/world/nk-ratifies-treaty-2024-11-12/">' +
  '<style>.ad{display:block}</style></head><body><header><nav><a href="/">Home</a></nav></header>' +
  '<div class="ad" style="height:250px">Advertisement</div><main><article><h1>North Korea ratifies defence treaty with Russia</h1>' +
  '<p style="font-weight:bold">SEOUL, Nov 12 (Wire) - North Korea has ratified a mutual defence treaty with Russia, state media KCNA said on Tuesday, as Kim Jong Un signed a decree making the pact law.</p>' +
  "<p>Russia's President Vladimir Putin signed the treaty into law on Saturday.</p></article></main></body></html>";

test('a saved page fills the address, publisher and publication date it gives, and says so', async ({
  page: tab,
}) => {
  await newDraft(tab);
  await tab.getByRole('button', { name: 'Add source' }).click();
  const form = tab.getByRole('form', { name: 'Add source' });
  await tab.getByLabel(FILE_LABEL).setInputFiles({
    name: 'wire.html',
    mimeType: 'text/html',
    buffer: Buffer.from(WIRE_STORY),
  });
  const field = (name: string) => form.getByRole('textbox', { name, exact: true });
  await expect(field('Source text')).toHaveValue(/^SEOUL, Nov 12/);
  await expect(field('Source title')).toHaveValue(
    'North Korea ratifies defence treaty with Russia',
  );
  await expect(field('Source URL')).toHaveValue(
    'https://www.example-wire.com/world/nk-ratifies-treaty-2024-11-12/',
  );
  await expect(field('Publisher')).toHaveValue('Example Wire');
  await expect(field('Published')).toHaveValue('2024-11-12');
  await expect(form.getByRole('status')).toHaveText(
    "Filled in from the page's metadata: Source URL, Publisher and Published. Check them against the page.",
  );

  // The source saves as filled: the address and the date are what the store accepts.
  await form.getByRole('button', { name: 'Save source' }).click();
  await expect(
    tab.getByRole('list', { name: 'Sources' }).getByRole('button', {
      name: /North Korea ratifies defence treaty with Russia/,
    }),
  ).toBeVisible();
});

test('a page with style sheets and style attributes opens with no Content-Security-Policy report', async ({
  page: tab,
}) => {
  // The fixture fails the test on any console error: Chromium reported each inline style of
  // the page, checked against the editor's policy as the page was parsed.
  await newDraft(tab);
  await tab.getByRole('button', { name: 'Add source' }).click();
  await tab.getByLabel(FILE_LABEL).setInputFiles({
    name: 'wire.html',
    mimeType: 'text/html',
    buffer: Buffer.from(
      WIRE_STORY.replace('</article>', '<svg><style>circle{fill:red}</style></svg></article>'),
    ),
  });
  const text = tab.getByRole('textbox', { name: 'Source text', exact: true });
  await expect(text).toHaveValue(/signed the treaty into law on Saturday\.$/);
  await expect(text).not.toHaveValue(/display|fill:red|height/);
});
