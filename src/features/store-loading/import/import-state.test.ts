// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importActions, useImport } from './import-state';

afterEach(() => {
  importActions.cancel();
  vi.unstubAllGlobals();
});

describe('importing a document by its address', () => {
  it('keeps the server’s status when it refuses, for the dialog to word', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
    await importActions.openUrl('https://example.org/data/timeline.json');
    expect(useImport.getState()).toMatchObject({
      phase: 'failed',
      failure: { kind: 'fetch', status: 404, sheet: false },
    });
    expect(useImport.getState().file?.name).toBe('timeline.json');
  });

  it('keeps no status when nothing answers, rather than the browser’s English', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await importActions.openUrl('/data/timeline.json');
    expect(useImport.getState()).toMatchObject({
      phase: 'failed',
      failure: { kind: 'fetch', status: null, sheet: false },
    });
  });
});
