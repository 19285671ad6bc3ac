import { openApp } from './helpers/app';
import { test } from './fixtures';

/**
 * The shared fixture is what keeps every other test honest about console errors: these
 * tests provoke one each and are expected to fail (`test.fail`). If the fixture stopped
 * noticing, they would pass, and Playwright reports an expected failure that passed as a
 * failure.
 */
test.describe('the zero-console-errors fixture', () => {
  test.fail();

  test('fails a test whose page logs an error', async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => console.error('provoked on the page'));
  });

  test('fails a test whose worker logs an error', async ({ page }) => {
    // A same-origin worker script, so the app's CSP lets it run.
    await page.route('**/provoked-worker.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "console.error('provoked in a worker'); postMessage('done');",
      }),
    );
    await openApp(page);
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          new Worker('/provoked-worker.js').onmessage = resolve;
        }),
    );
  });

  test('fails a test that breaks the Content-Security-Policy', async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
  });
});
