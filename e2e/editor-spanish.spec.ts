import { expect, test } from './fixtures';

/**
 * `/edit/?lang=es`: the validator's problems are said in Spanish at their fields, as a
 * screen reader hears them (the field's description), not only in the English of the CLI.
 */

test.describe.configure({ timeout: 120_000 });

test('the Spanish editor says a field’s problem in Spanish', async ({ page }) => {
  await page.goto('/edit/?lang=es');
  await page.getByRole('button', { name: 'Nuevo borrador' }).click();
  const storeTitle = page.getByRole('textbox', { name: 'Título del almacén', exact: true });
  await expect(storeTitle).toHaveValue('Borrador sin título');

  await storeTitle.fill('');
  await expect(storeTitle).toHaveAttribute('aria-invalid', 'true');
  await expect(storeTitle).toHaveAccessibleDescription('Obligatorio.');

  const language = page.getByRole('textbox', { name: 'Idioma del almacén', exact: true });
  await language.fill('Español');
  await expect(language).toHaveAccessibleDescription(
    'El idioma en que está escrita la cronología, como código: es español, en inglés, fr francés, ru ruso; und si no se sabe. ' +
      'No es una etiqueta de idioma (se encontró "Español"); se esperaba una etiqueta de idioma BCP 47, como "en".',
  );

  await storeTitle.fill('Pionyang, junio de 2024');
  await language.fill('es');
  await expect(storeTitle).not.toHaveAttribute('aria-invalid');
  await expect(language).not.toHaveAttribute('aria-invalid');
});

test('the Spanish editor says in Spanish what an imported file became and what it left out', async ({
  page,
}) => {
  await page.goto('/edit/?lang=es');
  await page.getByRole('button', { name: 'Abrir almacén para editar' }).click();
  const file = page.getByLabel('Archivo del almacén');

  // A file the importers refuse: why, in Spanish.
  await file.setInputFiles({
    name: 'lugares.kml',
    mimeType: 'application/vnd.google-earth.kml+xml',
    buffer: Buffer.from('<kml xmlns="http://www.opengis.net/kml/2.2"><Document></Document></kml>'),
  });
  // In the Import dialog, in the editor's language.
  const dialog = page.getByRole('dialog', { name: 'Importar' });
  await expect(dialog.getByRole('alert')).toHaveText(
    'Este archivo no se puede importar: no hay marcas de posición',
  );
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  // Refused as its bytes are read, before any converter sees it.
  await file.setInputFiles({
    name: 'informe.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n1 0 obj\n'),
  });
  await expect(dialog.getByRole('alert')).toHaveText(
    'Este archivo no se puede importar: un documento PDF: Sourceline importa líneas de tiempo y tablas, no documentos; exporta su tabla como CSV e importa ese archivo',
  );
  await dialog.getByRole('button', { name: 'Cancelar' }).click();

  await file.setInputFiles({
    name: 'cumbres.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'Fecha,Titular,Actores',
        '2024-06-19,Cumbre en Pionyang,Rusia; Corea del Norte',
        '2024-06-20,,Corea del Norte',
        'pronto,Firma del tratado,Rusia',
        ',Ejercicios conjuntos,Rusia',
      ].join('\n'),
    ),
  });
  await dialog.getByRole('button', { name: 'Importar' }).click();
  const note = page.getByRole('status').filter({ hasText: 'Importado de' });
  await expect(note).toContainText(
    'Importado de un archivo de tipo tabla CSV/TSV: 2 eventos; 2 elementos omitidos:',
  );
  await expect(note.getByRole('listitem')).toHaveText([
    'fila 3: sin título ni descripción',
    'fila 4: fecha "pronto": no es una fecha (como 2024-06-19, 19/06/2024, 19 de junio de 2024 o 2024)',
  ]);
  // A row with no date is kept, to be dated in the draft.
  await expect(note).toContainText(
    'Conservado sin fecha: complétala (1 evento: «Ejercicios conjuntos»). Mientras no tenga fecha, Descargar almacén lo deja fuera del archivo.',
  );
  await note.getByRole('button', { name: 'Poner fecha a «Ejercicios conjuntos»' }).click();
  await expect(page.getByRole('textbox', { name: 'Inicio', exact: true })).toBeFocused();
  await expect(
    page.getByRole('list', { name: 'Eventos del borrador' }).getByRole('button', {
      name: /^Ejercicios conjuntos/,
    }),
  ).toContainText('falta la fecha');
  await expect(page.getByRole('textbox', { name: 'Título del almacén', exact: true })).toHaveValue(
    'cumbres',
  );
});

test.describe('an address that gives nothing to open', () => {
  // The 404 and the failed request are what the editor is to explain: the browser logs them.
  // (One pattern: a second in the array would be read as the fixture's options.)
  test.use({ allowedConsoleErrors: [/the server responded with a status of 404|ERR_FAILED/] });

  test('the Spanish editor names the server’s answer, or says there was none, and what to do', async ({
    page,
  }) => {
    await page.route(
      (url) => url.pathname === '/test-stores/desaparecido.csv',
      (route) => route.fulfill({ status: 404, body: '' }),
    );
    await page.route(
      (url) => url.pathname === '/test-stores/sin-respuesta.csv',
      (route) => route.abort('failed'),
    );
    await page.goto('/edit/?lang=es');
    await page.getByRole('button', { name: 'Abrir almacén para editar' }).click();
    const address = page.getByRole('textbox', { name: 'Dirección del almacén', exact: true });
    const open = page.getByRole('button', { name: 'Abrir dirección', exact: true });

    await address.fill('/test-stores/desaparecido.csv');
    await open.click();
    await expect(page.getByRole('alert')).toHaveText(
      'No se pudo abrir el almacén: el servidor respondió 404 (no encontrado). Comprueba la dirección.',
    );

    await address.fill('/test-stores/sin-respuesta.csv');
    await open.click();
    await expect(page.getByRole('alert')).toHaveText(
      'No se pudo abrir el almacén: no llegó respuesta de esta dirección. Compruébala y comprueba tu conexión. Un archivo de otro sitio puede no dejar que otros sitios lo lean (CORS): descárgalo y abre el archivo.',
    );
  });
});

test('the Spanish editor declares a new draft and its new sources Spanish, and names the publisher «Medio»', async ({
  page,
}) => {
  await page.goto('/edit/?lang=es');
  await page.getByRole('button', { name: 'Nuevo borrador' }).click();
  await expect(page.getByRole('textbox', { name: 'Idioma del almacén', exact: true })).toHaveValue(
    'es',
  );
  await page.getByRole('button', { name: 'Añadir fuente' }).click();
  await expect(page.getByRole('textbox', { name: 'Idioma', exact: true })).toHaveValue('es');
  // Not «Editor», which on the page «Editor de Sourceline» reads as the person editing.
  await expect(page.getByRole('textbox', { name: 'Editor', exact: true })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Medio', exact: true }).fill('Agencia EFE');
  await page.getByRole('textbox', { name: 'Texto de la fuente', exact: true }).fill('Un texto.');
  await page.getByRole('textbox', { name: 'Título de la fuente', exact: true }).fill('Nota');
  await page.getByRole('button', { name: 'Guardar fuente' }).click();
  await expect(page.getByRole('button', { name: 'Eliminar fuente', exact: true })).toBeVisible();

  // The English editor's new draft stays English.
  await page.goto('/edit/');
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page.getByRole('textbox', { name: 'Store language', exact: true })).toHaveValue(
    'en',
  );
});
