/**
 * Where the editor's time goes: a Chrome CPU profile (through the DevTools protocol) of
 * keystrokes in an event's `Start` field on a 1,000-event draft, each waited for until the
 * field's validation shows, and the save after them; with --open, of opening a
 * 10,000-event store for editing first. Prints the functions by self and total time (the
 * app is built without minification, so their names read) and writes the profiles to
 * bench-results/*.cpuprofile (open them in Chrome's DevTools, Performance panel).
 * Usage: npx tsx scripts/profile-editor.ts [--keys 30] [--open] [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Page, chromium } from '@playwright/test';
import { startStaticServer } from './bench/server';
import { chromiumLaunchOptions } from './lib/chromium';
import { generateStoreJson } from './lib/gen-store';
import { type Profile, profileTree } from './lib/cpu-profile';

const { values } = parseArgs({
  options: {
    keys: { type: 'string', default: '30' },
    open: { type: 'boolean' },
    'no-build': { type: 'boolean' },
  },
});
const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'bench-results', 'dist-profile');

function report(label: string, profile: Profile) {
  const { byId, parent, name } = profileTree(profile);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((sample, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(sample)!;
    if (['(idle)', '(program)'].includes(node.callFrame.functionName)) return;
    busy += ms;
    self.set(name(node), (self.get(name(node)) ?? 0) + ms);
    const counted = new Set<string>();
    for (let at: number | undefined = sample; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (counted.has(key)) continue;
      counted.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  const top = (times: Map<string, number>, count: number) =>
    [...times]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${key}`)
      .join('\n');
  console.log(`\n${label}: busy ${busy.toFixed(0)} ms\nself time:\n${top(self, 20)}`);
  console.log(`total time:\n${top(total, 40)}`);
}

async function profiled(page: Page, file: string, label: string, work: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  report(label, profile as Profile);
  writeFileSync(join(root, 'bench-results', file), JSON.stringify(profile));
}

async function openForEditing(page: Page, text: string) {
  await page.getByRole('button', { name: 'Open store for editing' }).click();
  await page.getByLabel('Store file').setInputFiles({
    name: 'store.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page
    .getByRole('textbox', { name: 'Store title', exact: true })
    .and(page.locator(`[value="${(JSON.parse(text) as { title: string }).title}"]`))
    .waitFor({ timeout: 120_000 });
}

if (!values['no-build']) {
  const args = ['vite', 'build', '--outDir', out, '--emptyOutDir', '--minify', 'false'];
  const result = spawnSync('npx', [...args, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}
const server = await startStaticServer(out);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 960 } });
  await page.goto(`${server.url}/edit/`);
  if (values.open) {
    const big = generateStoreJson({ events: 10_000, seed: 7 });
    await profiled(page, 'editor-open.cpuprofile', 'Open a 10,000-event store', () =>
      openForEditing(page, big),
    );
    await page.goto(`${server.url}/edit/`);
  }
  await openForEditing(page, generateStoreJson({ events: 1000, seed: 7 }));
  await page.getByRole('list', { name: 'Draft events' }).getByRole('button').nth(3).click();
  const start = page.getByRole('textbox', { name: 'Start', exact: true });
  await start.fill('2024-06-19');
  const saved = page.getByRole('status').filter({ hasText: 'All changes saved' });
  await saved.waitFor();
  await start.press('End');
  const keys = Number(values.keys);
  await profiled(page, 'editor-keys.cpuprofile', `${keys} keystrokes and the save`, async () => {
    for (let i = 0; i < keys; i++) {
      // Backspace makes "2024-06-19" invalid, the digit puts it back: each key has a verdict.
      const invalid = i % 2 === 0;
      await start.press(invalid ? 'Backspace' : '9');
      if (invalid) await start.and(page.locator('[aria-invalid="true"]')).waitFor();
      else await start.and(page.locator(':not([aria-invalid])')).waitFor();
    }
    await saved.waitFor();
  });
} finally {
  await browser.close();
  await server.close();
}
