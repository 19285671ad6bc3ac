import { describe, expect, it } from 'vitest';
import { fitAxisLabel } from './axis-labels';

/** The time axis, 100 to 400 px from the page's left edge. */
const AXIS = { left: 100, right: 400 };
/** A label's box from `left`, `width` wide, its text `text` wide after 3 px of padding. */
function label(left: number, width: number, text: number) {
  return {
    box: { left, right: left + width },
    text: { left: left + 3, right: left + 3 + text },
  };
}

describe('fitAxisLabel', () => {
  it('leaves a label shown whole, and one wholly off the axis', () => {
    const whole = label(150, 60, 30);
    expect(fitAxisLabel(whole.box, whole.text, AXIS, true)).toEqual({ kind: 'whole' });
    const before = label(20, 60, 30);
    expect(fitAxisLabel(before.box, before.text, AXIS, true)).toEqual({ kind: 'whole' });
    const after = label(400, 60, 30);
    expect(fitAxisLabel(after.box, after.text, AXIS, true)).toEqual({ kind: 'whole' });
    // Text that touches the edge within rounding is whole.
    const edge = label(96.8, 60, 30);
    expect(fitAxisLabel(edge.box, edge.text, AXIS, true)).toEqual({ kind: 'whole' });
  });

  it('moves a minor label cut at the left edge in to it when its period has room there', () => {
    // "Mar" of a period from 70 to 150: 50 px of it in view hold 30 px of text and padding.
    const cut = label(70, 80, 30);
    expect(fitAxisLabel(cut.box, cut.text, AXIS, true)).toEqual({ kind: 'shift', byPx: 30 });
  });

  it('hides a minor label cut at the left edge whose period has no room left for it', () => {
    // Only 20 px of its period in view: the "r" of "Mar" would show.
    const cut = label(40, 80, 30);
    expect(fitAxisLabel(cut.box, cut.text, AXIS, true)).toEqual({ kind: 'hide' });
  });

  it('hides, never moves, a major label cut at an edge', () => {
    const left = label(90, 200, 80);
    expect(fitAxisLabel(left.box, left.text, AXIS, false)).toEqual({ kind: 'hide' });
  });

  it('hides a label that runs past the right edge', () => {
    const minor = label(380, 80, 30);
    expect(fitAxisLabel(minor.box, minor.text, AXIS, true)).toEqual({ kind: 'hide' });
    const major = label(350, 120, 80);
    expect(fitAxisLabel(major.box, major.text, AXIS, false)).toEqual({ kind: 'hide' });
  });

  it('hides a label whose own box is too narrow for its text', () => {
    const squeezed = label(200, 20, 30);
    expect(fitAxisLabel(squeezed.box, squeezed.text, AXIS, true)).toEqual({ kind: 'hide' });
  });
});
