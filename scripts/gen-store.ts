/**
 * `npm run gen:store -- --events N --seed S --out FILE [--pretty]`: writes a synthetic,
 * valid `sourceline/1` store for tests and benchmarks. The logic lives in lib/gen-store.ts.
 * Generated stores are large and must not be committed: write them under bench-results/
 * (gitignored) or a temp dir.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { generateStore } from './lib/gen-store.ts';
import { GEN_USAGE, parseGenArgs } from './lib/gen-store-args.ts';
import { writeStoreFile } from './lib/write-store-file.ts';

try {
  const args = parseGenArgs(process.argv.slice(2));
  // npm run changes the cwd to the package root; INIT_CWD is where the command was typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const out = isAbsolute(args.out) ? args.out : resolve(cwd, args.out);
  const began = performance.now();
  const store = generateStore(args);
  await mkdir(dirname(out), { recursive: true });
  const bytes = await writeStoreFile(out, store, args.pretty);
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  const megabytes = (bytes / 1024 / 1024).toFixed(1);
  console.log(
    `${args.events.toLocaleString('en-US')} events (seed ${args.seed}) → ${out} (${megabytes} MB, ${seconds} s)`,
  );
} catch (error) {
  console.error(`gen:store: ${error instanceof Error ? error.message : String(error)}`);
  console.error(GEN_USAGE);
  process.exitCode = 2;
}
