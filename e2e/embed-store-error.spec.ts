import { expect, test } from './fixtures';

/**
 * An embed whose store cannot be fetched (session 53's tester): its error told the article's
 * reader to use the Open store… button, which a frame does not have. It says what the reader
 * can do there, and where the cause lies.
 */

test.use({
  viewport: { width: 600, height: 400 },
  // Chromium reports the refused connection in the console.
  allowedConsoleErrors: [/ERR_CONNECTION_REFUSED|ERR_FAILED|CORS policy/],
});

test('a store on another site that cannot be reached: no advice about controls the frame lacks', async ({
  page,
}) => {
  await page.goto(`/embed/?store=${encodeURIComponent('http://127.0.0.1:9/x.json')}`);
  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { name: 'This event store could not be opened' }),
  ).toBeVisible();
  await expect(alert).toContainText(
    'The events of this timeline could not be reached: check your connection, or try again later.',
  );
  await expect(alert).toContainText('whoever published this timeline can allow it');
  await expect(alert).not.toContainText('Open store');
  await expect(alert).not.toContainText('download');
  // What the frame does have: Retry, and the link to the full view.
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open in Sourceline' })).toBeVisible();
});

test('in Spanish', async ({ page }) => {
  await page.goto(`/embed/?lang=es&store=${encodeURIComponent('http://127.0.0.1:9/x.json')}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'No se pudo acceder a los eventos de esta cronología: comprueba tu conexión o inténtalo más tarde.',
  );
  await expect(alert).not.toContainText('Abrir almacén');
});
