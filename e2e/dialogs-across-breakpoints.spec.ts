import { expect, test } from './fixtures';
import { openApp } from './helpers/app';

/**
 * A phone turned on its side crosses the phone breakpoint (600 px): the header's actions move
 * out of `More` and back, each button mounted anew. A dialog the person was reading stays open.
 */

test('About stays open when the window crosses the phone breakpoint, both ways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openApp(page);
  await page.getByRole('button', { name: 'About and help' }).click();
  const about = page.getByRole('dialog', { name: 'About Sourceline' });
  await expect(about).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('button', { name: 'More', exact: true })).toBeVisible();
  await expect(about).toBeVisible();

  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(page.getByRole('button', { name: 'More', exact: true })).toHaveCount(0);
  await expect(about).toBeVisible();
  // Closed, it stays closed across the next crossing.
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('button', { name: 'More', exact: true })).toBeVisible();
  await expect(about).toBeHidden();
});

test('Embed opened from More on a phone stays open, with its code, when the phone is turned', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page);
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const embed = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(embed).toBeVisible();
  await expect(embed.getByRole('textbox')).toHaveValue(/^<iframe /);

  await page.setViewportSize({ width: 844, height: 390 });
  await expect(page.getByRole('button', { name: 'More', exact: true })).toHaveCount(0);
  await expect(embed).toBeVisible();
  await expect(embed.getByRole('textbox')).toHaveValue(/^<iframe /);
});

test('Open store stays open when the window crosses the phone breakpoint', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openApp(page);
  await page.getByRole('button', { name: /^Open store/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Open an event store' });
  await expect(dialog).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('button', { name: 'More', exact: true })).toBeVisible();
  await expect(dialog).toBeVisible();
});
