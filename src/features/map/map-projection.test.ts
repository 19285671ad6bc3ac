import { describe, expect, it } from 'vitest';
import { WORLD_SIZE, centredOn, viewBbox, worldTransform } from './map-projection';

/** The transform whose view has its left edge (before the margin) at `lon`. */
function leftEdgeAt(lon: number, k: number, height: number) {
  const x = -k * ((lon / 360) * WORLD_SIZE);
  return { k, x, y: height / 2 };
}

describe('viewBbox', () => {
  it('is the whole world across when the view is a world wide', () => {
    const [west, south, east, north] = viewBbox(worldTransform(1000, 500), 1000, 500);
    expect([west, east]).toEqual([-180, 180]);
    expect(south).toBeLessThan(north);
  });

  it('names the longitudes on screen, west before east, away from the date line', () => {
    const t = centredOn(worldTransform(800, 400), 800, 400, 125.75, 39.02);
    const zoomed = { ...t, k: 8 };
    const centred = centredOn(zoomed, 800, 400, 125.75, 39.02);
    const [west, south, east, north] = viewBbox(centred, 800, 400);
    expect(west).toBeLessThan(125.75);
    expect(east).toBeGreaterThan(125.75);
    expect(south).toBeLessThan(39.02);
    expect(north).toBeGreaterThan(39.02);
  });

  // Report #2: zoomed in, dragged towards North America, zoomed out: the view's west edge
  // passed −180°, the projection's invert wrapped it to +160°, and the bbox came back with
  // west > east; the map then set its state during every render (React error #301).
  it('is never inverted when the view passes the date line to the west', () => {
    const k = 4; // a quarter of the world across in 512 px: not a whole world wide
    const width = 512;
    const [west, , east] = viewBbox(leftEdgeAt(-200, k, 400), width, 400);
    expect(west).toBe(-180);
    expect(east).toBeGreaterThan(-180);
    expect(east).toBeLessThan(-100);
    expect(west).toBeLessThanOrEqual(east);
  });

  it('is never inverted when the view passes the date line to the east', () => {
    const k = 4;
    const width = 512;
    // Its left edge at 150° E: the right edge, about 240° E, is past the date line.
    const [west, , east] = viewBbox(leftEdgeAt(150, k, 400), width, 400);
    expect(east).toBe(180);
    expect(west).toBeGreaterThan(100);
    expect(west).toBeLessThanOrEqual(east);
  });

  it('clamps a view entirely off the world to its edge, not inverted', () => {
    const [west, south, east, north] = viewBbox(leftEdgeAt(-260, 8, 300), 300, 300);
    expect(west).toBe(-180);
    expect(east).toBe(-180);
    expect(south).toBeLessThanOrEqual(north);
  });
});
