import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  MONTH_ONLY,
  STORE_TITLE,
  TOTAL_EVENTS,
  TREATY,
  addressParam,
  freshPage,
} from './helpers/app';

/**
 * `lang=es`: every accessible name, date and number in Spanish; the excerpts stay in
 * their own language with the translation beside them; the timeline's axis follows.
 */

const eventsList = (page: Page) => page.getByRole('list', { name: 'Eventos', exact: true });
const detalles = (page: Page) => page.getByRole('region', { name: 'Detalles del evento' });

async function openSpanish(page: Page, query = '') {
  await page.goto(`/?lang=es${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE_TITLE);
  await expect(page.getByRole('region', { name: 'Cronología' })).toBeVisible();
}

test.describe('the interface in Spanish', () => {
  test('accessible names are the Spanish ones', async ({ page }) => {
    await openSpanish(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    for (const name of [
      'Acercar',
      'Alejar',
      'Ver todo',
      'Evento anterior',
      'Evento siguiente',
      'Quitar filtros',
      'Copiar enlace',
      'Acerca de y ayuda',
    ]) {
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: /^Exportar/ })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Buscar eventos' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Actores' })).toBeVisible();
    const match = page.getByRole('radiogroup', { name: 'Coincidencia' });
    await expect(match.getByRole('radio', { name: 'Cualquiera' })).toBeChecked();
    await expect(match.getByRole('radio', { name: 'Todos' })).toBeVisible();
    await expect(eventsList(page).getByRole('listitem')).toHaveCount(TOTAL_EVENTS);
    await expect(page.getByText(`${TOTAL_EVENTS} eventos`, { exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
    // No English name of the contract is left over.
    for (const name of ['Timeline', 'Events', 'Zoom in', 'Copy link', 'Clear filters']) {
      await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
      await expect(page.getByRole('region', { name, exact: true })).toHaveCount(0);
    }
    await expect(page).toHaveTitle(`${STORE_TITLE} · Sourceline`);
  });

  test('dates in Spanish at their precision, with c. as “h.”', async ({ page }) => {
    await openSpanish(page);
    const dateOf = (title: string) =>
      eventsList(page).getByRole('listitem').filter({ hasText: title }).locator('time');
    await expect(dateOf(TREATY.title)).toHaveText('19 de junio de 2024');
    // A month is a month, never its first day.
    await expect(dateOf(MONTH_ONLY.title)).toHaveText('junio de 2024');
    // A period with an approximate start.
    await expect(dateOf('Russia uses its ties with North Korea to defy Washington')).toHaveText(
      'h. 2022 – junio de 2024',
    );

    await eventsList(page)
      .getByRole('button', { name: new RegExp(`^${TREATY.title}`) })
      .click();
    await expect(detalles(page).getByRole('heading', { level: 2 })).toHaveText(TREATY.title);
    await expect(detalles(page).locator('time').first()).toHaveText('19 de junio de 2024');
    // The excerpt in its own language, the translation beside it (in the store's).
    const quote = detalles(page).getByRole('blockquote').first();
    await expect(quote).toHaveAttribute('lang', 'es');
    await expect(detalles(page).getByText('Fuente:').first()).toBeVisible();
    await expect(
      detalles(page)
        .getByText(/publicado el 19 de junio de 2024/)
        .first(),
    ).toBeVisible();
    // The date note, one click away.
    await detalles(page).getByText('Sobre esta fecha').click();
    await expect(detalles(page).locator('details[open] p')).toBeVisible();
    await expect(page).toHaveTitle(`${TREATY.title} · ${STORE_TITLE} · Sourceline`);
  });

  test('the timeline axis speaks Spanish, and switches language without a reload', async ({
    page,
  }) => {
    await openSpanish(page, '&from=2024-01-01&to=2024-12-31');
    // vis-timeline's axis has no role of its own: found by its class.
    const label = (text: string) =>
      page
        .locator('.timeline-panel .vis-time-axis .vis-text')
        .filter({ hasText: new RegExp(`^${text}$`) });
    await expect(label('ene\\.').first()).toBeVisible();
    await expect(
      page.getByText(/^Del 1 de enero de 2024 al \d+ de [a-z]+ de 202[45]: /),
    ).toBeVisible();

    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toBeVisible();
    await expect(label('Jan').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await addressParam(page, 'lang').toBe('en');

    // A language choice is a step in the history, like a filter.
    await page.goBack();
    await expect(page.getByRole('region', { name: 'Cronología' })).toBeVisible();
    await expect(label('ene\\.').first()).toBeVisible();
  });

  test('without lang, a Spanish browser gets Spanish', async ({ browser }) => {
    const { page, close } = await freshPage(browser, { locale: 'es-ES' });
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Cronología' })).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Eventos', exact: true }).getByRole('listitem'),
    ).toHaveCount(TOTAL_EVENTS);
    // The link stays clean: the browser's language is not written into it.
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
    await close();
  });

  test('the citation is written in Spanish', async ({ page }) => {
    await openSpanish(page, `&event=${TREATY.id}`);
    await detalles(page).getByRole('button', { name: 'Copiar cita' }).click();
    await expect(page.getByRole('status')).toContainText('Cita copiada');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(
      new RegExp(
        `^${TREATY.title}\\. 19 de junio de 2024\\. Estado: confirmado — .+\\. Fuentes: .+\\. Sourceline, http`,
      ),
    );
    expect(text.endsWith(`/?event=${TREATY.id}`)).toBe(true);
  });
});
