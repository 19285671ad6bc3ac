/**
 * How much larger than the design's the person's text is: the browser's default font size
 * (the CSS keyword `medium`, 16 px unless the person asked for larger text) over 16. base.css
 * gives the root 93.75% of it (15 px at 16) and the breakpoints are in em, so a page read with
 * larger text is laid out as a proportionally narrower screen would be; widths measured in
 * CSS px are divided by this where they meet lengths tuned at 15 px text (a label's width, a
 * lane's height, a phone's width), so that they choose as that narrower screen would too.
 * Read from the keyword, not from the root's size, so that it holds before the style sheets
 * apply (the dev server injects them with the modules); once, as the setting rarely changes.
 */
let scale: number | undefined;

export function textScale(): number {
  if (scale === undefined) {
    const probe = document.createElement('i');
    probe.style.fontSize = 'medium';
    document.documentElement.append(probe);
    scale = parseFloat(getComputedStyle(probe).fontSize) / 16 || 1;
    probe.remove();
  }
  return scale;
}
