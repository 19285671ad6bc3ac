import { expect, test } from './fixtures';
import {
  TREATY,
  detailsHeading,
  openApp,
  timeline,
  timelineItem,
  windowDescription,
} from './helpers/app';
import { expectNoAxeViolations } from './helpers/axe';

/**
 * A window with none of the events shown (here a search's one match, in 2024, while the
 * window is on 2000 to 2004) left the lanes empty and said only "0 of 1 event in view". Over
 * them the timeline now says where the nearest event is, and a button opens it there.
 */
test('a window with none of the events says where the nearest is, and opens it', async ({
  page,
}) => {
  await openApp(page, '?q=treaty&from=2000-01-01&to=2005-01-01');
  const lanes = timeline(page);
  await expect(windowDescription(page)).toContainText(': 0 of 1 event in view.');
  await expect(
    lanes.getByText(
      `No events in this window. The nearest is later: “${TREATY.title}”, ${TREATY.date}.`,
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the hint over an empty window');
  await lanes.getByRole('button', { name: 'Show the nearest event' }).click();
  await expect(detailsHeading(page)).toHaveText(TREATY.title);
  await expect(windowDescription(page)).toContainText(': 1 of 1 event in view.');
  await expect(timelineItem(page, TREATY.title)).toBeVisible();
  await expect(lanes.getByRole('button', { name: 'Show the nearest event' })).toHaveCount(0);
});

test('the nearest event is said on the earlier side too, and in Spanish', async ({ page }) => {
  await page.goto('/?q=treaty&from=2025-01-01&to=2026-01-01&lang=es');
  const lanes = page.getByRole('region', { name: 'Cronología', exact: true });
  await expect(
    lanes.getByText(
      `No hay eventos en esta ventana. El más cercano es anterior: «${TREATY.title}», 19 de junio de 2024.`,
    ),
  ).toBeVisible();
  await lanes.getByRole('button', { name: 'Mostrar el evento más cercano' }).click();
  await expect(
    page.getByRole('region', { name: 'Detalles del evento' }).getByRole('heading', { level: 2 }),
  ).toHaveText(TREATY.title);
});

test('a window with events in it has no such hint', async ({ page }) => {
  await openApp(page);
  await expect(windowDescription(page)).not.toContainText(': 0 of ');
  await expect(timeline(page).getByRole('button', { name: 'Show the nearest event' })).toHaveCount(
    0,
  );
});

test('the wheel over the hint still zooms the lanes under it', async ({ page }) => {
  await openApp(page, '?q=treaty&from=2000-01-01&to=2005-01-01');
  const hint = timeline(page).getByText(/^No events in this window/);
  const box = (await hint.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 400);
  await expect(windowDescription(page)).not.toContainText(
    'Showing 1 January 2000 to 1 January 2005',
  );
});
