import { describe, expect, it } from 'vitest';
import { hasLang, loadLang } from './catalogue';
import { en } from './messages';
import { es } from './messages-es';

describe('catalogue', () => {
  it('has English from the start, and Spanish once asked for', async () => {
    expect(hasLang('en')).toBe(true);
    expect(hasLang('es')).toBe(false);
    await Promise.all([loadLang('es'), loadLang('es')]);
    expect(hasLang('es')).toBe(true);
  });

  it('every language has every message', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });
});
