import { startEarlyStoreLoad } from '../features/store-loading/api/early-store-load';

// The store the link names starts loading first; the query that shows it takes this load
// over. The app itself is evaluated a task later, which lets the worker start meanwhile.
startEarlyStoreLoad(window.location);
void import('./boot-app');
