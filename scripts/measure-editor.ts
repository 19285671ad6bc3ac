/**
 * Part 1, in Node: the editor's costs outside the browser's drawing: a keystroke in an event's field on a
 * 1,000-event draft (the change through the draft store, with its undo history, then the
 * app's validator with its cache of event checks, which is what the field's problems wait
 * for), the work of a save (the structured clone IndexedDB makes, and the downloaded
 * file's text), and opening a 10,000-event store for editing (parse, copy into a draft,
 * first check).
 * Part 2, in Chromium on the built app (`/edit/`, bench-results/dist, built first unless
 * --no-build; --no-browser skips it): the same three as a person meets them, to the painted
 * result (lib/editor-in-browser.ts).
 * Usage: npm run measure:editor -- [--runs 200] [--no-browser] [--no-build] [--dist <dir>]
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium';
import { measureEditorRun } from './lib/editor-in-browser';
import { startStaticServer } from './bench/server';
import { parseArgs } from 'node:util';
import { generateStoreJson } from './lib/gen-store';
import { documentFromJson } from '../src/features/editor/model/draft-document';
import { draftActions, useDraftStore } from '../src/features/editor/model/draft-store';
import { DraftChecker } from '../src/features/editor/model/draft-checker';
import { serializeStore } from '../src/features/editor/model/serialize-store';
import { EVENTS_PER_CHUNK } from '../src/features/editor/storage/draft-db';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    'no-browser': { type: 'boolean' },
    'no-build': { type: 'boolean' },
    /** The built app to measure (to compare two builds with the same measurements). */
    dist: { type: 'string', default: 'bench-results/dist' },
  },
});
const runs = Number(values.runs);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;
function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

// 1,000 events: a keystroke, then the field's validation.
const small = documentFromJson(JSON.parse(generateStoreJson({ events: 1000, seed: 7 })))!;
/** Keystrokes in the title of the draft's middle event, each checked as the editor checks it. */
function typeInMiddleEvent(document: typeof small, count: number): number[] {
  draftActions.load('measure', document);
  const checker = new DraftChecker();
  checker.check(document); // the first check, and the validator's code paths warmed up
  const middle = document.events[Math.floor(document.events.length / 2)]!;
  const took: number[] = [];
  let title = middle.title;
  for (let i = 0; i < count; i++) {
    title += i % 2 ? 'a' : ' ';
    took.push(
      time(() => {
        draftActions.updateEvent(middle.id, { title });
        return checker.check(useDraftStore.getState().document!);
      })[1],
    );
  }
  return took;
}
const keystrokes = typeInMiddleEvent(small, runs);
// What a save clones into IndexedDB: the whole draft before chunks, now the draft without
// its events and the one chunk of events the keystroke changed (storage/draft-db.ts).
const wholeSaves: number[] = [];
const saves: number[] = [];
for (let i = 0; i < 20; i++) {
  const document = useDraftStore.getState().document!;
  wholeSaves.push(time(() => structuredClone({ id: 'measure', updatedAt: 0, document }))[1]);
  const chunkStart = Math.floor(500 / EVENTS_PER_CHUNK) * EVENTS_PER_CHUNK;
  saves.push(
    time(() =>
      structuredClone({
        draft: { id: 'measure', updatedAt: 0, document: { ...document, events: [] } },
        chunk: document.events.slice(chunkStart, chunkStart + EVENTS_PER_CHUNK),
      }),
    )[1],
  );
}
const [, download] = time(() => serializeStore(useDraftStore.getState().document!));

// 10,000 events: open for editing.
const bigText = generateStoreJson({ events: 10_000, seed: 7 });
const [bigDocument, parse] = time(() => documentFromJson(JSON.parse(bigText))!);
const [, firstCheck] = time(() => new DraftChecker().check(bigDocument));
const [, load] = time(() => draftActions.load('big', bigDocument));
const bigKeystrokes = typeInMiddleEvent(bigDocument, runs);

console.log(
  `keystroke → validation, 1,000-event draft (${runs} keystrokes): p50 ${ms(percentile(keystrokes, 50))}, p95 ${ms(percentile(keystrokes, 95))}, max ${ms(Math.max(...keystrokes))}`,
);
console.log(
  `keystroke → validation, 10,000-event draft (${runs} keystrokes): p50 ${ms(percentile(bigKeystrokes, 50))}, p95 ${ms(percentile(bigKeystrokes, 95))}, max ${ms(Math.max(...bigKeystrokes))}`,
);
console.log(
  `save, 1,000-event draft: structured clone of one chunk and the rest of the draft p50 ${ms(percentile(saves, 50))}, p95 ${ms(percentile(saves, 95))} (of the whole draft p50 ${ms(percentile(wholeSaves, 50))}); download text ${ms(download)}`,
);
console.log(
  `open a 10,000-event store for editing (${(bigText.length / 1e6).toFixed(1)} MB): parse + copy ${ms(parse)}, into the draft store ${ms(load)}, first check ${ms(firstCheck)}; total ${ms(parse + load + firstCheck)}`,
);

if (!values['no-browser']) await measureInBrowser();

async function measureInBrowser() {
  const root = fileURLToPath(new URL('../', import.meta.url));
  if (!values['no-build']) {
    console.log(`Building the app into ${values.dist}…`);
    const result = spawnSync(
      'npx',
      ['vite', 'build', '--outDir', values.dist, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: root, stdio: 'inherit' },
    );
    if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
  }
  const server = await startStaticServer(resolve(root, values.dist));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const smallStore = JSON.parse(generateStoreJson({ events: 1000, seed: 7 })) as {
      title: string;
    };
    const run = await measureEditorRun(
      browser,
      `${server.url}/edit/`,
      {
        small: { file: Buffer.from(JSON.stringify(smallStore)), title: smallStore.title },
        big: {
          file: Buffer.from(bigText),
          title: (JSON.parse(bigText) as { title: string }).title,
        },
      },
      { validation: Math.min(runs, 60), bigValidation: Math.min(runs, 30), save: 10 },
    );
    console.log('In Chromium, the built app at 1440×960:');
    console.log(
      `  keystroke → the Start field's validation shown, 1,000-event draft (${run.keystrokeMs.length} keys): p50 ${ms(percentile(run.keystrokeMs, 50))}, p95 ${ms(percentile(run.keystrokeMs, 95))}, max ${ms(Math.max(...run.keystrokeMs))}`,
    );
    console.log(
      `  keystroke → the Start field's validation shown, 10,000-event draft (${run.bigKeystrokeMs.length} keys): p50 ${ms(percentile(run.bigKeystrokeMs, 50))}, p95 ${ms(percentile(run.bigKeystrokeMs, 95))}, max ${ms(Math.max(...run.bigKeystrokeMs))}`,
    );
    console.log(
      `  keystroke → "All changes saved" shown (300 ms pause + write), 1,000-event draft (${run.saveMs.length} keys): p50 ${ms(percentile(run.saveMs, 50))}, p95 ${ms(percentile(run.saveMs, 95))}`,
    );
    console.log(
      `  open a 10,000-event store for editing: file chosen → the draft on screen ${ms(run.openMs)}, → its problems shown ${ms(run.openCheckedMs)}`,
    );
    console.log(
      `  the first key in "Find events" on it, 1.5 s later → the count of what it found: ${ms(run.firstFindMs)}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
