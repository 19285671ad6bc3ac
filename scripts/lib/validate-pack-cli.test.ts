/**
 * `npm run validate -- DIR` on packed stores: a good one, and the bad packs a person will
 * meet (a manifest naming a missing file, a truncated file, rows that break the format).
 */
import { mkdtemp, readFile, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStoreDate } from '../../src/format/dates.ts';
import { validateStore, type StoreEvent } from '../../src/format/validate-store.ts';
import { generateStore } from './gen-store.ts';
import { writePack } from './pack/write-pack.ts';
import { nodeIo, runValidateCli } from './validate-cli.ts';

let root: string;
const io = { ...nodeIo, cwd: process.cwd() };

async function packOf(name: string, edit?: (events: StoreEvent[]) => StoreEvent[]) {
  const result = validateStore(generateStore({ events: 40, seed: 5 }));
  if (!result.ok) throw new Error('the generated store is valid');
  const { events, ...header } = result.store;
  const dir = join(root, name);
  await writePack(
    {
      header,
      events: edit ? edit([...events]) : [...events],
      totals: { header, problems: [], dropped: { events: 0, actors: 0, sources: 0 }, warnings: 0 },
    },
    dir,
  );
  return dir;
}

const validate = (target: string) => runValidateCli([target], io);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sourceline-validate-pack-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('npm run validate -- DIR (a packed store)', () => {
  it('passes a pack as npm run pack wrote it, by folder and by manifest', async () => {
    const dir = await packOf('good');
    for (const target of [dir, join(dir, 'manifest.json')]) {
      const { exitCode, stdout } = await validate(target);
      expect(stdout).toContain('sourceline/1+parquet): 40 events');
      expect(stdout).toContain('events: 40 kept');
      expect(exitCode).toBe(0);
    }
  });

  it('refuses a manifest that names a missing file, with the manifest path', async () => {
    const dir = await packOf('missing');
    await unlink(join(dir, 'details.parquet'));
    const { exitCode, stdout } = await validate(dir);
    expect(stdout).toContain(
      'manifest.json: files.details.path: file not found (found "details.parquet")',
    );
    expect(stdout).toContain('refused: nothing from this store can be shown');
    expect(exitCode).toBe(1);
  });

  it('refuses a truncated Parquet file, whether or not the manifest was edited to match', async () => {
    const dir = await packOf('truncated');
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    const cut = manifest.files.events.bytes - 200;
    await truncate(join(dir, 'events.parquet'), cut);
    let { exitCode, stdout } = await validate(dir);
    expect(stdout).toContain(
      `events.parquet: ${cut} bytes, but the manifest says ${cut + 200}: the file is truncated or was replaced`,
    );
    expect(exitCode).toBe(1);

    manifest.files.events.bytes = cut;
    await writeFile(manifestPath, JSON.stringify(manifest));
    ({ exitCode, stdout } = await validate(dir));
    expect(stdout).toMatch(/events\.parquet: not a readable Parquet file \(no Parquet footer/);
    expect(exitCode).toBe(1);
  });

  it('refuses a manifest of another format, saying what it found', async () => {
    const dir = await packOf('format');
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    await writeFile(manifestPath, JSON.stringify({ ...manifest, format: 'sourceline/2' }));
    const { exitCode, stdout } = await validate(dir);
    expect(stdout).toContain('manifest.json: format: not usable (found "sourceline/2")');
    expect(exitCode).toBe(1);
  });

  it('says what a manifest field should be in plain words, not the schema library’s', async () => {
    const dir = await packOf('fields');
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    manifest.counts.events = 'eighteen';
    delete manifest.files.details;
    await writeFile(manifestPath, JSON.stringify(manifest));
    const { exitCode, stdout } = await validate(dir);
    expect(stdout).toContain(
      'manifest.json: counts.events: not usable (found "eighteen"); expected a number',
    );
    expect(stdout).toContain(
      'manifest.json: files.details: missing or not usable; expected an object',
    );
    expect(stdout).not.toContain('Invalid input');
    expect(exitCode).toBe(1);
  });

  it('finds rows that break the format and names each by its row', async () => {
    const dir = await packOf('bad-rows', (events) => {
      const second = events[1]!;
      events[1] = { ...second, start: '2023-02-30' } as StoreEvent;
      events[7] = { ...events[7]!, actors: ['nobody-we-know'] };
      return events;
    });
    const { exitCode, stdout } = await validate(dir);
    expect(stdout).toContain(
      'events[1].start: invalid value; the event dropped (found "2023-02-30")',
    );
    expect(stdout).toMatch(/events\[7\]\.actors\[0\]: .*\(found "nobody-we-know"\)/);
    expect(stdout).toContain('events: 38 kept, 2 dropped');
    expect(exitCode).toBe(1);
  });

  it('finds a row out of order (a window read would miss it)', async () => {
    const dir = await packOf('unordered', (events) => {
      const sorted = [...events];
      // write-pack sorts by `when`: give row 3 the instant of a much later event.
      const late = sorted.at(-1)!;
      sorted[3] = { ...sorted[3]!, start: late.start, when: { ...sorted[3]!.when } } as StoreEvent;
      return sorted;
    });
    const { stdout } = await validate(dir);
    expect(stdout).toMatch(/events\[3\]\.start_ms: not the first instant of start/);
    expect(parseStoreDate('2023-02-30')).toBeNull();
  });
});
