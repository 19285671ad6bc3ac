import { expect, test } from './fixtures';

test('the default store opens with its title and events', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Russia and North Korea, 2000–2024',
  );
  await expect(
    page.getByRole('list', { name: 'Events', exact: true }).getByRole('listitem'),
  ).toHaveCount(18);
  await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toBeVisible();
});

test('About and help leads to the editor, in the reader’s language', async ({ page }) => {
  for (const { query, button, link, heading } of [
    { query: '', button: 'About and help', link: 'Open the editor', heading: 'Sourceline editor' },
    { query: '?lang=es', button: 'Acerca de y ayuda', link: 'Abrir el editor', heading: null },
  ]) {
    await page.goto(`/${query}`);
    await page.getByRole('button', { name: button }).click();
    await page.getByRole('dialog').getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(new RegExp(`/edit/${query.replace('?', '\\?')}$`));
    await expect(
      page.getByRole('button', { name: query ? 'Nuevo borrador' : 'New draft' }),
    ).toBeVisible();
    if (heading) await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
});
