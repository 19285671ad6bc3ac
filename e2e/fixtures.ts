import { type ConsoleMessage, type Page, test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test runs on a page that fails the test on any console error,
 * uncaught exception, unhandled rejection or Content-Security-Policy violation.
 * A test that provokes an error on purpose (a 404 store) lists it in `allowedConsoleErrors`.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[] }>({
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors }, use, testInfo) => {
    const errors: string[] = [];
    const record = (message: ConsoleMessage) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(text);
    };
    // The page's console also carries its workers' (store loading, search), where Chromium
    // reports their CSP violations and uncaught errors: e2e/security.spec.ts checks it.
    page.on('console', record);
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    await page.addInitScript(() => {
      window.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus) console.log(await pageAfterFailure(page));
    expect(errors, 'console errors, uncaught exceptions or CSP violations').toEqual([]);
  },
});

export { expect };

/**
 * What the page still does after a failed test, printed with the failure. A click that waits
 * for ever on "visible, enabled and stable" leaves two causes apart: a page whose script is
 * stuck (the app's fault) answers nothing, and a renderer that stopped drawing frames
 * (Chromium's) answers a script but no animation frame.
 */
async function pageAfterFailure(page: Page): Promise<string> {
  const within = (work: Promise<string>) =>
    Promise.race([
      work.catch((error: Error) => `failed (${error.message.split('\n')[0]})`),
      new Promise<string>((resolve) => setTimeout(() => resolve('no answer in 3 s'), 3_000)),
    ]);
  const script = await within(page.evaluate(() => `answers, ${document.visibilityState}`));
  const frame = await within(
    page.evaluate(
      () => new Promise<string>((drawn) => requestAnimationFrame(() => drawn('drawn'))),
    ),
  );
  return `After the failure, the page's script: ${script}; its next animation frame: ${frame}.`;
}
