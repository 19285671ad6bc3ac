import { describe, expect, it, vi } from 'vitest';
import { SAMPLE_ACTORS, SAMPLE_EVENTS, SAMPLE_SOURCES } from '../../../lib/testing/fixture-store';
import { checkPublished } from './publish-check';

const PAGE = 'https://sourceline.example/edit/?draft=d1';

const STORE = JSON.stringify({
  format: 'sourceline/1',
  title: 'Pyongyang and Moscow',
  language: 'en',
  sources: SAMPLE_SOURCES,
  actors: SAMPLE_ACTORS,
  events: SAMPLE_EVENTS,
});

/** A fetch that answers every request with `answer`, and records what was asked. */
function server(answer: (url: string, init?: RequestInit) => Promise<Response>) {
  return vi.fn<typeof fetch>((input, init) => answer(String(input), init));
}

const refused = () => Promise.reject(new TypeError('Failed to fetch'));

/** A server that answers, but not to a read from another site: the page gets no answer. */
const withoutCors = () =>
  server((_, init) => (init?.mode === 'no-cors' ? Promise.resolve(new Response('')) : refused()));

describe('checkPublished', () => {
  it('finds the store the explorer would open, with its title and the events it keeps', async () => {
    const get = server(() => Promise.resolve(new Response(STORE)));
    const check = await checkPublished('  https://files.example/t/store.json \n', {
      pageHref: PAGE,
      fetch: get,
    });
    expect(check).toEqual({
      kind: 'published',
      store: {
        address: 'https://files.example/t/store.json',
        title: 'Pyongyang and Moscow',
        events: SAMPLE_EVENTS.length,
      },
    });
    // As the explorer asks: JSON, and no cookies for another site.
    expect(get).toHaveBeenCalledOnce();
    expect(get.mock.calls[0]![1]).toMatchObject({
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
  });

  it('reads a path on this site from this site', async () => {
    const get = server(() => Promise.resolve(new Response(STORE)));
    const check = await checkPublished('/data/mine.json', { pageHref: PAGE, fetch: get });
    expect(check.kind).toBe('published');
    expect(get.mock.calls[0]![0]).toBe('https://sourceline.example/data/mine.json');
  });

  it('refuses what no link can name, without fetching it', async () => {
    const get = server(() => Promise.resolve(new Response(STORE)));
    for (const pasted of ['data/mine.json', 'javascript:alert(1)', '//evil.example/s.json', ''])
      expect(await checkPublished(pasted, { pageHref: PAGE, fetch: get })).toEqual({
        kind: 'not-an-address',
      });
    expect(get).not.toHaveBeenCalled();
  });

  it('says that an http:// address on another site cannot be read from an https page', async () => {
    const get = server(() => Promise.resolve(new Response(STORE)));
    expect(
      await checkPublished('http://files.example/s.json', { pageHref: PAGE, fetch: get }),
    ).toEqual({ kind: 'not-https' });
    // Served over http itself (a local server), the page can read it.
    expect(
      await checkPublished('http://files.example/s.json', {
        pageHref: 'http://localhost:5173/edit/',
        fetch: get,
      }),
    ).toMatchObject({ kind: 'published' });
  });

  it('tells a server that answers without CORS leave from one that does not answer', async () => {
    const blocked = withoutCors();
    expect(
      await checkPublished('https://drive.example/file/d/1/view', {
        pageHref: PAGE,
        fetch: blocked,
      }),
    ).toEqual({ kind: 'cors', host: 'drive.example' });
    // The second request is opaque: no cookies, and nothing of it is read.
    expect(blocked.mock.calls[1]![1]).toMatchObject({ mode: 'no-cors', credentials: 'omit' });

    const nobody = server(refused);
    expect(
      await checkPublished('https://nowhere.example/s.json', { pageHref: PAGE, fetch: nobody }),
    ).toEqual({ kind: 'unreachable' });
  });

  it('does not call a failure on this site a CORS one', async () => {
    const get = withoutCors();
    expect(await checkPublished('/data/mine.json', { pageHref: PAGE, fetch: get })).toEqual({
      kind: 'unreachable',
    });
    expect(get).toHaveBeenCalledOnce();
  });

  it('gives up on a server that sends nothing', async () => {
    const silent = server(
      (_, init) =>
        new Promise((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
        ),
    );
    expect(
      await checkPublished('https://slow.example/s.json', {
        pageHref: PAGE,
        fetch: silent,
        timeoutMs: 20,
      }),
    ).toEqual({ kind: 'timeout', seconds: 0.02 });
  });

  it("names the server's refusal", async () => {
    const get = server(() => Promise.resolve(new Response('Not found', { status: 404 })));
    expect(
      await checkPublished('https://files.example/gone.json', { pageHref: PAGE, fetch: get }),
    ).toEqual({ kind: 'http', status: 404 });
  });

  it('tells a web page from another answer that is not JSON', async () => {
    const page = server(() =>
      Promise.resolve(new Response('\n<!doctype html><title>Sign in</title>')),
    );
    expect(
      await checkPublished('https://drive.example/s.json', { pageHref: PAGE, fetch: page }),
    ).toEqual({ kind: 'not-json', page: true });
    const text = server(() => Promise.resolve(new Response('date,title\n2024,x')));
    expect(
      await checkPublished('https://files.example/s.csv', { pageHref: PAGE, fetch: text }),
    ).toEqual({ kind: 'not-json', page: false });
  });

  it("gives the validator's problems for JSON that is not a store", async () => {
    const get = server(() => Promise.resolve(new Response('{"format":"timeline/2","events":[]}')));
    const check = await checkPublished('https://files.example/s.json', {
      pageHref: PAGE,
      fetch: get,
    });
    expect(check.kind).toBe('not-a-store');
    expect(check.kind === 'not-a-store' && check.problems[0]).toMatchObject({
      path: 'format',
      severity: 'refused',
    });
  });

  it('refuses a store whose every event is dropped, as the explorer does', async () => {
    const store = JSON.stringify({
      format: 'sourceline/1',
      title: 'Broken',
      language: 'en',
      sources: [],
      actors: SAMPLE_ACTORS,
      events: [{ id: 'a', title: 'No date', actors: ['russia'] }],
    });
    const get = server(() => Promise.resolve(new Response(store)));
    const check = await checkPublished('https://files.example/s.json', {
      pageHref: PAGE,
      fetch: get,
    });
    expect(check.kind).toBe('not-a-store');
    expect(check.kind === 'not-a-store' && check.problems.map((problem) => problem.path)).toContain(
      'events[0].start',
    );
  });
});
