/**
 * How much larger than the design's the person's text is: the root font size over the 15 px
 * the page is drawn for (base.css gives the root 93.75% of the browser's default, 16 px unless
 * the person asked for larger text). The breakpoints are in em, so a page read with larger
 * text is laid out as a proportionally narrower screen would be; widths measured in CSS px
 * are divided by this where they meet lengths tuned at 15 px (a label's width, a lane's
 * height, a phone's width), so that they choose as that narrower screen would too.
 */
export function textScale(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) / 15 || 1;
}
