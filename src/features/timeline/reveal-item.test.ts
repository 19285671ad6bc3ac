import { describe, expect, it } from 'vitest';
import { REVEAL_MARGIN_PX, scrollToReveal } from './reveal-item';

/** The lanes' view: 200 to 500 px from the top of the page. */
const VIEW = { top: 200, bottom: 500 };

describe('scrollToReveal', () => {
  it('does not scroll for an item wholly in view', () => {
    expect(scrollToReveal({ top: 200, bottom: 230 }, VIEW)).toBe(0);
    expect(scrollToReveal({ top: 470, bottom: 500 }, VIEW)).toBe(0);
  });

  it('scrolls down just enough to show an item below the view, with the margin', () => {
    expect(scrollToReveal({ top: 600, bottom: 630 }, VIEW)).toBe(630 - 500 + REVEAL_MARGIN_PX);
    // Partly in view: the rest of it.
    expect(scrollToReveal({ top: 490, bottom: 520 }, VIEW)).toBe(20 + REVEAL_MARGIN_PX);
  });

  it('scrolls up to show an item above the view, with the margin', () => {
    expect(scrollToReveal({ top: 100, bottom: 130 }, VIEW)).toBe(100 - 200 - REVEAL_MARGIN_PX);
    expect(scrollToReveal({ top: 190, bottom: 220 }, VIEW)).toBe(-10 - REVEAL_MARGIN_PX);
  });

  it('brings the top of an item taller than the view to the top', () => {
    expect(scrollToReveal({ top: 700, bottom: 1100 }, VIEW)).toBe(700 - 200 - REVEAL_MARGIN_PX);
  });
});
