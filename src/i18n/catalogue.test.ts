import { describe, expect, it } from 'vitest';
import { hasLang, laterMessagesOf, loadLang, messagesFor } from './catalogue';
import { laterEn } from './later-messages';
import { en } from './messages';
import { es, esLater } from './messages-es';

describe('catalogue', () => {
  it('has English from the start, and Spanish once asked for', async () => {
    expect(hasLang('en')).toBe(true);
    expect(hasLang('es')).toBe(false);
    await Promise.all([loadLang('es'), loadLang('es')]);
    expect(hasLang('es')).toBe(true);
    expect(messagesFor('es')).toBe(es);
    // The later parts' Spanish arrives with the first screen's: no second wait for them.
    expect(laterMessagesOf(es)).toBe(esLater);
    expect(laterMessagesOf(en)).toBeUndefined();
  });

  it('every language has every message, on the first screen and after it', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(esLater).sort()).toEqual(Object.keys(laterEn).sort());
  });

  it('no message is in both sets, so that merging them hides none', () => {
    const first = new Set(Object.keys(en));
    expect(Object.keys(laterEn).filter((key) => first.has(key))).toEqual([]);
  });
});
