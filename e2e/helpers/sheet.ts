import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { details } from './app';

/**
 * A phone's sheet of details once it has stopped moving: none of its slides or eases left
 * to run, its bottom at the screen's, the same box in two readings. The same box alone is
 * not enough: on a busy machine two readings can both come before the first frame of an
 * ease just begun (the handle toggled), and a finger then put on the handle "at rest" lands
 * where the handle was. `getAnimations` flushes the style first, so an ease just begun is
 * among them.
 */
export async function sheetAtRest(page: Page) {
  const sheet = details(page);
  const bottom = page.viewportSize()!.height;
  let last = '';
  let box: { x: number; y: number; width: number; height: number } | null = null;
  await expect
    .poll(async () => {
      const moving = await sheet.evaluate((element) => element.getAnimations().length > 0);
      box = await sheet.boundingBox();
      const now = box ? `${Math.round(box.y)}/${Math.round(box.height)}` : 'none';
      const resting =
        !moving && box !== null && Math.round(box.y + box.height) === bottom && now === last;
      last = now;
      return resting;
    })
    .toBe(true);
  return box!;
}
