// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureIndex } from '../../../lib/testing/fixture-store';
import { parseLink } from '../../../lib/url-codec';
import { useViewStore, viewActions } from '../../../lib/view-store';
import { storeScreen } from '../api/store-screen';
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

describe('the document a link named, imported', () => {
  const STORE = '{"format":"sourceline/1","title":"At the address","events":[]}';
  // jsdom's File reads only its own Blobs, not the one a Node Response would give.
  const answer = () =>
    Promise.resolve({ ok: true, status: 200, blob: async () => new Blob([STORE]) });

  it('takes the link’s view, checked against it when it loads, as a new entry', async () => {
    vi.stubGlobal('fetch', answer);
    const { link } = parseLink('?store=/data/linked.json&q=treaty&event=summit');
    viewActions.openLink(link, [], 'none');
    await importActions.openUrl('/data/linked.json');
    const view = useViewStore.getState();
    expect(view.storeSource).toMatchObject({ kind: 'file', address: '/data/linked.json' });
    expect([view.query, view.selectedEventId, view.pendingReconcile]).toEqual([
      'treaty',
      'summit',
      true,
    ]);
    expect(view.historyMode).toBe('push');
  });

  it('opens as any other store when the view is not waiting for that address', async () => {
    vi.stubGlobal('fetch', answer);
    const open = vi.spyOn(storeScreen, 'open').mockImplementation(() => {});
    viewActions.openLink(parseLink('?q=treaty').link, [], 'none');
    viewActions.reconcileWithStore(fixtureIndex());
    await importActions.openUrl('/data/linked.json');
    expect(open).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'file', address: '/data/linked.json' }),
    );
    expect(useViewStore.getState().storeSource).toEqual({ kind: 'default' });
    open.mockRestore();
  });
});
