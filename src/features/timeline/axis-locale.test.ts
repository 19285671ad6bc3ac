import moment from 'moment';
import { describe, expect, it } from 'vitest';
import { axisLocaleReady, loadAxisLocale } from './axis-locale';

describe('the axis’s month names', () => {
  it('English is there from the start; Spanish once fetched, and English stays the default', async () => {
    expect(axisLocaleReady('en')).toBe(true);
    expect(axisLocaleReady('es')).toBe(false);
    // (Node's moment would find the Spanish file by itself; the browser's build does not,
    // which e2e/spanish.spec.ts checks on the axis.)

    const first = loadAxisLocale('es');
    // Asked for twice (the panel, then the widget): fetched once.
    expect(loadAxisLocale('es')).toBe(first);
    await first;

    expect(axisLocaleReady('es')).toBe(true);
    expect(moment.utc('2024-06-19').locale('es').format('MMMM')).toBe('junio');
    expect(moment.locale()).toBe('en');
  });
});
