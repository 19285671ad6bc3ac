// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentFitsAtHalf, useFitsAtHalf } from './use-fits-at-half';

/** A sheet whose half stop the browser gave as `half`, holding `content` px of details. */
function sheet(half: string, content: number): HTMLElement {
  const element = document.createElement('section');
  element.style.setProperty('--sheet-half', half);
  Object.defineProperty(element, 'scrollHeight', { value: content });
  document.body.append(element);
  return element;
}

describe('contentFitsAtHalf', () => {
  it('fits when the details are no taller than the half stop, rounded up to a whole px', () => {
    expect(contentFitsAtHalf(sheet('405.12px', 338))).toBe(true);
    expect(contentFitsAtHalf(sheet('405.12px', 406))).toBe(true);
    expect(contentFitsAtHalf(sheet('405.12px', 407))).toBe(false);
    expect(contentFitsAtHalf(sheet('405.12px', 2358))).toBe(false);
  });

  it('keeps two stops where the half stop cannot be read in px', () => {
    expect(contentFitsAtHalf(sheet('48dvh', 40))).toBe(false);
    expect(contentFitsAtHalf(sheet('', 100))).toBe(false);
    expect(contentFitsAtHalf(sheet('nonsense', 100))).toBe(false);
  });
});

/** A stand-in for the browser's ResizeObserver: `resize(target)` reports a change of size. */
class FakeResizeObserver {
  static all: FakeResizeObserver[] = [];
  readonly watched = new Set<Element>();
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeResizeObserver.all.push(this);
  }
  observe(target: Element) {
    this.watched.add(target);
  }
  unobserve(target: Element) {
    this.watched.delete(target);
  }
  disconnect() {
    this.watched.clear();
  }
  static resize(target: Element) {
    for (const observer of FakeResizeObserver.all) {
      if (observer.watched.has(target)) observer.callback([], observer as never);
    }
  }
}

describe('useFitsAtHalf', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeResizeObserver.all = [];
  });

  it('sees a part of the sheet grow past the half stop when the sheet itself keeps its size', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const section = document.createElement('section');
    section.style.setProperty('--sheet-half', '400px');
    const note = document.createElement('details');
    section.append(document.createElement('header'), note);
    document.body.append(section);
    let content = 400;
    Object.defineProperty(section, 'scrollHeight', { get: () => content });

    const { result } = renderHook(() => useFitsAtHalf({ current: section }, true, 'event'));
    expect(result.current).toBe(true);
    // The note opened: the details are taller, the sheet (at its half stop) is not.
    content = 520;
    act(() => FakeResizeObserver.resize(note));
    expect(result.current).toBe(false);
  });
});
