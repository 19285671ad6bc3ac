// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { contentFitsAtHalf } from './use-fits-at-half';

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
