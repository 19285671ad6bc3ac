import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openForEditing } from './helpers/editor';
import { expectNoAxeViolations } from './helpers/axe';

// The draft's actors, each edited on its own (actors-panel.tsx): an event's Actors ticks and
// renames them, but only here is an actor put in its place in the tree (whose lane it is in),
// given a kind or a lane colour. None of it may make a cycle; each Save is one step of Undo.

test.describe.configure({ timeout: 90_000 });

const STORE = readFileSync(new URL('../public/data/events.json', import.meta.url), 'utf8');
const actorsPanel = (page: Page) => page.getByRole('region', { name: 'Actors', exact: true });
const actorRows = (page: Page) => page.getByRole('list', { name: 'Draft actors' });
const row = (page: Page, name: string) =>
  actorRows(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: `Edit actor ${name}`, exact: true }) });

async function openDefaultStore(page: Page) {
  await openForEditing(page, { name: 'events.json', mimeType: 'application/json', text: STORE });
  await expect(actorRows(page).getByRole('listitem')).toHaveCount(10);
}

test('an actor is renamed and taken out of its parent, in one step Undo takes back', async ({
  page,
}) => {
  await openDefaultStore(page);
  await expect(row(page, 'Kim Jong-un')).toContainText('Person · member of North Korea · 7 events');

  await page.getByRole('button', { name: 'Edit actor Kim Jong-un', exact: true }).click();
  const form = page.getByRole('group', { name: 'Edit actor Kim Jong-un' });
  await expect(form.getByRole('textbox', { name: 'Actor name' })).toBeFocused();
  await form.getByRole('textbox', { name: 'Actor name' }).fill('Kim Jong Un');
  await form.getByRole('combobox', { name: 'Member of' }).selectOption({ label: 'None' });
  await form.getByRole('button', { name: 'Save actor' }).click();

  // The row says what changed, the focus is back on its Edit, and the event's Actors agree.
  await expect(row(page, 'Kim Jong Un')).toContainText('Kim Jong Un Person · 7 events');
  await expect(row(page, 'Kim Jong Un')).not.toContainText('member of');
  await expect(
    page.getByRole('button', { name: 'Edit actor Kim Jong Un', exact: true }),
  ).toBeFocused();
  await expect(
    page.getByRole('group', { name: 'Actors' }).getByRole('checkbox', { name: 'Kim Jong Un' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(row(page, 'Kim Jong-un')).toContainText('Person · member of North Korea · 7 events');
});

test('an actor cannot be made a member of itself or of its own members', async ({ page }) => {
  await openDefaultStore(page);
  await page.getByRole('button', { name: 'Edit actor North Korea', exact: true }).click();
  const form = page.getByRole('group', { name: 'Edit actor North Korea' });
  const parents = await form
    .getByRole('combobox', { name: 'Member of' })
    .locator('option')
    .allTextContents();
  expect(parents).toContain('Russia');
  // Kim Jong-un and KCNA are members of North Korea; North Korea is not offered either.
  for (const left of ['North Korea', 'Kim Jong-un', 'Korean Central News Agency (KCNA)'])
    expect(parents).not.toContain(left);
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: 'Edit actor North Korea', exact: true }),
  ).toBeFocused();
  await expectNoAxeViolations(page, 'the Actors panel, an actor added', {
    include: '.editor-actors-panel',
  });
});

test('an actor deleted from the panel says first what it is taken off; the focus goes to the next', async ({
  page,
}) => {
  await openDefaultStore(page);
  await page.getByRole('button', { name: 'Edit actor United Nations', exact: true }).click();
  await page
    .getByRole('group', { name: 'Edit actor United Nations' })
    .getByRole('button', { name: 'Delete this actor' })
    .click();
  const ask = actorsPanel(page).getByRole('group', { name: /is an actor of 1 event/ });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Delete actor', exact: true }).click();
  await expect(actorRows(page).getByRole('listitem')).toHaveCount(9);
  await expect(actorsPanel(page)).not.toContainText('United Nations');
  await expect(
    page.getByRole('button', { name: 'Edit actor Korean Central News Agency (KCNA)', exact: true }),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(actorRows(page).getByRole('listitem')).toHaveCount(10);
});
