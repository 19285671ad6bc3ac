import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import embedPagePlugin, { EMBED_PAGE } from './vite-plugin-embed-page.ts';

const PAGE =
  '<!doctype html><title>Sourceline</title><script type="module" src="/assets/index-abc.js"></script>';

async function write(dir: string, bundle: Record<string, unknown>) {
  const plugin = embedPagePlugin();
  const hook = plugin.writeBundle as (
    options: Rollup.NormalizedOutputOptions,
    bundle: Rollup.OutputBundle,
  ) => Promise<void>;
  await hook.call(
    {} as never,
    { dir } as Rollup.NormalizedOutputOptions,
    bundle as Rollup.OutputBundle,
  );
}

describe('the embed page in the build', () => {
  let dir = '';
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is the built explorer page, at embed/index.html, for hosts without a fallback route', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sourceline-embed-page-'));
    await writeFile(join(dir, 'index.html'), PAGE);
    await write(dir, { 'index.html': {} });
    expect(await readFile(join(dir, EMBED_PAGE), 'utf8')).toBe(PAGE);
  });

  it('is not written by a build without the page (a worker)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'sourceline-embed-page-'));
    await write(dir, { 'store-worker.js': {} });
    await expect(readFile(join(dir, EMBED_PAGE), 'utf8')).rejects.toThrow(/ENOENT/);
  });
});
