import { expect, test } from './fixtures';
import {
  REPORT_TEXT,
  TREATY_PASSAGE,
  draftWithEvent,
  openForEditing,
  sourceReader,
} from './helpers/editor';

/*
 * A data journalist's sheet gives a row a Reuters link and a quote: the import makes a source
 * with that address and no text, and an excerpt quoting the sheet's words. Add source with
 * the article's text at that address offers `Save into “Reuters”`; when the article does not
 * hold the sheet's words (they were typed a little differently), saving into the source asks
 * first, naming the event, as editing a source's text does, rather than leaving the event out
 * of the downloaded store without a word.
 */
const SHEET = {
  name: 'reuters.csv',
  mimeType: 'text/csv',
  text: [
    'Date,Title,Actor(s),Source name,Source URL,Quote',
    '19/06/2024,Putin arrives in Pyongyang,Russia,Reuters,https://www.reuters.com/world/putin-pyongyang/,"Putin said, ""we value"" the ties."',
    '20/06/2024,Treaty published,North Korea,KCNA,https://kcna.kp/treaty,The treaty was published.',
  ].join('\n'),
};
const EVENT = 'Putin arrives in Pyongyang';
const ARTICLE = 'PYONGYANG (Reuters) - Putin arrived in North Korea early on Wednesday.';

test('Save into a source whose quotes the new text lacks names the event and asks first', async ({
  page,
}) => {
  await openForEditing(page, SHEET);
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('combobox', { name: 'source' }).selectOption('Source name');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  const event = page
    .getByRole('list', { name: 'Draft events' })
    .getByRole('button', { name: new RegExp(`^${EVENT}`) });
  await expect(event).toBeVisible();
  await expect(event).not.toContainText('⚠');
  const sources = page.getByRole('list', { name: 'Sources' }).getByRole('button');
  await expect(sources).toHaveCount(2);

  await page.getByRole('button', { name: 'Add source' }).click();
  const text = page.getByRole('textbox', { name: 'Source text', exact: true });
  await text.fill(ARTICLE);
  await page
    .getByRole('textbox', { name: 'Source title', exact: true })
    .fill('Putin arrives in North Korea');
  await page
    .getByRole('textbox', { name: 'Source URL', exact: true })
    .fill('https://www.reuters.com/world/putin-pyongyang/');
  const saveInto = page.getByRole('button', { name: 'Save into “Reuters”' });
  await saveInto.click();

  // It asks, naming the event whose quote the text does not hold; the focus on Cancel.
  const ask = page.getByRole('group', { name: /would no longer be found/ });
  await expect(ask).toContainText(`“${EVENT}”`);
  await expect(ask).not.toContainText('Treaty published');
  const cancel = ask.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeFocused();

  // Cancel goes back to the form, its text kept, and the draft as it was.
  await cancel.click();
  await expect(ask).toBeHidden();
  await expect(text).toHaveValue(ARTICLE);
  await expect(saveInto).toBeFocused();
  await expect(sources).toHaveCount(2);
  await expect(
    page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: 'Reuters' }),
  ).toBeVisible();
  await expect(event).not.toContainText('⚠');

  // Save anyway saves into the source, and the event says its quote is not found.
  await saveInto.click();
  await ask.getByRole('button', { name: 'Save anyway' }).click();
  await expect(text).toBeHidden();
  await expect(sources).toHaveCount(2);
  await expect(
    page
      .getByRole('list', { name: 'Sources' })
      .getByRole('button', { name: 'Putin arrives in North Korea' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(event).toContainText('⚠');
  await expect(page.getByRole('form', { name: EVENT })).toContainText(
    '1 problem in this event. Until they are fixed, the event is left out of the downloaded store.',
  );

  // One Undo brings back the source as the import made it, and the event with no problem.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(
    page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: 'Reuters' }),
  ).toBeVisible();
  await expect(event).not.toContainText('⚠');
});

test('Edit source asks the same before a text that loses a quote is saved', async ({ page }) => {
  await draftWithEvent(page);
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Treaty signed');
  await page.getByRole('button', { name: 'Edit source' }).click();
  const text = page.getByRole('textbox', { name: 'Source text', exact: true });
  const cut = REPORT_TEXT.replace(TREATY_PASSAGE, 'Kim anunció un acuerdo');
  await text.fill(cut);
  await expect(page.getByRole('alert')).toContainText(
    'This change removes text that an excerpt quotes',
  );

  const save = page.getByRole('button', { name: 'Save source' });
  await save.click();
  const ask = page.getByRole('group', { name: /would no longer be found/ });
  await expect(ask).toContainText('The quote of “Treaty signed” would no longer be found');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(save).toBeFocused();
  await expect(text).toHaveValue(cut);

  await save.click();
  await ask.getByRole('button', { name: 'Save anyway' }).click();
  await expect(text).toBeHidden();
  await expect(sourceReader(page)).toHaveValue(/Kim anunció un acuerdo/);
});
