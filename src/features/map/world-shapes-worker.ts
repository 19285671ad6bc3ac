/// <reference lib="webworker" />
import { projectWorldOutlines } from './world-outlines';

// One answer, as soon as the worker starts: the page (world-shapes.ts) then ends it.
try {
  postMessage({ type: 'outlines', outlines: projectWorldOutlines() });
} catch (error) {
  postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
