import { describe, expect, it } from 'vitest';
import {
  LAST_DRAFT_KEY,
  draftToOpen,
  forgetDraft,
  rememberDraft,
  rememberedDraft,
} from './last-draft';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const refusing = {
  getItem: (): string | null => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('the draft last worked on', () => {
  it('is the last one remembered, and nothing before any', () => {
    const storage = memoryStorage();
    expect(rememberedDraft(storage)).toBeNull();
    rememberDraft('draft-a', storage);
    rememberDraft('draft-b', storage);
    expect(rememberedDraft(storage)).toBe('draft-b');
    expect(storage.items.get(LAST_DRAFT_KEY)).toBe('draft-b');
  });

  it('is forgotten when it is the draft deleted, not when another one is', () => {
    const storage = memoryStorage();
    rememberDraft('draft-a', storage);
    forgetDraft('draft-b', storage);
    expect(rememberedDraft(storage)).toBe('draft-a');
    forgetDraft('draft-a', storage);
    expect(rememberedDraft(storage)).toBeNull();
  });

  it('is none, without an error, where storage is refused', () => {
    expect(() => rememberDraft('draft-a', refusing)).not.toThrow();
    expect(() => forgetDraft('draft-a', refusing)).not.toThrow();
    expect(rememberedDraft(refusing)).toBeNull();
    expect(rememberedDraft(null)).toBeNull();
  });
});

describe('which draft /edit/ opens', () => {
  it('the address’s over the one remembered', () => {
    expect(draftToOpen('draft-a', 'draft-b')).toEqual({ id: 'draft-a', from: 'address' });
  });

  it('the one remembered when the address names none (or an empty one)', () => {
    expect(draftToOpen(null, 'draft-b')).toEqual({ id: 'draft-b', from: 'remembered' });
    expect(draftToOpen('', 'draft-b')).toEqual({ id: 'draft-b', from: 'remembered' });
  });

  it('none: the list', () => {
    expect(draftToOpen(null, null)).toBeNull();
  });
});
