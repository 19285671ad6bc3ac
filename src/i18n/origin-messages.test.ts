import { describe, expect, it } from 'vitest';
import type { StoreOrigin } from '../lib/store-origin';
import { foreignNoticeEn, foreignNoticeEs } from './foreign-notice-messages';
import { originEn, originEs } from './origin-messages';

const ORIGINS: readonly [StoreOrigin, string][] = [
  [
    { kind: 'other-site', host: 'localhost:4555', address: 'http://localhost:4555/' },
    'localhost:4555',
  ],
  [{ kind: 'this-site', path: '/data/x.json', address: 'http://a/data/x.json' }, '/data/x.json'],
  [
    {
      kind: 'other-site',
      host: 'other.example',
      address: 'http://other.example/t.json',
      imported: true,
    },
    'other.example',
  ],
  [
    { kind: 'this-site', path: '/tl.json', address: 'http://a/tl.json', imported: true },
    '/tl.json',
  ],
  [{ kind: 'file', name: 'mine.json' }, 'mine.json'],
  [{ kind: 'draft', name: 'Treaty notes' }, 'Treaty notes'],
];

describe('origin messages', () => {
  for (const [name, messages, notice] of [
    ['English', originEn, foreignNoticeEn],
    ['Spanish', originEs, foreignNoticeEs],
  ] as const) {
    it(`spell out the host, path or name in words, in ${name}`, () => {
      for (const [origin, shown] of ORIGINS) expect(messages.origin(origin)).toContain(shown);
      const own = messages.origin({ kind: 'default', address: 'http://a/data/events.json' });
      // Each kind reads differently: a store from elsewhere never reads as this site's own.
      const all = new Set([
        own,
        ...ORIGINS.map(([origin]) => messages.origin(origin).split(':')[0]),
      ]);
      expect(all.size).toBe(ORIGINS.length + 1);
      expect(notice.foreignNoticeTitle('localhost:4555')).toContain('localhost:4555');
    });
  }
});
