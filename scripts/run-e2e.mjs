#!/usr/bin/env node
// Runs the end-to-end tests in a real Chromium. Uses Debian's headless shell or its
// /usr/bin/chromium when present (playwright.config.ts picks them up, scripts/lib/chromium.ts);
// otherwise makes sure Playwright's own Chromium is installed first, so `npm test` works on any
// machine with network access.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const run = (command, args) => {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
};

if (!existsSync('/usr/bin/chromium') && !existsSync(chromium.executablePath())) {
  console.log('No Chromium found: installing Playwright’s Chromium…');
  const status = run('npx', ['playwright', 'install', '--with-deps', 'chromium']);
  if (status !== 0) process.exit(status);
}
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
