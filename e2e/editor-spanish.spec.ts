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
  await expect(storeTitle).toHaveAccessibleDescription('Obligatorio: un texto no vacío.');

  const language = page.getByRole('textbox', { name: 'Idioma del almacén', exact: true });
  await language.fill('Español');
  await expect(language).toHaveAccessibleDescription(
    'No es una etiqueta de idioma (se encontró "Español"); se esperaba una etiqueta de idioma BCP 47, como "en".',
  );

  await storeTitle.fill('Pionyang, junio de 2024');
  await language.fill('es');
  await expect(storeTitle).not.toHaveAttribute('aria-invalid');
  await expect(language).not.toHaveAttribute('aria-invalid');
});
