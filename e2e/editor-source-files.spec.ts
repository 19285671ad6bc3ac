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
