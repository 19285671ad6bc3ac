import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { INVASION, detailsHeading, openApp } from './helpers/app';
import { serveArticle } from './helpers/article-page';

/**
 * Copy citation and Copy link in a timeline embedded in another site's article (report item
 * 7): Chromium refuses the clipboard to a cross-origin frame unless the page allows it, so
 * the Embed code allows it; a page framed without it (older code) still gets the text, shown
 * to be copied by hand.
 */

test('the Embed code lets Copy citation in the frame use the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, `?event=${INVASION.id}`);
  await expect(detailsHeading(page)).toHaveText(INVASION.title);
  await page.getByRole('button', { name: 'Embed' }).click();
  const code = page
    .getByRole('dialog', { name: 'Embed this view' })
    .getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(/^<iframe /);
  // The code as the writer pastes it, whole.
  const article = await serveArticle(await code.inputValue());
  try {
    await page.goto(article.url);
    const frame = page.frameLocator('iframe');
    const frameDetails = frame.getByRole('region', { name: 'Event details' });
    await expect(frameDetails.getByRole('heading', { level: 2 })).toHaveText(INVASION.title);
    await frameDetails.getByRole('button', { name: 'Copy citation' }).click();
    await expect(frame.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
    await expect(frame.getByRole('dialog')).toHaveCount(0);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(INVASION.title);
  } finally {
    await article.close();
  }
});

test.describe('a frame that does not allow the clipboard', () => {
  // Chromium says so in the console.
  test.use({ allowedConsoleErrors: [/[Pp]ermissions policy/] });

  test('Copy citation shows the citation, selected, to copy by hand', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const article = await serveArticle(
      `<iframe src="${baseURL}/embed/?event=${INVASION.id}" title="Sourceline timeline" width="640" height="480" style="border:0"></iframe>`,
    );
    try {
      await page.goto(article.url);
      const frame = page.frameLocator('iframe');
      const frameDetails = frame.getByRole('region', { name: 'Event details' });
      await expect(frameDetails.getByRole('heading', { level: 2 })).toHaveText(INVASION.title);
      const copy = frameDetails.getByRole('button', { name: 'Copy citation' });
      await copy.click();
      const dialog = frame.getByRole('dialog', { name: 'Copy the citation' });
      await expect(dialog).toBeVisible();
      const text = dialog.getByRole('textbox', { name: 'Citation' });
      await expect(text).toHaveValue(new RegExp(`^${INVASION.title}\\. ${INVASION.date}\\.`));
      await expect(text).toBeFocused();
      await expect(text).toHaveJSProperty('readOnly', true);
      // All of it selected: Ctrl+C takes the whole citation.
      const selection = await text.evaluate((area: HTMLTextAreaElement) => [
        area.selectionStart,
        area.selectionEnd,
        area.value.length,
      ]);
      expect(selection).toEqual([0, selection[2], selection[2]]);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(copy).toBeFocused();
    } finally {
      await article.close();
    }
  });
});

/** A browser that refuses the page its clipboard (a policy, an insecure page). */
const refuseClipboard = (page: Page) =>
  page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
    });
  });

test('Copy link the browser refuses: the link shown, selected, to copy by hand', async ({
  page,
}) => {
  await refuseClipboard(page);
  await openApp(page, `?event=${INVASION.id}`);
  await expect(detailsHeading(page)).toHaveText(INVASION.title);
  const copy = page.getByRole('button', { name: 'Copy link' });
  await copy.click();
  const dialog = page.getByRole('dialog', { name: 'Copy the link' });
  await expect(dialog).toBeVisible();
  const link = dialog.getByRole('textbox', { name: 'Link' });
  await expect(link).toBeFocused();
  expect(new URL(await link.inputValue()).searchParams.get('event')).toBe(INVASION.id);
  // Esc closes it, and the selection stays (the page's own Esc would clear it).
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(copy).toBeFocused();
  await expect(detailsHeading(page)).toHaveText(INVASION.title);
});

test('Copy code the browser refuses: the dialog says so, the code selected to copy by hand', async ({
  page,
}) => {
  await refuseClipboard(page);
  await openApp(page, `?event=${INVASION.id}`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/did not let the page copy it.*Ctrl\+C/);
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  const selected = await code.evaluate((area: HTMLTextAreaElement) =>
    area.value.slice(area.selectionStart, area.selectionEnd),
  );
  expect(selected).toBe(await code.inputValue());
  expect(selected).toMatch(/^<iframe /);
});
