import { generateStore } from '../scripts/lib/gen-store';
import { expect, test } from './fixtures';
import { openForEditing } from './helpers/editor';

/**
 * A spreadsheet's worth of events (more than the 100 above which only the rows in view are
 * drawn), where the person finds one by typing part of what they remember of it.
 */
const EVENTS = 300;

/** A generated store with three events about Pyongyang, out of date order in the file. */
function storeWithPyongyang() {
  const store = generateStore({ events: EVENTS, seed: 5 });
  const rename = (at: number, title: string, start: string) => {
    store.events[at] = { ...store.events[at]!, title, start };
    delete store.events[at]!.end;
  };
  rename(40, 'Tratado de defensa firmado en Pionyang', '2024-06-19');
  rename(120, 'Putin visitó Pionyang por primera vez', '2000-07-19');
  rename(250, 'Cumbre en Pionyang sobre el gas', '2011-08-24');
  store.sources.push({
    id: 'agencia-kremlin',
    title: 'Reunión en el Kremlin',
    language: 'es',
    publisher: 'Agencia Ñandú',
    url: 'https://example.org/agencia/kremlin-21',
    text: 'Texto de la reunión.',
  });
  store.actors.push({ id: 'dprk', name: 'Corea del Norte', kind: 'state' });
  return store;
}

test('a person finds an event among many by typing, sees the count, gets nothing, clears it', async ({
  page,
}) => {
  // Generating, reading and checking 300 events on a busy machine.
  test.setTimeout(60_000);
  const store = storeWithPyongyang();
  await openForEditing(page, {
    name: 'many.json',
    mimeType: 'application/json',
    text: JSON.stringify(store),
  });
  const list = page.getByRole('list', { name: 'Draft events' });
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(EVENTS));
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toHaveAttribute('aria-disabled', 'true');

  // An event chosen before finding another: the list's first.
  await list.getByRole('button').first().click();
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await expect(title).not.toHaveValue('');
  const first = await title.inputValue();

  // Typed without its accents or capital, part of a word: the three events, in date order.
  const find = page.getByRole('searchbox', { name: 'Find events' });
  await find.fill('pionyang');
  const rows = list.getByRole('button');
  await expect(rows).toHaveText([/^Putin visitó Pionyang/, /^Cumbre en Pionyang/, /^Tratado de/]);
  await expect(page.getByText('3 of 300 events', { exact: true })).toBeVisible();
  // The event chosen is not among them, and is still the one in the form.
  await expect(page.getByText(`The selected event, “${first}”, is not among them`)).toBeVisible();
  await expect(title).toHaveValue(first);

  // The order asked for holds among what is found: the file's.
  const order = page.getByRole('combobox', { name: 'Order', exact: true });
  await order.selectOption('As in the file');
  await expect(rows).toHaveText([/^Tratado de/, /^Putin visitó Pionyang/, /^Cumbre en Pionyang/]);
  await order.selectOption('By date');

  // More words, one typed without its accent and the date as the list shows it, narrow it
  // to one, which is then chosen.
  await find.fill('pionyang visito july 2000');
  await expect(rows).toHaveText([/^Putin visitó Pionyang por primera vez/]);
  await expect(page.getByText('1 of 300 events', { exact: true })).toBeVisible();
  await rows.first().click();
  await expect(title).toHaveValue('Putin visitó Pionyang por primera vez');
  await expect(page.getByText(/is not among them/)).toHaveCount(0);

  // Nothing found: said, with Clear, which gives back every event and the box for new words.
  await find.fill('pionyang vladivostok');
  const events = page.getByRole('region', { name: 'Draft events' });
  await expect(events.getByText('No event matches “pionyang vladivostok”.')).toBeVisible();
  await expect(list).toHaveCount(0);
  await events.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(find).toHaveValue('');
  await expect(find).toBeFocused();
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(EVENTS));
  // The event chosen while finding is still chosen, and in view in the whole list.
  const chosen = list.getByRole('button', { name: /^Putin visitó Pionyang/ });
  await expect(chosen).toHaveAttribute('aria-pressed', 'true');
  await expect(chosen).toBeInViewport();
  // Finding changed nothing in the draft: there is still nothing to undo.
  await expect(undo).toHaveAttribute('aria-disabled', 'true');
});

test('sources and actors are found by typing too', async ({ page }) => {
  test.setTimeout(60_000);
  const store = storeWithPyongyang();
  await openForEditing(page, {
    name: 'many.json',
    mimeType: 'application/json',
    text: JSON.stringify(store),
  });
  const sources = page.getByRole('list', { name: 'Sources', exact: true });
  await expect(sources.getByRole('button')).toHaveCount(store.sources.length);

  // By its publisher, typed without its tilde.
  await page.getByRole('searchbox', { name: 'Find sources' }).fill('nandu');
  await expect(sources.getByRole('button')).toHaveText(['Reunión en el Kremlin']);
  await expect(
    page.getByText(`1 of ${store.sources.length} sources`, { exact: true }),
  ).toBeVisible();

  const actors = page.getByRole('list', { name: 'Draft actors' });
  const findActors = page.getByRole('searchbox', { name: 'Find actors' });
  await findActors.fill('corea norte');
  await expect(actors.getByRole('listitem')).toHaveCount(1);
  await expect(actors).toContainText('Corea del Norte');
  await expect(page.getByText(`1 of ${store.actors.length} actors`, { exact: true })).toBeVisible();
  await findActors.fill('atlantis');
  const panel = page.getByRole('region', { name: 'Actors', exact: true });
  await expect(panel.getByText('No actor matches “atlantis”.')).toBeVisible();
  // Escape empties the box, as in any search box.
  await findActors.press('Escape');
  await expect(actors.getByRole('listitem')).toHaveCount(store.actors.length);
});

test('an event’s actors are found among many to tick, its own staying in the list', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const store = storeWithPyongyang();
  await openForEditing(page, {
    name: 'many.json',
    mimeType: 'application/json',
    text: JSON.stringify(store),
  });
  const list = page.getByRole('list', { name: 'Draft events' });
  await list.getByRole('button', { name: /^Putin visitó Pionyang/ }).click();
  const event = store.events[120]!;
  const own = event.actors.map((id) => store.actors.find((actor) => actor.id === id)!.name);
  const checklist = page.getByRole('group', { name: 'Actors', exact: true });
  const boxes = checklist.getByRole('checkbox');
  await expect(boxes).toHaveCount(store.actors.length);

  const find = checklist.getByRole('searchbox', { name: 'Find an actor to tick' });
  await find.fill('corea norte');
  await expect(checklist.getByText(`1 of ${store.actors.length} actors`)).toBeVisible();
  // The one found, and the event's own, ticked, whatever the words.
  await expect(boxes).toHaveCount(own.length + 1);
  for (const name of own)
    await expect(checklist.getByRole('checkbox', { name, exact: true })).toBeChecked();
  const found = checklist.getByRole('checkbox', { name: 'Corea del Norte' });
  await found.check();
  await expect(found).toBeChecked();

  await find.press('Escape');
  await expect(boxes).toHaveCount(store.actors.length);
  await expect(checklist.getByRole('checkbox', { name: 'Corea del Norte' })).toBeChecked();
  // One step of history: Undo takes the actor off the event again.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(checklist.getByRole('checkbox', { name: 'Corea del Norte' })).not.toBeChecked();
});
