import { expect, test } from './fixtures';
import { TREATY, actorCheckbox, openApp, timeline } from './helpers/app';

test.describe('lanes', () => {
  test('"Lane per actor" switches between a lane per actor and one lane', async ({ page }) => {
    await openApp(page);
    const region = timeline(page);
    const toggle = region.getByRole('button', { name: 'Lane per actor' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    // Lanes are labelled with the state's name (and its event count) at the timeline's side.
    const laneLabel = (name: string) => region.getByText(name, { exact: true });
    await expect(laneLabel('Russia')).toBeVisible();
    // The treaty involves Russia and North Korea: it is drawn in both lanes.
    // (vis-timeline's items have no role; `.vis-item` is its own DOM.)
    const treatyItems = region
      .locator('.vis-item')
      .filter({ has: page.getByText(TREATY.title, { exact: true }) });
    await actorCheckbox(page, 'Kim Jong-un').check(); // few lanes, so all of them are on screen
    await expect(laneLabel('Russia')).toBeVisible();
    await expect(laneLabel('North Korea')).toBeVisible();
    await expect(treatyItems).toHaveCount(2);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(laneLabel('Russia')).toHaveCount(0);
    await expect(laneLabel('North Korea')).toHaveCount(0);
    await expect(treatyItems).toHaveCount(1);
    await expect(treatyItems).toBeVisible();

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(laneLabel('Russia')).toBeVisible();
    await expect(laneLabel('North Korea')).toBeVisible();
    await expect(treatyItems).toHaveCount(2);
  });
});
