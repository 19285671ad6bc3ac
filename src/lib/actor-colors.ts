/**
 * Actor colours that stay readable in light and dark mode. A store may give any #rrggbb;
 * on screen each colour is adjusted, per colour scheme, until it stands out from the
 * page's surfaces (3:1, WCAG's contrast for graphics), and the text written on it is
 * white or black, whichever contrasts more (always at least 4.5:1).
 */

type Rgb = readonly [number, number, number];

/** The page's surfaces in each scheme (src/app/base.css: --surface, --bg, --surface-2). */
export const SURFACES = {
  light: ['#ffffff', '#f6f7f9', '#eef1f5'],
  dark: ['#171d24', '#0f1419', '#212a33'],
} as const;

export const MIN_GRAPHIC_CONTRAST = 3;
export const MIN_TEXT_CONTRAST = 4.5;
const INKS = ['#ffffff', '#000000'] as const;

function parseHex(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** `share` (0–1) of `a` mixed into `b`, in sRGB, as CSS color-mix() does. */
export function mix(a: string, b: string, share: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  return toHex([0, 1, 2].map((i) => x[i]! * share + y[i]! * (1 - share)) as unknown as Rgb);
}

/** The colour moved towards white (dark scheme) or black (light) until it stands out. */
function standOut(color: string, scheme: 'light' | 'dark'): string {
  const toward = scheme === 'light' ? '#000000' : '#ffffff';
  let adjusted = color;
  for (let step = 1; step <= 20; step++) {
    if (
      SURFACES[scheme].every((surface) => contrastRatio(adjusted, surface) >= MIN_GRAPHIC_CONTRAST)
    )
      return adjusted;
    adjusted = mix(toward, color, step * 0.05);
  }
  return adjusted;
}

/** White or black, whichever reads better on `fill`. */
export function inkOn(fill: string): string {
  return contrastRatio(fill, INKS[0]) >= contrastRatio(fill, INKS[1]) ? INKS[0] : INKS[1];
}

export interface ActorPalette {
  readonly light: { readonly fill: string; readonly ink: string };
  readonly dark: { readonly fill: string; readonly ink: string };
}

const palettes = new Map<string, ActorPalette>();

export function actorPalette(color: string): ActorPalette {
  const key = color.toLowerCase();
  let palette = palettes.get(key);
  if (!palette) {
    const light = standOut(key, 'light');
    const dark = standOut(key, 'dark');
    palette = { light: { fill: light, ink: inkOn(light) }, dark: { fill: dark, ink: inkOn(dark) } };
    palettes.set(key, palette);
  }
  return palette;
}

/**
 * CSS custom properties for an element drawn in an actor's colour: `--actor-color` (fill,
 * swatch, border) and `--actor-ink` (text on that fill), each resolved by the page's
 * colour scheme through light-dark().
 */
export function actorColorVars(color: string): Record<'--actor-color' | '--actor-ink', string> {
  const { light, dark } = actorPalette(color);
  return {
    '--actor-color': `light-dark(${light.fill}, ${dark.fill})`,
    '--actor-ink': `light-dark(${light.ink}, ${dark.ink})`,
  };
}
