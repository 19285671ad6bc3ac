import { describe, expect, it } from 'vitest';
import { isSlug } from './slug';
import { slugify } from './slugify';

describe('slugify', () => {
  it('makes a slug of a title: accents folded, punctuation to hyphens', () => {
    expect(slugify('Kim & Putin sign — 2024!')).toBe('kim-putin-sign-2024');
    expect(slugify('Jovanović & Yılmaz — Talks!')).toBe('jovanovic-yilmaz-talks');
    expect(slugify('Visite à Pyongyang')).toBe('visite-a-pyongyang');
  });

  // A tester's Cyrillic-only title got the id "event", the next one "event-2": a deep link
  // `?event=event` says nothing of the event.
  it('writes Cyrillic and Greek titles in Latin letters', () => {
    expect(slugify('Обстрел Харькова — ракетный удар', 'event')).toBe(
      'obstrel-kharkova-raketniy-udar',
    );
    expect(slugify('Удар по Києву', 'event')).toBe('udar-po-kiyevu');
    expect(slugify('Σεισμός στην Αθήνα', 'event')).toBe('seismos-stin-athina');
    expect(slugify('Strike on Харків', 'event')).toBe('strike-on-kharkiv');
    // Latin titles keep the id they always had.
    expect(slugify('Gespräche in München')).toBe('gesprache-in-munchen');
    for (const text of ['Обстрел Харькова', 'Ёжик в тумане', 'Ψ', 'Армения և Վրաստան']) {
      expect(isSlug(slugify(text, 'item'))).toBe(true);
    }
  });

  it('writes Korean titles in Latin letters, by the Revised Romanization', () => {
    expect(slugify('남북 군사 회담 #13')).toBe('nambuk-gunsa-hoedam-13');
    expect(slugify('북러 정상회담')).toBe('bukreo-jeongsanghoedam');
    expect(slugify('김정은, 푸틴과 조약 서명')).toBe('gimjeongeun-putingwa-joyak-seomyeong');
    expect(slugify('CHECK-3 북러')).toBe('check-3-bukreo');
  });

  it('falls back when nothing of the text is left', () => {
    expect(slugify('平壤', 'event')).toBe('event');
    expect(slugify('—', 'source')).toBe('source');
  });

  it('cuts at the length asked, never leaving a hyphen at the end', () => {
    const slug = slugify('word '.repeat(40), 'x', 12);
    expect(slug).toBe('word-word-wo');
    expect(slugify('abcdefghij klm', 'x', 11)).toBe('abcdefghij');
  });

  it('always makes an id the store accepts', () => {
    for (const text of ['Ünïcödé', '  --a--b--  ', 'ﬁnal ﬂight', 'Ⅻ century', 'x'.repeat(200)]) {
      expect(isSlug(slugify(text, 'item'))).toBe(true);
    }
  });
});
