/**
 * No cut axis labels. vis-timeline draws each minor label of its time axis at the start of
 * its period, so the period that began before the window has its label left of the axis's
 * edge, clipped to a fragment ("r" of "Mar", "22" of "2022"), and a label that starts near
 * the right edge runs out of the axis. No option of vis-timeline 8.5.4 changes that (its
 * `format` functions are given the date, not the place).
 *
 * After each of its redraws ('changed'), the labels it drew are checked against the axis:
 * a minor label cut at the left edge is moved in to that edge when its period has room for
 * it there (the way vis-timeline keeps the left major label), and any other label that is
 * not shown whole is hidden. Both are done with classes (timeline.css), which vis-timeline
 * resets on its next redraw (it sets each label's className), so nothing carries over to a
 * label it reuses. Only the labels' DOM (`.vis-time-axis .vis-text`, vis-timeline's styling
 * hooks) is read; none of its private internals (vis-internals.ts).
 */

/** A horizontal extent on the page, in pixels. */
export interface Span {
  left: number;
  right: number;
}

export type AxisLabelFit = { kind: 'whole' } | { kind: 'shift'; byPx: number } | { kind: 'hide' };

/** Half a pixel either way is rounding, not a cut. */
const TOLERANCE_PX = 0.5;

/**
 * What to do with one label: `box` is its element (which clips its text, its padding
 * inside), `text` its text, `axis` the time axis, which clips them all. Only a minor label
 * (`movable`) is moved in, and only when its period, from the axis's edge to where the next
 * period begins (its box's right end), holds its text and padding either side.
 */
export function fitAxisLabel(box: Span, text: Span, axis: Span, movable: boolean): AxisLabelFit {
  const shownRight = Math.min(box.right, axis.right);
  // Off the axis altogether: not seen, nothing to do.
  if (box.right <= axis.left || box.left >= axis.right) return { kind: 'whole' };
  if (text.right <= text.left) return { kind: 'whole' };
  if (text.left >= axis.left - TOLERANCE_PX && text.right <= shownRight + TOLERANCE_PX)
    return { kind: 'whole' };
  if (movable && text.left < axis.left && box.left < axis.left) {
    const padding = Math.max(0, text.left - box.left);
    const room = shownRight - axis.left;
    if (room + TOLERANCE_PX >= text.right - text.left + 2 * padding)
      return { kind: 'shift', byPx: axis.left - box.left };
  }
  return { kind: 'hide' };
}

export const AXIS_LABEL_HIDDEN = 'tl-axis-label--hidden';
export const AXIS_LABEL_SHIFTED = 'tl-axis-label--shifted';

/**
 * Hides or moves in the axis labels of the timeline in `root` that are not shown whole
 * (see above). Reads the labels' boxes once vis-timeline has laid them out; writes only to
 * the labels that need it.
 */
export function fitAxisLabels(root: HTMLElement): void {
  const axis = root.querySelector<HTMLElement>('.vis-time-axis.vis-foreground');
  if (!axis) return;
  const labels = axis.querySelectorAll<HTMLElement>(':scope > .vis-text:not(.vis-measure)');
  if (labels.length === 0) return;
  const axisBox = axis.getBoundingClientRect();
  if (axisBox.width === 0) return;
  const range = document.createRange();
  const fits = [...labels].map((label) => {
    // A label moved or hidden here is one vis-timeline did not redraw since: measured as it
    // is drawn, it would look whole where it was moved to.
    if (label.classList.contains(AXIS_LABEL_SHIFTED) || label.classList.contains(AXIS_LABEL_HIDDEN))
      return null;
    range.selectNodeContents(label);
    return fitAxisLabel(
      label.getBoundingClientRect(),
      range.getBoundingClientRect(),
      axisBox,
      label.classList.contains('vis-minor'),
    );
  });
  labels.forEach((label, at) => {
    const fit = fits[at];
    if (!fit || fit.kind === 'whole') return;
    if (fit.kind === 'hide') {
      label.classList.add(AXIS_LABEL_HIDDEN);
      return;
    }
    label.style.setProperty('--axis-label-shift', `${fit.byPx}px`);
    label.classList.add(AXIS_LABEL_SHIFTED);
  });
}
