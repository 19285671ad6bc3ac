import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { STORE_TITLE } from './helpers/app';
import { heading, json, routeStore, storePath } from './helpers/store-loading';

/**
 * `?lang=es`: what an import recognised, did and dropped is said in Spanish, in the Import
 * dialog and in the store's report afterwards, not in the importers' English (which the
 * CLI prints); what the file wrote stays as it wrote it.
 */

// The machine these run on is shared and often loaded: waits are for what a person sees,
// with room for a slow start.
test.slow();
const SLOW = { timeout: 30_000 };

const CSV = [
  'Fecha,Titular,Actores',
  '2024-06-19,Cumbre en Pionyang,Rusia',
  '2024-06-20,,Corea del Norte',
  'pronto,Firma del tratado,Rusia',
].join('\n');

/** Opens a file with "Abrir almacén…", as a person picks one. */
async function openFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByRole('button', { name: 'Abrir almacén…' }).click();
  await page
    .getByRole('dialog', { name: 'Abrir un almacén de eventos' })
    .getByLabel('Abrir un archivo')
    .setInputFiles(file);
}

test('a CSV imported in the Spanish interface: its format and notes in Spanish, in the dialog and the report', async ({
  page,
}) => {
  await page.goto('/?lang=es');
  await expect(heading(page)).toHaveText(STORE_TITLE, SLOW);
  await openFile(page, { name: 'cumbres.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });

  const dialog = page.getByRole('dialog', { name: 'Importar' });
  await expect(dialog).toBeVisible(SLOW);
  await expect(dialog).toContainText('Formato reconocido: tabla CSV/TSV (3 elementos leídos)');
  await dialog.getByText('Qué se asignó, dedujo y descartó').click();
  const notes = dialog.getByRole('listitem');
  await expect(notes.filter({ hasText: 'fecha ← "Fecha"' })).toHaveText(
    'asignado fecha ← "Fecha" (columna reconocida por su nombre)',
  );
  await expect(notes.filter({ hasText: 'fila 3:' })).toHaveText(
    'descartado fila 3: sin título ni descripción',
  );
  // The date as the file wrote it, quoted; why it is no date, in Spanish.
  await expect(notes.filter({ hasText: 'fila 4:' })).toHaveText(
    'descartado fila 4: fecha "pronto": no es una fecha (como 2024-06-19, 19/06/2024, 19 de junio de 2024 o 2024)',
  );
  await dialog.getByRole('button', { name: 'Importar' }).click();

  await expect(dialog).toBeHidden();
  await expect(heading(page)).toHaveText('cumbres', SLOW);
  await page.getByText(/^2 elementos descartados · \d+ avisos?$/).click();
  const drops = page.getByRole('list', {
    name: 'Descartado al importar un archivo de tipo tabla CSV/TSV: 2 elementos',
  });
  await expect(drops.getByRole('listitem')).toHaveText([
    'fila 3: sin título ni descripción',
    'fila 4: fecha "pronto": no es una fecha (como 2024-06-19, 19/06/2024, 19 de junio de 2024 o 2024)',
  ]);
});

test('a file the importers refuse in the Spanish interface: why, in Spanish, with the file’s own names', async ({
  page,
}) => {
  await page.goto('/?lang=es');
  await expect(heading(page)).toHaveText(STORE_TITLE, SLOW);
  await openFile(page, {
    name: 'sin-fechas.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Cuándo,Titular\nayer,Cumbre en Pionyang\n'),
  });

  const dialog = page.getByRole('dialog', { name: 'Importar' });
  await expect(dialog.getByRole('alert')).toHaveText(
    'Este archivo no se puede importar: no se reconoce por su nombre ninguna columna de fechas ("Date", "Fecha", "Start"…); columnas: Cuándo, Titular. Elige la columna en Columnas, abajo, en la lista «fecha».',
    SLOW,
  );
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(dialog).toBeHidden();

  // Refused before it is read as text: what it is, and what to do with it.
  await openFile(page, {
    name: 'informe.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n1 0 obj\n'),
  });
  await expect(dialog.getByRole('alert')).toHaveText(
    'Este archivo no se puede importar: un documento PDF: Sourceline importa líneas de tiempo y tablas, no documentos; exporta su tabla como CSV e importa ese archivo',
    SLOW,
  );
});

test.describe('a file to import whose address answers 404 when the Import dialog fetches it', () => {
  // The 404 is what the dialog is to explain: the browser logs it.
  test.use({ allowedConsoleErrors: [/the server responded with a status of 404/] });

  test('the Spanish dialog names the answer and what to do, not "HTTP 404"', async ({ page }) => {
    const path = storePath('desaparecido/timeline3.json');
    const timelineJs = {
      events: [{ start_date: { year: '1642' }, text: { headline: 'Pascalina' } }],
    };
    // Read once as a store (a TimelineJS file, which the explorer offers to import); gone
    // when the dialog fetches it again.
    let asked = 0;
    await routeStore(page, path, (route) =>
      asked++ === 0
        ? route.fulfill(json(JSON.stringify(timelineJs)))
        : route.fulfill(json('{}', 404)),
    );
    await page.goto(`/?store=${path}&lang=es`);
    await page.getByRole('button', { name: 'Importarlo…', exact: true }).click(SLOW);

    const dialog = page.getByRole('dialog', { name: 'Importar' });
    await expect(dialog.getByRole('alert')).toHaveText(
      'El servidor respondió 404 (no encontrado). Comprueba la dirección.',
      SLOW,
    );
    await dialog.getByRole('button', { name: 'Cancelar', exact: true }).click();
    await expect(dialog).toBeHidden();
  });
});

test('the day/month question and a column chosen for another field, in the Spanish interface', async ({
  page,
}) => {
  await page.goto('/?lang=es');
  await expect(heading(page)).toHaveText(STORE_TITLE, SLOW);
  await openFile(page, {
    name: 'cumbres.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Fecha,Titular,Etiquetas\n06/02/2020,Cumbre en Pionyang,tratado\n'),
  });
  const dialog = page.getByRole('dialog', { name: 'Importar' });
  const question = dialog.getByRole('group', { name: 'Fechas como 03/04/2020 se leen como' });
  await expect(question.getByRole('listitem')).toHaveText(
    ['06/02/2020 — fila 2: Cumbre en Pionyang'],
    SLOW,
  );
  const dayFirst = question.getByRole('radio', {
    name: 'día/mes/año: 6 de febrero de 2020',
    exact: true,
  });
  await expect(
    question.getByRole('radio', { name: 'mes/día/año: 2 de junio de 2020', exact: true }),
  ).toBeVisible();
  await dayFirst.check();
  await expect(dialog.getByRole('cell', { name: '2020-02-06', exact: true })).toBeVisible(SLOW);

  // The titles' column chosen for the tags: the title field says it has none, as the refusal does.
  const tags = dialog.getByRole('combobox', { name: 'etiquetas', exact: true });
  await tags.focus();
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('alert')).toHaveText(
    'Este archivo no se puede importar: no hay columna de títulos o descripciones: su columna, "Titular", está elegida para etiquetas. Elige la columna en Columnas, abajo, en la lista «título».',
    SLOW,
  );
  await expect(
    dialog.getByRole('combobox', { name: 'título', exact: true }),
  ).toHaveAccessibleDescription('Sin columna: «Titular» está elegida para etiquetas.');
  await expect(tags).toBeFocused();
});
