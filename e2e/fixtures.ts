import { type ConsoleMessage, test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test runs on a page that fails the test on any console error,
 * uncaught exception, unhandled rejection or Content-Security-Policy violation.
 * A test that provokes an error on purpose (a 404 store) lists it in `allowedConsoleErrors`.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[] }>({
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors }, use) => {
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
    expect(errors, 'console errors, uncaught exceptions or CSP violations').toEqual([]);
  },
});

export { expect };
