import type { CDPSession } from '@playwright/test';

/** One finger, or two, moved across the screen as touch events (what Hammer.js reads). */
export async function touchGesture(
  client: CDPSession,
  from: { x: number; y: number }[],
  to: { x: number; y: number }[],
  steps = 12,
) {
  const at = (t: number) =>
    from.map((point, i) => ({
      x: point.x + (to[i]!.x - point.x) * t,
      y: point.y + (to[i]!.y - point.y) * t,
      id: i,
    }));
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= steps; step++) {
    await client.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: at(step / steps),
    });
  }
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}
