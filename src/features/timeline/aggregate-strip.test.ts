import { describe, expect, it } from 'vitest';
import { actorPalette, contrastRatio } from '../../lib/actor-colors';
import { type StripTheme, layoutStrip, paintStrips } from './aggregate-strip';
import type { AggregateBin, AggregateItemSpec } from './timeline-items';

const LIGHT: StripTheme = { scheme: 'light', surface: '#ffffff', text: '#1a202c', font: '12px x' };
const DARK: StripTheme = { scheme: 'dark', surface: '#171d24', text: '#e6e9ee', font: '12px x' };

const bin = (start: number, end: number, count: number, density: number): AggregateBin => ({
  start,
  end,
  count,
  density,
  label: count.toLocaleString('en'),
});

const item: AggregateItemSpec = {
  kind: 'aggregate',
  id: 'agg:russia',
  group: 'russia',
  start: 1_000,
  end: 2_000,
  bins: [bin(1_000, 1_100, 1_234, 1), bin(1_100, 1_110, 5, 0.004), bin(1_500, 1_600, 60, 0.05)],
  count: 1_299,
  color: '#d62728',
  signature: '',
};

// Six pixels a character, like 12 px digits.
const measure = (label: string) => label.length * 6;

describe('layoutStrip', () => {
  it('places each bin where its span is on the strip, one pixel in from either edge', () => {
    const { cells } = layoutStrip(item, 500, LIGHT, measure);
    expect(cells.map((cell) => [cell.x, cell.width])).toEqual([
      [1, 48],
      [51, 3],
      [251, 48],
    ]);
    // At twice the width, twice as far and as wide.
    const wide = layoutStrip(item, 1_000, LIGHT, measure).cells;
    expect(wide[2]).toMatchObject({ x: 501, width: 98 });
  });

  it('writes a count only where it fits', () => {
    const { cells } = layoutStrip(item, 500, LIGHT, measure);
    // "1,234" is 30 px plus padding in 48 px; "5" cannot fit in 3 px.
    expect(cells.map((cell) => cell.label)).toEqual(['1,234', null, '60']);
    const narrow = layoutStrip(item, 300, LIGHT, measure).cells;
    expect(narrow[0]!.label).toBeNull();
  });

  it('tints denser bins more, and keeps every count readable on its tint', () => {
    for (const theme of [LIGHT, DARK]) {
      const { bar, cells } = layoutStrip(item, 500, theme, measure);
      expect(bar).toBe(actorPalette(item.color)[theme.scheme].fill);
      const [dense, sparse, light] = cells;
      expect(contrastRatio(dense!.fill, theme.surface)).toBeGreaterThan(
        contrastRatio(light!.fill, theme.surface),
      );
      // The faintest tint still shows that events are there.
      expect(sparse!.fill).toBe(light!.fill);
      expect(sparse!.fill).not.toBe(theme.surface);
      for (const cell of cells) expect(contrastRatio(cell.fill, theme.text)).toBeGreaterThan(4.5);
    }
  });

  it('notches the disputed and refuted share of a bin, at least 2 px, none without them', () => {
    const contested: AggregateItemSpec = {
      ...item,
      bins: [
        { ...item.bins[0]!, contested: 617 },
        { ...item.bins[1]!, contested: 0 },
        { ...item.bins[2]!, contested: 1 },
      ],
    };
    const { cells } = layoutStrip(contested, 500, LIGHT, measure);
    expect(cells.map((cell) => cell.contestedWidth)).toEqual([24, 0, 2]);
    expect(layoutStrip(item, 500, LIGHT, measure).cells.every((c) => c.contestedWidth === 0)).toBe(
      true,
    );
  });
});

/** A canvas that logs what is done to it: the page's part (sizes) and the context's. */
function fakeCanvas(name: string, log: string[]) {
  const context = new Proxy(
    {},
    {
      get: (_target, property) =>
        property === 'measureText'
          ? (label: string) => ({ width: label.length * 6 })
          : () => log.push(`${name} ${String(property)}()`),
      set: (_target, property) => {
        log.push(`${name} ${String(property)}=`);
        return true;
      },
    },
  );
  let width = 300;
  let height = 150;
  const style = {
    get width() {
      return '';
    },
    set width(_value: string) {
      log.push(`${name} style.width=`);
    },
  };
  return {
    get width() {
      return width;
    },
    set width(value: number) {
      width = value;
      log.push(`${name} width=`);
    },
    get height() {
      return height;
    },
    set height(value: number) {
      height = value;
      log.push(`${name} height=`);
    },
    style,
    getContext: () => context,
  } as unknown as HTMLCanvasElement;
}

describe('paintStrips', () => {
  it('sizes every canvas before drawing on any, so that drawing forces the page up to date once', () => {
    const log: string[] = [];
    const [a, b] = [fakeCanvas('a', log), fakeCanvas('b', log)];
    paintStrips(
      [
        { canvas: a, item, width: 500 },
        { canvas: b, item: { ...item, id: 'agg:b', signature: 'b' }, width: 400 },
      ],
      LIGHT,
    );
    const lastWrite = Math.max(
      ...log.flatMap((entry, at) => (/ (width|height|style\.width)=$/.test(entry) ? [at] : [])),
    );
    const firstDraw = log.findIndex((entry) => / (font=|fillText\(\))/.test(entry));
    expect(firstDraw).toBeGreaterThan(lastWrite);
    expect(log.filter((entry) => entry.endsWith('fillText()')).length).toBeGreaterThan(0);
  });

  it('sets the font once per bitmap, and paints nothing again for the same item and size', () => {
    const log: string[] = [];
    const canvas = fakeCanvas('c', log);
    paintStrips([{ canvas, item, width: 500 }], LIGHT);
    expect(log.filter((entry) => entry === 'c font=')).toHaveLength(1);
    log.length = 0;
    paintStrips([{ canvas, item, width: 500 }], LIGHT);
    expect(log).toEqual([]);
    // New counts on the same bitmap: drawn again, the font kept.
    paintStrips([{ canvas, item: { ...item, signature: 'new counts' }, width: 500 }], LIGHT);
    expect(log.some((entry) => entry === 'c fill()')).toBe(true);
    expect(log).not.toContain('c font=');
    // A bitmap of another size loses its context's state: the font is set again.
    log.length = 0;
    paintStrips([{ canvas, item, width: 2_000 }], LIGHT);
    expect(log).toContain('c width=');
    expect(log).toContain('c font=');
  });
});
