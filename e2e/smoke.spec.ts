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
