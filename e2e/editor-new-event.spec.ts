import { expect, test } from './fixtures';
import { newDraft } from './helpers/editor';

// The editor's flows are long and this machine is shared: a generous budget per test.
test.describe.configure({ timeout: 120_000 });

const TITLE = 'Russia invades Ukraine';

test('New event notes an event before its source is to hand: typed, listed, and taken back by Undo', async ({
  page,
}) => {
  await newDraft(page);
  const list = page.getByRole('list', { name: 'Draft events' });
  const newEvent = page.getByRole('button', { name: 'New event', exact: true });
  await newEvent.click();

  // The new event is selected, its form open at its Title, with the focus there.
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await expect(title).toBeFocused();
  await expect(list.getByRole('button', { pressed: true })).toContainText('Untitled event');
  // Its problems are said as for any event: a title, a date and actors to fill in (once they
  // are, that nothing shows what it rests on yet, as for an imported event without excerpts).
  const form = page.getByRole('form', { name: 'Untitled event' });
  await expect(form.getByText('3 problems in this event.')).toBeVisible();
  await expect(title).toHaveAccessibleDescription('Required: a title.');
  await expect(
    form.getByText('Until they are fixed, the event is left out of the downloaded store.'),
  ).toBeVisible();

  await page.keyboard.type(TITLE);
  await expect(list.getByRole('button', { name: new RegExp(`^${TITLE}`) })).toBeVisible();
  await page.getByRole('textbox', { name: 'Start', exact: true }).fill('2022-02-24');
  await expect(list.getByRole('button', { name: `${TITLE} 24 February 2022 ⚠ 1` })).toBeVisible();

  // Undo takes back the typing, a step at a time, then the event itself: making it was one step.
  // Each step said as it is taken back, the form's words for it (a live region: no role).
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const spoken = page.locator('.editor-toolbar p.visually-hidden[aria-live="polite"]');
  await undo.click();
  await expect(page.getByRole('textbox', { name: 'Start', exact: true })).toHaveValue('');
  await expect(spoken).toHaveText(`Undone: Start of “${TITLE}”`);
  await undo.click();
  await expect(title).toHaveValue('');
  await expect(spoken).toHaveText(`Undone: Title of “${TITLE}”`);
  await undo.click();
  await expect(list).toHaveCount(0);
  await expect(spoken).toHaveText('Undone: new event “Untitled event”');
  await expect(page.getByText('No events yet')).toBeVisible();
  await expect(undo).toBeDisabled();
  // The last Undo leaves the keyboard where it was (on the button, not the page's body), and
  // pressing it again does nothing; Redo, beside it, brings the event back.
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('No events yet')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem')).toHaveCount(1);
});

test('a date typed as people write it is written as the store does once the field is left', async ({
  page,
}) => {
  await newDraft(page);
  await page.getByRole('button', { name: 'New event', exact: true }).click();
  await page.keyboard.type(TITLE);
  const start = page.getByRole('textbox', { name: 'Start', exact: true });
  // Key by key, as a person types: the spaces between the words stay while the field is in use.
  await start.pressSequentially('24 Feb 2022');
  await expect(start).toHaveValue('24 Feb 2022');
  await start.press('Tab');
  await expect(start).toHaveValue('2022-02-24');
  await expect(start).toHaveAccessibleDescription(/Shown as: 24 February 2022/);
  // A month alone keeps its precision; a day and month that could be either stay as typed.
  const end = page.getByRole('textbox', { name: 'End', exact: true });
  await end.pressSequentially(' Sept 2023 ');
  await expect(end).toHaveValue(' Sept 2023 ');
  await end.press('Tab');
  await expect(end).toHaveValue('2023-09');
  await end.fill('03/04/2023 ');
  await end.press('Tab');
  await expect(end).toHaveValue('03/04/2023');
  await expect(end).toHaveAccessibleDescription(
    /Which is the day\? It could be 3 April 2023 or 4 March 2023: write the month in words, or 2023-04-03\./,
  );
});

test('a new event’s link names it by its title once it is left, and keeps that name after', async ({
  page,
}) => {
  await newDraft(page);
  const list = page.getByRole('list', { name: 'Draft events' });
  const newEvent = page.getByRole('button', { name: 'New event', exact: true });
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  const addressNames = (id: string) => expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));

  await newEvent.click();
  await page.keyboard.type('Kim and Putin meet at Vostochny');
  // While it is open it keeps the id it was made with: its form is not made again as it is typed.
  await addressNames('event-1');
  await newEvent.click();
  await addressNames('event-2');
  await page.keyboard.type('Putin visits Pyongyang');
  await list.getByRole('button', { name: /^Kim and Putin meet/ }).click();
  await addressNames('kim-and-putin-meet-at-vostochny');
  await expect(title).toHaveValue('Kim and Putin meet at Vostochny');

  // A title changed after keeps the id links may already use.
  await title.fill('Kim and Putin meet at the Vostochny cosmodrome');
  await list.getByRole('button', { name: /^Putin visits Pyongyang/ }).click();
  await addressNames('putin-visits-pyongyang');
  await list.getByRole('button', { name: /^Kim and Putin meet/ }).click();
  await addressNames('kim-and-putin-meet-at-vostochny');

  // The event open when the draft is previewed gets its title's id too, and Back returns to it.
  await newEvent.click();
  await page.keyboard.type('The treaty is signed');
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('link', { name: 'Back to editing' }).click();
  await addressNames('the-treaty-is-signed');
  await expect(title).toHaveValue('The treaty is signed');
});
