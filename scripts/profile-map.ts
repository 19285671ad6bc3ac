/**
 * Where the map's long frames come from (issue 17): the bench's map case
 * (scripts/bench/measure-map.ts) on the generated 100,000-event store with places, under a
 * Chrome CPU profile of the page's main thread. Prints every busy stretch (no idle sample
 * in it) longer than --over ms, with the functions it spent its time in, by total and self
 * time (the app is built without minification, so their names read), and writes the
 * profiles to bench-results/map-<run>.cpuprofile (Chrome DevTools, Performance panel).
 * With --no-profile and several --dist, it compares builds instead: their runs alternate,
 * so that a machine busy with other work weighs on each alike, and it prints their medians.
 * With --trace, a Chromium trace instead of the CPU profile: the style recalculations and
 * layouts of the page over the case, and which of them scripts forced, by function
 * (scripts/lib/rendering-trace.ts); the trace is written to bench-results/map-<run>.trace.json.
 * Usage: npx tsx scripts/profile-map.ts [--runs 1] [--over 40] [--no-build] [--dist DIR]...
 *        [--no-profile | --trace]
 * The store must exist: `npm run bench -- --sizes 18 --no-baseline --runs 1` makes it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import {
  MAP_PHASES,
  type MapRunResult,
  describeLoaf,
  loafForMedian,
  measureMapRun,
} from './bench/measure-map';
import { startStaticServer } from './bench/server';
import { chromiumLaunchOptions } from './lib/chromium';
import { GENERATOR_VERSION } from './lib/gen-store';
import { type Profile, profileTree } from './lib/cpu-profile';
import { type TraceEvent, renderingWork } from './lib/rendering-trace';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1' },
    over: { type: 'string', default: '40' },
    'no-build': { type: 'boolean' },
    'no-profile': { type: 'boolean' },
    trace: { type: 'boolean' },
    dist: { type: 'string', multiple: true },
  },
});
const root = fileURLToPath(new URL('../', import.meta.url));
const dists = values.dist?.map((dir) => resolve(dir)) ?? [
  join(root, 'bench-results', 'dist-profile'),
];
const data = join(root, 'bench-results', 'data');
const store = `events-100000-seed-1-v${GENERATOR_VERSION}-places.json`;

const IDLE = '(idle)';
const ms = (value: number | null | undefined) =>
  typeof value === 'number' ? `${value.toFixed(0)} ms` : 'n/a';

/** The profile's busy stretches over `overMs`, each with where its time went. */
function report(profile: Profile, overMs: number) {
  const { byId, parent, name } = profileTree(profile);
  // A sample's time is the gap to the next one.
  const times: number[] = [];
  let at = 0;
  for (const delta of profile.timeDeltas) {
    at += delta / 1000;
    times.push(at);
  }
  const stretches: { from: number; to: number }[] = [];
  let from = -1;
  profile.samples.forEach((sample, i) => {
    const idle = byId.get(sample)!.callFrame.functionName === IDLE;
    if (!idle && from < 0) from = i;
    if ((idle || i === profile.samples.length - 1) && from >= 0) {
      stretches.push({ from, to: i });
      from = -1;
    }
  });
  for (const { from: first, to: last } of stretches) {
    const ms = times[last]! - times[first]!;
    if (ms < overMs) continue;
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    const entry = new Map<string, number>();
    for (let i = first; i < last; i++) {
      const gap = times[i + 1]! - times[i]!;
      const sample = profile.samples[i]!;
      const node = byId.get(sample)!;
      self.set(name(node), (self.get(name(node)) ?? 0) + gap);
      const stack: string[] = [];
      for (let id: number | undefined = sample; id !== undefined; id = parent.get(id))
        stack.push(name(byId.get(id)!));
      // The first frame under (root): what the browser called (a handler, a callback).
      const outer = stack.length >= 2 ? stack[stack.length - 2]! : stack[0]!;
      entry.set(outer, (entry.get(outer) ?? 0) + gap);
      for (const key of new Set(stack)) total.set(key, (total.get(key) ?? 0) + gap);
    }
    const top = (map: Map<string, number>, count: number) =>
      [...map]
        .filter(([key]) => !key.startsWith('(root)'))
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([key, t]) => `      ${t.toFixed(1).padStart(6)} ms  ${key}`)
        .join('\n');
    console.log(
      `\n  busy ${ms.toFixed(0)} ms at ${times[first]!.toFixed(0)} ms\n    entered by:\n${top(entry, 4)}\n    total:\n${top(total, 22)}\n    self:\n${top(self, 10)}`,
    );
  }
}

if (!existsSync(join(data, store))) throw new Error(`no ${store} in bench-results/data`);
if (!values['no-build']) {
  if (dists.length > 1) throw new Error('several --dist: build them first, then --no-build');
  const args = ['vite', 'build', '--outDir', dists[0]!, '--emptyOutDir', '--minify', 'false'];
  const result = spawnSync('npx', [...args, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}
const servers = await Promise.all(
  dists.map((dist) => startStaticServer(dist, [{ prefix: '/__bench/data/', dir: data }])),
);
const browser = await chromium.launch(chromiumLaunchOptions());
const results = dists.map(() => [] as MapRunResult[]);
const profile = !values['no-profile'] && !values.trace;
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
];

/** The style and layout work of a trace, forced and not. */
function reportRendering(events: readonly TraceEvent[]) {
  for (const work of renderingWork(events)) {
    console.log(
      `  ${work.kind}: ${work.count} times, ${work.totalMs.toFixed(0)} ms (longest ${work.maxMs.toFixed(1)} ms), ` +
        `forced by scripts ${work.forcedMs.toFixed(0)} ms` +
        (work.kind === 'Layout'
          ? `; objects laid out ${work.dirtyObjects} (tree up to ${work.totalObjects})`
          : ''),
    );
    for (const { by, count, totalMs } of work.forcedBy.slice(0, 12))
      console.log(
        `    ${totalMs.toFixed(1).padStart(7)} ms in ${String(count).padStart(4)}  ${by}`,
      );
  }
}
try {
  for (let run = 1; run <= Number(values.runs); run++) {
    for (const [which, server] of servers.entries()) {
      const label = `${dists[which]!.split('/').pop()} run ${run}`;
      const result = await measureMapRun(
        browser,
        `${server.url}/?store=/__bench/data/${store}`,
        run,
        120_000,
        values.trace
          ? async (page) => {
              await browser.startTracing(page, { categories: TRACE_CATEGORIES });
              return async () => {
                const buffer = await browser.stopTracing();
                writeFileSync(
                  join(root, 'bench-results', `map-${which}-${run}.trace.json`),
                  buffer,
                );
                const trace = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
                console.log(`\n${label}: style and layout over the case`);
                reportRendering(trace.traceEvents);
              };
            }
          : profile
            ? async (page) => {
                const cdp = await page.context().newCDPSession(page);
                await cdp.send('Profiler.enable');
                await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
                await cdp.send('Profiler.start');
                return async () => {
                  const { profile: recorded } = await cdp.send('Profiler.stop');
                  console.log(`\n${label}: busy stretches over ${values.over} ms`);
                  report(recorded as Profile, Number(values.over));
                  writeFileSync(
                    join(root, 'bench-results', `map-${which}-${run}.cpuprofile`),
                    JSON.stringify(recorded),
                  );
                };
              }
            : undefined,
      );
      results[which]!.push(result);
      const f = result.frames;
      console.log(
        `${label}: open ${ms(result.openMs)}, Fit all ${ms(result.refitMs)}; all frames p95 ${ms(f?.p95Ms)} max ${ms(f?.maxMs)}, longest animation frame ${ms(f?.loafMaxMs)}; map p95 ${ms(result.mapFrames?.p95Ms)} max ${ms(result.mapFrames?.maxMs)}; timeline p95 ${ms(result.timelineFrames?.p95Ms)} max ${ms(result.timelineFrames?.maxMs)} (hidden: max ${ms(result.timelineAloneFrames?.maxMs)})`,
      );
      const phases = result.animationFrames;
      if (phases)
        console.log(
          `  longest animation frame by phase: ${MAP_PHASES.map((phase) => `${phase} ${ms(phases[phase].maxMs)} (>50 ms: ${phases[phase].over50})`).join(', ')}`,
        );
      for (const frame of result.longFrames) {
        const scripts = (frame.scripts ?? [])
          .map(
            (script) =>
              `${script.source} (${script.invoker}) ${script.duration.toFixed(0)}` +
              (script.forcedLayoutMs ? ` [forced layout ${script.forcedLayoutMs.toFixed(0)}]` : ''),
          )
          .join('; ');
        console.log(
          `  long animation frame (${frame.phase}) ${ms(frame.duration)}: rendering ${ms(frame.renderMs)} (of which animation-frame callbacks ${ms(frame.callbacksMs)}); ${scripts}`,
        );
      }
      for (const cause of result.longFrameCauses)
        console.log(
          `  ${cause.cause}: ${cause.totalMs.toFixed(0)} ms in ${cause.frames} (forced layout ${cause.forcedLayoutMs.toFixed(0)} ms)`,
        );
      for (const error of result.errors) console.log(`  error: ${error}`);
    }
  }
  console.log(
    `\nMedians of ${values.runs} (load average now ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}):`,
  );
  for (const [which, runs] of results.entries()) {
    const median = (pick: (run: MapRunResult) => number | null | undefined) => {
      const list = runs.map(pick).filter((v): v is number => typeof v === 'number');
      return list.length ? list.sort((a, b) => a - b)[list.length >> 1]! : null;
    };
    const max = (pick: (run: MapRunResult) => number | null | undefined) =>
      Math.max(...runs.map((run) => pick(run) ?? 0));
    console.log(
      `  ${dists[which]}: open ${ms(median((r) => r.openMs))}, Fit all ${ms(median((r) => r.refitMs))}, ` +
        `p95 ${ms(median((r) => r.frames?.p95Ms))}, longest frame ${ms(median((r) => r.frames?.maxMs))} (worst ${ms(max((r) => r.frames?.maxMs))}), ` +
        `longest animation frame ${describeLoaf(
          median((r) => loafForMedian(r.frames !== null, r.frames?.loafMaxMs)),
          ms,
        )} (worst ${ms(max((r) => r.frames?.loafMaxMs))}); ` +
        `map max ${ms(median((r) => r.mapFrames?.maxMs))}, timeline max ${ms(median((r) => r.timelineFrames?.maxMs))} (hidden ${ms(median((r) => r.timelineAloneFrames?.maxMs))})`,
    );
    console.log(
      `    longest animation frame by phase (median, worst; animation frames over 50 ms in all runs): ` +
        MAP_PHASES.map((phase) => {
          const pick = (r: MapRunResult) =>
            loafForMedian(r.animationFrames !== null, r.animationFrames?.[phase].maxMs);
          const over = runs.reduce((sum, r) => sum + (r.animationFrames?.[phase].over50 ?? 0), 0);
          return `${phase} ${describeLoaf(median(pick), ms)}, worst ${describeLoaf(max(pick), ms)} (${over})`;
        }).join('; '),
    );
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
