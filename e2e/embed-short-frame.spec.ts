import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { INVASION, STORE_TITLE } from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';

/**
 * The embed in a frame both narrow and short (400×300, an inline figure; report item 8): the
 * timeline keeps a height that shows its events, and the selected event's details wait
 * behind a button under it.
 */

test.use({ viewport: { width: 400, height: 300 } });

/** The timeline's drawing (axis and lanes) and the first item title's box, in the page. */
async function timelineBoxes(page: Page) {
  const region = page.getByRole('region', { name: 'Timeline' });
  await expect(region.locator('.tl-item__title').first()).toBeVisible();
  return region.locator('.vis-timeline').evaluate((root) => {
    const lanes = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const titles = [...root.querySelectorAll('.tl-item__title')].map((title) =>
      title.getBoundingClientRect(),
    );
    // A title drawn whole inside the lanes' box: an event a person can read.
    const whole = titles.filter(
      (box) => box.width > 0 && box.top >= lanes.top && box.bottom <= lanes.bottom,
    );
    return {
      height: root.getBoundingClientRect().height,
      bottom: root.getBoundingClientRect().bottom,
      whole: whole.length,
    };
  });
}

test('with no event chosen, the timeline takes the frame and shows its events', async ({
  page,
}) => {
  await page.goto('/embed/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
  const boxes = await timelineBoxes(page);
  expect(boxes.height).toBeGreaterThanOrEqual(150);
  expect(boxes.bottom).toBeLessThanOrEqual(300);
  expect(boxes.whole).toBeGreaterThanOrEqual(1);
  const full = page.getByRole('link', { name: 'Open in Sourceline' });
  await expect(full).toBeVisible();
  await expect(full).toHaveAccessibleDescription('Opens in a new tab');
});

test('an event chosen: its title under the timeline, and its details behind a button', async ({
  page,
}) => {
  await page.goto(`/embed/?event=${INVASION.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
  const button = page.getByRole('button', { name: 'Details', exact: true });
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText(INVASION.title, { exact: true }).first()).toBeVisible();
  // With its status, seen and said, as on the timeline.
  const line = page.locator('.embed__details-bar');
  await expect(line.locator('.status-mark--confirmed')).toBeVisible();
  await expect(line).toContainText(`${INVASION.title}, confirmed`);
  const boxes = await timelineBoxes(page);
  expect(boxes.height).toBeGreaterThanOrEqual(150);
  expect(boxes.whole).toBeGreaterThanOrEqual(1);
  // Below the timeline, whole in the frame.
  const bar = (await button.boundingBox())!;
  expect(bar.y).toBeGreaterThanOrEqual(boxes.bottom - 1);
  expect(bar.y + bar.height).toBeLessThanOrEqual(300);

  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details).toBeHidden();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(INVASION.title);
  await expect(details.getByRole('heading', { level: 2 })).toBeInViewport();
  await button.click();
  await expect(details).toBeHidden();
  await expect(
    page.getByRole('region', { name: 'Timeline' }).locator('.tl-item__title').first(),
  ).toBeVisible();

  // Another event, with the keyboard: the line under the timeline follows it.
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: 'Next event' })
    .click();
  await expect(page.locator('.embed__details-title')).not.toHaveText(INVASION.title);
});

test('axe: the short embed, its details opened', async ({ page }) => {
  // axe walks the whole page: seconds of work on a busy machine.
  test.slow();
  await page.goto(`/embed/?event=${INVASION.id}`);
  await page.getByRole('button', { name: 'Details', exact: true }).click();
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(INVASION.title);
  await expectNoAxeViolations(page, 'embed in a short frame');
});
