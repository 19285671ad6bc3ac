import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newDraft } from './helpers/editor';
import {
  type StoreServer,
  TEST_STORE_TITLE,
  sendJson,
  startStoreServer,
  testStoreText,
} from './helpers/store-loading';
import { expectNoAxeViolations } from './helpers/axe';

// The editor's Publish panel (UX report s46, item 1): how to put the draft at a web address,
// a check of that address made as the explorer would open it, and then the link to share and
// the embed code. The draft preview's Copy link leads there.

test.describe.configure({ timeout: 90_000 });

const EXAMPLE = '/data/example-evidence.json';
const EXAMPLE_TITLE = 'Lake Varna quotas, 2019: an evidence example (fictional)';

const panel = (page: Page) => page.getByRole('region', { name: 'Publish' });
const address = (page: Page) => panel(page).getByRole('textbox', { name: 'Published address' });
const outcome = (page: Page) => panel(page).getByRole('status').first();

async function check(page: Page, published: string) {
  await address(page).fill(published);
  await panel(page).getByRole('button', { name: 'Check', exact: true }).click();
}

/** The editor on a draft copied from the store at `path` (this site's). */
async function draftFrom(page: Page, path: string) {
  await page.goto('/edit/');
  await page.getByRole('button', { name: 'Open store for editing' }).click();
  await page.getByRole('textbox', { name: 'Store address' }).fill(path);
  await page.getByRole('button', { name: 'Open address' }).click();
  await expect(page.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
    EXAMPLE_TITLE,
  );
}

test('a store published on this site: checked against the draft, then its link opens it and its embed code frames it', async ({
  page,
}) => {
  await draftFrom(page, EXAMPLE);
  const publish = page.getByRole('button', { name: 'Publish', exact: true });
  await expect(publish).toHaveAttribute('aria-expanded', 'false');
  await publish.click();
  await expect(panel(page)).toContainText('Download the file with Download store.');
  await expect(panel(page)).toContainText('Access-Control-Allow-Origin');
  await expect(address(page)).toBeFocused();

  await check(page, EXAMPLE);
  await expect(outcome(page)).toHaveText(
    `Published and valid: “${EXAMPLE_TITLE}”, 5 events. The explorer opens it. It matches this draft: same title, same number of events.`,
  );

  const origin = new URL(page.url()).origin;
  const link = panel(page).getByRole('textbox', { name: 'Link to share' });
  await expect(link).toHaveValue(`${origin}/?store=${EXAMPLE}`);
  await expectNoAxeViolations(page, 'the Publish panel', { include: '.editor-publish' });
  await panel(page).getByRole('button', { name: 'Copy link' }).click();
  await expect(panel(page).getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${origin}/?store=${EXAMPLE}`,
  );

  const code = panel(page).getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(
    new RegExp(`^<iframe src="${origin}/embed/\\?store=${EXAMPLE}" title="Lake Varna`),
  );
  await panel(page).getByRole('button', { name: 'Copy code' }).click();
  await expect(panel(page).getByRole('status').filter({ hasText: 'Code copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    `/embed/?store=${EXAMPLE}`,
  );

  // The link opens the published store in the explorer, in a tab of its own.
  await expect(
    panel(page).getByRole('link', { name: 'Open', exact: true }),
  ).toHaveAccessibleDescription('Opens in a new tab');
  const [explorer] = await Promise.all([
    page.waitForEvent('popup'),
    panel(page).getByRole('link', { name: 'Open', exact: true }).click(),
  ]);
  await expect(explorer.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE_TITLE);
  await expect(explorer.getByText(`From this site: ${EXAMPLE}`)).toBeVisible();
  await explorer.close();

  // The draft changed since: the check says the file published is not it.
  await page.getByRole('textbox', { name: 'Store title', exact: true }).fill('Lake Varna, revised');
  await panel(page).getByRole('button', { name: 'Check', exact: true }).click();
  await expect(outcome(page)).toContainText(
    'It is not this draft as it is now: its title is not the draft’s (“Lake Varna, revised”). Download the store again and replace the published file.',
  );

  // The address is offered again for this draft, and Close returns to the Publish button.
  await panel(page).getByRole('button', { name: 'Close' }).click();
  await expect(panel(page)).toHaveCount(0);
  await expect(publish).toBeFocused();
  await publish.click();
  await expect(address(page)).toHaveValue(EXAMPLE);
  // Another draft has its own address: the one found for this draft is not offered for it.
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page.getByRole('textbox', { name: 'Store title', exact: true })).toHaveValue(
    'Untitled draft',
  );
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(address(page)).toHaveValue('');
  await expect(outcome(page)).toHaveText('');
});

test.describe('on another site', () => {
  let withCors: StoreServer;
  let withoutCors: StoreServer;
  let gone: string;
  test.beforeAll(async () => {
    const routes = {
      '/store.json': sendJson(testStoreText()),
      '/page': sendJson('<!doctype html><title>Shared file</title><p>Download</p>'),
      '/other.json': sendJson('{"format":"timeline/3","events":[]}'),
    };
    withCors = await startStoreServer(routes, { cors: true });
    withoutCors = await startStoreServer(routes, { cors: false });
    const closed = await startStoreServer({}, { cors: true });
    gone = closed.url('/store.json');
    await closed.close();
  });
  test.afterAll(async () => {
    await withCors.close();
    await withoutCors.close();
  });
  // The browser itself reports the blocked reads and the failed requests in the console.
  test.use({
    allowedConsoleErrors: [/CORS policy|ERR_FAILED|ERR_CONNECTION_REFUSED|status of 404/],
  });

  test('Check tells each way a published address fails from the others, and what to do', async ({
    page,
  }) => {
    await newDraft(page);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();

    await check(page, 'data/store.json');
    await expect(outcome(page)).toHaveText(/^This is not an address the explorer can open\./);

    // Served, but without leave for other sites to read it: what the host must send.
    await check(page, withoutCors.url('/store.json'));
    await expect(outcome(page)).toContainText(
      `The server at ${new URL(withoutCors.url('/')).host} answered, but does not let other sites read the file (CORS). It must send the file with the header “Access-Control-Allow-Origin: *”`,
    );
    await expect(panel(page).getByRole('textbox', { name: 'Link to share' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'the Publish panel', { include: '.editor-publish' });

    await check(page, gone);
    await expect(outcome(page)).toHaveText(/^Nothing answered at this address\./);

    await check(page, withCors.url('/missing.json'));
    await expect(outcome(page)).toHaveText(
      'The server answered 404 (not found). No file is at this address: check it, and that the upload is finished.',
    );

    await check(page, withCors.url('/page'));
    await expect(outcome(page)).toHaveText(/^This address sends a web page, not the store file\./);

    await check(page, withCors.url('/other.json'));
    await expect(outcome(page)).toHaveText(
      /^The file is JSON, but not a store the explorer can show\. The (problem|first problems) found by the validator:$/,
    );
    const problems = panel(page).getByRole('list', { name: /^The file is JSON/ });
    await expect(problems.getByRole('listitem').first()).toContainText('format');

    // Allowed: published, and the link names the other site's address.
    await check(page, withCors.url('/store.json'));
    await expect(outcome(page)).toHaveText(
      `Published and valid: “${TEST_STORE_TITLE}”, 3 events. The explorer opens it. It is not this draft as it is now: its title is not the draft’s (“Untitled draft”), and the draft has 0 events. Download the store again and replace the published file.`,
    );
    await expect(panel(page).getByRole('textbox', { name: 'Link to share' })).toHaveValue(
      `${new URL(page.url()).origin}/?store=${withCors.url('/store.json')}`,
    );
  });
});

test('in the draft preview, Copy link is not the primary button, and its refusal leads to Publish', async ({
  page,
}) => {
  await newDraft(page);
  await page.getByRole('button', { name: 'Preview' }).click();
  const copyLink = page.getByRole('button', { name: 'Copy link' });
  const embed = page.getByRole('button', { name: 'Embed' });
  await expect(embed).toBeVisible();
  // It looks like the buttons beside it, not like the page's main action.
  const background = (button: typeof embed) =>
    button.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await background(copyLink)).toBe(await background(embed));

  await copyLink.click();
  await expect(page.getByRole('status')).toContainText(
    'This is a draft from the editor, kept in this browser, so no link can open it. To share it, choose Publish at the top of the page',
  );
  await page
    .getByRole('region', { name: 'Preview' })
    .getByRole('link', { name: 'Publish' })
    .click();
  await expect(panel(page)).toBeVisible();
  await expect(address(page)).toBeFocused();
});

test('in Spanish, the panel and its field are named in Spanish', async ({ page }) => {
  await page.goto('/edit/?lang=es');
  await page.getByRole('button', { name: 'Nuevo borrador' }).click();
  await page.getByRole('button', { name: 'Publicar' }).click();
  const spanish = page.getByRole('region', { name: 'Publicar' });
  await spanish.getByRole('textbox', { name: 'Dirección publicada' }).fill(EXAMPLE);
  await spanish.getByRole('button', { name: 'Comprobar' }).click();
  await expect(spanish.getByRole('status').first()).toHaveText(
    /^Publicado y válido: «Lake Varna quotas, 2019: an evidence example \(fictional\)», 5 eventos\./,
  );
  await expect(spanish.getByRole('textbox', { name: 'Código para insertar' })).toHaveValue(
    /\/embed\/\?store=\/data\/example-evidence\.json/,
  );
});
