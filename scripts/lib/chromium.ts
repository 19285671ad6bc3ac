import { existsSync } from 'node:fs';

/**
 * How this project launches Chromium, for the end-to-end tests and the benchmark alike.
 * Debian's build where it exists (this project's machines and CI cannot download
 * Playwright's own); elsewhere Playwright's browser, which scripts/run-e2e.mjs installs.
 */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep a headless run quiet and deterministic: no sandbox (root in CI), no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function hasSystemChromium(): boolean {
  return existsSync(SYSTEM_CHROMIUM);
}

export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  return hasSystemChromium()
    ? { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS }
    : { args: CHROMIUM_ARGS };
}
