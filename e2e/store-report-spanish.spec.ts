import { expect, test } from './fixtures';
import {
  TEST_STORE_TITLE,
  heading,
  json,
  routeStore,
  storePath,
  testStore,
} from './helpers/store-loading';

/**
 * `?lang=es`: the store report says what the validator dropped and warned about in Spanish,
 * as the Spanish editor does at its fields, not in the English the CLI prints; the store's
 * own paths, ids and values stay as the store wrote them.
 */

// The machine these run on is shared and often loaded: waits are for what a person sees,
// with room for a slow start.
test.slow();
const SLOW = { timeout: 30_000 };

test('the store report lists a store’s problems in Spanish', async ({ page }) => {
  const path = storePath('con-problemas.json');
  const store = testStore();
  const excerpts = [{ source: 'harbour-gazette', quote: 'opened talks' }];
  const events = [
    ...(store.events as object[]),
    {
      id: 'bad-date',
      title: 'A day that does not exist',
      start: '2021-02-30',
      actors: ['veldia'],
      excerpts,
    },
    {
      id: 'unknown-actor',
      title: 'An unknown actor',
      start: '2021-06-01',
      actors: ['atlantis'],
      excerpts,
    },
  ];
  const actors = (store.actors as object[]).map((actor, i) =>
    i === 1 ? { ...actor, colour: '#aa0000' } : actor,
  );
  await routeStore(page, path, (route) =>
    route.fulfill(json(JSON.stringify({ ...store, events, actors }))),
  );
  await page.goto(`/?store=${path}&lang=es`);
  await expect(heading(page)).toHaveText(TEST_STORE_TITLE, SLOW);

  await page.getByText('2 elementos descartados · 1 aviso').click();
  await expect(
    page.getByRole('heading', { name: 'Problemas encontrados en este almacén' }),
  ).toBeVisible();
  const list = page.getByRole('list', { name: 'Problemas encontrados en este almacén' });
  await expect(list.getByRole('listitem')).toHaveText([
    'actors[1].colour: campo desconocido, ignorado (se encontró "#aa0000"); se esperaba ¿querías decir "color"? uno de los campos id, name, kind, memberOf, color',
    /^events\[3\]\.start: valor no válido; se descarta el evento \(se encontró "2021-02-30"\); se esperaba una fecha: YYYY, YYYY-MM, YYYY-MM-DD o /,
    'events[4].actors[0]: actor desconocido; se descarta el evento (se encontró "atlantis"); se esperaba el id de un actor de este almacén',
  ]);
});

test('a store with no valid events: the error screen says why, and lists its problems, in Spanish', async ({
  page,
}) => {
  const path = storePath('sin-eventos-validos.json');
  const excerpts = [{ source: 'harbour-gazette', quote: 'opened talks' }];
  const events = [
    {
      id: 'bad-date',
      title: 'On a day that does not exist',
      start: '2021-02-30',
      actors: ['veldia'],
      excerpts,
    },
    {
      id: 'unknown-actor',
      title: 'An unknown actor',
      start: '2021-06',
      actors: ['atlantis'],
      excerpts,
    },
  ];
  await routeStore(page, path, (route) =>
    route.fulfill(json(JSON.stringify(testStore({ events })))),
  );
  await page.goto(`/?store=${path}&lang=es`);

  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'No se pudo abrir este almacén de eventos' });
  await expect(alert.getByRole('listitem')).toHaveText(
    [
      /^events\[0\]\.start: valor no válido; se descarta el evento \(se encontró "2021-02-30"\); se esperaba una fecha: /,
      'events[1].actors[0]: actor desconocido; se descarta el evento (se encontró "atlantis"); se esperaba el id de un actor de este almacén',
      // With every event dropped, no event names them.
      ...['veldia', 'ostmark', 'ana-brenner'].map(
        (id, i) =>
          `actors[${i}]: el actor no participa en ningún evento (se encontró "${id}"); se esperaba un actor que algún evento nombre`,
      ),
    ],
    SLOW,
  );
  await expect(
    alert.getByText('El almacén no tiene eventos que mostrar.', { exact: true }),
  ).toBeVisible();
  await expect(
    alert.getByText('El almacén no tiene eventos válidos: se descartaron los 2.', { exact: true }),
  ).toBeVisible();
  await expect(alert).not.toContainText('dropped');
  await expect(alert.getByRole('button', { name: 'Reintentar', exact: true })).toBeVisible();
});
