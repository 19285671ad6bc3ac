import { describe, expect, it } from 'vitest';
import type { IgnoredValue } from '../lib/url-codec';
import { goesByItself, readerNotes } from './embed-notices';

const ignored = (key: string, value: string, reason: IgnoredValue['reason']): IgnoredValue => ({
  key,
  value,
  reason,
});

describe('readerNotes', () => {
  it('names the file a link was made with, once, before the missing event', () => {
    expect(
      readerNotes([
        ignored('event', 'gone', 'unknown-event'),
        ignored('store', 'incidents.csv', 'file-store'),
      ]),
    ).toEqual([{ kind: 'file-store', name: 'incidents.csv' }, { kind: 'event-missing' }]);
  });

  it('says the site’s own timeline is shown for any store dropped from the link', () => {
    for (const reason of ['invalid-store', 'too-long'] as const) {
      expect(readerNotes([ignored('store', 'javascript:alert(1)', reason)])).toEqual([
        { kind: 'other-store' },
      ]);
    }
  });

  it('tells a missing event once, whatever made it missing', () => {
    expect(
      readerNotes([
        ignored('event', 'a b', 'invalid-event'),
        ignored('event', 'x', 'event-not-loaded'),
        ignored('event', 'y', 'unknown-event'),
      ]),
    ).toEqual([{ kind: 'event-missing' }]);
  });

  it('tells nothing of what changes nothing the frame would explain', () => {
    expect(
      readerNotes([
        ignored('actors', 'nobody', 'unknown-actor'),
        ignored('from', 'soon', 'invalid-date'),
        ignored('lang', 'xx', 'invalid-lang'),
        ignored('map', 'yes', 'invalid-map'),
        ignored('utm_source', 'newsletter', 'unknown-parameter'),
        // The first value is used: the frame shows the store and the event it names.
        ignored('store', '/data/other.json', 'repeated'),
        ignored('event', 'other', 'repeated'),
      ]),
    ).toEqual([]);
  });
});

describe('goesByItself', () => {
  it('lets the answers to Copy citation go, and keeps what the link lost', () => {
    expect(goesByItself('citation-copied')).toBe(true);
    expect(goesByItself('citation-not-copied')).toBe(true);
    expect(goesByItself('ignored-link')).toBe(false);
  });
});
