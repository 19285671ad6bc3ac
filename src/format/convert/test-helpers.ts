import { expect } from 'vitest';
import { validateStore } from '../validate-store';
import type { ConvertOutcome } from './outcome';
import { ImportReadError, readImportBytes } from './read-import-bytes';
import type { ImportedStore } from './store-builder';

/** The store of an outcome that must be one; it passes the validator with nothing dropped. */
export function storeOf(outcome: ConvertOutcome): ImportedStore {
  if (outcome.kind !== 'store') throw new Error(`expected a store, got ${JSON.stringify(outcome)}`);
  const result = validateStore(JSON.parse(JSON.stringify(outcome.store)));
  expect(result.ok).toBe(true);
  if (result.ok) {
    expect(result.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  }
  return outcome.store;
}

export const notesOf = (
  outcome: ConvertOutcome,
  kind: 'mapped' | 'guessed' | 'dropped' | 'warned',
) =>
  outcome.kind === 'store'
    ? outcome.report.notes
        .filter((note) => note.kind === kind)
        .map((n) => `${n.where}: ${n.message}`)
    : [];

/** Every text field of a store, for checking that no markup survived. */
export function allText(store: ImportedStore): string[] {
  return [
    store.title,
    store.description ?? '',
    ...store.actors.map((a) => a.name),
    ...store.sources.flatMap((s) => [s.title, s.publisher ?? '']),
    ...store.events.flatMap((e) => [
      e.title,
      e.summary ?? '',
      e.dateNote ?? '',
      e.place?.name ?? '',
      ...(e.tags ?? []),
      ...(e.excerpts ?? []).flatMap((x) => [x.quote, x.translation ?? '']),
    ]),
  ];
}

export const HOSTILE =
  '<script>alert(1)</script><img src=x onerror="alert(2)"><b onmouseover="alert(3)">Hostile</b>';

/** After import, hostile markup leaves no tag or handler: only its plain words. */
export function expectInert(store: ImportedStore) {
  for (const text of allText(store)) {
    expect(text).not.toMatch(/<\s*(script|img|b)\b/i);
    expect(text).not.toMatch(/alert\(/);
  }
}

/** The central directory's word for the first entry's unpacked size, overwritten. */
export function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  // The end record (the last 22 bytes, with no comment) says where the directory starts.
  const directory = view.getUint32(copy.length - 22 + 16, true);
  expect(view.getUint32(directory, true)).toBe(0x02014b50);
  view.setUint32(directory + 24, size, true);
  return copy;
}

/** Why readImportBytes refused these bytes, in its words; the test fails if it did not. */
export async function readRefusal(bytes: Uint8Array): Promise<string> {
  try {
    await readImportBytes(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportReadError);
    return (error as Error).message;
  }
  throw new Error('not refused');
}
