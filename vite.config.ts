import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import jsonSchema from './scripts/vite-plugin-json-schema.ts';
import preloadApp from './scripts/vite-plugin-preload-app.ts';
import framePolicy from './scripts/vite-plugin-frame-policy.ts';
import embedPage from './scripts/vite-plugin-embed-page.ts';
import slimVisTimeline from './scripts/vite-plugin-slim-vis-timeline.ts';
import momentNoRequire from './scripts/vite-plugin-moment-no-require.ts';
import slimQuery from './scripts/vite-plugin-slim-query.ts';

const STATELESS_TESTS = [
  'src/format/**/*.test.ts',
  'src/i18n/**/*.test.ts',
  'scripts/**/*.test.ts',
];

/**
 * The Content-Security-Policy of the built app (docs/deployment.md has the same text for
 * other servers). Only our own scripts and styles run; stores may come from any http(s)
 * origin (`?store=`), so connect-src is the one open door. `style-src 'self'` holds because
 * React and vis-timeline write styles through the CSSOM, which CSP does not govern.
 * frame-ancestors is added per page (scripts/vite-plugin-frame-policy.ts): 'none', but
 * for /embed/, the page made to be framed.
 * Not applied to the dev server: Vite's HMR and React Refresh need inline scripts and styles.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * Modules the first screen needs that other pages or lazy parts also import. Left to itself
 * the bundler gives each set of importers a chunk of its own: sixteen small chunks before the
 * first paint, each compressed apart and each a request. One chunk of them is fewer bytes
 * (they share one compression window) and fewer round trips; the editor's page, which uses
 * most of them too, loads the few it does not need. Only modules already on the first
 * screen belong here: one that only a later part imports would be pulled in before the paint.
 */
const FIRST_SCREEN_SHARED = [
  /\/src\/lib\/(actor-colors|after-first-paint|bidi-isolate|copy-and-notify|event-filter|focus-event-row|focus-timeline|opening-window|packed-details-registry|search-service|search-text|store-index|use-module-when|view-store)\.ts$/,
  /\/src\/i18n\/(catalogue|evidence-messages|messages|plural|use-messages)\.tsx?$/,
  /\/src\/format\/(dates|slug)\.ts$/,
  /\/src\/features\/store-loading\/api\/(get-store|held-events|packed-url|partial-store|store-load-error|store-on-screen|store-screen)\.ts$/,
  /\/src\/components\/(copy-by-hand|status-mark)\.tsx$/,
  /\/node_modules\/(@tanstack\/(query-core|react-query)|zustand|react)\//,
];

/**
 * The parts of those packages that only later parts import: the first screen runs queries
 * through the QueryClient alone, and only the event's details observe one (useQuery), so the
 * observer and the hooks go with them rather than into the first screen's chunk.
 */
const LATER_PARTS_OF_SHARED =
  /\/node_modules\/@tanstack\/(query-core\/build\/modern\/queryObserver|react-query\/build\/modern\/(useBaseQuery|useQuery|errorBoundaryUtils|suspense|QueryErrorResetBoundary|IsRestoringProvider))\.js$/;

function isFirstScreenShared(id: string): boolean {
  return FIRST_SCREEN_SHARED.some((pattern) => pattern.test(id)) && !LATER_PARTS_OF_SHARED.test(id);
}

/**
 * What the entry runs before the app (src/app/main.tsx): the early store load, the link's
 * parser it needs, and the helper of its dynamic import. In the first screen's chunk (the
 * store's loader, which takes the early load over, brings them there with its own
 * dependencies) the entry waited for that whole chunk, React with it, to arrive and be
 * evaluated before the store worker could start; in a chunk of their own it starts as
 * soon as these few kilobytes are in. Their dependencies come with them.
 */
const ENTRY_START = [
  /\/src\/features\/store-loading\/api\/early-store-load\.ts$/,
  /vite\/preload-helper/,
];

function isEntryStart(id: string): boolean {
  return ENTRY_START.some((pattern) => pattern.test(id));
}

export default defineConfig({
  plugins: [
    react(),
    slimVisTimeline(),
    momentNoRequire(),
    slimQuery(),
    jsonSchema(),
    preloadApp(['/src/app/boot-app.tsx', '/src/features/timeline/timeline-widget.tsx']),
    framePolicy(CONTENT_SECURITY_POLICY),
    embedPage(),
  ],
  server: { port: 5173, strictPort: false },
  preview: {
    port: 4173,
    headers: { 'X-Content-Type-Options': 'nosniff' },
  },
  resolve: {
    // vis-timeline's HTML filter, replaced by escaping every string (the app gives it no markup).
    alias: {
      xss: fileURLToPath(new URL('./src/features/timeline/escape-all-html.ts', import.meta.url)),
    },
  },
  build: {
    sourcemap: true,
    // The entry imported the polyfill before it could start the store's load: one request
    // and 0.4 kB on the first screen's path, for browsers without modulepreload (Safari
    // before 17, Firefox before 115), which still load every chunk, only without preloading.
    modulePreload: { polyfill: false },
    // Two pages: the explorer (/) and the editor (/edit/, docs/editing.md).
    rollupOptions: {
      input: { main: 'index.html', edit: 'edit/index.html' },
      output: {
        codeSplitting: {
          groups: [
            { name: 'start', test: isEntryStart, priority: 2 },
            { name: 'first-screen', test: isFirstScreenShared, priority: 1 },
            // How search reads text, shared by the engine, the highlighter and the editor's
            // `Find an event`: one chunk, so that the first screen's preload lists name one.
            { name: 'search-words', test: /\/src\/lib\/search-(fold|words)\.ts$/, priority: 1 },
          ],
        },
      },
    },
  },
  // ES module workers can split: the store worker starts its download before the
  // validator's chunk (zod) has loaded.
  worker: { format: 'es' },
  test: {
    environment: 'node',
    // Threads start faster than forked processes; nothing here needs a process of its own.
    pool: 'threads',
    // A few tests lint probe files or check 20,000-event stores: on a machine whose cores are
    // busy with other work they take several seconds, which is not a hang.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          // The format, its converters, the messages and the scripts hold no state between
          // calls (each test file stubs a global only with its own clean-up): their files
          // share loaded modules, which took three quarters of the unit tests' time.
          name: 'stateless',
          include: STATELESS_TESTS,
          isolate: false,
        },
      },
      {
        extends: true,
        // The app's stores (zustand) and subscriptions are module state: each file its own.
        test: { name: 'app', include: ['src/**/*.test.{ts,tsx}'], exclude: STATELESS_TESTS },
      },
    ],
  },
});
