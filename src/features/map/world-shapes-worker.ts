/// <reference lib="webworker" />
import { projectWorldOutlines } from './world-outlines';

// One answer, as soon as the worker starts; then it closes itself (the page does not wait
// for it in terminate()).
try {
  postMessage({ type: 'outlines', outlines: projectWorldOutlines() });
} catch (error) {
  postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
close();
