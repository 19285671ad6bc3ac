import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, PLAYWRIGHT_DISABLED_FEATURES } from './chromium.ts';

/** The feature names of the installed Playwright's `disabledFeatures = [ … ]`, read from its built code. */
function installedPlaywrightDisabledFeatures(): string[] {
  const lib = join(
    dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')),
    'lib',
  );
  const files = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.js'),
  );
  for (const file of files) {
    const code = readFileSync(join(lib, file), 'utf8');
    const list = /disabledFeatures = \[([^\]]*)\]/.exec(code);
    if (list) {
      const withoutComments = (list[1] ?? '').replace(/\/\/[^\n]*/g, '');
      return [...withoutComments.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
    }
  }
  throw new Error(
    `No disabledFeatures list in ${lib}: find where Playwright now sets --disable-features`,
  );
}

describe('Chromium launch flags', () => {
  it('repeat the installed Playwright’s disabled features, which one --disable-features of ours would replace', () => {
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(installedPlaywrightDisabledFeatures());
  });

  it('carry one --disable-features switch, holding Playwright’s list and ours', () => {
    const switches = CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='));
    expect(switches).toHaveLength(1);
    const names = (switches[0] ?? '').slice('--disable-features='.length).split(',');
    expect(names).toEqual(
      expect.arrayContaining([...PLAYWRIGHT_DISABLED_FEATURES, 'WebUIOmniboxPopup']),
    );
  });
});
