import { expect, test } from './fixtures';
import { STORE_TITLE, details, detailsHeading, timeline } from './helpers/app';

/**
 * An article's frame with no event chosen (a tester's blog, report item 1 of session 53): the
 * empty details took two fifths of the frame beside the timeline (234 of 600 px) or its
 * bottom 140–224 px, with keys that mean nothing on a phone, and the timeline showed two or
 * three rows. Until an event is chosen the timeline takes the frame, with one short line
 * under it; the details come beside or below it once one is.
 */

const HINT = 'Choose an event to read its sources.';
const KEYS = '← → previous/next event · Esc clear · + − zoom';

for (const { width, height, beside } of [
  { width: 600, height: 400, beside: true },
  { width: 760, height: 500, beside: true },
  { width: 360, height: 600, beside: false },
  { width: 390, height: 480, beside: false },
]) {
  test(`at ${width}×${height} the timeline takes the frame until an event is chosen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/embed/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
    await expect(timeline(page).locator('.tl-item__title').first()).toBeVisible();
    const hint = page.getByText(HINT);
    await expect(hint).toBeVisible();
    await expect(details(page)).toHaveCount(0);

    // The timeline spans the frame (but for its padding), and only the hint's line is under it.
    const whole = (await timeline(page).boundingBox())!;
    expect(whole.width, 'timeline width').toBeGreaterThanOrEqual(width - 24);
    const line = (await hint.boundingBox())!;
    expect(line.y, 'the hint under the timeline').toBeGreaterThanOrEqual(
      whole.y + whole.height - 1,
    );
    expect(line.y + line.height, 'the hint in the frame').toBeLessThanOrEqual(height);
    expect(height - (whole.y + whole.height), 'room left under the timeline').toBeLessThanOrEqual(
      40,
    );

    // An event chosen: its details beside the timeline, or below it, as before.
    await timeline(page).getByRole('button', { name: 'Next event' }).click();
    await expect(detailsHeading(page)).toBeVisible();
    await expect(hint).toHaveCount(0);
    const shown = (await timeline(page).boundingBox())!;
    const box = (await details(page).boundingBox())!;
    if (beside) expect(box.x).toBeGreaterThan(shown.x + shown.width - 1);
    else expect(box.y).toBeGreaterThan(shown.y + shown.height - 1);
    await expect(detailsHeading(page)).toBeInViewport();
  });
}

test('the hint names the keys only where a keyboard is likely and there is room', async ({
  page,
}) => {
  await page.setViewportSize({ width: 760, height: 500 });
  await page.goto('/embed/');
  await expect(page.getByText(HINT)).toBeVisible();
  await expect(page.getByText(KEYS)).toBeVisible();
  // No list, no search and no help in a frame: the hint does not name them.
  await expect(page.getByText(HINT)).not.toContainText(/list|search|help/);
  await page.setViewportSize({ width: 390, height: 480 });
  await expect(page.getByText(HINT)).toBeVisible();
  await expect(page.getByText(KEYS)).toBeHidden();
});

test('the details closed with the keyboard leave the frame, and the focus goes to the timeline', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto('/embed/');
  await timeline(page).getByRole('button', { name: 'Next event' }).click();
  await expect(detailsHeading(page)).toBeVisible();

  const close = details(page).getByRole('button', { name: 'Close details' });
  await close.focus();
  await page.keyboard.press('Enter');
  await expect(details(page)).toHaveCount(0);
  await expect(page.getByText(HINT)).toBeVisible();
  await expect(timeline(page)).toBeFocused();

  // Esc from inside the details does the same.
  await page.keyboard.press('ArrowRight');
  await expect(detailsHeading(page)).toBeVisible();
  await details(page).getByRole('button', { name: 'Copy citation' }).focus();
  await page.keyboard.press('Escape');
  await expect(details(page)).toHaveCount(0);
  await expect(timeline(page)).toBeFocused();
});
