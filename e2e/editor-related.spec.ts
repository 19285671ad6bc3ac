import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { validateStoreText } from '../src/format/validate-store';
import {
  TREATY_PASSAGE,
  addActor,
  addReportSource,
  expectSaved,
  newDraft,
  openForEditing,
  selectPassage,
  sourceReader,
} from './helpers/editor';
import { expectNoAxeViolations } from './helpers/axe';

// The editor's flows are long and this machine is shared: a generous budget per test.
test.describe.configure({ timeout: 120_000 });

const ARRIVAL_PASSAGE = 'Putin, en su primera visita a Corea del Norte en 24 años';
const PLEDGE_PASSAGE = 'Expresó su “apoyo incondicional” a las políticas rusas';

interface Downloaded {
  events: { id: string; title: string; related?: { event: string; relation: string }[] }[];
}

async function download(page: Page) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download store' }).click();
  const text = readFileSync((await (await downloading).path())!, 'utf8');
  return { text, store: JSON.parse(text) as Downloaded };
}

/** A new event on the passage, with its title, date and the actor Russia. */
async function newEvent(page: Page, passage: string, title: string, start: string) {
  await selectPassage(sourceReader(page), passage);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
  await page.getByRole('textbox', { name: 'Start', exact: true }).fill(start);
  const russia = page.getByRole('group', { name: 'Actors' }).getByRole('checkbox', {
    name: 'Russia',
  });
  if ((await russia.count()) === 0) await addActor(page, 'Russia', 'State');
  else await russia.check();
  await expect(page.getByText('No problems in this event.')).toBeVisible();
}

const chooseEvent = (page: Page, title: string) =>
  page
    .getByRole('list', { name: 'Draft events' })
    .getByRole('button', { name: new RegExp(`^${title}`) })
    .click();

test('an analyst relates events by title, undoes, renames and deletes one; the file and the preview follow', async ({
  page,
}) => {
  await newDraft(page);
  await page.getByRole('textbox', { name: 'Store title', exact: true }).fill('Pyongyang');
  await addReportSource(page);
  await newEvent(page, TREATY_PASSAGE, 'The treaty is signed', '2024-06-19');
  await newEvent(page, ARRIVAL_PASSAGE, 'Putin arrives in Pyongyang', '2024-06-18');
  await newEvent(page, PLEDGE_PASSAGE, 'Kim pledges support', '2024-06-19');

  const related = page.getByRole('group', { name: 'Related events', exact: true });
  const chosen = related.getByRole('list', { name: 'Related events', exact: true });
  const target = related.getByRole('combobox', { name: 'Related event', exact: true });
  const relation = related.getByRole('combobox', { name: 'Relation', exact: true });
  const add = related.getByRole('button', { name: 'Add related event', exact: true });
  await expect(related.getByText('No related events yet.')).toBeVisible();
  // The draft's other events, by title and date, in date order; not this one.
  await expect(target.getByRole('option')).toHaveText([
    'Choose an event…',
    'Putin arrives in Pyongyang (18 June 2024)',
    'The treaty is signed (19 June 2024)',
  ]);
  await expect(add).toBeDisabled();

  await target.selectOption({ label: 'The treaty is signed (19 June 2024)' });
  await relation.selectOption({ label: 'responds to' });
  await add.click();
  const treatyRelation = chosen.getByRole('combobox', {
    name: 'Relation to The treaty is signed (19 June 2024)',
    exact: true,
  });
  await expect(treatyRelation).toHaveValue('responds-to');
  await expect(chosen.getByRole('listitem')).toHaveText([/The treaty is signed \(19 June 2024\)/]);
  // Chosen once, it is no longer offered: no duplicates.
  await expect(target.getByRole('option')).toHaveText([
    'Choose an event…',
    'Putin arrives in Pyongyang (18 June 2024)',
  ]);
  await expect(target).toBeFocused();

  await target.selectOption({ label: 'Putin arrives in Pyongyang (18 June 2024)' });
  await relation.selectOption({ label: 'see also' });
  await add.click();
  await expect(
    related.getByText('Every other event of the draft is related already.'),
  ).toBeVisible();
  const removeArrival = chosen.getByRole('button', {
    name: 'Remove Putin arrives in Pyongyang (18 June 2024)',
    exact: true,
  });
  await expect(chosen.getByRole('listitem')).toHaveCount(2);

  // Removed, then Undo brings it back, Redo takes it away, Undo again.
  await removeArrival.click();
  await expect(chosen.getByRole('listitem')).toHaveCount(1);
  // The focus stays in the group: on the remaining entry's Remove.
  await expect(
    chosen.getByRole('button', { name: 'Remove The treaty is signed (19 June 2024)', exact: true }),
  ).toBeFocused();
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await undo.click();
  await expect(removeArrival).toBeVisible();
  await redo.click();
  await expect(removeArrival).toHaveCount(0);
  await undo.click();
  await expect(removeArrival).toBeVisible();
  await expect(page.getByText('No problems in this event.')).toBeVisible();
  await expectSaved(page);

  let { text, store } = await download(page);
  expect(validateStoreText(text).problems).toEqual([]);
  const ids = Object.fromEntries(store.events.map((event) => [event.title, event.id]));
  expect(store.events.find((event) => event.title === 'Kim pledges support')!.related).toEqual([
    { event: ids['The treaty is signed'], relation: 'responds-to' },
    { event: ids['Putin arrives in Pyongyang'], relation: 'see-also' },
  ]);

  // The treaty renamed: the link is by id, so it follows, shown by the new title.
  await chooseEvent(page, 'The treaty is signed');
  await page
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('The treaty is signed in Pyongyang');
  await chooseEvent(page, 'Kim pledges support');
  await expect(
    chosen.getByRole('combobox', {
      name: 'Relation to The treaty is signed in Pyongyang (19 June 2024)',
      exact: true,
    }),
  ).toHaveValue('responds-to');
  await expectSaved(page);

  // In the explorer, both ways.
  await page.getByRole('button', { name: 'Preview' }).click();
  const events = page.getByRole('list', { name: 'Events', exact: true });
  await events.getByRole('button', { name: /^Kim pledges support/ }).click();
  const details = page.getByRole('region', { name: 'Event details' });
  const previewList = details.getByRole('list', { name: 'Related events', exact: true });
  await expect(previewList.getByRole('listitem')).toHaveText([
    /^responds to The treaty is signed in Pyongyang/,
    /^see also Putin arrives in Pyongyang/,
  ]);
  await previewList.getByRole('button', { name: 'The treaty is signed in Pyongyang' }).click();
  await expect(previewList.getByRole('listitem')).toHaveText([
    /^responded to by Kim pledges support/,
  ]);

  // Back in the editor: the arrival deleted takes Kim's link to it away; Undo brings both.
  await page.getByRole('link', { name: 'Back to editing' }).click();
  await chooseEvent(page, 'Putin arrives in Pyongyang');
  await page.getByRole('button', { name: 'Delete event', exact: true }).click();
  await expect(
    page
      .getByRole('list', { name: 'Draft events' })
      .getByRole('button', { name: /^Putin arrives/ }),
  ).toHaveCount(0);
  await chooseEvent(page, 'Kim pledges support');
  await expect(chosen.getByRole('listitem')).toHaveText([/The treaty is signed in Pyongyang/]);
  await expectSaved(page);
  ({ text, store } = await download(page));
  expect(validateStoreText(text).problems).toEqual([]);
  expect(store.events.find((event) => event.title === 'Kim pledges support')!.related).toEqual([
    { event: ids['The treaty is signed'], relation: 'responds-to' },
  ]);
  await undo.click();
  await expect(
    page
      .getByRole('list', { name: 'Draft events' })
      .getByRole('button', { name: /^Putin arrives/ }),
  ).toHaveCount(1);
  await chooseEvent(page, 'Kim pledges support');
  await expect(removeArrival).toBeVisible();
});

/** A store with a link to an id no event has, and a link an event makes to itself. */
const STORE_WITH_GHOST = {
  format: 'sourceline/1',
  title: 'Links',
  language: 'en',
  sources: [{ id: 'report', title: 'Report', language: 'en', text: 'They met. They signed.' }],
  actors: [{ id: 'russia', name: 'Russia', kind: 'state' }],
  events: [
    {
      id: 'met',
      title: 'They met',
      start: '2024-06-18',
      actors: ['russia'],
      excerpts: [{ source: 'report', quote: 'They met.' }],
      related: [
        { event: 'ghost-event', relation: 'causes' },
        { event: 'signed', relation: 'causes' },
      ],
    },
    {
      id: 'signed',
      title: '<img src=x onerror="window.__pwned=1">',
      start: '2024-06-19',
      actors: ['russia'],
      excerpts: [{ source: 'report', quote: 'They signed.' }],
    },
  ],
};

const openLinks = (page: Page, lang: 'en' | 'es' = 'en') =>
  openForEditing(
    page,
    { name: 'links.json', mimeType: 'application/json', text: JSON.stringify(STORE_WITH_GHOST) },
    lang,
  );

test('a link to an id no event has stays visible, marked not found, and can be removed', async ({
  page,
}) => {
  await openLinks(page);
  await chooseEvent(page, 'They met');
  const related = page.getByRole('group', { name: 'Related events', exact: true });
  const chosen = related.getByRole('list', { name: 'Related events', exact: true });
  const entries = chosen.getByRole('listitem');
  await expect(entries.first()).toContainText('ghost-event (not found in this draft)');
  // Its relation is kept, and what the validator says of it is under it.
  const ghostRelation = chosen.getByRole('combobox', {
    name: 'Relation to ghost-event',
    exact: true,
  });
  await expect(ghostRelation).toHaveValue('causes');
  await expect(ghostRelation).toHaveAttribute('aria-invalid', 'true');
  // A title from the file is text, never markup.
  const hostile = '<img src=x onerror="window.__pwned=1"> (19 June 2024)';
  await expect(entries.nth(1)).toContainText(hostile);
  await expect(chosen.locator('img')).toHaveCount(0);
  // The group with a not-found entry and a problem in it: no WCAG 2.1 AA violation.
  await expectNoAxeViolations(page, 'related events, one not found', {
    include: '.editor-related',
  });

  await chosen.getByRole('button', { name: 'Remove ghost-event', exact: true }).click();
  await expect(entries).toHaveCount(1);
  await expect(page.getByText('No problems in this event.')).toBeVisible();
  await chosen.getByRole('button', { name: `Remove ${hostile}`, exact: true }).click();
  await expect(related.getByText('No related events yet.')).toBeVisible();
  // The focus is not lost: it goes to the choice of an event to add.
  await expect(related.getByRole('combobox', { name: 'Related event', exact: true })).toBeFocused();
  await expectSaved(page);
  const { store } = await download(page);
  expect(store.events[0]).not.toHaveProperty('related');
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the Spanish editor names the related events in Spanish', async ({ page }) => {
  await openLinks(page, 'es');
  await page
    .getByRole('list', { name: 'Eventos del borrador' })
    .getByRole('button', { name: /^They met/ })
    .click();
  const related = page.getByRole('group', { name: 'Eventos relacionados', exact: true });
  const chosen = related.getByRole('list', { name: 'Eventos relacionados', exact: true });
  await expect(chosen.getByRole('listitem').first()).toContainText(
    'ghost-event (no está en este borrador)',
  );
  await expect(
    chosen.getByRole('combobox', { name: 'Relación con ghost-event', exact: true }),
  ).toHaveValue('causes');
  await expect(
    chosen.getByRole('combobox', { name: 'Relación con ghost-event', exact: true }),
  ).toHaveAccessibleDescription(/evento desconocido/i);
  await chosen.getByRole('button', { name: 'Quitar ghost-event', exact: true }).click();
  await expect(
    related.getByText('Todos los demás eventos del borrador ya están relacionados.'),
  ).toBeVisible();
  await chosen.getByRole('button', { name: /^Quitar </ }).click();
  await expect(related.getByText('Aún no hay eventos relacionados.')).toBeVisible();
  const target = related.getByRole('combobox', { name: 'Evento relacionado', exact: true });
  await expect(target.getByRole('option').first()).toHaveText('Elige un evento…');
  await target.selectOption({ value: 'signed' });
  await related.getByRole('combobox', { name: 'Relación', exact: true }).selectOption({
    label: 'causó',
  });
  await related.getByRole('button', { name: 'Añadir evento relacionado', exact: true }).click();
  await expect(chosen.getByRole('combobox', { name: /^Relación con / })).toHaveValue('causes');
});

test('in a draft of many events, Find an event narrows the choice of a related event by words', async ({
  page,
}) => {
  // The default store and a second copy of each of its events: 36 events; the invasion is
  // related to one already, so 34 to choose from.
  const store = JSON.parse(
    readFileSync(new URL('../public/data/events.json', import.meta.url), 'utf8'),
  ) as { events: { id: string; title: string }[] };
  store.events = store.events.flatMap((event) => [
    event,
    { ...event, id: `${event.id}-again`, title: `Again: ${event.title}` },
  ]);
  await openForEditing(page, {
    name: 'doubled.json',
    mimeType: 'application/json',
    text: JSON.stringify(store),
  });
  await chooseEvent(page, 'Russia invades Ukraine');
  const related = page.getByRole('group', { name: 'Related events', exact: true });
  const find = related.getByRole('searchbox', { name: 'Find an event' });
  const target = related.getByRole('combobox', { name: 'Related event', exact: true });
  await expect(related.getByText('34 events to choose from')).toBeVisible();

  // "Pyongyang" and "again", in any case and order: the copies whose title names the city.
  await find.fill('AGAIN pyongyang');
  const offered = titlesOf(store.events).filter(
    (title) => /^Again: /.test(title) && /pyongyang/i.test(title),
  );
  expect(offered.length).toBeGreaterThan(1);
  await expect(related.getByText(`${offered.length} of 34 events found`)).toBeVisible();
  await expect(target.locator('option')).toHaveCount(offered.length + 1);
  for (const title of offered) await expect(target).toContainText(title);

  const label = await target.locator('option', { hasText: offered[0]! }).textContent();
  await target.selectOption({ label: label! });
  // Other words keep the chosen event among the choices, so the choice is not lost.
  await find.fill('treaty');
  await expect(target).not.toHaveValue('');
  await related.getByRole('button', { name: 'Add related event', exact: true }).click();
  await expect(related.getByRole('list', { name: 'Related events', exact: true })).toContainText(
    offered[0]!,
  );
});

const titlesOf = (events: readonly { title: string }[]) => events.map((event) => event.title);
