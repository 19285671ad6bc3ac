import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { validateStoreText } from '../src/format/validate-store';
import { openForEditing } from './helpers/editor';
import { expectNoAxeViolations } from './helpers/axe';

// A fact-checker's report (A9): a status its own excerpts contradict is said beside the
// Status field, as advice (the store stays valid and downloads), and counted in the Publish
// panel with a way to each event.

test.describe.configure({ timeout: 120_000 });

const TREATY = 'The treaty is signed';
const TALKS = 'Border talks resume';

/** An event quoted for and against, with no status yet; another one consistent. */
const STORE = {
  format: 'sourceline/1',
  title: 'Treaty claims',
  language: 'en',
  sources: [
    {
      id: 'wire',
      title: 'Wire story',
      language: 'en',
      text: 'The ministry said the treaty was signed on 19 June. Talks on the border resumed.',
    },
    {
      id: 'embassy',
      title: 'Embassy statement',
      language: 'en',
      text: 'The embassy denies that any treaty was signed.',
    },
  ],
  actors: [{ id: 'russia', name: 'Russia', kind: 'state' }],
  events: [
    {
      id: 'treaty',
      title: TREATY,
      start: '2024-06-19',
      actors: ['russia'],
      excerpts: [
        { source: 'wire', quote: 'The ministry said the treaty was signed on 19 June.' },
        {
          source: 'embassy',
          quote: 'The embassy denies that any treaty was signed.',
          stance: 'disputes',
        },
      ],
    },
    {
      id: 'talks',
      title: TALKS,
      start: '2024-06-20',
      actors: ['russia'],
      status: 'confirmed',
      excerpts: [{ source: 'wire', quote: 'Talks on the border resumed.' }],
    },
  ],
};

const ADVICE =
  'Marked confirmed, but 1 excerpt disputes it: check the status or the excerpt’s stance (“Disputes the event”).';

const open = (page: Page, lang: 'en' | 'es' = 'en') =>
  openForEditing(
    page,
    { name: 'claims.json', mimeType: 'application/json', text: JSON.stringify(STORE) },
    lang,
  );

const chooseEvent = (page: Page, title: string, list = 'Draft events') =>
  page
    .getByRole('list', { name: list })
    .getByRole('button', { name: new RegExp(`^${title}`) })
    .click();

test('a fact-checker marks confirmed an event an excerpt disputes: advised at Status and in Publish, not blocked, and the advice goes once fixed', async ({
  page,
}) => {
  await open(page);
  await chooseEvent(page, TREATY);
  const form = page.getByRole('form', { name: TREATY });
  const status = form.getByRole('combobox', { name: 'Status', exact: true });
  const advice = form.getByText(ADVICE);
  await expect(status).toHaveValue('');
  await expect(advice).toHaveCount(0);

  await status.selectOption({ label: 'Confirmed' });
  await expect(advice).toBeVisible();
  // Said with the field, as advice: the field is not marked invalid, the event has no problem.
  await expect(status).toHaveAccessibleDescription(ADVICE);
  await expect(status).not.toHaveAttribute('aria-invalid');
  await expect(form.getByText('No problems in this event.')).toBeVisible();

  // Not blocked: the file is written, valid, with the status as chosen.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download store' }).click();
  const text = readFileSync((await (await downloading).path())!, 'utf8');
  expect(validateStoreText(text).problems).toEqual([]);
  const written = JSON.parse(text) as { events: { id: string; status?: string }[] };
  expect(written.events.find((event) => event.id === 'treaty')?.status).toBe('confirmed');

  // Before publishing, the panel counts the events to check and leads to each one's Status.
  await chooseEvent(page, TALKS);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Publish' });
  const toCheck = panel.getByRole('list', {
    name: '1 event has a status its excerpts contradict.',
  });
  await expect(toCheck.getByRole('listitem')).toHaveCount(1);
  await expect(toCheck).toContainText(ADVICE);
  // The consistent event (confirmed, one supporting excerpt) is not named.
  await expect(panel.getByRole('button', { name: `Go to “${TALKS}”` })).toHaveCount(0);
  await expectNoAxeViolations(page, 'status advice in Publish and the form', {
    include: ['.editor-publish', '.editor-event-form'],
  });

  await toCheck.getByRole('button', { name: `Go to “${TREATY}”` }).click();
  await expect(status).toBeFocused();
  await expect(advice).toBeVisible();

  // Fixed: disputed, as its excerpts say. The advice goes, here and in the panel.
  await status.selectOption({ label: 'Disputed' });
  await expect(advice).toHaveCount(0);
  await expect(status).not.toHaveAttribute('aria-describedby');
  await expect(toCheck).toHaveCount(0);
  await expect(panel.getByText(/status (its|their) excerpts contradict/)).toHaveCount(0);

  // Ticking off the only disputing excerpt contradicts "Disputed" in turn: said at once.
  await form
    .getByRole('group', { name: /^Excerpt 2, from Embassy statement/ })
    .getByRole('checkbox', { name: 'Disputes the event' })
    .uncheck();
  await expect(
    form.getByText(
      'Marked disputed, but no excerpt disputes it: tick “Disputes the event” on the passage that does (or add it), or check the status.',
    ),
  ).toBeVisible();
});

test('the Spanish editor gives the advice in Spanish', async ({ page }) => {
  await open(page, 'es');
  await chooseEvent(page, TREATY, 'Eventos del borrador');
  const form = page.getByRole('form', { name: TREATY });
  await form.getByRole('combobox', { name: 'Estado', exact: true }).selectOption({
    label: 'Confirmado',
  });
  await expect(
    form.getByText(
      'Marcado como confirmado, pero 1 fragmento lo discute: revisa el estado o la postura del fragmento («Discute el evento»).',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Publicar', exact: true }).click();
  await expect(
    page
      .getByRole('region', { name: 'Publicar' })
      .getByRole('list', { name: '1 evento tiene un estado que sus fragmentos contradicen.' })
      .getByRole('button', { name: `Ir a «${TREATY}»` }),
  ).toBeVisible();
});
