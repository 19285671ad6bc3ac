import type { CountryOutline } from './world-outlines';

/** A country ready to draw: its outline at the base scale, and where its name goes. */
export interface CountryShape {
  readonly name: string;
  readonly path: Path2D;
  readonly labelAt: readonly [number, number];
  /** Width of its largest part at the base scale: a name is drawn once it fits. */
  readonly width: number;
  /** The name's width in LABEL_FONT, measured as the shape is made, not as it is drawn. */
  readonly labelWidth: number;
}

export const LABEL_FONT = '11px system-ui, sans-serif';

type ShapesReply =
  | { readonly type: 'outlines'; readonly outlines: readonly CountryOutline[] }
  | { readonly type: 'failed'; readonly message: string };

let shapes: Promise<readonly CountryShape[]> | null = null;

/**
 * Outlines made into Path2Ds, and their names measured, at most SLICE per task and for
 * about SLICE_MS: reading all their path data and measuring every name at once (the first
 * text measured in a page is slow) is a long task.
 */
const SLICE = 30;
const SLICE_MS = 8;

/**
 * The world's countries, projected once per page in a worker (world-outlines.ts) so that
 * opening the map holds no frame for it; the map draws the sea until they arrive. Never
 * rejects: a failure is logged and the map stays without land.
 */
export function loadWorldShapes(): Promise<readonly CountryShape[]> {
  shapes ??= new Promise<readonly CountryShape[]>((resolve) => {
    const worker = new Worker(new URL('./world-shapes-worker.ts', import.meta.url), {
      type: 'module',
      name: 'map-shapes',
    });
    const fail = (message: string) => {
      console.error(`The map's country shapes failed: ${message}`);
      worker.terminate();
      // The next map to open tries again.
      shapes = null;
      resolve([]);
    };
    worker.onerror = (event) => fail(event.message);
    worker.onmessage = (message: MessageEvent<ShapesReply>) => {
      const reply = message.data;
      if (reply.type === 'failed') return fail(reply.message);
      // The worker closes itself once it has answered: terminate() here would wait for it.
      void pathsOf(reply.outlines).then(resolve);
    };
  });
  return shapes;
}

async function pathsOf(outlines: readonly CountryOutline[]): Promise<readonly CountryShape[]> {
  const made: CountryShape[] = [];
  const measure = document.createElement('canvas').getContext('2d');
  if (measure) measure.font = LABEL_FONT;
  while (made.length < outlines.length) {
    if (made.length > 0) await new Promise((done) => setTimeout(done, 0));
    const began = performance.now();
    const end = Math.min(outlines.length, made.length + SLICE);
    while (made.length < end && performance.now() - began < SLICE_MS) {
      const { name, d, labelAt, width } = outlines[made.length]!;
      // Without a 2D context (never in a browser that draws the map), about 6 px a letter.
      const labelWidth = measure ? measure.measureText(name).width : name.length * 6;
      made.push({ name, path: new Path2D(d), labelAt, width, labelWidth });
    }
  }
  return made;
}
