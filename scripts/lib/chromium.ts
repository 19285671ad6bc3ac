import { existsSync } from 'node:fs';

/**
 * How this project launches Chromium, for the end-to-end tests and the benchmark alike.
 * Debian's build where it exists (this project's machines and CI cannot download
 * Playwright's own); elsewhere Playwright's browser, which scripts/run-e2e.mjs installs.
 */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's old headless shell (package chromium-headless-shell), the same Blink without the
 * browser's window and its UI: what Playwright itself runs headless tests in. Measured on 10
 * page loads of the app, each in a new context: 21.8 CPU-seconds in the full browser (its
 * UI pages already off, below), 16.6 in the shell; the browser process 4.9 → 2.1.
 */
export const SYSTEM_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

/**
 * Playwright's own `--disable-features` list (playwright-core, `chromiumSwitches.ts`).
 * Chromium keeps only the last `--disable-features` switch on its command line, so a list of
 * ours replaces Playwright's unless it repeats it; chromium.test.ts fails when the installed
 * Playwright's list differs from this copy.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium 156 builds the address bar's popups (chrome://omnibox-popup.top-chrome) as hidden
 * WebUI pages in every new window, headless too: one more renderer per test, which cost
 * about as much CPU as the app's own page. Measured on 10 page loads of the app, each in a
 * new context (the way every test starts): 39.5 CPU-seconds with them, 23.8 without.
 */
export const DISABLED_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Flags that keep a headless run quiet and deterministic: no sandbox (root in CI), no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...DISABLED_BROWSER_UI].join(',')}`,
];

export function hasSystemChromium(): boolean {
  return existsSync(SYSTEM_CHROMIUM);
}

/**
 * `headlessShell`: for the end-to-end tests, which never show a window, Debian's headless
 * shell where it is installed (`E2E_FULL_CHROMIUM=1` keeps the full browser, for `--headed`).
 * The benchmark keeps the full browser, the one people browse with.
 */
export function chromiumLaunchOptions({ headlessShell = false } = {}): {
  executablePath?: string;
  args: string[];
} {
  if (headlessShell && !process.env.E2E_FULL_CHROMIUM && existsSync(SYSTEM_HEADLESS_SHELL))
    return { executablePath: SYSTEM_HEADLESS_SHELL, args: CHROMIUM_ARGS };
  return hasSystemChromium()
    ? { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS }
    : { args: CHROMIUM_ARGS };
}
