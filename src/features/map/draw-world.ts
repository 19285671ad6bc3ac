import type { MapTransform } from './map-projection';
import { type CountryShape, LABEL_FONT } from './world-shapes';

/** Countries and, where a name fits inside its country, the name. */
export function drawWorld(
  canvas: HTMLCanvasElement,
  shapes: readonly CountryShape[],
  t: MapTransform,
  size: { width: number; height: number },
  dark: boolean,
) {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(size.width * ratio);
  const height = Math.round(size.height * ratio);
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const context = canvas.getContext('2d');
  if (!context) return;
  const colors = dark
    ? { sea: '#13202c', land: '#26323f', border: '#3d4c5c', label: '#a6b0bd' }
    : { sea: '#dfe9f3', land: '#f7f5ef', border: '#b5bfcb', label: '#4a5568' };
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.fillStyle = colors.sea;
  context.fillRect(0, 0, size.width, size.height);

  // The outlines were projected once; the view is a transform of them.
  context.setTransform(ratio * t.k, 0, 0, ratio * t.k, ratio * t.x, ratio * t.y);
  context.fillStyle = colors.land;
  context.strokeStyle = colors.border;
  context.lineWidth = 0.8 / t.k;
  context.lineJoin = 'round';
  for (const shape of shapes) {
    context.fill(shape.path);
    context.stroke(shape.path);
  }

  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.font = LABEL_FONT;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.fillStyle = colors.label;
  for (const shape of shapes) {
    const x = t.k * shape.labelAt[0] + t.x;
    const y = t.k * shape.labelAt[1] + t.y;
    if (x < 0 || y < 0 || x > size.width || y > size.height) continue;
    if (t.k * shape.width < shape.labelWidth + 8) continue;
    context.fillText(shape.name, x, y);
  }
}
