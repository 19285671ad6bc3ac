import { expect, test } from './fixtures';
import { newDraft } from './helpers/editor';

/**
 * A source's reliability is a grade on the Admiralty scale: the editor's choice says what
 * each letter means (a new user's report, item 9: "Reliability: A–F" with nothing to say
 * what C is), as the explorer's details do.
 */
test('the Reliability choice names each grade in words, in English and in Spanish', async ({
  page,
}) => {
  await newDraft(page);
  await page.getByRole('button', { name: 'Add source' }).click();
  const reliability = page.getByRole('combobox', { name: 'Reliability', exact: true });
  await expect(reliability.getByRole('option')).toHaveText([
    'Not stated',
    'A: completely reliable',
    'B: usually reliable',
    'C: fairly reliable',
    'D: not usually reliable',
    'E: unreliable',
    'F: reliability cannot be judged',
  ]);
  await reliability.selectOption({ label: 'C: fairly reliable' });
  await expect(reliability).toHaveValue('C');

  await page.goto('/edit/?lang=es');
  await page.getByRole('button', { name: 'Nuevo borrador' }).click();
  await page.getByRole('button', { name: 'Añadir fuente' }).click();
  await expect(
    page.getByRole('combobox', { name: 'Fiabilidad', exact: true }).getByRole('option').nth(1),
  ).toHaveText('A: completamente fiable');
});
