import { describe, expect, it } from 'vitest';
import { project } from './map-projection';
import { projectWorldOutlines } from './world-outlines';

describe('projectWorldOutlines', () => {
  const outlines = projectWorldOutlines();
  const byName = new Map(outlines.map((outline) => [outline.name, outline]));

  it('gives every country of Natural Earth 1:110m an outline, as path data the page can read', () => {
    expect(outlines.length).toBeGreaterThan(170);
    for (const outline of outlines) {
      expect(outline.name).not.toBe('');
      expect(outline.d).toMatch(/^M[-\d.]/);
      expect(outline.width).toBeGreaterThan(0);
      expect(outline.labelAt.every(Number.isFinite)).toBe(true);
    }
  });

  it("puts a country's name on its largest part: France's on the mainland, not in Guiana", () => {
    const france = byName.get('France')!;
    const [x, y] = project(2.5, 46.5);
    expect(Math.abs(france.labelAt[0] - x)).toBeLessThan(5);
    expect(Math.abs(france.labelAt[1] - y)).toBeLessThan(5);
  });

  it('is plain data, so that a worker can send it to the page', () => {
    expect(structuredClone(outlines)).toEqual(outlines);
  });
});
