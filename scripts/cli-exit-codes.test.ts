import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Each command-line script, run as `npm run` runs it (tsx), given bad usage: exit 2, the
 * message and the usage line on stderr, nothing on stdout, and no work started.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

function run(script: string, argv: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn(TSX, [script, ...argv], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: ROOT },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

const CASES: [string, string[], string][] = [
  [
    'scripts/validate-store.ts',
    ['--verbose', 'x.json'],
    'error: unknown option --verbose\nusage: npm run validate -- <file-or-url | packed-store-folder | …/manifest.json> [--json]\n',
  ],
  [
    'scripts/gen-store.ts',
    ['--events', '10'],
    'gen:store: --out is required\nusage: npm run gen:store -- --events N --seed S --out FILE [--pretty] [--start-year Y] [--years N] [--title T]\n',
  ],
  [
    'scripts/bench/run-bench.ts',
    ['--runs'],
    'bench: --runs needs a value\nusage: npm run bench -- [--sizes 18,1000,20000,100000] [--packed 1000000] [--packs-dir DIR] [--runs 5] [--no-build] [--seed 1] [--cap 60] [--no-baseline] [--against vis-timeline|no-evidence] [--against-dist DIR] [--window FROM,TO] [--map-sizes 100000] [--no-map]\n',
  ],
  [
    'scripts/measure-load.ts',
    ['--runs', '0'],
    'measure:load: --runs needs a positive integer, not 0\nusage: npm run measure:load -- [--runs N]\n',
  ],
  ['scripts/measure-search.ts', [], 'usage: tsx scripts/measure-search.ts FILE [--runs N]\n'],
  [
    'scripts/pack-store.ts',
    ['public/data/events.json'],
    'pack: --out DIR is required\nusage: npm run pack -- <store.json | file.csv | timeline.json | …> --out DIR [--date-order dmy|mdy] [--rows-per-group N] [--json]\n',
  ],
  [
    'scripts/import.ts',
    ['--nope', 'x.csv'],
    'error: unknown option --nope\nusage: npm run import -- <file-or-url> [--from auto|csv|timelinejs|timemap|timemapjs|simile|kml|feed|geojson] [--map field=column,…] [--date-order dmy|mdy] [--out store.json] [--json]\n',
  ],
  [
    'scripts/measure-search.ts',
    ['public/data/events.json', '--runs', 'x'],
    'measure:search: --runs needs a positive integer, not x\nusage: tsx scripts/measure-search.ts FILE [--runs N]\n',
  ],
];

describe('command-line scripts: bad usage exits 2 with the message and the usage line', () => {
  it.each(CASES)('%s %j', { timeout: 30_000 }, async (script, argv, stderr) => {
    expect(await run(script, argv)).toEqual({ code: 2, stdout: '', stderr });
  });
});
