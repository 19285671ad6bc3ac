import { startEarlyStoreLoad } from '../features/store-loading/api/early-store-load';

// The store the link names starts loading first; the query that shows it takes this load
// over. The app itself is evaluated a task later, which lets the worker start meanwhile.
startEarlyStoreLoad(window.location);
import('./boot-app').catch(() => {
  // The app's own script did not arrive (a dropped connection, a deploy mid-visit): say so
  // rather than leave a blank page. The interface's languages are not loaded yet.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = 'Sourceline could not load. Check your connection and reload the page.';
  document.getElementById('root')?.replaceChildren(message);
});
