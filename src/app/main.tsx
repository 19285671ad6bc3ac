import { startEarlyStoreLoad } from '../features/store-loading/api/early-store-load';

/**
 * How long the app's evaluation waits at most for the store worker to start. Starting a
 * module worker takes turns of this page's main thread (its script's request went out only
 * once the thread was free, in instrumented runs), and the app's chunks are evaluated in
 * long tasks: begun first, they held the worker's script back by up to 650 ms on a busy
 * 2-core machine, with the store's download not begun. The chunks are seldom all in before
 * the worker runs, so the wait seldom costs anything.
 */
const WORKER_START_WAIT_MS = 200;

// The store the link names starts loading first; the query that shows it takes this load over.
const workerStarted = startEarlyStoreLoad(window.location);
Promise.race([workerStarted, new Promise((resolve) => setTimeout(resolve, WORKER_START_WAIT_MS))])
  .then(() => import('./boot-app'))
  .catch(() => {
    // The app's own script did not arrive (a dropped connection, a deploy mid-visit): say so
    // rather than leave a blank page. The interface's languages are not loaded yet.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = 'Sourceline could not load. Check your connection and reload the page.';
    document.getElementById('root')?.replaceChildren(message);
  });
