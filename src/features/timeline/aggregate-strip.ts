import { actorPalette, mix } from '../../lib/actor-colors';
import type { AggregateItemSpec } from './timeline-items';

/** CSS pixels; the canvas is this tall, the item as tall as a line of small text. */
export const STRIP_HEIGHT = 20;
const BAR = 3;
const GAP = 1;
const RADIUS = 3;
const LABEL_PADDING = 4;
/** At most this share of the actor's colour under a count, so it reads at 4.5:1 on it. */
const MAX_TINT = 0.3;
const MIN_DENSITY = 0.15;
/** Disputed and refuted events: a taller notch at the foot of the bin, in this colour. */
const CONTESTED_BAR = 6;
const CONTESTED_FILL = { light: '#b45309', dark: '#f6c453' } as const;

/** What the page looks like now, read from its CSS once per colour scheme. */
export interface StripTheme {
  readonly scheme: 'light' | 'dark';
  readonly surface: string;
  readonly text: string;
  readonly font: string;
}

export interface StripCell {
  readonly x: number;
  readonly width: number;
  readonly fill: string;
  /** The count, when it fits in the cell; otherwise it is only in the cell's tooltip. */
  readonly label: string | null;
  /** Width of the notch for the bin's disputed and refuted events (0 when none). */
  readonly contestedWidth: number;
}

/**
 * Where each bin goes on a strip `width` CSS pixels wide, in which colour, and whether its
 * count fits. Pure, so the geometry can be tested without a canvas.
 */
export function layoutStrip(
  item: AggregateItemSpec,
  width: number,
  theme: StripTheme,
  measure: (label: string) => number,
): { bar: string; cells: StripCell[] } {
  const bar = actorPalette(item.color)[theme.scheme].fill;
  const scale = width / (item.end - item.start);
  const cells = item.bins.map((bin): StripCell => {
    const left = (bin.start - item.start) * scale + GAP;
    const cellWidth = Math.max(1, (bin.end - bin.start) * scale - 2 * GAP);
    const share = MAX_TINT * Math.max(MIN_DENSITY, bin.density);
    return {
      x: left,
      width: cellWidth,
      fill: mix(bar, theme.surface, share),
      label: measure(bin.label) + 2 * LABEL_PADDING <= cellWidth ? bin.label : null,
      // At least 2 px however few: one disputed event in a thousand must still show.
      contestedWidth: bin.contested
        ? Math.min(cellWidth, Math.max(2, (cellWidth * bin.contested) / bin.count))
        : 0,
    };
  });
  return { bar, cells };
}

// Browsers refuse canvases much wider than this; a strip is about two window widths.
const MAX_CANVAS_PIXELS = 16_384;

const painted = new WeakMap<HTMLCanvasElement, { item: AggregateItemSpec; key: string }>();
const labelWidths = new Map<string, Map<string, number>>();
/** The font each canvas's context was last given; a new bitmap size resets the context. */
const fontSet = new WeakMap<HTMLCanvasElement, string>();

/** A strip to paint: its canvas, its item, and its width in CSS pixels. */
export interface Strip {
  readonly canvas: HTMLCanvasElement;
  readonly item: AggregateItemSpec;
  readonly width: number;
}

/** A strip whose canvas has been sized for it, with its drawing still to do. */
interface SizedStrip extends Strip {
  readonly ratio: number;
}

/**
 * Paints the strips that need it, each on its canvas for a strip `width` CSS pixels wide.
 * Repeating a paint of the same item at the same size and theme does nothing, so callers
 * can ask freely.
 *
 * Every canvas is sized first, then every strip drawn: on a canvas in the page, setting
 * the context's font and drawing text make the browser bring the page's style (and, in the
 * timeline's size container, its layout) up to date first. Sized and drawn one after the
 * other, each strip's size wrote to the page again and the next strip's text forced another
 * update: a zoom that repainted 19 strips forced 19 (docs/map.md). Drawing writes nothing to
 * the page, so after the sizes the first text brings it up to date and the rest find it so.
 * The font is set only when the context lost it (a new canvas, a new bitmap size).
 */
export function paintStrips(strips: readonly Strip[], theme: StripTheme): void {
  const sized = strips.flatMap((strip) => {
    const ready = sizeStrip(strip, theme);
    return ready ? [ready] : [];
  });
  for (const strip of sized) drawStrip(strip, theme);
}

/** Sizes the strip's canvas (the only writes to the page), or null when it is painted so. */
function sizeStrip(strip: Strip, theme: StripTheme): SizedStrip | null {
  const { canvas, item, width } = strip;
  const ratio = Math.min(
    globalThis.devicePixelRatio || 1,
    MAX_CANVAS_PIXELS / 1.25 / Math.max(1, width),
  );
  const key = `${Math.round(width * 2)}|${ratio}|${theme.scheme}|${theme.surface}|${theme.font}`;
  const last = painted.get(canvas);
  painted.set(canvas, { item, key });
  if (last && last.item.signature === item.signature && last.key === key) return null;
  const pixelWidth = Math.max(1, Math.round(width * ratio));
  const pixelHeight = Math.round(STRIP_HEIGHT * ratio);
  // A new canvas size means a new bitmap, a few times the cost of painting it, and every
  // zoom step changes the strip's width. So the bitmap only grows (with room to spare), the
  // strip is painted on its left part, and the canvas is made as much wider than the item
  // as that part is narrower than the bitmap; the item clips the rest.
  if (canvas.width < pixelWidth || canvas.width > 4 * pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = Math.min(MAX_CANVAS_PIXELS, Math.ceil(pixelWidth * 1.25));
    canvas.height = pixelHeight;
    fontSet.delete(canvas);
  }
  const cssWidth = `${((canvas.width / pixelWidth) * 100).toFixed(3)}%`;
  if (canvas.style.width !== cssWidth) canvas.style.width = cssWidth;
  return { ...strip, ratio };
}

function drawStrip({ canvas, item, width, ratio }: SizedStrip, theme: StripTheme) {
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, canvas.width / ratio, STRIP_HEIGHT);
  if (fontSet.get(canvas) !== theme.font) {
    context.font = theme.font;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    fontSet.set(canvas, theme.font);
  }
  let widths = labelWidths.get(theme.font);
  if (!widths) labelWidths.set(theme.font, (widths = new Map()));
  const cache = widths;
  const measure = (label: string) => {
    let measured = cache.get(label);
    if (measured === undefined) cache.set(label, (measured = context.measureText(label).width));
    return measured;
  };
  const { bar, cells } = layoutStrip(item, width, theme, measure);
  // Counts are only written where they fit, so nothing needs clipping: paths and fills only
  // (save, clip and restore per cell cost more than the drawing).
  for (const cell of cells) {
    const radius = Math.min(RADIUS, cell.width / 2);
    context.fillStyle = cell.fill;
    context.beginPath();
    context.roundRect(cell.x, 0, cell.width, STRIP_HEIGHT - BAR, [radius, radius, 0, 0]);
    context.fill();
  }
  context.fillStyle = bar;
  context.beginPath();
  for (const cell of cells) {
    const radius = Math.min(RADIUS, cell.width / 2, BAR);
    context.roundRect(cell.x, STRIP_HEIGHT - BAR, cell.width, BAR, [0, 0, radius, radius]);
  }
  context.fill();
  // One path for every notch, as for the bars: a strip costs the same few fills.
  let contested = false;
  context.beginPath();
  for (const cell of cells) {
    if (cell.contestedWidth === 0) continue;
    contested = true;
    context.rect(cell.x, STRIP_HEIGHT - CONTESTED_BAR, cell.contestedWidth, CONTESTED_BAR);
  }
  if (contested) {
    context.fillStyle = CONTESTED_FILL[theme.scheme];
    context.fill();
  }
  context.fillStyle = theme.text;
  for (const cell of cells) {
    if (cell.label !== null)
      context.fillText(cell.label, cell.x + cell.width / 2, (STRIP_HEIGHT - BAR) / 2 + 1);
  }
}

/** The item last painted on `canvas`, for finding the bin under the pointer. */
export function paintedItem(canvas: HTMLCanvasElement): AggregateItemSpec | null {
  return painted.get(canvas)?.item ?? null;
}
