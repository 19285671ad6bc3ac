import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MIN_GRAPHIC_CONTRAST,
  MIN_TEXT_CONTRAST,
  SURFACES,
  actorColorVars,
  actorPalette,
  contrastRatio,
  mix,
} from './actor-colors';

const defaultStore = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as {
  actors: { color?: string }[];
};
const storeColors = defaultStore.actors.flatMap((actor) => (actor.color ? [actor.color] : []));
// Colours a store author might pick: black, white, pale and saturated hues, greys.
const hardColors = ['#000000', '#ffffff', '#ffff00', '#d4a017', '#00ff00', '#777777', '#1e3a8a'];
const everyHue = Array.from({ length: 36 }, (_, i) => {
  const hue = i * 10;
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = 0.5 - 0.5 * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
});
const TEXT = { light: '#1a202c', dark: '#e6e9ee' } as const;

describe('contrastRatio', () => {
  it('matches WCAG’s published values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('actorPalette', () => {
  for (const color of [...storeColors, ...hardColors, ...everyHue]) {
    it(`keeps ${color} readable in light and dark mode`, () => {
      const palette = actorPalette(color);
      for (const scheme of ['light', 'dark'] as const) {
        const { fill, ink } = palette[scheme];
        // The colour stands out from every surface of the scheme…
        for (const surface of SURFACES[scheme]) {
          expect(contrastRatio(fill, surface)).toBeGreaterThanOrEqual(MIN_GRAPHIC_CONTRAST);
        }
        // …text written on it (chips, the selected timeline item) reads at 4.5:1…
        expect(contrastRatio(fill, ink)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
        // …and a count over the densest aggregate (30% of the colour) too.
        const aggregate = mix(fill, SURFACES[scheme][0], 0.3);
        expect(contrastRatio(aggregate, TEXT[scheme])).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      }
    });
  }

  it('leaves a colour that already stands out unchanged', () => {
    // The default store's Russia red is dark enough on white.
    expect(actorPalette('#b91c1c').light.fill).toBe('#b91c1c');
  });

  it('writes both schemes as CSS light-dark() values', () => {
    const vars = actorColorVars('#1E3A8A');
    expect(vars['--actor-color']).toMatch(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/);
    expect(vars['--actor-ink']).toMatch(/^light-dark\(#(ffffff|000000), #(ffffff|000000)\)$/);
  });
});
