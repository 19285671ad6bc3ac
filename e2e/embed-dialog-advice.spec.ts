import { expect, test } from './fixtures';
import { INVASION, detailsHeading, openApp } from './helpers/app';

/**
 * The Embed dialog (session 54's tester): with the map shown, its code asked the frame for
 * the map (`map=1`), which the frame ignores; and it gave no height for the frame.
 */

test('with the map shown, the code asks for no map and the dialog says the frame has none', async ({
  page,
}) => {
  await openApp(page, `?event=${INVASION.id}&map=1`);
  await expect(detailsHeading(page)).toHaveText(INVASION.title);
  await expect(page.getByRole('region', { name: 'Map' })).toBeVisible();
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  for (const shows of ['This view', 'The whole timeline']) {
    await dialog.getByRole('radio', { name: shows }).check();
    await expect(code).toHaveValue(/^<iframe src="[^"]*\/embed\/\?/);
    const src = /src="([^"]*)"/.exec(await code.inputValue())![1]!.replaceAll('&amp;', '&');
    expect(new URL(src).searchParams.has('map'), shows).toBe(false);
  }
  await expect(dialog.getByText('An embedded timeline shows no map')).toBeVisible();
});

test('the dialog advises the frame’s height, which its code keeps, and what a lower frame does', async ({
  page,
}) => {
  await openApp(page, `?event=${INVASION.id}`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  const advice = dialog.getByText(
    /^The code makes the frame 480 px high\. Give it at least 420 px: in a lower frame on a phone, an event’s details wait behind a Details button\.$/,
  );
  await expect(advice).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/ height="480" /);
  // Without the map, nothing is said of it.
  await expect(dialog.getByText('shows no map')).toHaveCount(0);

  // What it says holds: a phone's frame of 420 px shows the details under the timeline, …
  await page.setViewportSize({ width: 390, height: 420 });
  await page.goto(`/embed/?event=${INVASION.id}`);
  const details = page.getByRole('region', { name: 'Event details' });
  const button = page.getByRole('button', { name: 'Details', exact: true });
  await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(button).toBeHidden();
  // … and one px lower, they wait behind the button it names.
  await page.setViewportSize({ width: 390, height: 419 });
  await expect(button).toBeVisible();
  await expect(details.getByRole('heading', { level: 2 })).toBeHidden();
});
