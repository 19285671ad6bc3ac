// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import { diffInto, visId } from './dataset-diff';

interface Spec {
  id: string;
  signature: string;
  start: number;
}
interface Entry {
  id: string;
  signature: string;
  start: number;
  content: HTMLElement;
}

const spec = (id: string, signature = id, start = 0): Spec => ({ id, signature, start });
const convert = (from: Spec): Entry => ({
  id: visId(from.id),
  signature: from.signature,
  start: from.start,
  content: document.createElement('span'),
});

/** A DataSet that records the calls vis-timeline would hear of, one per call. */
function recordedSet(specs: Spec[]) {
  const set = new DataSet<Entry, 'id'>(specs.map(convert));
  const calls: string[] = [];
  const record = (event: string) => (_name: unknown, payload: unknown) => {
    const { items } = payload as { items: string[] };
    calls.push(`${event} ${[...items].sort().join(',')}`);
  };
  set.on('add', record('add'));
  set.on('update', record('update'));
  set.on('remove', record('remove'));
  return { set, calls };
}

describe('diffInto', () => {
  it('leaves an unchanged set alone and says so', () => {
    const { set, calls } = recordedSet([spec('a'), spec('b')]);
    const content = set.get('#a')!.content;
    expect(diffInto(set, [spec('a'), spec('b')], convert)).toBe(false);
    expect(calls).toEqual([]);
    expect(set.get('#a')!.content).toBe(content);
  });

  it('adds the new, removes the gone and replaces the changed, in one removal and one addition', () => {
    const { set, calls } = recordedSet([spec('a'), spec('b'), spec('c')]);
    const kept = set.get('#a')!.content;
    expect(diffInto(set, [spec('a'), spec('b', 'b2'), spec('d')], convert)).toBe(true);
    expect(calls).toEqual(['remove #b,#c', 'add #b,#d']);
    expect(set.getIds().sort()).toEqual(['#a', '#b', '#d']);
    expect(set.get('#b')!.signature).toBe('b2');
    expect(set.get('#a')!.content).toBe(kept);
  });

  it('lets refresh keep a changed entry, telling the set only the fields it returns', () => {
    const { set, calls } = recordedSet([spec('a', 'a', 1), spec('b', 'b', 1)]);
    const content = set.get('#a')!.content;
    const refreshed: string[] = [];
    const changed = diffInto(
      set,
      [spec('a', 'a2', 1), spec('b', 'b2', 5)],
      convert,
      (shown, next) => {
        refreshed.push(shown.id);
        return next.start === shown.start ? {} : { start: next.start };
      },
    );
    expect(changed).toBe(true);
    expect(refreshed).toEqual(['#a', '#b']);
    // Only b's new start is news; a's signature is kept without a change event.
    expect(calls).toEqual(['update #b']);
    expect(set.get('#a')).toMatchObject({ signature: 'a2', content });
    expect(set.get('#b')).toMatchObject({ signature: 'b2', start: 5 });
  });

  it('says nothing changed when refresh brought a changed entry up to date itself', () => {
    const { set, calls } = recordedSet([spec('a')]);
    expect(diffInto(set, [spec('a', 'a2')], convert, () => ({}))).toBe(false);
    expect(calls).toEqual([]);
    expect(set.get('#a')!.signature).toBe('a2');
  });
});
