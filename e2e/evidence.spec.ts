import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  INVASION,
  TREATY,
  addressParam,
  chooseFromList,
  details,
  detailsHeading,
  eventCount,
  listButton,
  openApp,
  timeline,
  timelineItem,
  windowDescription,
} from './helpers/app';
import { json, routeStore, storePath } from './helpers/store-loading';
import { expectNoAxeViolations } from './helpers/axe';

/**
 * Evidence a fact-checker can check (issue 16): passage links and archived copies, status
 * and disputes in the details and on the timeline, related events, the status filter and
 * its link parameter, CSL-JSON out. Mostly on the invented example store that uses every
 * evidence field (public/data/example-evidence.json).
 */

test.use({ reducedMotion: 'reduce' });
// Several of these open a store twice and walk through history; on a machine shared by
// many builds a store takes 10-15 s to come up, more than the default 30 s allows for two.
test.describe.configure({ timeout: 90_000 });

const EXAMPLE = '/data/example-evidence.json';
const EXAMPLE_TITLE = 'Lake Varna quotas, 2019: an evidence example (fictional)';
const DISPUTED = 'Southern shore said to draw more water than its quota';
const REFUTED = 'Claim that the Kessin dam was sabotaged';

interface ExampleStore {
  sources: { id: string; title: string; url?: string; archiveUrl?: string }[];
  events: {
    id: string;
    title: string;
    status?: string;
    statusNote?: string;
    excerpts: { source: string; quote: string; stance?: string; locator?: string }[];
  }[];
}

async function openExample(page: Page, query = '') {
  await page.goto(`/?store=${EXAMPLE}${query}`);
  // The store's title in the header is what a person waits for (slow on a loaded machine).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(EXAMPLE_TITLE, {
    timeout: 30_000,
  });
  await expect(windowDescription(page)).toBeVisible();
}

async function exampleStore(page: Page): Promise<ExampleStore> {
  return (await (await page.request.get(EXAMPLE)).json()) as ExampleStore;
}

/** The text directive of a passage link, read back the way a browser reads it. */
function directiveOf(href: string) {
  const fragment = new URL(href).hash;
  const at = fragment.indexOf(':~:text=');
  expect(at, `${href} has a text directive`).toBeGreaterThanOrEqual(0);
  const parts = fragment.slice(at + ':~:text='.length).split(',');
  const prefix = parts[0]!.endsWith('-') ? parts.shift()!.slice(0, -1) : undefined;
  const suffix =
    parts.length > 1 && parts.at(-1)!.startsWith('-') ? parts.pop()!.slice(1) : undefined;
  return {
    prefix: prefix === undefined ? undefined : decodeURIComponent(prefix),
    start: decodeURIComponent(parts[0]!),
    end: parts[1] === undefined ? undefined : decodeURIComponent(parts[1]),
    suffix: suffix === undefined ? undefined : decodeURIComponent(suffix),
  };
}

test.describe('evidence', () => {
  test('Open passage links each quote on its page; Archived copy with its date; Disputed by lists the dispute', async ({
    page,
  }) => {
    const store = await exampleStore(page);
    await openExample(page);
    await chooseFromList(page, DISPUTED);
    const region = details(page);
    const event = store.events.find((candidate) => candidate.title === DISPUTED)!;

    await expect(region.getByText('Status: Disputed')).toBeVisible();
    await expect(region.getByText(event.statusNote!)).toBeVisible();
    // The count says how much of the evidence is against the event: a dispute is not support.
    const against = event.excerpts.filter((excerpt) => excerpt.stance === 'disputes').length;
    expect(against).toBeGreaterThan(0);
    await expect(region.getByRole('heading', { level: 3, name: /^Evidence:/ })).toHaveText(
      `Evidence: ${event.excerpts.length} excerpts, ${against} disputing it`,
    );

    // Each excerpt: one Open passage link whose directive starts and ends the quote, named
    // after its source (and numbered when one source gives several), so no two are alike.
    const passages = region.getByRole('link', { name: /^Open passage/ });
    await expect(passages).toHaveCount(event.excerpts.length);
    // In the order they are shown: the supporting passages, then the disputing ones.
    const shown = [
      ...event.excerpts.filter((excerpt) => excerpt.stance !== 'disputes'),
      ...event.excerpts.filter((excerpt) => excerpt.stance === 'disputes'),
    ];
    const fromSource = (excerpt: (typeof event.excerpts)[number]) =>
      shown.filter((other) => other.source === excerpt.source);
    const passageName = (excerpt: (typeof event.excerpts)[number]) => {
      const title = store.sources.find((candidate) => candidate.id === excerpt.source)!.title;
      const same = fromSource(excerpt);
      return same.length > 1
        ? `Open passage in ${title}, passage ${same.indexOf(excerpt) + 1}`
        : `Open passage in ${title}`;
    };
    const names = event.excerpts.map(passageName);
    expect(new Set(names).size).toBe(names.length);
    const supporting = region.getByRole('region', { name: 'Supported by' });
    const disputing = region.getByRole('region', { name: 'Disputed by' });
    for (const [group, stance] of [
      [supporting, undefined],
      [disputing, 'disputes'],
    ] as const) {
      const expected = event.excerpts.filter((excerpt) => excerpt.stance === stance);
      await expect(group.getByRole('blockquote')).toHaveText(expected.map((e) => e.quote));
      for (const excerpt of expected) {
        const source = store.sources.find((candidate) => candidate.id === excerpt.source)!;
        const link = group.getByRole('link', { name: passageName(excerpt), exact: true });
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
        // A screen reader hears where it opens, as a sighted reader sees the arrow.
        await expect(link).toHaveAccessibleDescription('Opens in a new tab');
        const href = (await link.getAttribute('href'))!;
        expect(href.startsWith(`${source.url}#:~:text=`)).toBe(true);
        const directive = directiveOf(href);
        expect(excerpt.quote.startsWith(directive.start)).toBe(true);
        expect(excerpt.quote.endsWith(directive.end ?? directive.start)).toBe(true);
        // Long quotes are linked by their ends, not whole.
        expect(directive.end).toBeDefined();
      }
    }
    // The fishers' letter has no text in the store: page and reliability in words.
    await expect(supporting.getByText(', page 2')).toBeVisible();
    await expect(supporting.getByText('Reliability C: fairly reliable')).toBeVisible();
    // The Commission's report disputes it, with its preserved copy and the date it was read.
    const report = store.sources.find((s) => s.id === 'varna-commission-report-2019-05')!;
    const archived = disputing.getByRole('link', {
      name: `Archived copy of ${report.title}`,
      exact: true,
    });
    await expect(archived).toHaveAttribute('href', report.archiveUrl!);
    await expect(archived).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(archived).toHaveAccessibleDescription('Opens in a new tab');
    await expect(disputing.getByText('(accessed 4 June 2019)')).toBeVisible();
    await expect(disputing.getByText('Reliability B: usually reliable')).toBeVisible();
  });

  test('the status is on the timeline item and in its name, with a legend', async ({ page }) => {
    await openExample(page);
    const legend = timeline(page).getByRole('region', { name: 'Legend' });
    await expect(legend.getByRole('listitem')).toHaveText([
      'Confirmed',
      'Reported',
      'Disputed',
      'Refuted',
      'On counted periods: the share disputed or refuted',
      'Dated to a month or a year only',
    ]);
    const disputed = timelineItem(page, DISPUTED);
    await expect(disputed).toBeVisible();
    await expect(disputed).toHaveClass(/\bis-disputed\b/);
    // Its title (the tooltip, and the name of an item drawn as a compact mark) says so.
    await expect(disputed.locator('.tl-item')).toHaveAttribute(
      'title',
      new RegExp(`^${DISPUTED}, disputed`),
    );
    const refuted = timelineItem(page, REFUTED);
    await expect(refuted).toHaveClass(/\bis-refuted\b/);
    await expect(refuted.locator('.tl-item')).toHaveAttribute(
      'title',
      new RegExp(`^${REFUTED}, refuted`),
    );
  });

  test('a period drawn as a compact mark shows its status’s glyph when the mark can hold it', async ({
    page,
  }) => {
    const event = (id: string, title: string, start: string, end?: string, status?: string) => ({
      id,
      title,
      start,
      ...(end ? { end } : {}),
      ...(status ? { status } : {}),
      actors: ['varna'],
      excerpts: [{ source: 'notes', quote: 'noted' }],
    });
    const path = storePath('marks.json');
    await routeStore(page, path, (route) =>
      route.fulfill(
        json(
          JSON.stringify({
            format: 'sourceline/1',
            title: 'Two decades of talks',
            language: 'en',
            sources: [{ id: 'notes', title: 'Notes', language: 'en', text: 'noted' }],
            actors: [{ id: 'varna', name: 'Varna', kind: 'state' }],
            events: [
              event('first', 'First meeting', '2000-01-01'),
              // About a year in twenty: a bar some 25 px wide, too narrow for two words.
              event('talks', 'Treaty talks in Geneva', '2010-01-01', '2010-12-31', 'confirmed'),
              // Four months: a bar some 10 px wide, with no room for a glyph (a shorter period
              // than a 120th of the window is drawn as a point, which has room).
              event('inquiry', 'Border inquiry held', '2015-03-01', '2015-06-30', 'reported'),
              event('last', 'Last meeting', '2020-12-31'),
            ],
          }),
        ),
      ),
    );
    await page.goto(`/?store=${path}&from=2000-01-01&to=2021-01-01`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two decades of talks');
    const talks = timeline(page).getByRole('img', { name: /^Treaty talks in Geneva, confirmed/ });
    await expect(talks.locator('.status-mark--confirmed')).toBeVisible();
    const inquiry = timeline(page).getByRole('img', { name: /^Border inquiry held, reported/ });
    await expect(inquiry).toHaveCount(1);
    await expect(inquiry.locator('.status-mark--reported')).toBeHidden();
  });

  test('a store with no contested event has no legend line for a contested share', async ({
    page,
  }) => {
    await openApp(page);
    const legend = timeline(page).getByRole('region', { name: 'Legend' });
    await expect(legend.getByRole('listitem')).toHaveText([
      'Confirmed',
      'Reported',
      'Disputed',
      'Refuted',
      'Dated to a month or a year only',
    ]);
  });

  test('the Events list says each status in words; a refuted claim: its badge not struck through, its sources Claimed by', async ({
    page,
  }) => {
    await openExample(page);
    // The list is the record a reader scans (and prints): a refuted claim never reads as fact.
    await expect(listButton(page, REFUTED)).toContainText('Refuted');
    await expect(listButton(page, DISPUTED)).toContainText('Disputed');
    await expect(listButton(page, REFUTED)).toHaveAccessibleName(
      new RegExp(`^${REFUTED}.*Refuted`),
    );
    await chooseFromList(page, REFUTED);
    const badge = details(page).getByText('Status: Refuted');
    await expect(badge).toBeVisible();
    expect(
      await badge.evaluate((element) => getComputedStyle(element).textDecorationLine),
    ).not.toContain('line-through');
    // Its own source states the claim; "Supported by" would read as evidence for it.
    await expect(details(page).getByRole('region', { name: 'Claimed by' })).toBeVisible();
    await expect(details(page).getByRole('region', { name: 'Supported by' })).toHaveCount(0);
    await expect(details(page).getByRole('region', { name: 'Disputed by' })).toBeVisible();
  });

  test('a translation is labelled as one, visibly', async ({ page }) => {
    await openApp(page, `?event=${INVASION.id}`);
    await expect(detailsHeading(page)).toHaveText(INVASION.title);
    const label = details(page).getByText('Translation:').first();
    await expect(label).toBeVisible();
    expect((await label.boundingBox())!.width).toBeGreaterThan(20);
  });

  test('the Status filter and its link parameter, with the actors', async ({ page }) => {
    await openExample(page);
    const group = page.getByRole('group', { name: 'Status' });
    await expect(eventCount(page)).toHaveText('5 events');
    await group.getByRole('checkbox', { name: /^Disputed/ }).check();
    await expect(eventCount(page)).toHaveText('1 of 5 events');
    await expect(page).toHaveURL(/[?&]status=disputed(&|$)/);
    await group.getByRole('checkbox', { name: /^Refuted/ }).check();
    await expect(eventCount(page)).toHaveText('2 of 5 events');
    await expect(page).toHaveURL(/[?&]status=disputed,refuted(&|$)/);
    await expect(listButton(page, DISPUTED)).toBeVisible();
    await expect(listButton(page, REFUTED)).toBeVisible();
    // Counted like the actors: the store's events per status.
    await expect(group.getByRole('checkbox', { name: 'Confirmed 2' })).toBeVisible();
    await expect(group.getByRole('checkbox', { name: 'Not stated 0' })).toBeVisible();

    // A link: an unknown status drops only itself; the status combines with the actors.
    await openExample(page, '&status=confirmed,rumoured&actors=lake-varna-commission');
    await expect(page.getByRole('status').filter({ hasText: 'rumoured' })).toBeVisible();
    await expect(eventCount(page)).toHaveText('1 of 5 events');
    await expect(
      listButton(page, 'The Lake Varna Commission sets the first yearly quotas'),
    ).toBeVisible();
    await expect(group.getByRole('checkbox', { name: /^Confirmed/ })).toBeChecked();
    await expect(page).toHaveURL(/[?&]status=confirmed(&|$)/);
  });

  test('related events in words both ways; choosing one selects it and Back returns', async ({
    page,
  }) => {
    await openApp(page, `?event=${INVASION.id}`);
    await expect(detailsHeading(page)).toHaveText(INVASION.title);
    const related = details(page).getByRole('list', { name: 'Related events' });
    const sanctions = 'Russia under US-led sanctions after its invasion of Ukraine';
    await expect(related.getByRole('listitem')).toHaveText([new RegExp(`^caused ${sanctions}`)]);
    await related.getByRole('button', { name: sanctions }).click();
    await expect(detailsHeading(page)).toHaveText(sanctions);
    await expect(page).toHaveURL(/[?&]event=us-led-sanctions-on-russia(&|$)/);
    await expect(
      details(page).getByRole('list', { name: 'Related events' }).getByRole('listitem'),
    ).toHaveText([new RegExp(`^caused by ${INVASION.title}`)]);
    await page.goBack();
    await expect(detailsHeading(page)).toHaveText(INVASION.title);

    // The treaty: the visit's events point at it, so it lists them in reverse.
    await chooseFromList(page, TREATY.title);
    const treatyRelated = details(page).getByRole('list', { name: 'Related events' });
    await expect(treatyRelated.getByRole('listitem').first()).toHaveText(
      /^(see also|responded to by) /,
    );
    const press = treatyRelated.getByRole('button', { name: /^At a rare press conference/ });
    await expect(press.locator('xpath=..')).toHaveText(/^responded to by /);
    // A long title wraps inside the details column, not past its edge, where it was cut off.
    const column = (await details(page).boundingBox())!;
    for (const button of await treatyRelated.getByRole('button').all()) {
      const box = (await button.boundingBox())!;
      expect(
        box.x + box.width,
        `${await button.textContent()} ends inside the details`,
      ).toBeLessThanOrEqual(column.x + column.width);
    }
    await press.click();
    await expect(detailsHeading(page)).toHaveText(/^At a rare press conference/);
    await addressParam(page, 'event').toBe('kim-putin-press-conference');
    await page.goBack();
    await expect(detailsHeading(page)).toHaveText(TREATY.title);
  });

  test('CSL-JSON names every source of the shown events, and no other', async ({ page }) => {
    const store = await exampleStore(page);
    await openExample(page, '&status=disputed');
    await expect(eventCount(page)).toHaveText('1 of 5 events');
    const menu = page.getByRole('button', { name: /^Export/ });
    await menu.click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download sources (CSL-JSON)' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/-sources\.csl\.json$/);
    const items = JSON.parse(await readFile(await file.path(), 'utf8')) as {
      id: string;
      title: string;
      type: string;
      URL?: string;
    }[];
    const shown = store.events.filter((event) => event.status === 'disputed');
    const expected = new Set(shown.flatMap((event) => event.excerpts.map((e) => e.source)));
    expect(items.map((item) => item.id).sort()).toEqual([...expected].sort());
    for (const item of items) {
      const source = store.sources.find((candidate) => candidate.id === item.id)!;
      expect(item.title).toBe(source.title);
      expect(item.URL).toBe(source.url);
    }
  });

  test('Copy citation of a refuted event says so, and names the refuting source apart', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openExample(page, '&event=kessin-dam-sabotage-claim');
    await details(page).getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(
      /^Claim that the Kessin dam was sabotaged\. 8 June 2019\. Status: refuted — Inspectors from both countries found the dam intact two days later\. Sources: [^.]*Radio Kessin[^.]*\. Disputed by: Lake Varna Commission: notice on the Kessin dam/,
    );
    const sources = /Sources: (.*?)\. Disputed by:/.exec(text)?.[1];
    expect(sources).not.toContain('Lake Varna Commission');
    // The refuting quote's own place, apart from the claim's: a reader checks both sides.
    expect(text).toMatch(
      /Passage: <https:\/\/example\.org\/radio-kessin\/2019-06-08-morning#t=860&:~:text=[^>]+>\. Disputing passage: <https:\/\/example\.org\/varna-commission\/notices\/2019-06-11-kessin-dam#:~:text=[^>]+>\. Store:/,
    );
  });

  test('a passage in a recording opens at its minute', async ({ page }) => {
    await openExample(page, '&event=kessin-dam-sabotage-claim');
    const region = details(page);
    // A refuted event's own sources are its claim's.
    const claim = region.getByRole('region', { name: 'Claimed by' });
    await expect(claim.getByText('minute 14:20')).toBeVisible();
    // 14:20 into the broadcast, as a media fragment a player seeks to; the text directive
    // after it, for a page that has a transcript.
    const href = await claim.getByRole('link', { name: /^Open passage/ }).getAttribute('href');
    expect(href).toMatch(
      /^https:\/\/example\.org\/radio-kessin\/2019-06-08-morning#t=860&:~:text=/,
    );
  });

  test('a source with no address says so where its links would be', async ({ page }) => {
    await openExample(page, '&event=varna-agreement-signed');
    const region = details(page);
    await expect(region.getByRole('blockquote')).not.toHaveCount(0);
    await expect(region.getByText('The store gives no web address for this source')).toBeVisible();
    await expect(region.getByRole('link', { name: /^Open passage/ })).toHaveCount(0);
  });

  test('Copy citation carries the passage link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const store = await exampleStore(page);
    const quote = store.events.find((event) => event.id === 'varna-quotas-set')!.excerpts[0]!.quote;
    await openExample(page, '&event=varna-quotas-set');
    await details(page).getByRole('button', { name: 'Copy citation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const link = /Passage: <([^>]+)>\./.exec(text)?.[1];
    expect(link, text).toBeDefined();
    const directive = directiveOf(link!);
    expect(quote.startsWith(directive.start)).toBe(true);
    expect(quote.endsWith(directive.end!)).toBe(true);
  });

  test('axe: no violations with statuses, a dispute, related events and the status filter', async ({
    page,
  }) => {
    await openExample(page, '&status=disputed,refuted,confirmed,reported');
    await chooseFromList(page, DISPUTED);
    await expect(details(page).getByRole('region', { name: 'Disputed by' })).toBeVisible();
    await expect(details(page).getByRole('list', { name: 'Related events' })).toBeVisible();
    await expectNoAxeViolations(page, 'statuses, a dispute, related events, the status filter');
  });
});
