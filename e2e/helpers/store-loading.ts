import { createReadStream, existsSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  GENERATOR_VERSION,
  type GenStoreOptions,
  generateStoreJson,
} from '../../scripts/lib/gen-store';
import type { Locator, Page, Route } from '@playwright/test';
import { expect } from '../fixtures';

/**
 * Helpers for the store-loading specs: small stores written in `sourceline/1`, ways to
 * serve them (and to fail serving them) from the page's own origin through page.route, or
 * from another origin through a real HTTP server on loopback, and the loading UI's
 * landmarks.
 */

// ---------------------------------------------------------------- stores

type Json = Record<string, unknown>;

/** A small, clean store about a fictional dispute; every quote is verbatim from its source. */
export const TEST_STORE_TITLE = 'Test store: the Marren Strait dispute (fictional)';

const SOURCE_TEXT =
  'On Thursday the foreign ministers of Veldia and Ostmark opened talks on the Marren ' +
  'Strait in the port of Kessel.\n\nIn May the Ostmark ferry company suspended its ' +
  'crossings until further notice.\n\nAna Brenner signed the Marren Strait accord for ' +
  'Veldia on 17 September.';

export const TEST_EVENTS = {
  talks: { id: 'strait-talks-open', title: 'Veldia and Ostmark open talks on the Marren Strait' },
  ferries: { id: 'ferry-crossings-suspended', title: 'Ostmark ferries stop crossing the strait' },
  accord: { id: 'strait-accord-signed', title: 'Ana Brenner signs the Marren Strait accord' },
};

export function testStore(patch: Json = {}): Json {
  return {
    $schema: '/schema/sourceline-1.schema.json',
    format: 'sourceline/1',
    title: TEST_STORE_TITLE,
    language: 'en',
    sources: [
      {
        id: 'harbour-gazette',
        title: 'The Harbour Gazette (invented for this test)',
        language: 'en',
        published: '2021-09-18',
        text: SOURCE_TEXT,
      },
    ],
    actors: [
      { id: 'veldia', name: 'Veldia', kind: 'state' },
      { id: 'ostmark', name: 'Ostmark', kind: 'state' },
      { id: 'ana-brenner', name: 'Ana Brenner', kind: 'person', memberOf: 'veldia' },
    ],
    events: [
      {
        ...TEST_EVENTS.talks,
        start: '2021-03-04',
        actors: ['veldia', 'ostmark'],
        excerpts: [
          {
            source: 'harbour-gazette',
            quote: 'the foreign ministers of Veldia and Ostmark opened talks on the Marren Strait',
          },
        ],
      },
      {
        ...TEST_EVENTS.ferries,
        start: '2021-05',
        actors: ['ostmark'],
        excerpts: [
          { source: 'harbour-gazette', quote: 'the Ostmark ferry company suspended its crossings' },
        ],
      },
      {
        ...TEST_EVENTS.accord,
        start: '2021-09-17',
        actors: ['ana-brenner', 'ostmark'],
        excerpts: [
          { source: 'harbour-gazette', quote: 'Ana Brenner signed the Marren Strait accord' },
        ],
      },
    ],
    ...patch,
  };
}

export const testStoreText = (patch: Json = {}) => JSON.stringify(testStore(patch), null, 2);

// ---------------------------------------------------------------- same origin: page.route

/** A path on the app's own origin that only page.route answers. */
export const storePath = (name: string) => `/test-stores/${name}`;

/**
 * Matches the store's own URL, not the page's: a glob such as `**\/x.json` would also
 * match the page address `/?store=/test-stores/x.json` itself.
 */
const pathIs = (path: string) => (url: URL) => url.pathname === path;

/** Answers every request for `path` on the page's origin with `handler`. */
export async function routeStore(page: Page, path: string, handler: (route: Route) => unknown) {
  await page.route(pathIs(path), async (route) => {
    await handler(route);
  });
}

export const json = (body: string, status = 200) => ({
  status,
  contentType: 'application/json',
  body,
});

/**
 * A request that waits for the test to answer it: the load stays in flight for as long as
 * the test needs, without a sleep.
 */
export async function holdStore(page: Page, path: string) {
  let arrived!: () => void;
  const requested = new Promise<void>((resolve) => (arrived = resolve));
  let answer!: (respond: (route: Route) => Promise<void>) => void;
  const answered = new Promise<(route: Route) => Promise<void>>((resolve) => (answer = resolve));
  await routeStore(page, path, async (route) => {
    arrived();
    const respond = await answered;
    await respond(route);
  });
  return {
    /** Resolves when the store has been asked for. */
    requested,
    /** Answers the waiting request (and any later one) this way. */
    release: (respond: (route: Route) => Promise<void>) => answer(respond),
  };
}

// ---------------------------------------------------------------- another origin: HTTP server

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface StoreServer {
  /** The absolute URL of a path on this server. */
  url(path: string): string;
  /** How many requests a path has received. */
  hits(path: string): number;
  /** Whether the client dropped the connection of a request for this path. */
  dropped(path: string): boolean;
  close(): Promise<void>;
}

/**
 * A real HTTP server on loopback: a different origin from the app (another port), so the
 * browser applies CORS. With `cors`, every answer allows any origin to read it.
 */
export async function startStoreServer(
  routes: Record<string, Handler>,
  { cors }: { cors: boolean },
): Promise<StoreServer> {
  const hits = new Map<string, number>();
  const dropped = new Set<string>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    response.on('close', () => {
      if (!response.writableFinished) dropped.add(path);
    });
    if (cors) response.setHeader('Access-Control-Allow-Origin', '*');
    const handler = routes[path];
    if (handler) handler(request, response);
    else {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not Found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits: (path) => hits.get(path) ?? 0,
    dropped: (path) => dropped.has(path),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A generated store, written once per machine to the temp folder and reused by later runs
 * (generating a large one takes a while on a busy machine).
 */
export function generatedStoreFile(name: string, options: GenStoreOptions): string {
  const file = join(
    tmpdir(),
    `sourceline-e2e-${name}-${options.events}-${options.seed}-v${GENERATOR_VERSION}.json`,
  );
  if (!existsSync(file)) {
    // Written under another name first, so an interrupted run never leaves half a store.
    writeFileSync(`${file}.part`, generateStoreJson(options));
    renameSync(`${file}.part`, file);
  }
  return file;
}

/**
 * Answers with a file's first `share` at once and the rest only once `release` resolves:
 * a load that is certain to be in progress until the test says so.
 */
export const sendFileHeld =
  (file: string, share: number, release: Promise<void>): Handler =>
  (_request, response) => {
    const { size } = statSync(file);
    response.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': String(size),
    });
    const first = Math.floor(size * share);
    createReadStream(file, { end: first - 1 })
      .on(
        'end',
        () => void release.then(() => createReadStream(file, { start: first }).pipe(response)),
      )
      .pipe(response, { end: false });
  };

/** Answers with a JSON text. */
export const sendJson =
  (body: string): Handler =>
  (_request, response) => {
    response.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': String(Buffer.byteLength(body)),
    });
    response.end(body);
  };

// ---------------------------------------------------------------- the loading UI

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });
export const progressBar = (page: Page) =>
  page.getByRole('progressbar', { name: 'Loading progress' });
export const storeAlert = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'This event store could not be opened' });
export const openStoreDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Open an event store' });
export const storeReportSummary = (page: Page): Locator =>
  page.getByText(
    /^[\d,]+ (items? dropped · ([\d,]+ fields? left out · )?[\d,]+ warnings?|problems?)$/,
  );

/** Opens a store by address through "Open store…", as a person does. */
export async function openByAddress(page: Page, address: string) {
  await page.getByRole('button', { name: 'Open store…' }).click();
  const dialog = openStoreDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Store address' }).fill(address);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog).toBeHidden();
}
